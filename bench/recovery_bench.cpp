// darts-recovery-bench: does the search find the law behind the data, and how much do many starts help?
// Recovery report and multi-start speed figure of issue #8; run with --help for the commands.

#include "recovery_laws.h"

#include "model/closed_form.h"
#include "search/config_fields.h"
#include "search/presets.h"
#include "search/search_engine.h"
#include "select/multi_start.h"

#include <unsupported/Eigen/LevenbergMarquardt>
#include <unsupported/Eigen/NumericalDiff>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using darts::bench::RecoveryLaw;

constexpr double kRecoveredR2 = 0.99;
constexpr double kFormR2 = 1.0 - 1e-6;

const char* const kHelp = R"(darts-recovery-bench: does the search find the law behind the data?

  darts-recovery-bench                 the recovery report: every law searched with the discovery preset
                                       (its 8 starts, the best by validation loss), beside the reference's
                                       settings (one start, and the best of 8)
  darts-recovery-bench --law NAME      one law only (repeatable)
  darts-recovery-bench --laws SETS     the laws of these sets: classic, tuning, test, holdout, fresh, blind
                                       (comma-separated)
  darts-recovery-bench --verbose       also every start of the preset: validation MSE, in-range R^2, equation
  darts-recovery-bench --no-reference  the preset's figures only
  darts-recovery-bench --speed         the speed of many starts: the same N starts with 1 thread and with 2,
                                       median wall time over the repetitions, their ratio, the load
                                       average and the cores the process kept busy (a busy machine,
                                       not the code, is what a low "cores busy" shows)
Options:
  --starts N     starts of the preset (default: the preset's 8)
  --sample S     the draw of each law's training rows and noise (default 0, the report's; others for judging a
                 change on more than one draw)
  --jobs J       threads (default 2; results do not depend on it)
  --set F=V      any search setting of the preset's runs by its reference name, e.g. --set num_graph_nodes=3
                 (repeatable; for trying settings)
  --repeats R    repetitions of each timing with --speed (default 5)
  --speed-law L  the law timed with --speed (default lin-exp)

The laws: "classic" are the first ten, sums of primitives each searched with its own family of primitives
(given explicitly also with the preset); "tuning" are the laws the preset was tuned on (psychophysics,
learning, choice, with their usual constants); "test" are laws of the same families made up apart from
any tuning (though their misses were looked at while tuning); "holdout" are laws made up after the
ratio move and run once before the offset pruning (whose idea came from one of their misses); "fresh" are
laws made up before the offset pruning, run once at the end; "blind" are laws made up at the start of a
later session, before its changes to the search, and run once at its end. 200 rows each, 1% noise (classic: as listed), 20% of the rows held out for validation.
Columns: in = R^2 against the noiseless law on 400 fresh points inside the training range (accurate: at
least 0.99); out = the same on points where every input lies in a band 20% of its range wide just outside
it; exact = the law's form with every constant within 2% (the law with each of its constants and an offset
as parameters, fitted to the model's predictions in and out of range, reproduces them with R^2 >= 0.999999,
which only the law's operators do, and every parameter is within 2% of the truth, an offset of 0 within 2%
of the law's spread); time = wall time of the preset's whole run on --jobs threads.
Reference settings: num_graph_nodes 2, max_epochs 300, param_updates_per_epoch 20, the broad primitive set
none, add, subtract, mult, linear, linear_exp, linear_ln, linear_logistic, reciprocal (classic: their own),
sum nodes, fixed output layer, no refinement.
The speed figure on a quiet machine (nothing else running; the build folder's program):
  build/bench/darts-recovery-bench --speed --starts 8 --repeats 7
)";

struct Options {
    std::vector<std::string> laws;
    std::vector<darts::bench::LawSet> sets;
    bool speed = false;
    bool verbose = false;
    bool reference = true;
    int starts = 0;  // 0: the preset's
    int sample = 0;  // which draw of the training rows
    int jobs = 2;
    std::vector<std::string> settings;  // "name=value"
    int repeats = 5;
    std::string speedLaw = "lin-exp";
};

