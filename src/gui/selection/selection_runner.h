#pragma once
/// @brief Runs a sweep (many searches at once, ParallelSearch) on a thread of its own and hands the
/// window each start's progress and, at the end, the results; Stop answers at once.

#include "data/table.h"
#include "select/sweep.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace darts::gui {

/// One start's latest epoch, as the table shows it.
struct PointProgress {
    int epoch = 0;
    int epochs = 0;
    double loss = 0.0;
    double validationLoss = 0.0;
    int refined = 0;       // after the epochs, while refinement runs: architectures refitted so far
    int refineBudget = 0;  // ... and at most; 0 while the epochs run
};

class SelectionRunner : public QObject {
    Q_OBJECT
public:
    explicit SelectionRunner(QObject* parent = nullptr);
    /// Stops the run and waits for its thread: no thread outlives the runner (closing the window mid-run).
    ~SelectionRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Runs every point of `plan` on `table`'s columns, `jobs` searches at a time. False while a run is under way.
    bool start(const darts::SweepPlan& plan, std::shared_ptr<const darts::Table> table, int jobs);
    /// Running starts end before their next step, the rest do not begin; finished() follows.
    void stop();
    /// The progress of every point so far (by point index; epoch 0: not begun).
    std::vector<PointProgress> progress() const;

signals:
    /// Some start moved on: read progress(). At most one is in flight, however fast the epochs come.
    void progressed();
    /// The run ended. `results` is null when it could not run at all (`error` says why).
    void finished(std::shared_ptr<const darts::SweepResults> results, bool stopped, const QString& error);

private:
    /// What the run's thread and the GUI share; kept alive by both, so that neither outlives it.
    struct Shared {
        mutable std::mutex mutex;  // guards progress, results and error
        std::vector<PointProgress> progress;
        std::shared_ptr<darts::SweepResults> results;
        QString error;
        std::atomic<bool> notifyPending{false};
        std::atomic<bool> stopRequested{false};
        std::unique_ptr<darts::ParallelSearch> search;  // set before the thread starts, for stop()
    };
    void onThreadFinished();

    QThread* m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};

}  // namespace darts::gui
