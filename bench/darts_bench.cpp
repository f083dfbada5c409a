// darts-bench: the search's speed on the two classic runs (algorithm page,
// section 6), as medians over repeated fits, with R^2 and peak memory.
// Each case runs in a child process of its own so that its peak memory is its own.
//
//   darts-bench                 all cases
//   darts-bench --case seed     one case (what the children run)
//   darts-bench --repeats N     fits per case (default 5)

#include "data/examples.h"
#include "search/search_engine.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Case {
    const char* name;
    const char* example;
    double targetSeconds;
};

const Case kCases[] = {
    {"seed", "seed", 0.3},
    {"weber-fechner", "weber-fechner", 3.0},
};

long long stepsOf(const darts::SearchConfig& c) {
    return static_cast<long long>(c.max_epochs) * (c.arch_updates_per_epoch + c.param_updates_per_epoch) +
           c.param_updates_for_sampled_model;
}

int runCase(const Case& benchCase, int repeats) {
    const darts::Example& example = darts::findExample(benchCase.example);
    const darts::Selection data = darts::selectColumns(darts::exampleTable(example), {}, {});
    std::vector<double> seconds;
    double r2 = 0.0;
    for (int i = 0; i < repeats; ++i) {
        darts::SearchConfig config = example.config;
        config.seed = static_cast<std::uint64_t>(i);
        darts::SearchEngine engine(config, data.X, data.Y, data.inputNames, data.targetNames);
        const auto start = std::chrono::steady_clock::now();
        engine.fit();
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (i == 0) r2 = darts::fitMetrics(engine.model()->predict(data.X), data.Y).r2;
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const long long steps = stepsOf(example.config);
    std::printf("%-14s %9lld steps  median %7.3f s (min %.3f, max %.3f, %d fits)  %10.0f steps/s  R^2(seed 0) %.4f"
                "  peak %5.1f MB  target %.1f s: %s\n",
                benchCase.name, steps, median, seconds.front(), seconds.back(), repeats, steps / median, r2,
                usage.ru_maxrss / 1024.0, benchCase.targetSeconds, median <= benchCase.targetSeconds ? "met" : "MISSED");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string only;
    int repeats = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--case") only = argv[i + 1];
        else if (flag == "--repeats") repeats = std::max(1, std::atoi(argv[i + 1]));
    }
    if (!only.empty()) {
        for (const Case& c : kCases)
            if (only == c.name) return runCase(c, repeats);
        std::fprintf(stderr, "darts-bench: unknown case '%s'\n", only.c_str());
        return 2;
    }
    int status = 0;
    for (const Case& c : kCases) {
        const std::string command = std::string(argv[0]) + " --case " + c.name + " --repeats " + std::to_string(repeats);
        std::fflush(stdout);
        status |= std::system(command.c_str());
    }
    return status == 0 ? 0 : 1;
}
