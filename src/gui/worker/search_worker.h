#pragma once
/// @brief The search engine's home on the worker thread: runs the commands the
/// controller queues to it and hands results back as copies.

#include "worker/search_history.h"

#include "data/table.h"
#include "io/session_file.h"
#include "model/sampled_model.h"
#include "search/search_engine.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace darts::gui {

/// State the worker and the controller share across the thread boundary.
struct WorkerMailbox {
    std::mutex mutex;               // guards `pending`, `engine` and `stopRequested`
    SearchHistory pending;          // epochs not yet taken by the GUI
    SearchEngine* engine = nullptr; // for stop requests only; owned by the worker
    // Set by Stop, cleared when the controller posts a command: a Stop pressed
    // before the worker reaches the command (or builds its engine) still counts.
    bool stopRequested = false;
    // Autosave of a running search, so that a crash or a kill loses little. Set by the controller.
    std::string recoveryPath;                           // empty: no autosave
    std::shared_ptr<const darts::Table> recoveryTable;  // the table the search runs on
    int autosaveMilliseconds = 30000;
    // Which of the window's controls are shown (classroom mode), written into saved sessions.
    std::vector<std::pair<std::string, bool>> classroom;
    // The network's values at the latest epoch, for the mixture's predictions (empty when taken).
    Eigen::MatrixXd latestAlpha;
    Eigen::VectorXd latestParameters;
    // The held-out rows of the engine whose model was last published (empty: none held out).
    std::vector<bool> modelHeldOut;
    // Where the refinement under way is (empty when taken): delivered with the epochs, at the same bounded rate.
    std::optional<darts::RefineProgress> refineProgress;
    std::atomic<bool> notifyPending{false};   // a progressAvailable() is on its way
    std::atomic<bool> pauseRequested{false};  // honoured at the next epoch boundary
    // Slow motion for teaching: at most this many epochs a second (0: as fast as possible). The worker waits on
    // `wake` (with `mutex`) rather than sleeping, so Stop, Pause and a new limit answer at once.
    std::atomic<double> epochsPerSecondLimit{0.0};
    std::condition_variable wake;
};

/// Lives on the worker thread. Its slots are invoked queued (QMetaObject::invokeMethod
/// with a functor), so commands run one after another and never concurrently.
class SearchWorker : public QObject {
    Q_OBJECT
public:
    explicit SearchWorker(WorkerMailbox& mailbox);
    ~SearchWorker() override;

    /// A fresh search on these data: a new network from the seed, then `epochs` epochs and, when `sampleAfter`, a model.
    void start(const darts::SearchConfig& config, const std::shared_ptr<const darts::Selection>& data, int epochs,
               bool sampleAfter);
    /// `epochs` more epochs of the current search (warm start), then a model when `sampleAfter`.
    void runMore(const darts::SearchConfig& config, int epochs, bool sampleAfter);
    /// One architecture update (SearchEngine::architectureUpdate) of the current search, or of a fresh one on
    /// `freshData` when given. It enters the history as a point at the current epoch, so that the weights plots
    /// show it; such a history no longer has one entry per epoch, and a session saved from it keeps the losses
    /// and the current weights but not the weights' history.
    /// freshData, when given, starts a new search on it first.
    void stepArchitecture(const darts::SearchConfig& config, const std::shared_ptr<const darts::Selection>& freshData);
    /// A new model drawn from the current weights, refitted and polished.
    void resample(const darts::SearchConfig& config);
    /// More coefficient steps on the current model.
    void refit(const darts::SearchConfig& config, int steps);
    /// Makes a model of the hall of fame the current one (SearchEngine::loadModel).
    void loadModel(const darts::HallOfFameEntry& entry);
    /// Writes the search as a session file; `table` must hold the data it ran on, `weights`
    /// is the plotted history of the mixture weights (kept when complete).
    /// Saves the search with the window's weights history: `weights` of the rising `epochs`.
    void saveSession(const std::string& path, const darts::Table& table, std::vector<Eigen::MatrixXd> weights,
                     std::vector<int> epochs);
    /// Replaces the search with the one a session holds: its network, history and model.
    void openSession(const darts::Session& session);

signals:
    void progressAvailable();
    /// A new network: its structure for the plots and the graph (a copy, safe to keep).
    /// `nodeLabels` names the hidden nodes when they may multiply (product nodes), else it is empty;
    /// `domainNotes` says which primitives domain safety does not offer on which input, and why.
    void structureReady(std::shared_ptr<const darts::Network> network, const QStringList& edgeLabels,
                        const QStringList& primitiveNames, const QStringList& nodeLabels,
                        const QStringList& domainNotes);
    void modelReady(std::shared_ptr<const darts::SampledModel> model);
    /// Every model the search has evaluated so far (a copy), after each new model and each new network.
    void hallOfFameReady(std::shared_ptr<const darts::HallOfFame> hallOfFame);
    /// A pause request was honoured with `remainingEpochs` still to run.
    void paused(int remainingEpochs);
    /// A command ended: status is a darts::RunStatus; message says what happened.
    void finished(int status, const QString& message);
    /// A command could not run at all (bad settings or data).
    void failed(const QString& message);
    /// A save ended: `error` is empty when the file was written.
    void sessionSaved(const QString& path, const QString& error);

private:
    /// A new engine on data; false (with failed emitted) when the engine refuses them.
    bool startEngine(const darts::SearchConfig& config, const std::shared_ptr<const darts::Selection>& data);
    bool applyConfig(const darts::SearchConfig& config);
    void runEpochs(int epochs, bool sampleAfter);
    void publishStructure();
    void publishModel();
    void publishHallOfFame();
    void recordEpoch(const darts::EpochReport& report);
    /// Hands each refinement step to the mailbox for the GUI; never waits for it.
    darts::RefineCallback refineReporter();
    /// The mixture weights the plots show: refused entries (domain safety) at 0.
    Eigen::MatrixXd edgeWeightsOf(const Eigen::MatrixXd& alpha) const;
    Eigen::MatrixXd nodeWeightsOf(const Eigen::MatrixXd& nodeAlpha) const;
    /// Waits until an epoch begun at `lastStart` is 1/limit seconds old, or Stop or Pause is pressed.
    void waitForSpeedLimit(std::chrono::steady_clock::time_point lastStart);
    /// `validationColumn`: the split column an opened session held its rows out by (empty for an engine built
    /// on the window's columns, whose held-out rows validation_share draws), so that saving keeps it.
    void setEngine(std::unique_ptr<darts::SearchEngine> engine, std::string validationColumn = {});
    /// Writes the recovery session when the autosave interval has passed.
    void autosave(std::chrono::steady_clock::time_point& last);
    /// Runs a command; anything it throws (out of memory for a huge network, say) becomes failed().
    template <typename Command>
    void guarded(Command command);

    WorkerMailbox& m_mailbox;
    std::unique_ptr<darts::SearchEngine> m_engine;
    std::string m_validationColumn;  // see setEngine
};

}  // namespace darts::gui
