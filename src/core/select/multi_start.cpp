#include "select/multi_start.h"

#include "search/search_engine.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <thread>

namespace darts {

std::vector<StartResult> ParallelSearch::run(const std::vector<SearchConfig>& configs, int jobs,
                                             const StartProgressCallback& onProgress) {
    std::vector<StartResult> results(configs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < configs.size(); i = next++) results[i] = runOne(static_cast<int>(i), configs[i], onProgress);
    };
    const std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, jobs)), configs.size());
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(work);
    work();  // this thread takes a share too
    for (std::thread& w : workers) w.join();
    return results;
}

StartResult ParallelSearch::runOne(int index, const SearchConfig& config, const StartProgressCallback& onProgress) {
    StartResult result;
    result.config = config;
    if (m_stop.load()) {
        result.status = RunStatus::Stopped;
        result.message = "not started: the run was stopped";
        return result;
    }
    try {
        SearchEngine engine(config, m_X, m_Y, splitFor(config), m_names.inputNames, m_names.targetNames);
        {
            const std::lock_guard lock(m_runningMutex);
            m_running.push_back(&engine);
            if (m_stop.load()) engine.requestStop();  // a stop that came while the engine was being built
        }
        EpochCallback report;
        RefineCallback refining;
        double loss = std::nan(""), validationLoss = std::nan("");
        if (onProgress) {
            report = [&](const EpochReport& r) {
                loss = r.loss;
                validationLoss = r.validationLoss;
                onProgress(StartProgress{index, r.epoch, config.max_epochs, r.loss, r.validationLoss});
            };
            refining = [&](const RefineProgress& r) {
                onProgress(StartProgress{index, engine.epoch(), config.max_epochs, loss, validationLoss, r.evaluated, r.budget});
            };
        }
        const RunOutcome outcome = engine.fit(report, refining);
        {
            const std::lock_guard lock(m_runningMutex);
            std::erase(m_running, &engine);
        }
        result.status = outcome.status;
        result.message = outcome.message;
        result.state = engine.state();
        if (engine.model()) {
            result.scores = scoreModel(engine);
            result.equations = engine.model()->equations();
        }
    } catch (const std::exception& e) {
        result.status = RunStatus::NumericalFault;
        result.message = e.what();
    }
    return result;
}

std::pair<double, std::uint64_t> ParallelSearch::splitKey(const SearchConfig& config) const {
    if (!m_names.heldOut.empty()) return {0.0, 0};  // a split column: the same split whatever the settings
    return {config.validation_share, config.validation_seed};
}

void ParallelSearch::shareSplit(const SearchConfig& config, std::shared_ptr<const RowSplit> split) {
    const auto [share, seed] = splitKey(config);
    const std::lock_guard lock(m_splitsMutex);
    m_splits.push_back({share, seed, std::move(split)});
}

std::shared_ptr<const RowSplit> ParallelSearch::splitFor(const SearchConfig& config) {
    const auto [share, seed] = splitKey(config);
    const std::lock_guard lock(m_splitsMutex);
    for (const MadeSplit& made : m_splits)
        if (made.validationShare == share && made.validationSeed == seed) return made.split;
    m_splits.push_back({share, seed, RowSplit::make(*m_X, *m_Y, share, seed, m_names.heldOut)});
    return m_splits.back().split;
}

void ParallelSearch::requestStop() {
    m_stop.store(true);
    const std::lock_guard lock(m_runningMutex);
    for (SearchEngine* engine : m_running) engine->requestStop();
}

std::vector<SearchConfig> restartConfigs(const SearchConfig& base, int count) {
    std::vector<SearchConfig> configs(static_cast<std::size_t>(std::max(0, count)), base);
    for (std::size_t i = 0; i < configs.size(); ++i) configs[i].seed = base.seed + i;
    return configs;
}

std::string_view toString(SelectBy by) { return by == SelectBy::Validation ? "validation" : "bic"; }

SelectBy selectByFromString(std::string_view text) {
    if (text == "validation") return SelectBy::Validation;
    if (text == "bic") return SelectBy::Bic;
    throw std::invalid_argument("unknown selection '" + std::string(text) + "'; valid values are: validation, bic");
}

int bestStart(const std::vector<StartResult>& results, SelectBy by) {
    const auto score = [by](const StartResult& r) { return by == SelectBy::Validation ? r.scores.validationMse : r.scores.bic; };
    // A start that faulted kept the model of its last finite state, often one drawn from barely trained
    // weights: it is chosen only when no start completed.
    for (const bool completedOnly : {true, false}) {
        const auto eligible = [&](const StartResult& r) {
            return r.hasModel() && (!completedOnly || r.status == RunStatus::Completed) && std::isfinite(score(r));
        };
        int best = -1;
        for (std::size_t i = 0; i < results.size(); ++i)
            if (eligible(results[i]) && (best < 0 || score(results[i]) < score(results[static_cast<std::size_t>(best)])))
                best = static_cast<int>(i);
        if (best < 0) continue;
        const double parsimony = results[static_cast<std::size_t>(best)].config.parsimony;
        if (by != SelectBy::Validation || parsimony <= 0.0) return best;
        const StartResult& lowest = results[static_cast<std::size_t>(best)];
        const auto complexity = [](const StartResult& r) { return r.scores.complexity; };
        int chosen = best;
        for (std::size_t i = 0; i < results.size(); ++i) {
            const StartResult& r = results[i];
            const StartResult& c = results[static_cast<std::size_t>(chosen)];
            const bool simpler = complexity(r) < complexity(c) || (complexity(r) == complexity(c) && score(r) < score(c));
            if (eligible(r) && simpler &&
                withinStandardErrors(r.scores.heldOutErrors, lowest.scores.heldOutErrors, parsimony, lowest.scores.errorFloor))
                chosen = static_cast<int>(i);
        }
        return chosen;
    }
    return -1;
}

int defaultJobCount() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

}  // namespace darts
