#pragma once
/// @brief The window's handle on the search: owns the worker thread, turns
/// button presses into queued commands, and hands progress to the plots at
/// most 30 times a second.

#include "worker/search_history.h"

#include "data/table.h"
#include "io/session_file.h"
#include "model/sampled_model.h"
#include "search/refinement.h"
#include "search/search_config.h"
#include "select/hall_of_fame.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace darts::gui {

struct WorkerMailbox;
class SearchWorker;

class SearchController : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,     ///< nothing running
        Running,  ///< epochs of search
        Paused,   ///< a search waiting to resume
        Busy,     ///< re-sampling or refitting
    };
    Q_ENUM(State)

    explicit SearchController(QObject* parent = nullptr);
    /// Stops the search, ends the thread and waits for it: no thread outlives the controller.
    ~SearchController() override;

    State state() const { return m_state; }
    bool hasSearch() const { return m_network != nullptr; }
    bool hasModel() const { return m_model != nullptr; }
    /// The settings and data the next command uses.
    void setConfig(const darts::SearchConfig& config) { m_config = config; }
    const darts::SearchConfig& config() const { return m_config; }
    /// New data: the current search no longer applies, so the next run starts afresh.
    void setData(darts::Selection data, std::shared_ptr<const darts::Table> table = nullptr);
    const std::shared_ptr<const darts::Selection>& data() const { return m_data; }
    /// The data the current search (and its model) was run on.
    const std::shared_ptr<const darts::Selection>& searchData() const { return m_searchData; }

    const SearchHistory& history() const { return m_history; }
    /// A copy of the search network as built (structure and starting values), for the graph.
    std::shared_ptr<const darts::Network> network() const { return m_network; }
    std::shared_ptr<const darts::SampledModel> model() const { return m_model; }
    /// Per row of searchData(), true when the model's search held it out for validation (empty: none).
    const std::vector<bool>& modelHeldOut() const { return m_modelHeldOut; }
    /// Alpha and the coefficients of the search network at the latest epoch delivered
    /// (empty before the first epoch of a search): network() with these predicts with the mixture.
    const Eigen::MatrixXd& liveAlpha() const { return m_liveAlpha; }
    const Eigen::VectorXd& liveParameters() const { return m_liveParameters; }
    const QStringList& edgeLabels() const { return m_edgeLabels; }
    const QStringList& primitiveNames() const { return m_primitiveNames; }
    /// The hidden nodes' names when they may multiply (product nodes); empty otherwise.
    const QStringList& nodeLabels() const { return m_nodeLabels; }
    /// Domain safety's notes on the current network: which primitive is not offered on which input, and why.
    const QStringList& domainNotes() const { return m_domainNotes; }
    /// Where the refinement under way is; empty when none runs.
    const std::optional<darts::RefineProgress>& refineProgress() const { return m_refineProgress; }
    /// Every model the current search has evaluated (never null; empty before the first model).
    std::shared_ptr<const darts::HallOfFame> hallOfFame() const { return m_hallOfFame; }
    /// Whether the last command's sampled model came out a constant while the target varies (the engine's
    /// kConstantModelNote); refinement may have replaced it since, so look at the model too.
    bool constantModelReported() const { return m_constantModelReported; }
    double elapsedSeconds() const;
    double epochsPerSecond() const;
    /// Where a running search is saved every `intervalMilliseconds`, to be offered after a crash
    /// (empty path: no autosave). The file is removed by discardRecoveryFile().
    void setRecoveryFile(const QString& path, int intervalMilliseconds);
    void discardRecoveryFile();
    /// The classroom mode's shown controls, written into the sessions saved from now on.
    void setClassroom(std::vector<std::pair<std::string, bool>> classroom);
    /// Minimum time between two deliveries of progress (33 ms: at most 30 redraws a second).
    void setRefreshInterval(int milliseconds) { m_refreshTimer.setInterval(milliseconds); }
    /// Slow motion: at most this many epochs a second (0 = unlimited), applied at once, also to a running search.
    /// A worker setting, not a search setting: it changes how fast the epochs come, never what they compute.
    void setEpochsPerSecondLimit(double epochsPerSecond);
    double epochsPerSecondLimit() const;
    int refreshInterval() const { return m_refreshTimer.interval(); }

