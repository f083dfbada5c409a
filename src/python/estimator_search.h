#pragma once
/// @brief The search behind one Python estimator: its data as a table (what a session keeps), the
/// engine, and fits that run exactly as darts-cli fit runs them (one search, or many starts and the
/// best of them), so that the same data, settings and seed give the same model bit for bit.

#include "data/table.h"
#include "io/session_file.h"
#include "progress_queue.h"
#include "search/search_engine.h"
#include "select/multi_start.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace darts::python {

/// Called on the search threads after every epoch (several threads at once during a multi-start).
using ProgressSink = std::function<void(ProgressEvent)>;

struct FitResult {
    RunStatus status = RunStatus::Completed;
    std::string message;
    std::vector<StartResult> starts;  ///< a multi-start's every start; empty for a single search
    int selected = -1;                ///< the start whose search the estimator now holds
    SelectBy by = SelectBy::Bic;
};

class EstimatorSearch {
public:
    /// A fresh search of `targets` from `inputs`, columns of `table`. Throws std::invalid_argument
    /// (bad settings or data, in the words darts-cli uses) or DataError.
    EstimatorSearch(Table table, const std::vector<std::string>& inputs, const std::vector<std::string>& targets,
                    const SearchConfig& config);
    /// A session's data, columns, settings and search. Throws SessionError.
    explicit EstimatorSearch(const Session& session);

    EstimatorSearch(const EstimatorSearch&) = delete;
    EstimatorSearch& operator=(const EstimatorSearch&) = delete;

    /// Numbered columns as a table: the inputs, then the targets. Throws std::invalid_argument when
    /// names repeat or do not match the columns.
    static Table makeTable(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, const std::vector<std::string>& inputs,
                           const std::vector<std::string>& targets);

    /// True when these are, value for value and name for name, the data searched.
    bool searches(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, const std::vector<std::string>& inputs,
                  const std::vector<std::string>& targets) const;
    /// This search (settings and state) carried onto other data, as the reference's fit continues its
    /// network on whatever data it is given. Returns null when the data have other numbers of columns,
    /// which no state fits.
    std::unique_ptr<EstimatorSearch> carriedTo(Table table, const std::vector<std::string>& inputs,
                                               const std::vector<std::string>& targets) const;

    /// New settings for the next fit; true when they rebuilt the network (the search starts afresh).
    bool configure(const SearchConfig& config);
    /// The selection of a multi-start: `by`, or validation MSE when rows are held out, else BIC.
    /// Throws std::invalid_argument when validation is asked for without held-out rows.
    SelectBy selection(std::optional<SelectBy> by) const;

    /// What one darts-cli fit does: max_epochs epochs from where the search is, then a new model.
    /// A stopped fit keeps the epochs it finished but not a model it had not finished refitting.
    FitResult fit(const ProgressSink& sink, bool withWeights);
    /// darts-cli fit --restarts: `restarts` fresh searches with seeds seed, seed + 1, ..., `jobs` at
    /// a time, and the best by `by`, whose search this one becomes. Stopped, or without any start
    /// that found a model, it changes nothing.
    FitResult fitStarts(int restarts, int jobs, SelectBy by, const ProgressSink& sink);

    /// Safe from any thread: the running fit returns before its next step.
    void requestStop();
    /// Before a fit: forget a stop that was meant for the last one.
    void clearStop();

    const SearchEngine& engine() const { return *m_engine; }
    const Table& table() const { return m_table; }
    /// The session of this search: written by save, read by the window and darts-cli --session.
    Session session() const;

private:
    Table m_table;
    std::string m_validationColumn;  // the split column of a session that had one
    std::unique_ptr<SearchEngine> m_engine;
    std::mutex m_stopMutex;  // guards the two below against requestStop from the Python thread
    bool m_stopRequested = false;
    ParallelSearch* m_starts = nullptr;  // the multi-start under way, if any
};

}  // namespace darts::python
