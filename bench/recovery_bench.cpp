// darts-recovery-bench: does the search find the law behind the data, and how much do many starts help?
// Recovery report and multi-start speed figure of issue #8; run with --help for the commands.

#include "recovery_laws.h"

#include "search/config_fields.h"
#include "search/search_engine.h"
#include "select/multi_start.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using darts::bench::RecoveryLaw;

constexpr double kRecoveredR2 = 0.99;

const char* const kHelp = R"(darts-recovery-bench: recovery of known laws by one start and by many, and the speed of many starts

  darts-recovery-bench                 the recovery report: every law, one start (seed 0) against
                                       the best of 8 (seeds 0..7) chosen by validation loss
  darts-recovery-bench --law NAME      one law only
  darts-recovery-bench --verbose       also every start's out-of-range R^2, validation MSE, equation
  darts-recovery-bench --speed         the speed figure: the same N starts with 1 thread and with 2,
                                       median wall time over the repetitions, their ratio, the load
                                       average and the cores the process kept busy (a busy machine,
                                       not the code, is what a low "cores busy" shows)
Options:
  --starts N     starts of the multi-start (default 8)
  --jobs J       threads for the recovery report (default 2; results do not depend on it)
  --shared-primitives
                 every law searched with the same larger set (none, add, subtract, mult, linear,
                 linear_exp, linear_sin, linear_ln, linear_reciprocal) in place of its own
  --epochs E     max_epochs of every start (default: the report's setting)
  --set F=V      any search setting by its reference name, e.g. --set arch_learning_rate_max=0.003
                 (repeatable; for trying settings, still the same for single and multi)
  --repeats R    repetitions of each timing with --speed (default 5)
  --speed-law L  the law timed with --speed (default lin-exp)

Columns: form = the chosen model uses the law's nonlinear primitives and no others (informative only);
pick = the start chosen by validation MSE; starts ok = starts whose own model recovers the law.
Recovery: R^2 >= 0.99 against the noiseless law on points where every input lies in a band 20% of its
training range wide just outside that range, on either side. The single start is start 0 of the
multi-start: the same settings, the same 20% of rows held out, only one seed.
The speed figure on a quiet machine (nothing else running; the build folder's program):
  build/bench/darts-recovery-bench --speed --starts 8 --repeats 7
)";

struct Options {
    std::string law;
    bool speed = false;
    bool verbose = false;
    bool sharedPrimitives = false;
    int starts = 8;
    int jobs = 2;
    int epochs = -1;
    std::vector<std::string> settings;  // "name=value"
    int repeats = 5;
    std::string speedLaw = "lin-exp";
};

darts::SearchData searchData(const RecoveryLaw& law) {
    darts::bench::LawData lawData = darts::bench::trainingData(law);
    darts::SearchData data;
    data.X = std::move(lawData.X);
    data.Y = lawData.y;
    for (Eigen::Index k = 0; k < data.X.cols(); ++k) data.inputNames.push_back("x" + std::to_string(k + 1));
    data.targetNames = {"y"};
    return data;
}

darts::SearchConfig configFor(const Options& options, const RecoveryLaw& law) {
    darts::SearchConfig config = darts::bench::recoveryConfig(law, options.sharedPrimitives);
    if (options.epochs >= 0) config.max_epochs = options.epochs;
    for (const std::string& setting : options.settings) {
        const std::size_t equals = setting.find('=');
        const darts::ConfigField* field =
            equals == std::string::npos ? nullptr : darts::findConfigField(std::string_view(setting).substr(0, equals));
        if (!field) throw std::invalid_argument("--set needs name=value with a setting's name, not '" + setting + "'");
        field->set(config, std::string_view(setting).substr(equals + 1));
    }
    config.validate();
    return config;
}

/// What one start's model does out of range.
struct Judged {
    double r2 = std::nan("");
    std::string equation;
    /// The model's nonlinear primitives are those of the law's family, every one of them: a model can reach
    /// R^2 0.99 out of range without (a straight line for a gentle curve), or with an extra one it cancels out.
    bool lawsForm = false;
};

/// The nonlinear primitives of a law's own search space (those beyond kLinearPrimitives).
std::vector<darts::Primitive> familyOf(const RecoveryLaw& law) {
    const std::vector<darts::Primitive> linear = darts::parsePrimitiveList(darts::bench::kLinearPrimitives);
    std::vector<darts::Primitive> family;
    for (const darts::Primitive p : darts::parsePrimitiveList(law.primitives))
        if (std::find(linear.begin(), linear.end(), p) == linear.end()) family.push_back(p);
    return family;
}

Judged judge(const darts::StartResult& result, const RecoveryLaw& law, const darts::SearchData& data,
             const Eigen::MatrixXd& outX, const Eigen::MatrixXd& outY) {
    Judged judged;
    if (!result.hasModel()) {
        judged.equation = "(no model: " + result.message + ")";
        return judged;
    }
    // The result holds the search's state: an engine on the same data and settings gives the model back.
    darts::SearchEngine engine(result.config, data.X, data.Y, data.inputNames, data.targetNames, data.heldOut);
    engine.restore(result.state);
    const darts::SampledModel& model = *engine.model();
    judged.r2 = darts::fitMetrics(model.predict(outX), outY).r2;
    const std::vector<darts::Primitive> linear = darts::parsePrimitiveList(darts::bench::kLinearPrimitives);
    std::vector<darts::Primitive> nonlinear;
    for (int e = 0; e < model.network().edgeCount(); ++e)
        if (std::find(linear.begin(), linear.end(), model.primitive(e)) == linear.end() &&
            std::find(nonlinear.begin(), nonlinear.end(), model.primitive(e)) == nonlinear.end())
            nonlinear.push_back(model.primitive(e));
    std::vector<darts::Primitive> family = familyOf(law);
    std::sort(family.begin(), family.end());
    std::sort(nonlinear.begin(), nonlinear.end());
    judged.lawsForm = nonlinear == family;
    for (const std::string& line : result.equations) judged.equation += (judged.equation.empty() ? "" : "; ") + line;
    return judged;
}

bool recovered(double r2) { return std::isfinite(r2) && r2 >= kRecoveredR2; }

std::string r2Text(double r2) {
    if (!std::isfinite(r2)) return "nan";
    char text[32];
    // Far-off fits give R^2 of -1e6 and worse: the digits say nothing then.
    std::snprintf(text, sizeof text, r2 < -999.0 ? "%.2e" : "%.4f", r2);
    return text;
}

int runRecovery(const Options& options) {
    std::vector<const RecoveryLaw*> laws;
    for (const RecoveryLaw& law : darts::bench::recoveryLaws())
        if (options.law.empty() || law.name == options.law) laws.push_back(&law);
    if (laws.empty()) darts::bench::findRecoveryLaw(options.law);  // throws, naming the laws
    const darts::SearchConfig base = configFor(options, *laws.front());
    std::printf("Settings (every law, single and multi alike): num_graph_nodes %d, primitives %s,\n"
                "  max_epochs %d, arch_updates_per_epoch %d, param_updates_per_epoch %d, param_updates_for_sampled_model %d,\n"
                "  arch_learning_rate_max %g, arch_weight_decay_df %g, param_learning_rate_max %g .. min %g, batch %d,\n"
                "  polish %s, validation_share %g (validation_seed %llu); %d training rows, %d out-of-range points\n"
                "Single: start 0 (seed 0). Multi: %d starts (seeds 0..%d), the lowest validation MSE; %d threads.\n\n",
                base.num_graph_nodes,
                options.sharedPrimitives ? std::string(darts::bench::kSharedPrimitives).c_str()
                                         : (std::string(darts::bench::kLinearPrimitives) + " + the law's family (below)").c_str(),
                base.max_epochs,
                base.arch_updates_per_epoch, base.param_updates_per_epoch, base.param_updates_for_sampled_model,
                base.arch_learning_rate_max, base.arch_weight_decay_df, base.param_learning_rate_max,
                base.param_learning_rate_min, base.batch_size, base.polish ? "on" : "off", base.validation_share,
                static_cast<unsigned long long>(base.validation_seed), darts::bench::kTrainingRows,
                darts::bench::kExtrapolationRows, options.starts, options.starts - 1, options.jobs);
    int singleCount = 0, multiCount = 0, startCount = 0, singleForm = 0, multiForm = 0;
    std::vector<std::string> chosen;
    std::printf("%-11s %-34s %6s %10s %10s %4s %5s %9s  %s\n", "law", "", "noise", "single R2", "multi R2", "form",
                "pick", "starts ok", "family primitives");
    const auto begin = std::chrono::steady_clock::now();
    for (const RecoveryLaw* law : laws) {
        const darts::SearchData data = searchData(*law);
        const Eigen::MatrixXd outX = darts::bench::extrapolationInputs(*law);
        const Eigen::MatrixXd outY = darts::bench::noiselessValues(*law, outX);
        darts::ParallelSearch search(data);
        const darts::SearchConfig config = configFor(options, *law);
        const std::vector<darts::StartResult> results = search.run(darts::restartConfigs(config, options.starts), options.jobs);
        std::vector<Judged> judged;
        int startsOk = 0;
        for (const darts::StartResult& r : results) {
            judged.push_back(judge(r, *law, data, outX, outY));
            startsOk += recovered(judged.back().r2) ? 1 : 0;
        }
        const int best = darts::bestStart(results, darts::SelectBy::Validation);
        const double single = judged.front().r2;
        const double multi = best >= 0 ? judged[static_cast<std::size_t>(best)].r2 : std::nan("");
        startCount += startsOk;
        const bool multiLawsForm = best >= 0 && judged[static_cast<std::size_t>(best)].lawsForm;
        singleForm += recovered(single) && judged.front().lawsForm ? 1 : 0;
        multiForm += recovered(multi) && multiLawsForm ? 1 : 0;
        singleCount += recovered(single) ? 1 : 0;
        multiCount += recovered(multi) ? 1 : 0;
        const std::string family = options.sharedPrimitives ? "(shared set)"
                                   : law->primitives.size() > darts::bench::kLinearPrimitives.size()
                                       ? std::string(law->primitives.substr(darts::bench::kLinearPrimitives.size() + 1))
                                       : "(linear only)";
        std::printf("%-11s %-34s %5.0f%% %10s %10s %4s %5d %6d/%d  %s\n", std::string(law->name).c_str(),
                    std::string(law->text).c_str(), 100.0 * law->noise, r2Text(single).c_str(), r2Text(multi).c_str(),
                    multiLawsForm ? "yes" : "no", best, startsOk, options.starts, family.c_str());
        chosen.push_back(std::string(law->name) + ": " + (best >= 0 ? judged[static_cast<std::size_t>(best)].equation : "(none)"));
        if (options.verbose)
            for (std::size_t i = 0; i < results.size(); ++i)
                std::printf("    start %zu: R2 %s  form %-3s  validation MSE %.3g  %s%s%s\n", i, r2Text(judged[i].r2).c_str(),
                            judged[i].lawsForm ? "yes" : "no", results[i].scores.validationMse, judged[i].equation.c_str(),
                            results[i].message.empty() ? "" : "  -- ", results[i].message.c_str());
        std::fflush(stdout);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::printf("\nChosen equations (multi-start):\n");
    for (const std::string& line : chosen) std::printf("  %s\n", line.c_str());
    const int total = static_cast<int>(laws.size());
    std::printf("\nRecovered (out-of-range R^2 >= %.2f): single start %d of %d, multi-start %d of %d (%.0f%%; target 90%%: %s)\n",
                kRecoveredR2, singleCount, total, multiCount, total, 100.0 * multiCount / total,
                multiCount >= 0.9 * total ? "met" : "MISSED");
    std::printf("... of them with the law's nonlinear primitives and no others (form): single %d, multi %d\n", singleForm,
                multiForm);
    std::printf("Starts that recovered their law on their own: %d of %d\n", startCount, total * options.starts);
    std::printf("Search time %.1f s on %d threads\n", seconds, options.jobs);
    return 0;
}

std::string loadAverage() {
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) != 3) return "unknown";
    char text[64];
    std::snprintf(text, sizeof text, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    return text;
}

/// Processor time of the whole process (every thread, user and system) so far.
double processorSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec); };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

