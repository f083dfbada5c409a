// darts-table-bench: how long reading a large table takes, and its peak memory.
// Writes a CSV of 1,000,000 rows by 10 columns (about 100 MB) to a temporary
// file, reads it with darts::readTable several times, and prints the median
// time and the process's peak resident memory (getrusage's ru_maxrss).
//
//   darts-table-bench                 1,000,000 rows, 5 reads
//   darts-table-bench --rows N --repeats R

#include "data/table.h"
#include "peak_memory.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kColumns = 10;

/// Numbers as a spreadsheet writes them: a mix of short and full-precision values.
bool writeCsv(const std::string& path, long rows) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    for (int c = 0; c < kColumns; ++c) std::fprintf(file, "%sx%d", c == 0 ? "" : ",", c + 1);
    std::fputc('\n', file);
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> uniform(-100.0, 100.0);
    for (long r = 0; r < rows; ++r) {
        for (int c = 0; c < kColumns; ++c)
            std::fprintf(file, c % 2 == 0 ? "%s%.6g" : "%s%.3f", c == 0 ? "" : ",", uniform(random));
        std::fputc('\n', file);
    }
    return std::fclose(file) == 0;
}

using darts::bench::peakMegabytes;

}  // namespace

int main(int argc, char** argv) {
    long rows = 1'000'000;
    int repeats = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--rows") == 0)
            rows = std::atol(argv[i + 1]);
        else if (std::strcmp(argv[i], "--repeats") == 0)
            repeats = std::atoi(argv[i + 1]);
    }
    if (rows <= 0 || repeats <= 0) {
        std::fprintf(stderr, "usage: darts-table-bench [--rows N] [--repeats R]\n");
        return 2;
    }
    const std::string path =
        (std::filesystem::temp_directory_path() / ("darts-table-bench-" + std::to_string(::getpid()) + ".csv"))
            .string();
    if (!writeCsv(path, rows)) {
        std::fprintf(stderr, "darts-table-bench: cannot write %s\n", path.c_str());
        return 1;
    }
    const double fileMegabytes = static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
    const double baselineMegabytes = peakMegabytes();

    std::vector<double> seconds;
    int status = 0;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        try {
            const darts::Table table = darts::readTable(path);
            seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            if (table.rowCount() != rows || table.values.cols() != kColumns) {
                std::fprintf(stderr, "darts-table-bench: read %lld x %lld, expected %ld x %d\n",
                             static_cast<long long>(table.rowCount()), static_cast<long long>(table.values.cols()),
                             rows, kColumns);
                status = 1;
                break;
            }
        } catch (const std::exception& e) {
            std::fprintf(stderr, "darts-table-bench: %s\n", e.what());
            status = 1;
            break;
        }
    }
    std::filesystem::remove(path);
    if (status != 0) return status;

    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double peak = peakMegabytes();
    std::printf("table  %ld rows x %d columns  file %.1f MB\n", rows, kColumns, fileMegabytes);
    std::printf("read   median %.3f s over %d (min %.3f, max %.3f)   target <= 3 s\n", median, repeats, seconds.front(),
                seconds.back());
    std::printf("memory peak RSS %.1f MB (before reading %.1f MB)   target <= 500 MB\n", peak, baselineMegabytes);
    return median <= 3.0 && peak <= 500.0 ? 0 : 3;
}
