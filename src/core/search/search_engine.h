#pragma once
/// @brief The DARTS search: epochs of architecture and coefficient updates on
/// a network that persists between calls (warm start), sampling of a discrete
/// model, its refit and polish. Driven from outside through a per-epoch
/// callback and a stop request.

#include "model/sampled_model.h"
#include "network/network.h"
#include "optim/adam.h"
#include "search/batch_source.h"
#include "search/refinement.h"
#include "search/run_outcome.h"
#include "search/search_config.h"
#include "search/search_state.h"
#include "select/hall_of_fame.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace darts {

/// The held-out loss of each epoch is taken on at most this many held-out rows, drawn once; the sampled
/// model's held-out error on them all. Below it, every held-out row counts each epoch.
inline constexpr std::int64_t kValidationSampleRows = 4096;

/// A matrix of data read by several searches at once, never written.
using SharedMatrix = std::shared_ptr<const Eigen::MatrixXd>;

/// What the engine reports after each epoch. `alpha` is only valid during the callback: copy what you keep.
struct EpochReport {
    int epoch;  ///< epochs completed since the network was built
    double loss;
    const Eigen::MatrixXd& alpha;
    double validationLoss = std::numeric_limits<double>::quiet_NaN();  ///< NaN without held-out rows
    const Eigen::MatrixXd& nodeAlpha;  ///< the nodes' weights (hidden nodes x 2); empty without product nodes
};
using EpochCallback = std::function<void(const EpochReport&)>;

/// Why these data cannot be searched (the first NaN or infinite cell, by column and row),
/// or "" when every value is finite. Names may be empty (columns are then numbered).
std::string nonFiniteDataProblem(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y,
                                 const std::vector<std::string>& inputNames = {},
                                 const std::vector<std::string>& outputNames = {});

/// The rows of a data set split into training and held-out ones. Read only once made: the starts of a
/// multi-start that split the same data the same way share one (ParallelSearch).
struct RowSplit {
    std::vector<bool> heldOut;       ///< per row, true when held out
    Eigen::MatrixXd trainX, trainY;  ///< empty without held-out rows: then the training rows are the data themselves
    Eigen::MatrixXd validX, validY;
    Eigen::MatrixXd validSampleX, validSampleY;  ///< the rows each epoch's held-out loss is taken on
    bool fromColumn = false;  ///< the rows were marked one by one (a split column), not drawn by the settings

    /// `heldOut`, when not empty, marks the rows one by one (a split column); else `share` of them are held
    /// out, drawn by `seed`. Throws std::invalid_argument when the marks do not fit the rows or no row is
    /// left to train on.
    static std::shared_ptr<const RowSplit> make(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, double share,
                                                std::uint64_t seed, std::vector<bool> heldOut = {});
};

class SearchEngine {
public:
    /// X: rows x inputs, Y: rows x outputs. `heldOut`, when not empty, marks one by one the rows held
    /// out for validation (a split column), in place of the random validation_share of the settings.
    /// Throws std::invalid_argument for a bad configuration or data (mismatched rows, no rows,
    /// non-finite values, no row left to train on).
    SearchEngine(const SearchConfig& config, Eigen::MatrixXd X, Eigen::MatrixXd Y,
                 std::vector<std::string> inputNames = {}, std::vector<std::string> outputNames = {},
                 std::vector<bool> heldOut = {})
        : SearchEngine(config, std::make_shared<const Eigen::MatrixXd>(std::move(X)),
                       std::make_shared<const Eigen::MatrixXd>(std::move(Y)), std::move(inputNames),
                       std::move(outputNames), std::move(heldOut)) {}
    /// The same on data that others read too (the starts of a multi-start): the engine keeps a reference.
    SearchEngine(const SearchConfig& config, SharedMatrix X, SharedMatrix Y, std::vector<std::string> inputNames = {},
                 std::vector<std::string> outputNames = {}, std::vector<bool> heldOut = {})
        : SearchEngine(config, std::move(X), std::move(Y), nullptr, std::move(inputNames), std::move(outputNames),
                       std::move(heldOut)) {}
    /// The same with a split of these data made beforehand (RowSplit::make), shared with other engines. Unless
    /// it came from a split column, setConfig with another validation_share or validation_seed redraws it.
    SearchEngine(const SearchConfig& config, SharedMatrix X, SharedMatrix Y, std::shared_ptr<const RowSplit> split,
                 std::vector<std::string> inputNames = {}, std::vector<std::string> outputNames = {})
        : SearchEngine(config, std::move(X), std::move(Y), std::move(split), std::move(inputNames),
                       std::move(outputNames), {}) {}