darts::SearchData searchData(const RecoveryLaw& law, int sample) {
    darts::bench::LawData lawData = darts::bench::trainingData(law, sample);
    darts::SearchData data;
    data.X = std::move(lawData.X);
    data.Y = lawData.y;
    data.inputNames = darts::bench::inputNames(law);
    data.targetNames = {"y"};
    return data;
}

darts::SearchConfig withSettings(darts::SearchConfig config, const Options& options) {
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

bool recovered(double r2) { return std::isfinite(r2) && r2 >= kRecoveredR2; }

std::string r2Text(double r2) {
    if (!std::isfinite(r2)) return "nan";
    char text[32];
    // Far-off fits give R^2 of -1e6 and worse: the digits say nothing then.
    std::snprintf(text, sizeof text, r2 < -999.0 ? "%.1e" : "%.4f", r2);
    return text;
}

// The law's form fitted to a model's predictions: its constants as parameters.
struct FormResiduals : Eigen::DenseFunctor<double> {
    FormResiduals(const RecoveryLaw& law, const Eigen::MatrixXd& X, const Eigen::VectorXd& y)
        : DenseFunctor(static_cast<int>(law.constants.size()), static_cast<int>(y.size())), law(law), X(X), y(y) {}
    int operator()(const InputType& p, ValueType& residual) const {
        double point[darts::bench::kMaxInputs];
        for (Eigen::Index row = 0; row < X.rows(); ++row) {
            for (Eigen::Index k = 0; k < X.cols(); ++k) point[k] = X(row, k);
            residual[row] = law.form(point, p.data()) - y[row];
            if (!std::isfinite(residual[row])) residual[row] = 1e150;
        }
        return 0;
    }
    const RecoveryLaw& law;
    const Eigen::MatrixXd& X;
    const Eigen::VectorXd& y;
};

/// Whether the model is the law with every constant within 2%: the law's form (each occurrence of a constant
/// its own parameter, an offset too), fitted to the model's predictions at the points in and out of range,
/// must reproduce them (R^2 >= kFormR2) with every parameter within 2% of the true constant. A model of the
/// law's form is reproduced exactly, whatever its constants; an extra term, or another operator that only
/// imitates the law's, shows in the sixth decimal. A constant that is 0 (an offset) may be off by 2% of the
/// law's spread: of its values, or of the logistic's argument for a probability.
bool exactForm(const RecoveryLaw& law, const darts::SampledModel& model, const Eigen::MatrixXd& X) {
    if (!law.form) return false;
    const Eigen::VectorXd predicted = model.predict(X).col(0);
    if (!predicted.allFinite()) return false;
    Eigen::VectorXd p = Eigen::Map<const Eigen::VectorXd>(law.constants.data(), static_cast<Eigen::Index>(law.constants.size()));
    FormResiduals residuals(law, X, predicted);
    Eigen::NumericalDiff<FormResiduals> withJacobian(residuals);
    Eigen::LevenbergMarquardt<Eigen::NumericalDiff<FormResiduals>> solver(withJacobian);
    solver.minimize(p);
    Eigen::VectorXd residual(predicted.size());
    residuals(p, residual);
    const double total = (predicted.array() - predicted.mean()).square().sum();
    if (!(total > 0.0) || 1.0 - residual.squaredNorm() / total < kFormR2) return false;
    Eigen::ArrayXd truth = darts::bench::noiselessValues(law, X).array();
    if (law.output != darts::OutputType::Real) truth = (truth / (1.0 - truth)).log();
    const double spread = std::sqrt((truth - truth.mean()).square().mean());
    for (std::size_t i = 0; i < law.constants.size(); ++i) {
        const double c = law.constants[i];
        if (std::fabs(p[static_cast<Eigen::Index>(i)] - c) > 0.02 * (c != 0.0 ? std::fabs(c) : spread)) return false;
    }
    return true;
}

/// What a run's chosen model does.
struct Judged {
    bool hasModel = false;
    double r2In = std::nan("");
    double r2Out = std::nan("");
    bool exact = false;
    std::string equation;
    double seconds = 0.0;
    int start = -1;
};

struct LawPoints {
    Eigen::MatrixXd inX, outX, allX;
    Eigen::VectorXd inY, outY;
};

Judged judge(const darts::StartResult& result, const darts::SearchData& data, const RecoveryLaw& law,
             const LawPoints& points) {
    Judged judged;
    if (!result.hasModel()) {
        judged.equation = "(no model: " + result.message + ")";
        return judged;
    }
    // The result holds the search's state: an engine on the same data and settings gives the model back.
    darts::SearchEngine engine(result.config, data.X, data.Y, data.inputNames, data.targetNames, data.heldOut);
    engine.restore(result.state);
    const darts::SampledModel& model = *engine.model();
    judged.hasModel = true;
    judged.r2In = darts::fitMetrics(model.predict(points.inX), points.inY).r2;
    judged.r2Out = darts::fitMetrics(model.predict(points.outX), points.outY).r2;
    judged.exact = exactForm(law, model, points.allX);
    try {
        judged.equation = darts::closedForm(model, 4).console.front();
    } catch (const std::exception&) {
        for (const std::string& line : result.equations) judged.equation += (judged.equation.empty() ? "" : "; ") + line;
    }
    return judged;
}

/// N starts of `config` (seeds 0..N-1), the best by validation MSE, judged; with every start's judgement.
Judged runStarts(const darts::SearchConfig& config, int starts, const darts::SearchData& data, const RecoveryLaw& law,
                 const LawPoints& points, int jobs, std::vector<Judged>* each = nullptr,
                 std::vector<darts::StartResult>* results = nullptr) {
    darts::ParallelSearch search(data);
    const auto begin = std::chrono::steady_clock::now();
    std::vector<darts::StartResult> found = search.run(darts::restartConfigs(config, starts), jobs);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    const int best = darts::bestStart(found, darts::SelectBy::Validation);
    Judged chosen;
    if (best >= 0) chosen = judge(found[static_cast<std::size_t>(best)], data, law, points);
    chosen.seconds = seconds;
    chosen.start = best;
    if (each)
        for (const darts::StartResult& r : found) each->push_back(judge(r, data, law, points));
    if (results) *results = std::move(found);
    return chosen;
}

/// Counts over a set of laws.
struct Tally {
    int laws = 0, accurate = 0, outOfRange = 0, exact = 0;
    std::vector<double> seconds;
    void add(const Judged& j) {
        ++laws;
        accurate += recovered(j.r2In) ? 1 : 0;
        outOfRange += recovered(j.r2Out) ? 1 : 0;
        exact += j.exact ? 1 : 0;
        seconds.push_back(j.seconds);
    }
};

double median(std::vector<double> v) {
    if (v.empty()) return std::nan("");
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::string percent(int count, int total) {
    char text[32];
    std::snprintf(text, sizeof text, "%d/%d (%.0f%%)", count, total, total ? 100.0 * count / total : 0.0);
    return text;
}

int runRecovery(const Options& options) {
    using darts::bench::LawSet;
    std::vector<const RecoveryLaw*> laws;
    for (const RecoveryLaw& law : darts::bench::recoveryLaws()) {
        const bool named = options.laws.empty() || std::find(options.laws.begin(), options.laws.end(), law.name) != options.laws.end();
        const bool inSet = options.sets.empty() || std::find(options.sets.begin(), options.sets.end(), law.set) != options.sets.end();
        if (named && inSet) laws.push_back(&law);
    }
    for (const std::string& name : options.laws) darts::bench::findRecoveryLaw(name);  // throws, naming the laws
    if (laws.empty()) throw std::invalid_argument("no law matches --law and --laws");
    const darts::SearchPreset& preset = darts::findSearchPreset("discovery");
    const int starts = options.starts > 0 ? options.starts : preset.restarts;
    const darts::SearchConfig shown = withSettings(darts::withPreset(preset, darts::SearchConfig{}), options);
    std::printf("Preset discovery: %d starts on %d threads, the best by validation MSE. Its settings:\n", starts, options.jobs);
    for (const darts::ConfigField& f : darts::configFields()) {
        const darts::SearchConfig reference;
        if (f.get(shown) != f.get(reference) && f.name != "output_type")
            std::printf("  %s = %s\n", std::string(f.name).c_str(), f.get(shown).c_str());
    }
    std::printf("  (classic laws: their own primitives; choice laws: output_type probability)\n\n");
    std::printf("%-16s %-7s %4s | %-8s %-8s %-5s %6s | %-8s %-8s %-5s %-8s %-5s\n", "law", "set", "in", "preset", "", "",
                "", "ref 1", "", "", "ref 8", "");
    std::printf("%-16s %-7s %4s | %8s %8s %5s %6s | %8s %8s %5s %8s %5s\n", "", "", "", "R2 in", "R2 out", "exact",
                "time", "R2 in", "R2 out", "exact", "R2 in", "exact");
    std::map<LawSet, Tally> presetTally, singleTally, multiTally;
    std::vector<std::string> chosen;
    for (const RecoveryLaw* law : laws) {
        const darts::SearchData data = searchData(*law, options.sample);
        LawPoints points;
        points.inX = darts::bench::inRangeInputs(*law);
        points.outX = darts::bench::extrapolationInputs(*law);
        points.inY = darts::bench::noiselessValues(*law, points.inX);
        points.outY = darts::bench::noiselessValues(*law, points.outX);
        points.allX.resize(points.inX.rows() + points.outX.rows(), points.inX.cols());
        points.allX << points.inX, points.outX;

        std::vector<Judged> each;
        std::vector<darts::StartResult> results;
        const darts::SearchConfig config = withSettings(darts::bench::discoveryConfig(*law), options);
        const Judged found = runStarts(config, starts, data, *law, points, options.jobs, options.verbose ? &each : nullptr,
                                       options.verbose ? &results : nullptr);
        presetTally[law->set].add(found);
        Judged single, multi;
        if (options.reference) {
            const darts::SearchConfig reference = darts::bench::referenceConfig(*law);
            single = runStarts(reference, 1, data, *law, points, options.jobs);
            multi = runStarts(reference, 8, data, *law, points, options.jobs);
            singleTally[law->set].add(single);
            multiTally[law->set].add(multi);
        }
        const auto yes = [](bool b) { return b ? "yes" : "no"; };
        std::printf("%-16s %-7s %4d | %8s %8s %5s %5.1fs | %8s %8s %5s %8s %5s\n", std::string(law->name).c_str(),
                    std::string(toString(law->set)).c_str(), static_cast<int>(law->ranges.size()),
                    r2Text(found.r2In).c_str(), r2Text(found.r2Out).c_str(), law->form ? yes(found.exact) : "-",
                    found.seconds, options.reference ? r2Text(single.r2In).c_str() : "", options.reference ? r2Text(single.r2Out).c_str() : "",
                    options.reference && law->form ? yes(single.exact) : "-", options.reference ? r2Text(multi.r2In).c_str() : "",
                    options.reference && law->form ? yes(multi.exact) : "-");
        chosen.push_back(std::string(law->name) + ": " + std::string(law->text) + "\n      found " + found.equation +
                         (options.reference ? "\n      ref 8 " + multi.equation : ""));
        if (options.verbose && found.start >= 0) {
            const darts::HallOfFame& fame = darts::HallOfFame(results[static_cast<std::size_t>(found.start)].state.hallOfFame);
            std::printf("    front of the chosen start (complexity, validation MSE, equation):\n");
            for (int i : fame.front()) {
                const darts::HallOfFameEntry& e = fame.entries()[static_cast<std::size_t>(i)];
                std::printf("      %3d  %.4g  %s\n", e.complexity(), e.validationMse, e.equation.c_str());
            }
        }
        if (options.verbose)
            for (std::size_t i = 0; i < each.size(); ++i)
                std::printf("    start %zu%s: validation MSE %.3g  R2 in %s  exact %s  %s%s%s\n", i,
                            static_cast<int>(i) == found.start ? "*" : " ", results[i].scores.validationMse,
                            r2Text(each[i].r2In).c_str(), yes(each[i].exact), each[i].equation.c_str(),
                            results[i].message.empty() ? "" : "  -- ", results[i].message.c_str());
        std::fflush(stdout);
    }
    std::printf("\nEquations (closed form; preset's choice, then the reference's best of 8):\n");
    for (const std::string& line : chosen) std::printf("  %s\n", line.c_str());
    std::printf("\nSummary (accurate: R^2 >= %.2f in range; out: likewise out of range; exact: the law's form, constants within 2%%)\n",
                kRecoveredR2);
    for (const auto& [set, tally] : presetTally) {
        std::printf("  %-7s preset: accurate %s, out of range %s, exact %s; time median %.1f s, longest %.1f s\n",
                    std::string(toString(set)).c_str(), percent(tally.accurate, tally.laws).c_str(),
                    percent(tally.outOfRange, tally.laws).c_str(),
                    set == LawSet::Classic ? "-" : percent(tally.exact, tally.laws).c_str(), median(tally.seconds),
                    *std::max_element(tally.seconds.begin(), tally.seconds.end()));
        if (options.reference) {
            const Tally& one = singleTally[set];
            const Tally& many = multiTally[set];
            std::printf("  %-7s ref 1:  accurate %s, out of range %s, exact %s; ref 8: accurate %s, out of range %s, exact %s\n", "",
                        percent(one.accurate, one.laws).c_str(), percent(one.outOfRange, one.laws).c_str(),
                        set == LawSet::Classic ? "-" : percent(one.exact, one.laws).c_str(),
                        percent(many.accurate, many.laws).c_str(), percent(many.outOfRange, many.laws).c_str(),
                        set == LawSet::Classic ? "-" : percent(many.exact, many.laws).c_str());
        }
    }
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


int runSpeed(const Options& options) {
    const RecoveryLaw& law = darts::bench::findRecoveryLaw(options.speedLaw);
    const darts::SearchData data = searchData(law, 0);
    const std::vector<darts::SearchConfig> configs =
        darts::restartConfigs(withSettings(darts::bench::referenceConfig(law), options), options.starts > 0 ? options.starts : 8);
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
    std::printf("Speed: %zu starts of law %s (%d epochs each), %d repetitions; hardware threads %d\n", configs.size(),
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

int atLeast(int least, const char* text, const char* flag) {
    const int value = std::atoi(text);
    if (value < least || (value == 0 && std::string_view(text) != "0"))
        throw std::invalid_argument(std::string(flag) + " needs a whole number of " + std::to_string(least) + " or more");
    return value;
}

int positive(const char* text, const char* flag) { return atLeast(1, text, flag); }

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
            else if (flag == "--no-reference") options.reference = false;
            else if (flag == "--law") options.laws.push_back(value());
            else if (flag == "--laws") {
                const std::string text = value();
                for (std::size_t start = 0; start <= text.size();) {
                    const std::size_t comma = std::min(text.find(',', start), text.size());
                    const std::string name = text.substr(start, comma - start);
                    using darts::bench::LawSet;
                    if (name == "classic") options.sets.push_back(LawSet::Classic);
                    else if (name == "tuning") options.sets.push_back(LawSet::Tuning);
                    else if (name == "test") options.sets.push_back(LawSet::Test);
                    else if (name == "holdout") options.sets.push_back(LawSet::Holdout);
                    else if (name == "fresh") options.sets.push_back(LawSet::Fresh);
                    else if (name == "blind") options.sets.push_back(LawSet::Blind);
                    else throw std::invalid_argument("--laws takes classic, tuning, test, holdout, fresh and blind, not '" + name + "'");
                    start = comma + 1;
                }
            }
            else if (flag == "--speed-law") options.speedLaw = value();
            else if (flag == "--set") options.settings.push_back(value());
            else if (flag == "--starts") options.starts = positive(value(), "--starts");
            else if (flag == "--sample") options.sample = atLeast(0, value(), "--sample");
            else if (flag == "--jobs") options.jobs = positive(value(), "--jobs");
            else if (flag == "--repeats") options.repeats = positive(value(), "--repeats");
            else throw std::invalid_argument("unknown option '" + flag + "' (see --help)");
        }
        return options.speed ? runSpeed(options) : runRecovery(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "darts-recovery-bench: %s\n", e.what());
        return 2;
    }
}
