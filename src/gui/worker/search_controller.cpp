#include "worker/search_controller.h"

#include "worker/search_worker.h"

#include "search/search_engine.h"

#include <QFile>
#include <QMetaObject>

Q_DECLARE_METATYPE(std::shared_ptr<const darts::SampledModel>)
Q_DECLARE_METATYPE(std::shared_ptr<const darts::Network>)
Q_DECLARE_METATYPE(std::shared_ptr<const darts::HallOfFame>)

namespace darts::gui {

SearchController::SearchController(QObject* parent) : QObject(parent), m_mailbox(std::make_unique<WorkerMailbox>()) {
    qRegisterMetaType<std::shared_ptr<const darts::SampledModel>>();
    qRegisterMetaType<std::shared_ptr<const darts::Network>>();
    qRegisterMetaType<std::shared_ptr<const darts::HallOfFame>>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(*m_mailbox);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(33);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SearchController::deliverProgress);
    // The worker notifies once per batch; the redraw waits for the timer, so that
    // thousands of epochs a second become at most 30 redraws.
    connect(m_worker, &SearchWorker::progressAvailable, this, [this] {
        if (!m_refreshTimer.isActive()) m_refreshTimer.start();
    });
    connect(m_worker, &SearchWorker::structureReady, this,
            [this](std::shared_ptr<const darts::Network> network, const QStringList& edges, const QStringList& primitives,
                   const QStringList& nodes, const QStringList& notes) {
                m_network = std::move(network);
                // The network as built holds its own current values; older live values belong to another.
                m_liveAlpha.resize(0, 0);
                m_liveParameters.resize(0);
                m_edgeLabels = edges;
                m_primitiveNames = primitives;
                m_nodeLabels = nodes;
                m_domainNotes = notes;
                emit structureChanged();
            });
    connect(m_worker, &SearchWorker::hallOfFameReady, this, [this](std::shared_ptr<const darts::HallOfFame> hall) {
        m_hallOfFame = std::move(hall);
        emit hallOfFameChanged();
    });
    connect(m_worker, &SearchWorker::modelReady, this, [this](std::shared_ptr<const darts::SampledModel> model) {
        m_model = std::move(model);
        {
            std::lock_guard lock(m_mailbox->mutex);
            m_modelHeldOut = m_mailbox->modelHeldOut;
        }
        emit modelChanged();
    });
    connect(m_worker, &SearchWorker::paused, this, [this](int remaining) {
        deliverProgress();
        if (stopPending()) {  // Stop was pressed while the pause was on its way: Stop wins
            m_clock.invalidate();
            m_remainingEpochs = 0;
            setState(State::Idle);
            emit message(tr("Stopped."), false);
            return;
        }
        m_remainingEpochs = remaining;
        m_elapsedBefore = elapsedSeconds();
        m_clock.invalidate();
        setState(State::Paused);
    });
    connect(m_worker, &SearchWorker::finished, this, &SearchController::onFinished);
    connect(m_worker, &SearchWorker::sessionSaved, this, &SearchController::sessionSaved);
    connect(m_worker, &SearchWorker::failed, this, [this](const QString& text) {
        deliverProgress();
        endRefinement();
        m_clock.invalidate();
        m_remainingEpochs = 0;
        setState(State::Idle);
        emit message(text, true);
    });
    m_thread.start();
}

SearchController::~SearchController() {
    stop();
    m_thread.quit();
    m_thread.wait();
}

void SearchController::setData(darts::Selection data, std::shared_ptr<const darts::Table> table) {
    m_data = std::make_shared<const darts::Selection>(std::move(data));
    m_table = std::move(table);
    m_dataChanged = true;
}

void SearchController::setRecoveryFile(const QString& path, int intervalMilliseconds) {
    std::lock_guard lock(m_mailbox->mutex);
    m_mailbox->recoveryPath = path.toStdString();
    m_mailbox->autosaveMilliseconds = intervalMilliseconds;
}

void SearchController::setClassroom(std::vector<std::pair<std::string, bool>> classroom) {
    std::lock_guard lock(m_mailbox->mutex);
    m_mailbox->classroom = std::move(classroom);
}

void SearchController::discardRecoveryFile() {
    std::string path;
    {
        std::lock_guard lock(m_mailbox->mutex);
        path = m_mailbox->recoveryPath;
    }
    if (!path.empty()) QFile::remove(QString::fromStdString(path));
}

void SearchController::saveSession(const QString& path) {
    if ((m_state != State::Idle && m_state != State::Paused) || !hasSearch()) return;
    if (!m_searchTable) {
        emit sessionSaved(path, tr("the data of this search are not at hand"));
        return;
    }
    post(State::Busy, [worker = m_worker, path = path.toStdString(), table = m_searchTable, weights = m_history.weights,
                       epochs = m_history.epochs] {
        worker->saveSession(path, *table, weights, epochs);
    });
}

