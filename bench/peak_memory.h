#pragma once
/// @brief The process's peak resident memory, for the benchmarks that print it.

#include <sys/resource.h>

namespace darts::bench {

/// getrusage's ru_maxrss of this process so far, in MB (Linux counts it in kilobytes).
inline double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace darts::bench
