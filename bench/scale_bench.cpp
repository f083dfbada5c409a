// darts-scale-bench: how the whole run grows with the number of rows. For each size it writes a table of 10
// random columns (c9 the target) to a temporary file, then, in a child process of its own (so that each
// size's peak memory is its own), reads it, fits with darts-cli's defaults (10 epochs, the polish) and
// predicts every row, and prints the wall time and the peak resident memory after each stage, and the
// cost per row. With --starts it also compares the peak memory of 1 and of N starts on one table.
//
//   darts-scale-bench                          10,000 to 1,000,000 rows
//   darts-scale-bench --rows 10000,10000000    the sizes given (10,000,000 rows write a file of about 1 GB)
//   darts-scale-bench --starts 8               1 and 8 starts of a 1,000,000-row table (--rows: its size)

#include "data/table.h"
#include "peak_memory.h"
#include "search/search_engine.h"
#include "select/multi_start.h"
#include "select/sweep.h"

#include <sys/wait.h>
#include <unistd.h>

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

bool writeTable(const std::string& path, long rows) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    for (int c = 0; c < kColumns; ++c) std::fprintf(file, "%sc%d", c == 0 ? "" : ",", c);
    std::fputc('\n', file);
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (long r = 0; r < rows; ++r) {
        for (int c = 0; c < kColumns; ++c) std::fprintf(file, "%s%.6f", c == 0 ? "" : ",", uniform(random));
        std::fputc('\n', file);
    }
    return std::fclose(file) == 0;
}

using darts::bench::peakMegabytes;

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// In a child process: read, fit, predict; prints one line. Returns the child's exit status.
int measure(const std::string& path, long rows, int starts) {
    std::fflush(stdout);
    const pid_t child = fork();
    if (child < 0) return 1;
    if (child > 0) {
        int status = 0;
        waitpid(child, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        darts::SearchData data;
        {
            const darts::Table table = darts::readTable(path);
            data = darts::selectSearchData(table, {}, {}, "");
        }
        const double read = secondsSince(start), readPeak = peakMegabytes();
        const darts::SearchConfig config;  // darts-cli's defaults: 10 epochs, the polish
        double fit = 0.0, predicted = 0.0;
        if (starts <= 1) {
            const auto fitStart = std::chrono::steady_clock::now();
            darts::SearchEngine engine(config, std::move(data.X), std::move(data.Y));
            engine.fit();
            fit = secondsSince(fitStart);
            predicted = engine.model()->predict(engine.inputs()).sum();
        } else {
            const auto fitStart = std::chrono::steady_clock::now();
            darts::ParallelSearch search(std::move(data));
            const auto results = search.run(darts::restartConfigs(config, starts), 2);
            fit = secondsSince(fitStart);
            predicted = static_cast<double>(results.size());
        }
        const double total = secondsSince(start);
        std::printf("%10ld %6d | %7.2f s %8.0f MB | %7.2f s %8.0f MB | %7.2f s  %6.3f us/row%s\n", rows, starts, read,
                    readPeak, fit, peakMegabytes(), total, 1e6 * total / static_cast<double>(rows),
                    std::isfinite(predicted) ? "" : "  (non-finite predictions)");
        std::fflush(stdout);
        std::_Exit(0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "darts-scale-bench: %ld rows: %s\n", rows, e.what());
        std::_Exit(1);
    }
}

std::vector<long> parseSizes(const char* text) {
    std::vector<long> sizes;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        const long n = std::strtol(p, &end, 10);
        if (end == p || n <= 0) return {};
        sizes.push_back(n);
        p = *end == ',' ? end + 1 : end;
    }
    return sizes;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<long> sizes{10'000, 100'000, 1'000'000};
    int starts = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--rows") == 0)
            sizes = parseSizes(argv[i + 1]);
        else if (std::strcmp(argv[i], "--starts") == 0)
            starts = std::atoi(argv[i + 1]);
        else
            sizes.clear();
    }
    if (sizes.empty() || starts < 0) {
        std::fprintf(stderr, "usage: darts-scale-bench [--rows N,N,...] [--starts S]\n");
        return 2;
    }
    if (starts > 0 && argc < 5) sizes = {1'000'000};
    std::printf("%10s %6s | %-21s | %-21s | %s\n", "rows", "starts", "read: time, peak", "+ fit: time, peak",
                "whole: time, per row");
    int status = 0;
    for (long rows : sizes) {
        const std::string path = (std::filesystem::temp_directory_path() /
                                  ("darts-scale-bench-" + std::to_string(::getpid()) + "-" + std::to_string(rows) + ".csv"))
                                     .string();
        if (!writeTable(path, rows)) {
            std::fprintf(stderr, "darts-scale-bench: cannot write %s\n", path.c_str());
            return 1;
        }
        for (int s : starts > 0 ? std::vector<int>{1, starts} : std::vector<int>{1}) status |= measure(path, rows, s);
        std::filesystem::remove(path);
    }
    return status;
}