    // The batch source points into this object's own matrices: it must stay where it was built.
    SearchEngine(const SearchEngine&) = delete;
    SearchEngine& operator=(const SearchEngine&) = delete;

    const SearchConfig& config() const { return m_config; }
    /// New settings for what comes next. Settings that shape the network (nodes,
    /// primitives, output and DARTS type, trainable output layer) rebuild it, as reset() does;
    /// the others keep the search where it is.
    void setConfig(const SearchConfig& config);
    /// A new network drawn from the seed, empty history, no model.
    void reset();

    /// max_epochs epochs, then (unless stopped) a new sampled model: what one
    /// fit() of the reference does, continuing from the current network (then refinement, with `refine`).
    RunOutcome fit(const EpochCallback& onEpoch = {}, const RefineCallback& onRefine = {});
    /// `count` epochs of search.
    RunOutcome runEpochs(int count, const EpochCallback& onEpoch = {});
    /// One architecture update, the smallest step the search takes: one Adam step of the architecture weights
    /// (with the complexity penalty) on the next mini-batch, exactly as an epoch makes arch_updates_per_epoch of
    /// them before its coefficient steps. Nothing else moves: the coefficients, the epoch count and the loss
    /// history stay (lastLoss is this batch's loss); the next epoch reshuffles the batches as always.
    RunOutcome architectureUpdate();
    /// Draws a discrete model from alpha (sampling_strategy) on a copy of the
    /// network, refits it for param_updates_for_sampled_model steps, then polishes it; with `refine`,
    /// then searches for a better architecture (refineModel). A model that is a constant while the
    /// target is not is said so in the outcome's message.
    RunOutcome sampleModel(const RefineCallback& onRefine = {});
    /// The discrete local search of refinement.h on the current model (which it may replace); every model
    /// it fits joins the hall of fame. `fromStrongestNonNone`: the model is a constant; start from each
    /// edge's strongest primitive other than none.
    RunOutcome refineModel(bool fromStrongestNonNone = false, const RefineCallback& onRefine = {});
    /// More SGD steps on the current model's coefficients, then polish.
    RunOutcome refitModel(int steps);

    /// Safe from any thread: the running call returns before its next step.
    void requestStop() { m_stop.store(true, std::memory_order_relaxed); }
    /// Clears a stop request; a run starts with whatever request is pending, so
    /// a Stop that races with a Start is not lost.
    void clearStop() { m_stop.store(false, std::memory_order_relaxed); }
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }

    int epoch() const { return m_epoch; }
    const std::vector<double>& lossHistory() const { return m_lossHistory; }
    const Network& network() const { return *m_network; }
    const SampledModel* model() const { return m_model ? &*m_model : nullptr; }
    /// Every discrete model evaluated since the network was built (sampled, refined), best per architecture.
    const HallOfFame& hallOfFame() const { return m_hallOfFame; }
    /// Adds models found elsewhere (the other starts of a multi-start).
    void mergeHallOfFame(const HallOfFame& other) { m_hallOfFame.merge(other); }
    /// The model of a hall-of-fame entry, on this engine's network; throws std::invalid_argument when the
    /// entry does not fit it (another search space).
    SampledModel modelOf(const HallOfFameEntry& entry) const;
    /// Makes that model the current one (as a re-sample would).
    void loadModel(const HallOfFameEntry& entry) { m_model = modelOf(entry); }
    /// Domain safety's notes: which primitive is not offered on which input column, and why.
    const std::vector<std::string>& domainNotes() const { return m_domainNotes; }
    /// Every row of the data, held-out rows included.
    const Eigen::MatrixXd& inputs() const { return *m_X; }
    const Eigen::MatrixXd& targets() const { return *m_Y; }
    /// The same, for another engine (or a multi-start) to read without a copy.
    const SharedMatrix& sharedInputs() const { return m_X; }
    const SharedMatrix& sharedTargets() const { return m_Y; }
    /// The rows the search trains on and those it holds out (none without validation). Without held-out
    /// rows the training rows are every row, and not copied.
    const Eigen::MatrixXd& trainingInputs() const { return hasValidation() ? m_split->trainX : *m_X; }
    const Eigen::MatrixXd& trainingTargets() const { return hasValidation() ? m_split->trainY : *m_Y; }
    const Eigen::MatrixXd& validationInputs() const { return m_split->validX; }
    const Eigen::MatrixXd& validationTargets() const { return m_split->validY; }
    bool hasValidation() const { return m_split->validY.rows() > 0; }
    /// Per held-out row, true when it is held out: what a session needs to split the same way again.
    const std::vector<bool>& heldOutRows() const { return m_split->heldOut; }
    const std::shared_ptr<const RowSplit>& rowSplit() const { return m_split; }
    /// The mixture network's loss on the held-out rows after each epoch (empty without validation).
    const std::vector<double>& validationLossHistory() const { return m_validationLossHistory; }
    const std::vector<std::string>& inputNames() const { return m_inputNames; }
    const std::vector<std::string>& outputNames() const { return m_outputNames; }
    /// Adam's state on alpha, and the random generator: part of the search state.
    const Adam& architectureOptimizer() const { return m_adam; }
    const Rng& rng() const { return m_rng; }

    /// A copy of everything that decides what this engine does next, apart
    /// from the settings and the data (see SearchState).
    SearchState state() const;
    /// Puts back a state taken from an engine with the same settings and data,
    /// so that every later call gives bit for bit what it gives there. The
    /// network must already be the one those settings build (the constructor
    /// and setConfig see to that); the state then overwrites its values. Throws
    /// std::invalid_argument, leaving the engine as it was, when the state does
    /// not fit the network (validateState).
    void restore(const SearchState& state);

