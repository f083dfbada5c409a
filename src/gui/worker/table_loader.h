#pragma once
/// @brief Reads a data file on a thread of its own, so that the window stays responsive.

#include "data/table.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace darts::gui {

/// Reads and parses one file at a time on a worker thread. Results come back
/// as signals on the loader's thread. A newer load() or cancel() makes the
/// older read stop at its next progress check; its result is never delivered.
class TableLoader : public QObject {
    Q_OBJECT
public:
    explicit TableLoader(QObject* parent = nullptr);
    /// Stops a read under way and waits for its thread: no thread outlives the loader.
    ~TableLoader() override;

    /// Starts reading `path` with `options` (their progress callback is the loader's own).
    /// Error messages start with the file's name, not its whole path.
    void load(const QString& path, const darts::TableOptions& options);
    /// Stops the read under way, if any, and emits cancelled().
    void cancel();
    bool isLoading() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }  ///< the file being read; empty when idle

signals:
    void progress(int percent);  ///< of the text parsed, 0 to 100
    void loaded(const QString& path, std::shared_ptr<const darts::Table> table);
    /// `missingValue`: the file was refused for an empty cell, and would load with MissingValues::Drop.
    void failed(const QString& path, const QString& message, bool missingValue);
    void cancelled(const QString& path);

private:
    struct Job {
        std::unique_ptr<QThread> thread;
        std::shared_ptr<std::atomic<bool>> stop;
    };
    void finish(quint64 generation);
    void reapFinishedJobs();

    std::vector<Job> m_jobs;   ///< the current read last; older ones are stopping
    quint64 m_generation = 0;  ///< which read's results are still wanted
    QString m_path;
};

}  // namespace darts::gui
