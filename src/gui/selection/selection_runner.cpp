#include "selection/selection_runner.h"

#include <QMetaObject>
#include <QThread>

Q_DECLARE_METATYPE(std::shared_ptr<const darts::SweepResults>)

namespace darts::gui {

SelectionRunner::SelectionRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const darts::SweepResults>>();
}

SelectionRunner::~SelectionRunner() {
    if (!m_thread) return;
    stop();
    m_thread->wait();
    delete m_thread;  // its finished() was queued to us and dies with us: no late signal
}

bool SelectionRunner::start(const darts::SweepPlan& plan, std::shared_ptr<const darts::Table> table, int jobs) {
    if (m_thread || !table) return false;
    auto shared = std::make_shared<Shared>();
    shared->progress.resize(plan.pointCount());
    try {
        shared->search = std::make_unique<darts::ParallelSearch>(darts::sweepData(plan, *table));
    } catch (const std::exception& e) {
        emit finished(nullptr, false, QString::fromStdString(e.what()));
        return false;
    }
    m_shared = shared;
    m_thread = QThread::create([this, shared, plan, table, jobs] {
        // Called by several search threads at once: store, and notify only when no notice is on its way.
        const darts::StartProgressCallback onProgress = [this, shared](const darts::StartProgress& p) {
            {
                std::lock_guard lock(shared->mutex);
                if (p.start >= 0 && static_cast<std::size_t>(p.start) < shared->progress.size())
                    shared->progress[p.start] = {p.epoch,          p.epochs,  p.loss,
                                                 p.validationLoss, p.refined, p.refineBudget};
            }
            if (!shared->notifyPending.exchange(true))
                QMetaObject::invokeMethod(this, [this] { emit progressed(); }, Qt::QueuedConnection);
        };
        try {
            auto results = std::make_shared<darts::SweepResults>(
                darts::runSweepTask(plan, *table, *shared->search, 0, 1, jobs, onProgress));
            std::lock_guard lock(shared->mutex);
            shared->results = std::move(results);
        } catch (const std::exception& e) {
            std::lock_guard lock(shared->mutex);
            shared->error = QString::fromStdString(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("model selection"));
    connect(m_thread, &QThread::finished, this, &SelectionRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void SelectionRunner::stop() {
    if (!m_shared) return;
    m_shared->stopRequested.store(true);
    m_shared->search->requestStop();
}

std::vector<PointProgress> SelectionRunner::progress() const {
    if (!m_shared) return {};
    // Cleared before reading, so that an epoch that lands right after notifies again.
    m_shared->notifyPending.store(false);
    std::lock_guard lock(m_shared->mutex);
    return m_shared->progress;
}

void SelectionRunner::onThreadFinished() {
    if (!m_thread) return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    std::shared_ptr<Shared> shared = std::move(m_shared);
    std::shared_ptr<const darts::SweepResults> results;
    QString error;
    {
        std::lock_guard lock(shared->mutex);
        results = shared->results;
        error = shared->error;
    }
    emit finished(results, shared->stopRequested.load(), error);
}

}  // namespace darts::gui
