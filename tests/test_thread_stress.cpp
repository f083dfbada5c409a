// Thread stress: random sequences of Start, Pause, Resume, Step, Stop, Continue,
// Re-sample, Refit, Save, Open and Close (the controller destroyed mid-command
// and a new one made) with small random waits between them. After every action
// the controller's state must be consistent, every wait for it is bounded (no
// deadlock), the model stays usable, and a closed controller leaves no thread
// behind. Leaks are the ASan build's business (LeakSanitizer), races TSan's.
//
// DARTS_STRESS_SEQUENCES sets the number of sequences (default 1000; the
// sanitizer builds run fewer), DARTS_STRESS_SEED replays a run: the seed is printed.

#include "worker/search_controller.h"

#include "data/examples.h"
#include "io/session_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>
#include <random>

using namespace darts;
using darts::gui::SearchController;
using State = SearchController::State;

namespace {

constexpr int kWaitMs = 20000;  // far above any command here; reaching it means a deadlock

SearchConfig stressConfig() {
    SearchConfig c = seedDocumentConfig();
    c.max_epochs = 300;  // long enough that Pause, Stop and Close often meet a running search
    c.param_updates_per_epoch = 5;
    c.param_updates_for_sampled_model = 5;
    return c;
}

int envNumber(const char* name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

/// Threads of this process (Linux), or -1 where that cannot be counted.
int threadCount() {
    const QDir tasks(QStringLiteral("/proc/self/task"));
    return tasks.exists() ? static_cast<int>(tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()) : -1;
}

bool waitFor(const std::function<bool()>& condition, int milliseconds = kWaitMs) {
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > milliseconds) return false;
        QTest::qWait(1);
    }
    return true;
}

enum class Action { Start, Pause, Resume, Step, Stop, Continue, ResampleMax, ResampleDraw, Refit, Save, Open, Close };
constexpr int kActionCount = 12;

const char* nameOf(Action a) {
    static const char* names[] = {"Start",        "Pause", "Resume", "Step", "Stop", "Continue", "ResampleMax",
                                  "ResampleDraw", "Refit", "Save",   "Open", "Close"};
    return names[static_cast<int>(a)];
}

}  // namespace

class TestThreadStress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_data = selectColumns(exampleTable(findExample("seed")), {}, {});
        m_baseThreads = threadCount();
        // A session saved earlier, for Open: a short finished search on the same data.
        m_sessionPath = m_dir.filePath(QStringLiteral("earlier.darts"));
        auto controller = makeController();
        controller->start();
        QVERIFY(waitFor([&] { return controller->state() == State::Idle; }));
        QSignalSpy saved(controller.get(), &SearchController::sessionSaved);
        controller->saveSession(m_sessionPath);
        QVERIFY(waitFor([&] { return !saved.isEmpty(); }));
        QCOMPARE(saved.first().at(1).toString(), QString());
        m_session = loadSessionFile(m_sessionPath.toStdString());
        QVERIFY(m_session.state && m_session.state->epoch == stressConfig().max_epochs);
    }

    void randomSequences() {
        const int sequences = envNumber("DARTS_STRESS_SEQUENCES", 1000);
        const auto seed = static_cast<quint32>(envNumber("DARTS_STRESS_SEED", static_cast<int>(QRandomGenerator::global()->bounded(1 << 30))));
        qInfo("thread stress: %d sequences, seed %u (DARTS_STRESS_SEED=%u replays the choices)", sequences, seed, seed);

        std::unique_ptr<SearchController> controller = makeController();
        int closes = 0, models = 0;
        QElapsedTimer clock;
        clock.start();
        for (int sequence = 0; sequence < sequences; ++sequence) {
            std::mt19937 rng(seed + static_cast<quint32>(sequence));
            QStringList log;  // what this sequence did, for the failure message
            const auto context = [&] {
                return QStringLiteral("seed %1, sequence %2: %3").arg(seed).arg(sequence).arg(log.join(", ")).toLocal8Bit();
            };
            const int length = std::uniform_int_distribution<int>(3, 8)(rng);
            for (int i = 0; i < length; ++i) {
                const auto action = static_cast<Action>(std::uniform_int_distribution<int>(0, kActionCount - 1)(rng));
                ++m_actionsIn[static_cast<int>(controller->state())];
                log << QString::fromLatin1(nameOf(action)) + '@' + QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(static_cast<int>(controller->state())));
                perform(action, controller, rng);
                if (QTest::currentTestFailed()) return;
                if (action == Action::Close) {
                    ++closes;
                    // The old controller's thread has ended: only the new one's runs.
                    if (m_baseThreads > 0)
                        QVERIFY2(waitFor([&] { return threadCount() == m_baseThreads + 1; }, 5000),
                                 qPrintable(QStringLiteral("%1 threads, %2 expected; %3")
                                                .arg(threadCount()).arg(m_baseThreads + 1).arg(QString::fromLocal8Bit(context()))));
                }
                // A random pause lets commands race with the worker at different points.
                const int wait = std::uniform_int_distribution<int>(0, 6)(rng);
                if (wait == 0)
                    QCoreApplication::processEvents();
                else
                    QTest::qWait(wait);
                QVERIFY2(consistent(*controller), context().constData());
            }
            // Every sequence ends: Stop brings any state back to Idle within the bound.
            controller->stop();
            QVERIFY2(waitFor([&] { return controller->state() == State::Idle; }), context().constData());
            QTest::qWait(1);  // late results of the stopped command
            QVERIFY2(consistent(*controller), context().constData());
            QVERIFY2(modelUsable(*controller), context().constData());
            // Now and then, prove the search still answers: re-sample and refit to the end.
            if (sequence % 25 == 0 && controller->hasSearch()) {
                controller->resample(SamplingStrategy::Max);
                QVERIFY2(waitFor([&] { return controller->state() == State::Idle; }), context().constData());
                QVERIFY2(controller->hasModel() && modelUsable(*controller), context().constData());
                controller->refit(5);
                QVERIFY2(waitFor([&] { return controller->state() == State::Idle; }), context().constData());
                QVERIFY2(modelUsable(*controller), context().constData());
                ++models;
            }
        }
        controller.reset();
        if (m_baseThreads > 0) QVERIFY(waitFor([&] { return threadCount() == m_baseThreads; }, 5000));
        qInfo("thread stress: %d sequences, %d closes, %d full re-sample/refit checks in %.1f s; actions taken while "
              "idle %d, running %d, paused %d, busy %d",
              sequences, closes, models, clock.elapsed() / 1000.0, m_actionsIn[0], m_actionsIn[1], m_actionsIn[2],
              m_actionsIn[3]);
        // The point is commands racing with the worker: a run that never met a busy worker tested little.
        if (sequences >= 200)
            QVERIFY(m_actionsIn[1] > 0 && m_actionsIn[2] > 0 && m_actionsIn[3] > 0);
    }

