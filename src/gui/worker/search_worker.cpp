#include "worker/search_worker.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>


namespace darts::gui {

SearchWorker::SearchWorker(WorkerMailbox& mailbox) : m_mailbox(mailbox) {}

SearchWorker::~SearchWorker() { setEngine(nullptr); }

template <typename Command>
void SearchWorker::guarded(Command command) {
    // An exception must not leave this thread: Qt would terminate the program, and the
    // controller would wait for a finished() that never comes.
    try {
        command();
    } catch (const std::exception& e) {
        emit failed(tr("The search failed: %1").arg(QString::fromStdString(e.what())));
    }
}

void SearchWorker::setEngine(std::unique_ptr<darts::SearchEngine> engine, std::string validationColumn) {
    m_validationColumn = std::move(validationColumn);
    // The controller may be asking the old engine to stop this very moment: swap under the lock.
    std::lock_guard lock(m_mailbox.mutex);
    m_engine = std::move(engine);
    m_mailbox.engine = m_engine.get();
    if (m_engine && m_mailbox.stopRequested) m_engine->requestStop();
}

bool SearchWorker::startEngine(const darts::SearchConfig& config, const std::shared_ptr<const darts::Selection>& data) {
    // The GUI thread made the selection before it posted this command, and took the mailbox's lock in post().
    // Qt's event queue already orders the two, but only inside Qt, where ThreadSanitizer cannot see; taking the
    // same lock here states the order in our own code before the engine touches the shared matrices.
    { std::lock_guard lock(m_mailbox.mutex); }
    try {
        // The engine shares the controller's matrices (aliasing pointers that keep the selection alive).
        setEngine(std::make_unique<darts::SearchEngine>(config, darts::SharedMatrix(data, &data->X),
                                                        darts::SharedMatrix(data, &data->Y), data->inputNames,
                                                        data->targetNames));
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void SearchWorker::start(const darts::SearchConfig& config, const std::shared_ptr<const darts::Selection>& data,
                         int epochs, bool sampleAfter) {
    if (!startEngine(config, data)) return;
    guarded([&] {
        publishStructure();
        runEpochs(epochs, sampleAfter);
    });
}

bool SearchWorker::applyConfig(const darts::SearchConfig& config) {
    if (!m_engine) {
        emit failed(tr("There is no search yet: press Start first."));
        return false;
    }
    try {
        const bool reshaped = !(config.primitives == m_engine->config().primitives &&
                                config.num_graph_nodes == m_engine->config().num_graph_nodes &&
                                config.output_type == m_engine->config().output_type &&
                                config.darts_type == m_engine->config().darts_type &&
                                config.train_classifier_coefficients == m_engine->config().train_classifier_coefficients &&
                                config.train_classifier_bias == m_engine->config().train_classifier_bias &&
                                config.seed == m_engine->config().seed &&
                                config.validation_share == m_engine->config().validation_share &&
                                config.validation_seed == m_engine->config().validation_seed);
        m_engine->setConfig(config);
        if (reshaped) publishStructure();
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void SearchWorker::runMore(const darts::SearchConfig& config, int epochs, bool sampleAfter) {
    if (applyConfig(config)) guarded([&] { runEpochs(epochs, sampleAfter); });
}

void SearchWorker::stepArchitecture(const darts::SearchConfig& config,
                                    const std::shared_ptr<const darts::Selection>& freshData) {
    if (freshData) {
        if (!startEngine(config, freshData)) return;
        guarded([&] { publishStructure(); });
    } else if (!applyConfig(config)) {
        return;
    }
    guarded([&] {
        const darts::RunOutcome outcome = m_engine->architectureUpdate();
        if (outcome.completed())
            recordEpoch(darts::EpochReport{m_engine->epoch(), outcome.lastLoss, m_engine->network().alpha(),
                                           std::numeric_limits<double>::quiet_NaN(), m_engine->network().nodeAlpha()});
        emit finished(static_cast<int>(outcome.status), QString::fromStdString(outcome.message));
    });
}

void SearchWorker::resample(const darts::SearchConfig& config) {
    if (!applyConfig(config)) return;
    guarded([&] {
        const darts::RunOutcome outcome = m_engine->sampleModel(refineReporter());
        publishModel();
        emit finished(static_cast<int>(outcome.status), QString::fromStdString(outcome.message));
    });
}

void SearchWorker::loadModel(const darts::HallOfFameEntry& entry) {
    if (!m_engine) {
        emit failed(tr("There is no search yet: press Start first."));
        return;
    }
    guarded([&] {
        m_engine->loadModel(entry);
        publishModel();
        emit finished(static_cast<int>(darts::RunStatus::Completed), QString());
    });
}

void SearchWorker::refit(const darts::SearchConfig& config, int steps) {
    if (!applyConfig(config)) return;
    if (!m_engine->model()) {
        emit failed(tr("There is no model to refit yet: re-sample one first."));
        return;
    }
    guarded([&] {
        const darts::RunOutcome outcome = m_engine->refitModel(steps);
        publishModel();
        emit finished(static_cast<int>(outcome.status), QString::fromStdString(outcome.message));
    });
}

void SearchWorker::saveSession(const std::string& path, const darts::Table& table,
                               std::vector<Eigen::MatrixXd> weights, std::vector<int> epochs) {
    QString error;
    try {
        if (!m_engine) throw darts::SessionError("there is no search to save");
        darts::Session session = darts::makeSession(table, *m_engine, true, m_validationColumn);
        // A history restored from a session without one has gaps (empty matrices), and a stepped architecture
        // update adds a point at an epoch already there (or at epoch 0): then none is kept.
        const bool whole = !weights.empty() && weights.size() == epochs.size() && epochs.front() >= 1 &&
                           epochs.back() <= m_engine->epoch() &&
                           std::adjacent_find(epochs.begin(), epochs.end(), std::greater_equal<>()) == epochs.end() &&
                           std::none_of(weights.begin(), weights.end(), [](const auto& w) { return w.size() == 0; });
        if (whole) {
            // Every epoch from the first (a short run) is written as before; a thinned one names its epochs.
            const bool everyEpoch = epochs.front() == 1 && epochs.back() == static_cast<int>(epochs.size());
            if (!everyEpoch) session.weightHistoryEpochs = std::move(epochs);
            session.weightHistory = std::move(weights);
        }
        {
            std::lock_guard lock(m_mailbox.mutex);
            session.classroom = m_mailbox.classroom;
        }
        darts::saveSessionFile(path, session);
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    emit sessionSaved(QString::fromStdString(path), error);
    emit finished(static_cast<int>(darts::RunStatus::Completed), QString());
}

void SearchWorker::openSession(const darts::Session& session) {
    try {
        setEngine(darts::makeEngine(session), session.validationColumn);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        return;
    }
    guarded([&] {
        publishStructure();
        // The session keeps every epoch's loss and the weights the window kept: of every epoch, of a
        // thinned run's epochs (then the history shows those epochs, as the window did), or none but the
        // latest, from alpha.
        {
            std::lock_guard lock(m_mailbox.mutex);
            const std::vector<double>& losses = m_engine->lossHistory();
            const std::vector<double>& validation = m_engine->validationLossHistory();
            const std::vector<int>& thinned = session.weightHistoryEpochs;
            const bool withWeights = thinned.empty() && session.weightHistory.size() == losses.size();
            std::size_t next = 0;  // the next entry of a thinned history
            for (std::size_t i = 0; i < losses.size(); ++i) {
                const int epoch = static_cast<int>(i) + 1;
                const bool last = i + 1 == losses.size();
                const bool saved = next < thinned.size() && thinned[next] == epoch;
                if (!thinned.empty() && !saved && !last) continue;
                m_mailbox.pending.epochs.push_back(epoch);
                m_mailbox.pending.losses.push_back(losses[i]);
                m_mailbox.pending.validationLosses.push_back(
                    i < validation.size() ? validation[i] : std::numeric_limits<double>::quiet_NaN());
                m_mailbox.pending.weights.push_back(saved         ? session.weightHistory[next++]
                                                    : withWeights ? session.weightHistory[i]
                                                    : last        ? edgeWeightsOf(m_engine->network().alpha())
                                                                  : Eigen::MatrixXd());
                m_mailbox.pending.nodeWeights.push_back(last ? nodeWeightsOf(m_engine->network().nodeAlpha())
                                                             : Eigen::MatrixXd());
            }
        }
        if (!m_mailbox.notifyPending.exchange(true)) emit progressAvailable();
        publishModel();
        emit finished(static_cast<int>(darts::RunStatus::Completed), QString());
    });
}

void SearchWorker::runEpochs(int epochs, bool sampleAfter) {
    m_mailbox.pauseRequested.store(false);
    const darts::EpochCallback record = [this](const darts::EpochReport& r) { recordEpoch(r); };
    auto lastAutosave = std::chrono::steady_clock::now();
    std::optional<std::chrono::steady_clock::time_point> lastStart;
    for (int done = 0; done < epochs; ++done) {
        autosave(lastAutosave);
        if (lastStart) waitForSpeedLimit(*lastStart);
        if (m_mailbox.pauseRequested.exchange(false)) {
            emit paused(epochs - done);
            return;
        }
        lastStart = std::chrono::steady_clock::now();
        const darts::RunOutcome outcome = m_engine->runEpochs(1, record);
        if (outcome.status == darts::RunStatus::Stopped) {
            emit finished(static_cast<int>(outcome.status), QString::fromStdString(outcome.message));
            return;
        }
        if (outcome.status == darts::RunStatus::NumericalFault) {
            // The engine kept the last finite state: offer the model drawn from it.
            m_engine->sampleModel(refineReporter());
            publishModel();
            emit finished(static_cast<int>(outcome.status), QString::fromStdString(outcome.message));
            return;
        }
    }
    darts::RunOutcome outcome;
    if (sampleAfter) {
        outcome = m_engine->sampleModel(refineReporter());
        publishModel();
    }
    emit finished(static_cast<int>(outcome.status), QString::fromStdString(outcome.message));
}

void SearchWorker::waitForSpeedLimit(std::chrono::steady_clock::time_point lastStart) {
    std::unique_lock lock(m_mailbox.mutex);
    for (;;) {
        // Read afresh after every wake-up, so that a limit changed during the wait applies to it.
        const double limit = m_mailbox.epochsPerSecondLimit.load();
        if (limit <= 0.0 || m_mailbox.stopRequested || m_mailbox.pauseRequested.load()) return;
        const auto deadline = lastStart + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                              std::chrono::duration<double>(1.0 / limit));
        if (std::chrono::steady_clock::now() >= deadline) return;
        m_mailbox.wake.wait_until(lock, deadline);
    }
}

void SearchWorker::autosave(std::chrono::steady_clock::time_point& last) {
    std::string path;
    std::shared_ptr<const darts::Table> table;
    int interval = 0;
    {
        std::lock_guard lock(m_mailbox.mutex);
        path = m_mailbox.recoveryPath;
        table = m_mailbox.recoveryTable;
        interval = m_mailbox.autosaveMilliseconds;
    }
    const auto now = std::chrono::steady_clock::now();
    if (path.empty() || !table || now - last < std::chrono::milliseconds(interval)) return;
    last = now;
    try {
        darts::saveSessionFile(path, darts::makeSession(*table, *m_engine, true, m_validationColumn));
    } catch (const std::exception&) {
        // An autosave that fails (disk full, say) must not end the search; the next one tries again.
    }
}

Eigen::MatrixXd SearchWorker::edgeWeightsOf(const Eigen::MatrixXd& alpha) const {
    return darts::mixtureWeightsOf(alpha, m_engine->config().darts_type, m_engine->network().available());
}

Eigen::MatrixXd SearchWorker::nodeWeightsOf(const Eigen::MatrixXd& nodeAlpha) const {
    return nodeAlpha.size() > 0 ? darts::mixtureWeightsOf(nodeAlpha, m_engine->config().darts_type) : Eigen::MatrixXd();
}

void SearchWorker::recordEpoch(const darts::EpochReport& report) {
    Eigen::MatrixXd weights = edgeWeightsOf(report.alpha);
    Eigen::MatrixXd nodeWeights = nodeWeightsOf(report.nodeAlpha);
    {
        std::lock_guard lock(m_mailbox.mutex);
        m_mailbox.pending.epochs.push_back(report.epoch);
        m_mailbox.pending.losses.push_back(report.loss);
        m_mailbox.pending.validationLosses.push_back(report.validationLoss);
        m_mailbox.pending.weights.push_back(std::move(weights));
        m_mailbox.pending.nodeWeights.push_back(std::move(nodeWeights));
        m_mailbox.latestAlpha = report.alpha;
        m_mailbox.latestParameters = m_engine->network().parameters();
    }
    // One notification in flight at most: the GUI takes everything pending when it gets to it.
    if (!m_mailbox.notifyPending.exchange(true)) emit progressAvailable();
}

darts::RefineCallback SearchWorker::refineReporter() {
    // Called before every candidate the refinement fits, on this thread. Only the latest step is kept, and one
    // notification is in flight at most: the controller's refresh timer bounds what the GUI redraws.
    return [this](const darts::RefineProgress& progress) {
        {
            std::lock_guard lock(m_mailbox.mutex);
            m_mailbox.refineProgress = progress;
        }
        if (!m_mailbox.notifyPending.exchange(true)) emit progressAvailable();
    };
}

void SearchWorker::publishStructure() {
    const darts::Network& net = m_engine->network();
    QStringList edges, primitives, nodes, notes;
    for (const darts::Edge& e : net.edges()) {
        const QString source = e.source < net.inputCount()
                                   ? QString::fromStdString(m_engine->inputNames()[e.source])
                                   : QString::fromStdString(darts::SampledModel::hiddenName(e.source - net.inputCount()));
        edges << QStringLiteral("%1 → %2").arg(source, QString::fromStdString(darts::SampledModel::hiddenName(e.target)));
    }
    for (darts::Primitive p : net.primitives()) primitives << QString::fromUtf8(darts::primitiveInfo(p).name.data(), static_cast<qsizetype>(darts::primitiveInfo(p).name.size()));
    if (net.hasProductNodes())
        for (int j = 0; j < net.hiddenCount(); ++j) nodes << QString::fromStdString(darts::SampledModel::hiddenName(j));
    for (const std::string& note : m_engine->domainNotes()) notes << QString::fromStdString(note);
    emit structureReady(std::make_shared<const darts::Network>(net), edges, primitives, nodes, notes);
    publishHallOfFame();  // a new network starts an empty one
}

void SearchWorker::publishHallOfFame() {
    emit hallOfFameReady(std::make_shared<const darts::HallOfFame>(m_engine->hallOfFame()));
}

void SearchWorker::publishModel() {
    if (!m_engine->model()) return;
    {
        // Beside the model, so that the window can score it on the rows it trained on and on those held out.
        std::lock_guard lock(m_mailbox.mutex);
        m_mailbox.modelHeldOut = m_engine->heldOutRows();
    }
    emit modelReady(std::make_shared<const darts::SampledModel>(*m_engine->model()));
    publishHallOfFame();
}

}  // namespace darts::gui
