#pragma once
/// @brief Random draws defined by this code rather than by the standard library,
/// so that a seed gives the same numbers with every compiler and library.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace darts {

using Rng = std::mt19937_64;

/// Uniform in [0, 1), 53 random bits.
inline double uniform01(Rng& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

inline double uniform(Rng& rng, double low, double high) { return low + (high - low) * uniform01(rng); }

/// Standard normal by the Box-Muller transform (one of the pair is used, so
/// that no hidden state outlives a call).
inline double standardNormal(Rng& rng) {
    const double u1 = 1.0 - uniform01(rng);  // in (0, 1]: the logarithm stays finite
    const double u2 = uniform01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

/// Uniform integer in [0, n), without the modulo bias.
inline std::uint64_t uniformIndex(Rng& rng, std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r;
    do r = rng();
    while (r >= limit);
    return r % n;
}

/// `count` of the indices [0, n), in increasing order, drawn without replacement by a fixed generator
/// (selection sampling: each index is taken with the chance that leaves exactly `count`); all when n <= count.
/// The same indices every time: plots and polish of a big table look at the same rows.
inline std::vector<std::int64_t> fixedSample(std::int64_t n, std::int64_t count) {
    Rng rng(0x9e3779b97f4a7c15ULL);
    std::vector<std::int64_t> chosen;
    chosen.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, std::min(n, count))));
    for (std::int64_t i = 0; i < n && static_cast<std::int64_t>(chosen.size()) < count; ++i)
        if (static_cast<double>(n - i) * uniform01(rng) < static_cast<double>(count - static_cast<std::int64_t>(chosen.size())))
            chosen.push_back(i);
    return chosen;
}

/// Fisher-Yates shuffle.
template <typename T>
void shuffle(std::vector<T>& items, Rng& rng) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[uniformIndex(rng, i)]);
}

}  // namespace darts