private:
    std::unique_ptr<SearchController> makeController() {
        auto controller = std::make_unique<SearchController>();
        controller->setData(m_data, std::make_shared<const Table>(exampleTable(findExample("seed"))));
        controller->setConfig(stressConfig());
        controller->setRefreshInterval(std::uniform_int_distribution<int>(0, 40)(m_refreshRng));
        // Half the controllers run under the speed limit (as in a lesson): their runs last long
        // enough that Pause usually meets the epochs, not the short sampling phase after them.
        if (m_refreshRng() % 2 == 0) controller->setEpochsPerSecondLimit(std::uniform_real_distribution<double>(500, 5000)(m_refreshRng));
        return controller;
    }

    void perform(Action action, std::unique_ptr<SearchController>& controller, std::mt19937& rng) {
        switch (action) {
            case Action::Start: controller->start(); break;
            case Action::Pause: {
                // The pause arrives at the worker's next epoch, often after the next random action:
                // half the time wait for it, so that commands meet a paused run in every run of the test.
                const bool wasRunning = controller->state() == State::Running;
                controller->pause();
                if (wasRunning && rng() % 2 == 0)
                    QVERIFY2(waitFor([&] { return controller->state() != State::Running; }), "Pause never answered");
                break;
            }
            case Action::Resume: controller->resume(); break;
            case Action::Step: controller->step(); break;
            case Action::Stop: controller->stop(); break;
            case Action::Continue: controller->continueSearch(); break;
            case Action::ResampleMax: controller->resample(SamplingStrategy::Max); break;
            case Action::ResampleDraw: controller->resample(SamplingStrategy::Sample); break;
            case Action::Refit: controller->refit(std::uniform_int_distribution<int>(1, 10)(rng)); break;
            case Action::Save: {
                // Into the file Open reads: a later Open may find this search or the earlier one.
                if (controller->state() == State::Idle || controller->state() == State::Paused)
                    controller->saveSession(m_sessionPath);
                break;
            }
            case Action::Open: {
                if (controller->state() != State::Idle) break;
                // The file is written atomically, so it is always one whole session.
                m_session = loadSessionFile(m_sessionPath.toStdString());
                controller->openSession(m_session);
                break;
            }
            case Action::Close: {
                // Destroyed whatever it is doing; the destructor must end the thread at once.
                QElapsedTimer clock;
                clock.start();
                controller.reset();
                QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
                controller = makeController();
                break;
            }
        }
    }

    /// What must hold whenever the test looks, whatever is running.
    static bool consistent(const SearchController& c) {
        const darts::gui::SearchHistory& h = c.history();
        if (h.epochs.size() != h.losses.size() || h.epochs.size() != h.weights.size()) return false;
        // No epoch lost or repeated in the hand-over between the threads.
        for (std::size_t i = 0; i < h.epochs.size(); ++i)
            if (h.epochs[i] != static_cast<int>(i) + 1) return false;
        switch (c.state()) {
            case State::Idle:
            case State::Running:
            case State::Busy: return true;
            case State::Paused: return c.hasSearch();  // only a search can wait to resume
        }
        return false;
    }

    /// A model, when there is one, fits the data it was made for: finite predictions of the right shape.
    static bool modelUsable(const SearchController& c) {
        if (!c.hasModel()) return true;
        if (!c.searchData()) return false;
        const Eigen::MatrixXd predictions = c.model()->predict(c.searchData()->X);
        return predictions.rows() == c.searchData()->X.rows() && predictions.allFinite() &&
               !c.model()->equations().empty();
    }

    QTemporaryDir m_dir;
    Selection m_data;
    QString m_sessionPath;
    Session m_session;
    int m_baseThreads = -1;
    std::mt19937 m_refreshRng{7};
    int m_actionsIn[4] = {};  // actions taken per state: Idle, Running, Paused, Busy
};

QTEST_GUILESS_MAIN(TestThreadStress)
#include "test_thread_stress.moc"