void SearchController::openSession(const darts::Session& session) {
    if (m_state != State::Idle) return;
    m_data = std::make_shared<const darts::Selection>(darts::selectColumns(session.data, session.inputs, session.targets));
    m_table = std::make_shared<const darts::Table>(session.data);
    m_searchData = m_data;
    m_searchTable = m_table;
    m_config = session.config;
    m_dataChanged = false;
    m_remainingEpochs = 0;
    m_elapsedBefore = 0.0;
    m_history.clear();
    m_model.reset();
    emit progressed();
    emit modelChanged();
    post(State::Busy, [worker = m_worker, session] { worker->openSession(session); });
}

double SearchController::elapsedSeconds() const {
    return m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0);
}

double SearchController::epochsPerSecond() const {
    if (!m_clock.isValid() || m_history.empty()) return 0.0;
    const double seconds = m_clock.elapsed() / 1000.0;
    const int epochs = m_history.epochs.back() - m_epochsAtRunStart;
    return seconds > 0.0 ? epochs / seconds : 0.0;
}

void SearchController::setState(State state) {
    if (state == m_state) return;
    m_state = state;
    emit stateChanged(state);
}

template <typename Command>
void SearchController::post(State next, Command command) {
    {
        std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->stopRequested = false;
        if (m_mailbox->engine) m_mailbox->engine->clearStop();
        m_mailbox->recoveryTable = m_searchTable;
    }
    m_epochsAtRunStart = m_history.empty() ? 0 : m_history.epochs.back();
    m_constantModelReported = false;
    m_clock.start();
    setState(next);
    QMetaObject::invokeMethod(m_worker, command, Qt::QueuedConnection);
}

bool SearchController::requireData() {
    if (!m_data) {
        emit message(tr("Choose the data first: load a file or an example, and pick inputs and a target."), true);
        return false;
    }
    // Refused here, before a fresh search clears the current one, rather than by the engine on the worker.
    const std::string problem =
        darts::nonFiniteDataProblem(m_data->X, m_data->Y, m_data->inputNames, m_data->targetNames);
    if (problem.empty()) return true;
    emit message(tr("The search cannot start: %1.").arg(QString::fromStdString(problem)), true);
    return false;
}

bool SearchController::stopPending() const {
    std::lock_guard lock(m_mailbox->mutex);
    return m_mailbox->stopRequested;
}

bool SearchController::beginFreshSearch() {
    if (!requireData()) return false;
    m_remainingEpochs = 0;
    m_history.clear();
    m_model.reset();
    m_elapsedBefore = 0.0;
    m_dataChanged = false;
    m_searchData = m_data;
    m_searchTable = m_table;
    emit progressed();
    emit modelChanged();
    return true;
}

void SearchController::start() {
    if (m_state != State::Idle || !beginFreshSearch()) return;
    post(State::Running, [worker = m_worker, config = m_config, data = m_data] {
        worker->start(config, data, config.max_epochs, true);
    });
}

void SearchController::continueSearch() {
    if (m_state != State::Idle) return;
    if (!hasSearch() || m_dataChanged) return start();
    post(State::Running, [worker = m_worker, config = m_config] { worker->runMore(config, config.max_epochs, true); });
}

void SearchController::step() {
    if (m_state != State::Idle && m_state != State::Paused) return;
    if (!hasSearch() || m_dataChanged) {
        if (!beginFreshSearch()) return;
        post(State::Running, [worker = m_worker, config = m_config, data = m_data] { worker->start(config, data, 1, false); });
        return;
    }
    // A step taken while paused keeps the rest of the paused run for Resume.
    const int remaining = m_state == State::Paused ? m_remainingEpochs - 1 : 0;
    post(State::Running, [worker = m_worker, config = m_config] { worker->runMore(config, 1, false); });
    m_remainingEpochs = std::max(0, remaining);
}

void SearchController::stepArchitecture() {
    if (m_state != State::Idle && m_state != State::Paused) return;
    std::shared_ptr<const darts::Selection> fresh;
    if (!hasSearch() || m_dataChanged) {
        if (!beginFreshSearch()) return;
        fresh = m_data;
    }
    // Taken while paused, it keeps the paused run's remaining epochs for Resume (it uses none of them).
    const int remaining = m_state == State::Paused ? m_remainingEpochs : 0;
    post(State::Running, [worker = m_worker, config = m_config, fresh] { worker->stepArchitecture(config, fresh); });
    m_remainingEpochs = remaining;
}

void SearchController::pause() {
    if (m_state == State::Running) {
        m_mailbox->pauseRequested.store(true);
        m_mailbox->wake.notify_all();  // a worker held back by the speed limit pauses now
    }
}

void SearchController::setEpochsPerSecondLimit(double epochsPerSecond) {
    m_mailbox->epochsPerSecondLimit.store(std::max(0.0, epochsPerSecond));
    m_mailbox->wake.notify_all();
}

double SearchController::epochsPerSecondLimit() const { return m_mailbox->epochsPerSecondLimit.load(); }

void SearchController::resume() {
    if (m_state != State::Paused) return;
    const int remaining = m_remainingEpochs;
    m_remainingEpochs = 0;
    post(State::Running, [worker = m_worker, config = m_config, remaining] { worker->runMore(config, remaining, true); });
}

