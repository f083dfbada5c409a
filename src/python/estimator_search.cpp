#include "estimator_search.h"

#include "select/sweep.h"

#include <set>
#include <stdexcept>

namespace darts::python {

EstimatorSearch::EstimatorSearch(Table table, const std::vector<std::string>& inputs,
                                 const std::vector<std::string>& targets, const SearchConfig& config)
    : m_table(std::move(table)) {
    // The columns as darts-cli fit takes them from a file, so that the engine is built alike.
    SearchData data = selectSearchData(m_table, inputs, targets, {});
    m_engine = std::make_unique<SearchEngine>(config, std::move(data.X), std::move(data.Y), std::move(data.inputNames),
                                              std::move(data.targetNames), std::move(data.heldOut));
}

EstimatorSearch::EstimatorSearch(const Session& session)
    : m_table(session.data), m_validationColumn(session.validationColumn), m_engine(makeEngine(session)) {}

Table EstimatorSearch::makeTable(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y,
                                 const std::vector<std::string>& inputs, const std::vector<std::string>& targets) {
    if (static_cast<Eigen::Index>(inputs.size()) != X.cols() || static_cast<Eigen::Index>(targets.size()) != Y.cols())
        throw std::invalid_argument("there must be one name per column");
    if (X.rows() != Y.rows()) throw std::invalid_argument("inputs and targets have different numbers of rows");
    Table table;
    table.source = "Python";
    table.columnNames = inputs;
    table.columnNames.insert(table.columnNames.end(), targets.begin(), targets.end());
    std::set<std::string> seen;
    for (const std::string& name : table.columnNames)
        if (!seen.insert(name).second) throw std::invalid_argument("the column name '" + name + "' is used twice");
    table.values.resize(X.rows(), X.cols() + Y.cols());
    table.values << X, Y;
    table.firstBadCell.assign(table.columnNames.size(), std::nullopt);
    return table;
}

bool EstimatorSearch::searches(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y,
                               const std::vector<std::string>& inputs, const std::vector<std::string>& targets) const {
    const SearchEngine& e = *m_engine;
    return e.inputNames() == inputs && e.outputNames() == targets && e.inputs().rows() == X.rows() &&
           e.inputs().cols() == X.cols() && e.targets().cols() == Y.cols() && e.inputs() == X && e.targets() == Y;
}

std::unique_ptr<EstimatorSearch> EstimatorSearch::carriedTo(Table table, const std::vector<std::string>& inputs,
                                                            const std::vector<std::string>& targets) const {
    auto carried = std::make_unique<EstimatorSearch>(std::move(table), inputs, targets, m_engine->config());
    try {
        carried->m_engine->restore(m_engine->state());
    } catch (const std::invalid_argument&) {
        return nullptr;  // a network of other inputs or outputs: no state of this one fits it
    }
    return carried;
}

bool EstimatorSearch::configure(const SearchConfig& config) {
    const int epoch = m_engine->epoch();
    const bool hadModel = m_engine->model() != nullptr;
    m_engine->setConfig(config);
    return m_engine->epoch() != epoch || (hadModel && !m_engine->model());
}

SelectBy EstimatorSearch::selection(std::optional<SelectBy> by) const {
    const SelectBy chosen = by.value_or(m_engine->hasValidation() ? SelectBy::Validation : SelectBy::Bic);
    if (chosen == SelectBy::Validation && !m_engine->hasValidation())
        throw std::invalid_argument("select='validation' needs held-out rows: give validation_share");
    return chosen;
}

FitResult EstimatorSearch::fit(const ProgressSink& sink, bool withWeights) {
    const std::optional<SampledModelState> lastModel = m_engine->state().model;
    EpochCallback onEpoch;
    if (sink)
        onEpoch = [&sink, withWeights](const EpochReport& r) {
            sink({0, r.epoch, r.loss, r.validationLoss, withWeights ? r.alpha : Eigen::MatrixXd()});
        };
    const RunOutcome outcome = m_engine->fit(onEpoch);
    if (outcome.status == RunStatus::Stopped) {
        // A stop during the refit leaves a half-refitted model in the engine: put the last whole one back.
        SearchState state = m_engine->state();
        state.model = lastModel;
        m_engine->restore(state);
    }
    FitResult result;
    result.status = outcome.status;
    result.message = outcome.message;
    return result;
}

FitResult EstimatorSearch::fitStarts(int restarts, int jobs, SelectBy by, const ProgressSink& sink) {
    FitResult result;
    result.by = by;
    // As darts-cli: the held-out rows of a split column are passed on, otherwise each start draws its own.
    SearchData data{m_engine->inputs(), m_engine->targets(), m_engine->inputNames(), m_engine->outputNames(),
                    m_validationColumn.empty() ? std::vector<bool>{} : m_engine->heldOutRows()};
    ParallelSearch search(std::move(data));
    {
        const std::lock_guard lock(m_stopMutex);
        m_starts = &search;
        if (m_stopRequested) search.requestStop();
    }
    StartProgressCallback onProgress;
    if (sink) onProgress = [&sink](const StartProgress& p) { sink({p.start, p.epoch, p.loss, p.validationLoss, {}}); };
    result.starts = search.run(restartConfigs(m_engine->config(), restarts), jobs, onProgress);
    bool stopped = false;
    {
        const std::lock_guard lock(m_stopMutex);
        m_starts = nullptr;
        stopped = m_stopRequested;
    }
    if (stopped) {
        result.status = RunStatus::Stopped;
        result.message = "stopped";
        return result;
    }
    result.selected = bestStart(result.starts, by);
    if (result.selected < 0) {
        result.status = RunStatus::NumericalFault;
        result.message = std::string("no start found a model with a finite ") +
                         (by == SelectBy::Validation ? "validation MSE" : "BIC");
        return result;
    }
    // The chosen start's search, put back into an engine of its settings, exactly as darts-cli does.
    const StartResult& chosen = result.starts[static_cast<std::size_t>(result.selected)];
    auto engine = std::make_unique<SearchEngine>(chosen.config, m_engine->inputs(), m_engine->targets(),
                                                 m_engine->inputNames(), m_engine->outputNames(),
                                                 m_engine->heldOutRows());
    engine->restore(chosen.state);
    {
        const std::lock_guard lock(m_stopMutex);  // requestStop may be reaching for the engine
        m_engine = std::move(engine);
    }
    result.status = chosen.status;
    result.message = chosen.message;
    return result;
}

void EstimatorSearch::requestStop() {
    const std::lock_guard lock(m_stopMutex);
    m_stopRequested = true;
    m_engine->requestStop();
    if (m_starts) m_starts->requestStop();
}

void EstimatorSearch::clearStop() {
    const std::lock_guard lock(m_stopMutex);
    m_stopRequested = false;
    m_engine->clearStop();
}

Session EstimatorSearch::session() const { return makeSession(m_table, *m_engine, true, m_validationColumn); }

}  // namespace darts::python
