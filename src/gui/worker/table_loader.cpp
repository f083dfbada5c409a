#include "worker/table_loader.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <exception>

namespace darts::gui {

TableLoader::TableLoader(QObject* parent) : QObject(parent) {}

TableLoader::~TableLoader() {
    for (Job& job : m_jobs) job.stop->store(true);
    // Waiting here, before QObject's destructor, means no thread posts to a loader that is gone;
    // what they posted already is discarded with the loader.
    for (Job& job : m_jobs) job.thread->wait();
}

void TableLoader::load(const QString& path, const TableOptions& options) {
    reapFinishedJobs();
    if (!m_jobs.empty()) m_jobs.back().stop->store(true);  // superseded: no cancelled() for it
    const quint64 generation = ++m_generation;
    m_path = path;
    auto stop = std::make_shared<std::atomic<bool>>(false);

    QThread* thread = QThread::create([this, path, options, stop, generation] {
        // Everything below runs on the worker thread; it talks back only through queued calls.
        auto post = [this, generation](auto function) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, function] {
                    if (generation == m_generation) function();
                },
                Qt::QueuedConnection);
        };
        const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
        TableOptions reading = options;
        int lastPercent = -1;
        reading.progress = [&](double fraction) {
            if (stop->load()) return false;
            const int percent = static_cast<int>(fraction * 100.0);
            if (percent != lastPercent) {
                lastPercent = percent;
                post([this, percent] { emit progress(percent); });
            }
            return true;
        };
        try {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw DataError(name.toStdString() + ": " + file.errorString().toStdString());
            const QByteArray bytes = file.readAll();
            if (file.error() != QFileDevice::NoError)
                throw DataError(name.toStdString() + ": " + file.errorString().toStdString());
            file.close();
            auto table = std::make_shared<const Table>(
                parseTable(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                           name.toStdString(), reading));
            post([this, path, table, generation] {
                finish(generation);
                emit loaded(path, table);
            });
        } catch (const ReadCancelled&) {
            // Superseded or cancelled: whoever stopped it has moved on.
        } catch (const MissingValueError& e) {
            post([this, path, generation, message = QString::fromStdString(e.what())] {
                finish(generation);
                emit failed(path, message, true);
            });
        } catch (const std::exception& e) {
            post([this, path, generation, message = QString::fromStdString(e.what())] {
                finish(generation);
                emit failed(path, message, false);
            });
        }
    });
    thread->setObjectName(QStringLiteral("TableLoader"));
    m_jobs.push_back({std::unique_ptr<QThread>(thread), std::move(stop)});
    thread->start(QThread::LowPriority);
}

void TableLoader::cancel() {
    if (!isLoading()) return;
    m_jobs.back().stop->store(true);
    ++m_generation;  // its result, if already posted, is dropped
    const QString path = m_path;
    m_path.clear();
    emit cancelled(path);
}

void TableLoader::finish(quint64 generation) {
    if (generation == m_generation) m_path.clear();
}

void TableLoader::reapFinishedJobs() {
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const Job& job) { return job.thread->isFinished(); }),
                 m_jobs.end());
}

}  // namespace darts::gui
