#pragma once
/// @brief exp and the logistic function over arrays, vectorised for the CPU
/// the program runs on (AVX2/FMA where present, SSE2 otherwise) while the
/// binary stays portable.

#include <cstddef>

namespace darts {

/// x[i] = exp(x[i]); within 1 ulp of std::exp for normal results, same inf, 0 and NaN.
void expInPlace(double* x, std::ptrdiff_t n);
/// x[i] = 1 / (1 + exp(-x[i])).
void logisticInPlace(double* x, std::ptrdiff_t n);

}  // namespace darts