int runSpeed(const Options& options) {
    const RecoveryLaw& law = darts::bench::findRecoveryLaw(options.speedLaw);
    const darts::SearchData data = searchData(law);
    const std::vector<darts::SearchConfig> configs = darts::restartConfigs(configFor(options, law), options.starts);
    // Wall time, and the process's processor time over it: near 2 with jobs=2 when both threads got a core.
    std::vector<double> busy[3];
    auto timed = [&](int jobs) {
        darts::ParallelSearch search(data);
        const double cpuBefore = processorSeconds();
        const auto start = std::chrono::steady_clock::now();
        search.run(configs, jobs);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        busy[jobs].push_back((processorSeconds() - cpuBefore) / wall);
        return wall;
    };
    // The same starts shared by two processes of one thread each: what the machine gives two programs that
    // share nothing, so the ceiling of any threading (two vCPUs of a virtual machine may give less than 2x).
    auto timedProcesses = [&] {
        const auto start = std::chrono::steady_clock::now();
        pid_t children[2];
        for (int c = 0; c < 2; ++c) {
            children[c] = fork();  // no search thread is running here: forking is safe
            if (children[c] == 0) {
                std::vector<darts::SearchConfig> share;
                for (std::size_t i = static_cast<std::size_t>(c); i < configs.size(); i += 2) share.push_back(configs[i]);
                darts::ParallelSearch(data).run(share, 1);
                _exit(0);
            }
        }
        for (pid_t child : children) waitpid(child, nullptr, 0);
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::printf("Speed: %d starts of law %s (%d epochs each), %d repetitions; hardware threads %d\n", options.starts,
                std::string(law.name).c_str(), configs.front().max_epochs, options.repeats, darts::defaultJobCount());
    std::printf("load average before: %s\n", loadAverage().c_str());
    std::vector<double> one, two, processes;
    for (int r = 0; r < options.repeats; ++r) {
        // Alternating the order, so that a change in the machine's load falls on both alike.
        if (r % 2 == 0) {
            one.push_back(timed(1));
            two.push_back(timed(2));
        } else {
            two.push_back(timed(2));
            one.push_back(timed(1));
        }
        processes.push_back(timedProcesses());
        std::printf("  repetition %d: jobs=1 %.3f s (cores busy %.2f), jobs=2 %.3f s (cores busy %.2f), "
                    "2 processes %.3f s\n", r + 1, one.back(), busy[1].back(), two.back(), busy[2].back(), processes.back());
        std::fflush(stdout);
    }
    const double m1 = median(one), m2 = median(two);
    std::printf("median jobs=1 %.3f s, jobs=2 %.3f s, speed-up %.2fx (target 1.8x: %s)\n", m1, m2, m1 / m2,
                m1 / m2 >= 1.8 ? "met" : "MISSED");
    std::printf("median of two processes sharing the starts %.3f s: the machine's own ceiling %.2fx, of which the "
                "threads reach %.0f%%\n", median(processes), m1 / median(processes), 100.0 * median(processes) / m2);
    std::printf("median cores kept busy: jobs=1 %.2f, jobs=2 %.2f (on a quiet machine 1 and near 2; less means the\n"
                "threads waited for a core, not for each other)\n", median(busy[1]), median(busy[2]));
    std::printf("load average after: %s (a busy machine lowers the speed-up: re-run it quiet)\n", loadAverage().c_str());
    return 0;
}

int positive(const char* text, const char* flag) {
    const int value = std::atoi(text);
    if (value < 1) throw std::invalid_argument(std::string(flag) + " needs a whole number of 1 or more");
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Options options;
        for (int i = 1; i < argc; ++i) {
            const std::string flag = argv[i];
            const auto value = [&]() -> const char* {
                if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
                return argv[++i];
            };
            if (flag == "--help" || flag == "-h") {
                std::fputs(kHelp, stdout);
                return 0;
            } else if (flag == "--speed") options.speed = true;
            else if (flag == "--verbose") options.verbose = true;
            else if (flag == "--shared-primitives") options.sharedPrimitives = true;
            else if (flag == "--law") options.law = value();
            else if (flag == "--speed-law") options.speedLaw = value();
            else if (flag == "--set") options.settings.push_back(value());
            else if (flag == "--starts") options.starts = positive(value(), "--starts");
            else if (flag == "--jobs") options.jobs = positive(value(), "--jobs");
            else if (flag == "--repeats") options.repeats = positive(value(), "--repeats");
            else if (flag == "--epochs") {
                options.epochs = std::atoi(value());
                if (options.epochs < 0) throw std::invalid_argument("--epochs needs 0 or more");
            } else throw std::invalid_argument("unknown option '" + flag + "' (see --help)");
        }
        return options.speed ? runSpeed(options) : runRecovery(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "darts-recovery-bench: %s\n", e.what());
        return 2;
    }
}