void SearchController::stop() {
    {
        std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->stopRequested = true;
        if (m_mailbox->engine) m_mailbox->engine->requestStop();
    }
    m_mailbox->wake.notify_all();  // a worker held back by the speed limit stops now
    m_mailbox->pauseRequested.store(false);
    if (m_state == State::Paused) {
        m_remainingEpochs = 0;
        setState(State::Idle);
        emit message(tr("Stopped."), false);
    }
}

bool SearchController::searchMatchesData() {
    if (!m_dataChanged) return true;
    emit message(tr("The data changed since the search: press Start to search them."), true);
    return false;
}

void SearchController::resample(darts::SamplingStrategy strategy) {
    if ((m_state != State::Idle && m_state != State::Paused) || !hasSearch() || !searchMatchesData()) return;
    darts::SearchConfig config = m_config;
    config.sampling_strategy = strategy;
    post(State::Busy, [worker = m_worker, config] { worker->resample(config); });
}

void SearchController::refit(int steps) {
    if ((m_state != State::Idle && m_state != State::Paused) || !hasModel() || !searchMatchesData()) return;
    post(State::Busy, [worker = m_worker, config = m_config, steps] { worker->refit(config, steps); });
}

void SearchController::loadFromHallOfFame(int index) {
    if ((m_state != State::Idle && m_state != State::Paused) || !hasSearch() || !searchMatchesData()) return;
    if (index < 0 || index >= static_cast<int>(m_hallOfFame->entries().size())) return;
    post(State::Busy, [worker = m_worker, entry = m_hallOfFame->entries()[static_cast<std::size_t>(index)]] {
        worker->loadModel(entry);
    });
}

void SearchController::reset() {
    // While the worker runs, its late results would refill what Reset clears: stop first.
    if (m_state == State::Running || m_state == State::Busy) return;
    {
        std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->pending.clear();
        m_mailbox->refineProgress.reset();
    }
    m_history.clear();
    m_model.reset();
    m_network.reset();
    m_liveAlpha.resize(0, 0);
    m_liveParameters.resize(0);
    m_edgeLabels.clear();
    m_primitiveNames.clear();
    m_nodeLabels.clear();
    m_domainNotes.clear();
    m_hallOfFame = std::make_shared<const darts::HallOfFame>();
    m_constantModelReported = false;
    m_remainingEpochs = 0;
    m_elapsedBefore = 0.0;
    m_dataChanged = true;
    m_clock.invalidate();
    setState(State::Idle);
    emit structureChanged();
    emit progressed();
    emit modelChanged();
    emit hallOfFameChanged();
}

void SearchController::deliverProgress() {
    m_refreshTimer.stop();
    SearchHistory fresh;
    std::optional<darts::RefineProgress> refine;
    {
        std::lock_guard lock(m_mailbox->mutex);
        // Cleared before taking, so that an epoch recorded right after notifies again.
        m_mailbox->notifyPending.store(false);
        std::swap(fresh, m_mailbox->pending);
        std::swap(refine, m_mailbox->refineProgress);
        if (m_mailbox->latestAlpha.size() > 0) {
            m_liveAlpha.swap(m_mailbox->latestAlpha);
            m_liveParameters.swap(m_mailbox->latestParameters);
            m_mailbox->latestAlpha.resize(0, 0);
        }
    }
    // Only while a command runs: a late step must not bring back a bar that its command's end put away.
    if (refine && m_state != State::Idle) {
        m_refineProgress = refine;
        emit refineProgressed();
    }
    if (fresh.empty()) return;
    m_history.take(fresh);
    emit progressed();
}

void SearchController::endRefinement() {
    if (!m_refineProgress) return;
    m_refineProgress.reset();
    emit refineProgressed();
}

void SearchController::onFinished(int status, const QString& text) {
    deliverProgress();
    endRefinement();
    m_constantModelReported = text.contains(QString::fromUtf8(darts::kConstantModelNote.data(),
                                                              static_cast<qsizetype>(darts::kConstantModelNote.size())));
    m_elapsedBefore = elapsedSeconds();
    m_clock.invalidate();
    // A step (or save, re-sample, refit) that interrupted a pause goes back to the pause,
    // unless Stop was pressed meanwhile: then the paused run ends too, as Stop does when paused.
    if (stopPending()) m_remainingEpochs = 0;
    setState(m_remainingEpochs > 0 ? State::Paused : State::Idle);
    const auto outcome = static_cast<darts::RunStatus>(status);
    if (outcome == darts::RunStatus::NumericalFault)
        emit message(tr("The search stopped: %1. The model shown comes from the last finite state.").arg(text), true);
    else if (outcome == darts::RunStatus::Stopped)
        emit message(tr("Stopped."), false);
    else if (m_constantModelReported)
        emit message(tr("Done; the sampled model was a constant (every edge chose none) while the target varies."), false);
    else
        emit message(tr("Done."), false);
}

}  // namespace darts::gui