private:
    SearchEngine(const SearchConfig& config, SharedMatrix X, SharedMatrix Y, std::shared_ptr<const RowSplit> split,
                 std::vector<std::string> inputNames, std::vector<std::string> outputNames, std::vector<bool> heldOut);
    void buildNetwork();
    void restrictToDomains();
    std::string columnRange(int input) const;
    double productPenalty() const;
    void recordModel(const SampledModel& model, const char* origin, double trainingMse, double validationMse);
    bool isConstantModel() const;
    double validationLoss();
    RunOutcome runEpoch();
    RunOutcome architectureStep(int update);
    RunOutcome finishModel(SampledModel model, int steps);
    Eigen::MatrixXd complexityDecay() const;
    std::string epochLabel() const;

    SearchConfig m_config;
    SharedMatrix m_X;  // every row, read only: the starts of a multi-start share one copy
    SharedMatrix m_Y;
    bool m_heldOutGiven = false;  // a split column, not validation_share, chose the held-out rows
    std::shared_ptr<const RowSplit> m_split;
    std::vector<std::string> m_inputNames;
    std::vector<std::string> m_outputNames;
    Rng m_rng;
    std::optional<Network> m_network;
    Adam m_adam;
    Eigen::MatrixXd m_decay;
    // The training inputs with the network's input features (Network::withInputFeatures); empty when it
    // keeps none, and the inputs serve as they are (batchInputs()).
    Eigen::MatrixXd m_batchInputs;
    Eigen::MatrixXd m_validFeatures;  // m_validSampleX likewise
    BatchSource m_batches;            // draws from batchInputs() and trainingTargets()
    const Eigen::MatrixXd& batchInputs() const { return m_batchInputs.size() > 0 ? m_batchInputs : trainingInputs(); }
    const Eigen::MatrixXd& validationSampleInputs() const {
        return m_validFeatures.size() > 0 ? m_validFeatures : m_split->validSampleX;
    }
    int m_epoch = 0;
    std::vector<double> m_lossHistory;
    std::vector<double> m_validationLossHistory;
    std::optional<SampledModel> m_model;
    HallOfFame m_hallOfFame;
    std::vector<std::string> m_domainNotes;
    std::atomic<bool> m_stop{false};
    // Per-step buffers, kept so that a step allocates nothing.
    Eigen::MatrixXd m_alphaGradient;
    Eigen::MatrixXd m_alphaBefore;
    Adam m_adamBefore;  // restored with alpha when a step overflows
    Adam m_nodeAdam;    // the nodes' weights (product nodes), stepping with alpha
    Eigen::MatrixXd m_nodeAlphaGradient;
    Eigen::MatrixXd m_nodeAlphaBefore;
    Adam m_nodeAdamBefore;
};

/// The note an outcome carries when the sampled model is a constant while the target is not.
inline constexpr std::string_view kConstantModelNote =
    "the sampled model is a constant (every edge chose none) while the target varies";

}  // namespace darts
