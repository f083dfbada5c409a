// Compiled with -fno-trapping-math (see CMakeLists.txt): that lets GCC turn the
// clamps below into selects and vectorise the loops. The search never relies on
// floating-point exception flags.
//
// Why not Eigen's exp: without SSE4.1 its double exp emulates rounding and costs
// about 7 ns per value here, and the speed targets are for a portable (SSE2)
// build. Compiling Eigen twice with different -m flags would let the linker mix
// the two sets of template instances; this file's own functions have internal
// linkage, so target_clones can dispatch at run time without that risk.

#include "ops/vector_math.h"

#include <bit>
#include <cstdint>

namespace darts {
namespace {

inline double exponential(double x) {
    // Beyond these bounds exp is inf or 0 anyway; clamping keeps the exponent arithmetic in range.
    // NaN fails both comparisons and passes through.
    x = x > 710.0 ? 710.0 : x;
    x = x < -746.0 ? -746.0 : x;
    // x = k*ln2 + r with |r| <= ln2/2 (Cody-Waite: ln2 split so that k*ln2hi is exact).
    constexpr double log2e = 1.4426950408889634074;
    constexpr double ln2hi = 6.93147180369123816490e-01;
    constexpr double ln2lo = 1.90821492927058770002e-10;
    constexpr double shifter = 0x1.8p52;  // adding it rounds to an integer held in the low mantissa bits
    const double t = x * log2e + shifter;
    const double k = t - shifter;
    const std::int64_t ki = std::bit_cast<std::int64_t>(t) - std::bit_cast<std::int64_t>(shifter);
    const double r = (x - k * ln2hi) - k * ln2lo;
    // Taylor series to r^13: the remainder is below 5e-18 relative for |r| <= ln2/2.
    double p = 1.0 / 6227020800.0;
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    // 2^k as two factors, each a normal double, so that results near overflow
    // and in the subnormal range come out right.
    const std::int64_t half = ki >> 1;
    const double scale1 = std::bit_cast<double>((half + 1023) << 52);
    const double scale2 = std::bit_cast<double>((ki - half + 1023) << 52);
    return p * scale1 * scale2;
}

}  // namespace

// Not under ThreadSanitizer: it instruments the clones' resolver, which the dynamic
// loader runs before TSan is set up, so the program would crash before main.
#if defined(__SANITIZE_THREAD__)
#define DARTS_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define DARTS_THREAD_SANITIZER 1
#endif
#endif

#if defined(__x86_64__) && !defined(DARTS_THREAD_SANITIZER)
#define DARTS_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define DARTS_VECTOR_CLONES
#endif

DARTS_VECTOR_CLONES
void expInPlace(double* __restrict x, std::ptrdiff_t n) {
    for (std::ptrdiff_t i = 0; i < n; ++i) x[i] = exponential(x[i]);
}

DARTS_VECTOR_CLONES
void logisticInPlace(double* __restrict x, std::ptrdiff_t n) {
    for (std::ptrdiff_t i = 0; i < n; ++i) x[i] = 1.0 / (1.0 + exponential(-x[i]));
}

}  // namespace darts
