#pragma once
/// @brief Many searches on the same data at once, one per setting (seeds, nodes, penalties...),
/// on threads of their own, and the choice of the best model among them.

#include "search/run_outcome.h"
#include "search/search_config.h"
#include "search/search_state.h"
#include "select/model_scores.h"

#include <Eigen/Core>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

class SearchEngine;
struct RowSplit;

/// What one start found.
struct StartResult {
    SearchConfig config;  ///< the start's settings
    RunStatus status = RunStatus::Completed;
    std::string message;  ///< why it did not complete, for a person
    /// The whole search, its sampled model included: restore it into an engine built with `config`
    /// on the same data to continue from there or to look at the model.
    SearchState state;
    ModelScores scores;              ///< meaningful only with a model
    std::vector<std::string> equations;  ///< the model's, one per line; empty without a model

    bool hasModel() const { return state.model.has_value(); }
};

/// A start's progress after one of its epochs.
struct StartProgress {
    int start;  ///< index into the configurations
    int epoch;
    int epochs;  ///< the start's max_epochs
    double loss;
    double validationLoss;  ///< NaN without held-out rows
    /// During refinement, after the epochs (epoch == epochs): architectures refitted so far, and at most;
    /// both 0 while the epochs run.
    int refined = 0;
    int refineBudget = 0;
};
/// Called from the worker threads, several at once: it must be thread-safe and quick.
using StartProgressCallback = std::function<void(const StartProgress&)>;

/// The data every start searches, with the rows held out for validation (see SearchEngine).
struct SearchData {
    Eigen::MatrixXd X;
    Eigen::MatrixXd Y;
    std::vector<std::string> inputNames;
    std::vector<std::string> targetNames;
    std::vector<bool> heldOut;  ///< empty: validation_share of each start's settings decides
};

class ParallelSearch {
public:
    /// Takes the data over; every start reads the one copy.
    explicit ParallelSearch(SearchData data)
        : m_X(std::make_shared<const Eigen::MatrixXd>(std::move(data.X))),
          m_Y(std::make_shared<const Eigen::MatrixXd>(std::move(data.Y))),
          m_names(std::move(data)) {}  // members in order: X and Y are taken before the names
    /// On matrices others read too; `names` gives the column names and held-out rows (its X and Y are not used).
    ParallelSearch(std::shared_ptr<const Eigen::MatrixXd> X, std::shared_ptr<const Eigen::MatrixXd> Y, SearchData names)
        : m_X(std::move(X)), m_Y(std::move(Y)), m_names(std::move(names)) {}

    /// One fit() per configuration from a fresh network, `jobs` at a time (at least 1), then the
    /// model's scores. Results are in the order of `configs` and do not depend on `jobs`: each start
    /// has its own engine and random generator. A start that throws (bad settings) or faults gives a
    /// result without a model whose message says why. Stopped starts, and those not begun when a
    /// stop came, have status Stopped.
    std::vector<StartResult> run(const std::vector<SearchConfig>& configs, int jobs,
                                 const StartProgressCallback& onProgress = {});

    /// Safe from any thread: running starts stop before their next step, the others do not begin.
    void requestStop();

    /// A split of these data already made (by an engine on them with these settings), for the starts with
    /// the same validation settings to share instead of making their own.
    void shareSplit(const SearchConfig& config, std::shared_ptr<const RowSplit> split);

private:
    StartResult runOne(int index, const SearchConfig& config, const StartProgressCallback& onProgress);
    /// The rows' split for these settings, made once and shared by every start that splits the same way.
    std::shared_ptr<const RowSplit> splitFor(const SearchConfig& config);
    /// What decides the split: validation_share and validation_seed, unless a split column does.
    std::pair<double, std::uint64_t> splitKey(const SearchConfig& config) const;

    std::shared_ptr<const Eigen::MatrixXd> m_X, m_Y;
    SearchData m_names;  // the column names and held-out rows (its X and Y are in m_X and m_Y)
    std::atomic<bool> m_stop{false};
    std::mutex m_runningMutex;
    std::vector<SearchEngine*> m_running;  // engines of starts under way, for requestStop
    struct MadeSplit {
        double validationShare;
        std::uint64_t validationSeed;
        std::shared_ptr<const RowSplit> split;
    };
    std::mutex m_splitsMutex;
    std::vector<MadeSplit> m_splits;
};

/// `count` copies of `base` with the seeds base.seed, base.seed + 1, ...
std::vector<SearchConfig> restartConfigs(const SearchConfig& base, int count);

enum class SelectBy { Validation, Bic };
std::string_view toString(SelectBy by);
/// "validation" or "bic"; throws std::invalid_argument otherwise.
SelectBy selectByFromString(std::string_view text);

/// The index of the best result with a finite score: lowest validation MSE or lowest BIC, the first
/// on ties, among the completed starts (those that faulted only when none completed); -1 when none
/// has one. Validation needs held-out rows: without them every validation
/// MSE is NaN and the result is -1. With parsimony in the starts' settings, the validation choice is the
/// simplest model (coefficients plus operations) whose held-out errors are within that many standard errors
/// of the lowest one's (withinStandardErrors).
int bestStart(const std::vector<StartResult>& results, SelectBy by);

/// Threads worth running at once on this machine (at least 1).
int defaultJobCount();

}  // namespace darts