public slots:
    void start();            ///< a fresh search: max_epochs, then a model
    void pause();
    void resume();
    void stop();             ///< ends the running command within a step
    void step();             ///< one epoch (starts a search when there is none)
    /// One architecture update: one Adam step of the architecture weights on one mini-batch, no coefficient
    /// step, no new epoch (starts a search when there is none). See SearchEngine::architectureUpdate.
    void stepArchitecture();
    void continueSearch();   ///< max_epochs more from where the search is, then a model
    void resample(darts::SamplingStrategy strategy);
    void refit(int steps);
    /// Makes entry `index` of hallOfFame() the model the views show (on the worker, as a re-sample would).
    void loadFromHallOfFame(int index);
    void reset();            ///< forget the search: history, network and model (not while a command runs)
    /// Writes the search (with the table it ran on) to a session file; answers with sessionSaved.
    void saveSession(const QString& path);
    /// Replaces data, settings and search with a session's; the window shows its data and settings first.
    void openSession(const darts::Session& session);

signals:
    void stateChanged(darts::gui::SearchController::State state);
    void progressed();        ///< the history grew
    void structureChanged();  ///< a new network: edge labels and primitives may differ
    void modelChanged();
    void hallOfFameChanged();
    /// A refinement moved on (see refineProgress()), or ended: then refineProgress() is empty.
    void refineProgressed();
    void message(const QString& text, bool problem);
    void sessionSaved(const QString& path, const QString& error);

private:
    void deliverProgress();
    void setState(State state);
    void endRefinement();
    void onFinished(int status, const QString& message);
    template <typename Command>
    void post(State next, Command command);
    bool requireData();
    /// Clears the search, history and model for a new search on the data shown; false (with a message)
    /// when there are no usable data.
    bool beginFreshSearch();
    bool searchMatchesData();
    bool stopPending() const;

    std::unique_ptr<WorkerMailbox> m_mailbox;
    QThread m_thread;
    SearchWorker* m_worker = nullptr;  // owned by m_thread's lifetime (deleteLater)
    QTimer m_refreshTimer;
    State m_state = State::Idle;
    darts::SearchConfig m_config;
    // Held once and shared, never copied: the search's engine reads the same matrices (a million rows are 80 MB).
    std::shared_ptr<const darts::Selection> m_data;
    std::shared_ptr<const darts::Selection> m_searchData;
    std::shared_ptr<const darts::Table> m_table;        // the table m_data was taken from
    std::shared_ptr<const darts::Table> m_searchTable;  // the table the search ran on
    bool m_dataChanged = true;
    int m_remainingEpochs = 0;
    SearchHistory m_history;
    std::shared_ptr<const darts::Network> m_network;
    std::shared_ptr<const darts::SampledModel> m_model;
    std::vector<bool> m_modelHeldOut;
    Eigen::MatrixXd m_liveAlpha;
    Eigen::VectorXd m_liveParameters;
    QStringList m_edgeLabels;
    QStringList m_primitiveNames;
    QStringList m_nodeLabels;
    QStringList m_domainNotes;
    std::optional<darts::RefineProgress> m_refineProgress;
    std::shared_ptr<const darts::HallOfFame> m_hallOfFame = std::make_shared<const darts::HallOfFame>();
    bool m_constantModelReported = false;
    QElapsedTimer m_clock;
    double m_elapsedBefore = 0.0;  // seconds of earlier runs of this search
    int m_epochsAtRunStart = 0;
};

}  // namespace darts::gui
