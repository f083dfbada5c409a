// The worker thread's lifecycle as the window drives it: Start, Pause, Resume,
// Step, Stop, Continue, Re-sample, Refit, Reset; throttled progress; shutdown.

#include "worker/search_controller.h"

#include "data/examples.h"
#include "io/session_file.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace darts;
using darts::gui::SearchController;
using darts::gui::SearchHistory;
using darts::gui::kMaxHistoryEpochs;
using State = SearchController::State;

namespace {

Selection seedData() { return selectColumns(exampleTable(findExample("seed")), {}, {}); }

SearchConfig quickConfig(int epochs) {
    SearchConfig c = seedDocumentConfig();
    c.max_epochs = epochs;
    c.param_updates_per_epoch = 50;
    return c;
}

void prepare(SearchController& controller, int epochs) {
    controller.setData(seedData());
    controller.setConfig(quickConfig(epochs));
}

bool waitForState(SearchController& controller, State state, int milliseconds = 20000) {
    QElapsedTimer clock;
    clock.start();
    while (controller.state() != state && clock.elapsed() < milliseconds) QTest::qWait(5);
    return controller.state() == state;
}

}  // namespace

class TestSearchController : public QObject {
    Q_OBJECT

private slots:
    void longHistoriesAreThinnedKeepingEndsAndExtremes() {
        SearchHistory history;
        const int epochs = 100000;
        for (int first = 1; first <= epochs; first += 250) {  // as the worker delivers them, in batches
            SearchHistory more;
            for (int e = first; e < first + 250; ++e) {
                more.epochs.push_back(e);
                // A loss that falls, with its lowest value at 77,777 and a spike at 3
                more.losses.push_back(e == 77777 ? 1e-6 : e == 3 ? 1e6 : 1.0 / e + 0.01);
                more.validationLosses.push_back(e == 55555 ? 1e-9 : 2.0);
                more.weights.push_back(Eigen::MatrixXd::Constant(4, 3, e));
            }
            history.take(more);
            QVERIFY(history.size() <= kMaxHistoryEpochs);
        }
        QCOMPARE(history.epochs.front(), 1);
        QCOMPARE(history.epochs.back(), epochs);
        for (int kept : {3, 55555, 77777}) QVERIFY(std::count(history.epochs.begin(), history.epochs.end(), kept) == 1);
        QVERIFY(std::is_sorted(history.epochs.begin(), history.epochs.end()));
        QCOMPARE(history.losses.size(), history.size());
        QCOMPARE(history.weights.size(), history.size());
        for (std::size_t i = 0; i < history.size(); ++i) {
            QCOMPARE(history.weights[i](0, 0), double(history.epochs[i]));  // every entry beside its own epoch
            QCOMPARE(history.losses[i], history.epochs[i] == 77777 ? 1e-6 : history.epochs[i] == 3 ? 1e6 : 1.0 / history.epochs[i] + 0.01);
        }
        // Evenly thinned: the late epochs are as dense as the early ones.
        const auto at = [&](int epoch) { return std::lower_bound(history.epochs.begin(), history.epochs.end(), epoch); };
        const auto early = at(20000) - at(10000), late = at(90000) - at(80000);
        QVERIFY2(std::abs(early - late) <= 2 + late / 10, qPrintable(QStringLiteral("%1 vs %2").arg(early).arg(late)));
        QVERIFY(history.size() > kMaxHistoryEpochs / 2);
    }

    void aLongRunSavesASmallSessionWithItsThinnedHistory() {
        constexpr int kEpochs = 20000;  // five times the history's bound
        SearchController controller;
        controller.setData(seedData(), std::make_shared<const Table>(exampleTable(findExample("seed"))));
        SearchConfig config = quickConfig(kEpochs);
        config.param_updates_per_epoch = 1;
        controller.setConfig(config);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle, 120000));
        const SearchHistory& history = controller.history();
        QCOMPARE(history.epochs.back(), kEpochs);
        QVERIFY(history.size() <= kMaxHistoryEpochs);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.darts"));
        QSignalSpy saved(&controller, &SearchController::sessionSaved);
        controller.saveSession(path);
        QVERIFY(!saved.isEmpty() || saved.wait(20000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        // Every epoch's loss (8 bytes each in memory) and the thinned weights: well under 4 MB.
        const qint64 bytes = QFileInfo(path).size();
        qInfo("a run of %d epochs saves in %lld bytes, %zu epochs of weights", kEpochs, bytes, history.size());
        QVERIFY2(bytes < 4'000'000, qPrintable(QString::number(bytes)));
        const Session session = loadSessionFile(path.toStdString());
        QCOMPARE(session.state->lossHistory.size(), std::size_t(kEpochs));
        QCOMPARE(session.weightHistory.size(), history.size());
        QCOMPARE(session.weightHistoryEpochs, history.epochs);

        // Opened again, the window shows the same epochs with the same weights.
        SearchController reopened;
        reopened.openSession(session);
        QVERIFY(waitForState(reopened, State::Idle));
        QCOMPARE(reopened.history().epochs, history.epochs);
        for (std::size_t i = 0; i < history.size(); ++i) QCOMPARE(reopened.history().weights[i], history.weights[i]);
        QCOMPARE(reopened.history().losses, history.losses);
    }

    void startRunsTheEpochsAndDrawsAModel() {
        SearchController controller;
        prepare(controller, 30);
        QSignalSpy states(&controller, &SearchController::stateChanged);
        QSignalSpy models(&controller, &SearchController::modelChanged);
        QSignalSpy structures(&controller, &SearchController::structureChanged);
        controller.start();
        QCOMPARE(controller.state(), State::Running);
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().size(), std::size_t{30});
        QCOMPARE(controller.history().epochs.back(), 30);
        QVERIFY(controller.hasModel());
        QVERIFY(controller.hasSearch());
        QCOMPARE(structures.count(), 1);
        QVERIFY(models.count() >= 1);
        QCOMPARE(controller.edgeLabels(), (QStringList{"x1 → k1", "x2 → k1"}));
        QCOMPARE(controller.primitiveNames().size(), 7);
        QCOMPARE(controller.history().weights.back().rows(), 2);
        QVERIFY(std::abs(controller.history().weights.back().row(0).sum() - 1.0) < 1e-12);
    }

    void pauseResumeAndStop() {
        SearchController controller;
        prepare(controller, 1000000);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.history().size() > 5, 10000);
        controller.pause();
        QVERIFY(waitForState(controller, State::Paused));
        const std::size_t atPause = controller.history().size();
        QTest::qWait(200);
        QCOMPARE(controller.history().size(), atPause);  // nothing runs while paused

        controller.step();  // one epoch, then back to the pause
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(controller.history().size(), atPause + 1);

        controller.resume();
        QCOMPARE(controller.state(), State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(controller.history().size() > atPause + 5, 10000);
        QElapsedTimer clock;
        clock.start();
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle, 5000));
        const qint64 stopMs = clock.elapsed();
        QVERIFY2(stopMs < 1000, qPrintable(QString("stop took %1 ms").arg(stopMs)));
        const std::size_t atStop = controller.history().size();
        QTest::qWait(100);
        QCOMPARE(controller.history().size(), atStop);
    }

    void speedLimitSlowsTheEpochsAndStopStillAnswers() {
        SearchController controller;
        prepare(controller, 1000000);
        QCOMPARE(controller.epochsPerSecondLimit(), 0.0);
        controller.setEpochsPerSecondLimit(4.0);
        QCOMPARE(controller.epochsPerSecondLimit(), 4.0);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
        QTest::qWait(1000);
        // Unlimited, the seed example runs hundreds of epochs a second; held to 4 a second it runs a handful.
        const std::size_t slow = controller.history().size();
        QVERIFY2(slow >= 2 && slow <= 12, qPrintable(QString("%1 epochs in about a second").arg(slow)));

        // A limit of one epoch a minute: the worker waits, yet Stop answers at once.
        controller.setEpochsPerSecondLimit(1.0 / 60.0);
        QTest::qWait(300);
        const std::size_t held = controller.history().size();
        QTest::qWait(500);
        QCOMPARE(controller.history().size(), held);
        QElapsedTimer clock;
        clock.start();
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle, 5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString("stop took %1 ms").arg(clock.elapsed())));

        // Lifting the limit during a run takes effect at once.
        controller.setEpochsPerSecondLimit(1.0 / 60.0);
        controller.continueSearch();
        QTest::qWait(200);
        controller.setEpochsPerSecondLimit(0.0);
        QTRY_VERIFY_WITH_TIMEOUT(controller.history().size() > held + 50, 10000);
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle, 5000));
    }

    void pauseAnswersDuringTheSpeedLimitWait() {
        SearchController controller;
        prepare(controller, 1000000);
        controller.setEpochsPerSecondLimit(1.0 / 60.0);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
        controller.pause();
        QVERIFY(waitForState(controller, State::Paused, 1000));
        controller.stop();
        QCOMPARE(controller.state(), State::Idle);
    }

    void aSessionSavesAfterArchitectureSteps() {
        // Architecture steps add history points at an epoch already there (or at epoch 0): the weights
        // history is then left out of the session, which still saves.
        SearchController controller;
        controller.setData(seedData(), std::make_shared<const Table>(exampleTable(findExample("seed"))));
        controller.setConfig(quickConfig(5));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stepped.darts"));
        QSignalSpy saved(&controller, &SearchController::sessionSaved);
        for (int round = 0; round < 2; ++round) {
            if (round == 1) {
                controller.start();
                QVERIFY(waitForState(controller, State::Idle));
            }
            controller.stepArchitecture();
            QVERIFY(waitForState(controller, State::Idle));
            saved.clear();
            controller.saveSession(path);
            QVERIFY(!saved.isEmpty() || saved.wait(20000));
            QCOMPARE(saved.first().at(1).toString(), QString());
            const Session session = loadSessionFile(path.toStdString());
            QVERIFY(session.weightHistory.empty() && session.weightHistoryEpochs.empty());
        }
    }

    void stepArchitectureMovesTheWeightsNotTheEpoch() {
        SearchController controller;
        prepare(controller, 10);
        controller.stepArchitecture();  // no search yet: starts one and makes a single architecture update
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(controller.hasSearch());
        QVERIFY(!controller.hasModel());
        QCOMPARE(controller.history().size(), std::size_t{1});
        QCOMPARE(controller.history().epochs.back(), 0);
        const Eigen::MatrixXd first = controller.history().weights.back();
        controller.stepArchitecture();
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().size(), std::size_t{2});
        QCOMPARE(controller.history().epochs.back(), 0);
        QVERIFY(controller.history().weights.back() != first);
        controller.step();
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().epochs.back(), 1);

        // Taken during a pause, it goes back to the pause, which Resume continues.
        controller.setConfig(quickConfig(1000000));
        controller.continueSearch();
        QTRY_VERIFY_WITH_TIMEOUT(controller.history().size() > 5, 10000);
        controller.pause();
        QVERIFY(waitForState(controller, State::Paused));
        const std::size_t atPause = controller.history().size();
        const int epochAtPause = controller.history().epochs.back();
        controller.stepArchitecture();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(controller.history().size(), atPause + 1);
        QCOMPARE(controller.history().epochs.back(), epochAtPause);
        controller.resume();
        QCOMPARE(controller.state(), State::Running);
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle, 5000));
    }

    void stopWhilePausedEndsTheRun() {
        SearchController controller;
        prepare(controller, 1000000);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
        controller.pause();
        QVERIFY(waitForState(controller, State::Paused));
        controller.stop();
        QCOMPARE(controller.state(), State::Idle);
    }

    void stopRightAfterStartIsNotLost() {
        SearchController controller;
        prepare(controller, 1000000);
        controller.start();
        controller.stop();  // reaches the worker before it has built its engine
        QVERIFY(waitForState(controller, State::Idle, 5000));
        QVERIFY(controller.history().size() < 1000);
    }

    void stepsContinueAndResample() {
        SearchController controller;
        prepare(controller, 10);
        controller.step();  // no search yet: starts one with a single epoch
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().size(), std::size_t{1});
        QVERIFY(controller.hasSearch());
        QVERIFY(!controller.hasModel());
        controller.step();
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().epochs.back(), 2);

        controller.continueSearch();
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().epochs.back(), 12);
        QVERIFY(controller.hasModel());
        const std::vector<int> choices = controller.model()->network().choices();

        QSignalSpy states(&controller, &SearchController::stateChanged);
        controller.resample(SamplingStrategy::Sample);
        QCOMPARE(controller.state(), State::Busy);
        QVERIFY(waitForState(controller, State::Idle));
        controller.resample(SamplingStrategy::Max);
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(controller.model()->network().choices() == choices);  // max is deterministic
        QCOMPARE(controller.history().epochs.back(), 12);  // re-sampling runs no epoch

        SearchConfig unpolished = quickConfig(10);
        unpolished.polish = false;  // so that the SGD steps show in the coefficients
        controller.setConfig(unpolished);
        const Eigen::VectorXd before = controller.model()->network().parameters();
        controller.refit(200);
        QCOMPARE(controller.state(), State::Busy);
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(controller.model()->network().parameters() != before);
        QVERIFY(controller.model()->network().choices() == choices);
    }

    void resetWaitsForTheRunningCommand() {
        SearchController controller;
        prepare(controller, 1000000);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
        controller.reset();  // refused while running: late results would refill what it clears
        QCOMPARE(controller.state(), State::Running);
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle));
        controller.reset();
        QVERIFY(controller.history().empty());
        QTest::qWait(100);
        QVERIFY(controller.history().empty());
    }

    void stopWinsOverAPauseOnItsWay() {
        SearchController controller;
        prepare(controller, 1000000);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
        controller.pause();
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle));
        QTest::qWait(100);
        QCOMPARE(controller.state(), State::Idle);
    }

    void resampleAfterTheDataChangedAsksForStart() {
        SearchController controller;
        prepare(controller, 3);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle));
        controller.setData(seedData());
        QSignalSpy messages(&controller, &SearchController::message);
        controller.resample(SamplingStrategy::Max);
        QCOMPARE(controller.state(), State::Idle);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(0).toString().contains("Start"));
    }

    void resetForgetsTheSearch() {
        SearchController controller;
        prepare(controller, 5);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle));
        controller.reset();
        QVERIFY(controller.history().empty());
        QVERIFY(!controller.hasModel());
        QVERIFY(!controller.hasSearch());
        controller.continueSearch();  // without a search, Continue starts one
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().size(), std::size_t{5});
    }

    void progressIsThrottled() {
#ifdef DARTS_SANITIZED_BUILD
        QSKIP("a timing check: meaningless in a sanitizer build, which runs several times slower");
#endif
        SearchController controller;
        SearchConfig c = quickConfig(1000000);
        c.param_updates_per_epoch = 1;  // thousands of epochs a second
        controller.setData(seedData());
        controller.setConfig(c);
        QSignalSpy progress(&controller, &SearchController::progressed);
        controller.start();
        QTest::qWait(1000);
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY2(controller.history().size() > 1000, qPrintable(QString::number(controller.history().size())));
        // At most 30 deliveries a second (start and stop add one each).
        QVERIFY2(progress.count() <= 35, qPrintable(QString::number(progress.count())));
        // No epoch is lost by the batching: every one, or beyond kMaxHistoryEpochs an even grid from the first
        // (a spike or dip of the loss may sit between), and the last.
        const std::vector<int>& epochs = controller.history().epochs;
        const std::vector<double>& losses = controller.history().losses;
        QCOMPARE(epochs.front(), 1);
        const int stride = epochs[1] - epochs[0];
        const auto [lowest, highest] = std::ranges::minmax(losses);
        for (std::size_t i = 0; i + 1 < epochs.size(); ++i)
            QVERIFY2((epochs[i] - 1) % stride == 0 || losses[i] == lowest || losses[i] == highest,
                     qPrintable(QString::number(epochs[i])));
        QVERIFY(std::is_sorted(epochs.begin(), epochs.end()));
        QVERIFY(epochs.size() <= kMaxHistoryEpochs);
    }

    void numericalFaultIsReported() {
        SearchController controller;
        Selection data = seedData();
        data.X(5, 0) = 0.0;
        data.X(5, 1) = 0.0;
        SearchConfig c = quickConfig(20);
        c.primitives = {Primitive::Reciprocal};
        controller.setData(data);
        controller.setConfig(c);
        QSignalSpy messages(&controller, &SearchController::message);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().at(1).toBool(), true);
        QVERIFY2(messages.last().at(0).toString().contains("epoch 1"), qPrintable(messages.last().at(0).toString()));
        // The cause in words: which kind of fault, where, at which value.
        QVERIFY2(messages.last().at(0).toString().contains("the loss became infinite") &&
                     messages.last().at(0).toString().contains("reciprocal divided by zero on edge x"),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(controller.hasModel());
    }

    void faultKeepsTheSearchUsable() {
        // A clean search and its model, then a Continue with a learning rate that overflows alpha.
        SearchController controller;
        prepare(controller, 10);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(controller.hasModel());
        const std::size_t epochs = controller.history().size();
        const Eigen::MatrixXd weights = controller.history().weights.back();
        SearchConfig c = quickConfig(10);
        c.arch_learning_rate_max = 1e307;
        controller.setConfig(c);
        QSignalSpy messages(&controller, &SearchController::message);
        controller.continueSearch();
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().at(1).toBool(), true);
        QVERIFY2(messages.last().at(0).toString().contains("architecture weight overflowed") &&
                     messages.last().at(0).toString().contains("arch_learning_rate_max"),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(controller.history().size() >= epochs);
        QVERIFY(controller.history().weights.back().allFinite());
        QVERIFY(controller.hasModel());
        QVERIFY(controller.model()->predict(seedData().X).allFinite());
        // With a sane rate again, re-sample and refit work and the search continues.
        controller.setConfig(quickConfig(10));
        controller.resample(SamplingStrategy::Max);
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Done."));
        controller.refit(10);
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Done."));
        const std::size_t before = controller.history().size();
        controller.step();
        QVERIFY(waitForState(controller, State::Idle));
        QCOMPARE(controller.history().size(), before + 1);
        Q_UNUSED(weights);
    }

    void stopDuringACommandTakenFromAPauseEndsThePause() {
        // Found by the thread stress test: Stop pressed while a step or save of a paused
        // search ran sent the controller back to Paused, and Stop had to be pressed again.
        SearchController controller;
        prepare(controller, 1000000);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
        controller.pause();
        QVERIFY(waitForState(controller, State::Paused));
        controller.step();
        controller.stop();
        QVERIFY(waitForState(controller, State::Idle));
        QTest::qWait(20);
        QCOMPARE(controller.state(), State::Idle);
        controller.resume();  // nothing left to resume
        QCOMPARE(controller.state(), State::Idle);
    }

    void nanInTheDataIsRefusedBeforeTheSearch() {
        SearchController controller;
        prepare(controller, 10);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(controller.hasModel());
        const auto model = controller.model();
        const std::size_t epochs = controller.history().size();
        Selection bad = seedData();
        bad.X(2, 1) = std::numeric_limits<double>::quiet_NaN();
        controller.setData(bad);
        QSignalSpy messages(&controller, &SearchController::message);
        QSignalSpy states(&controller, &SearchController::stateChanged);
        controller.start();
        controller.step();
        QCOMPARE(controller.state(), State::Idle);
        QCOMPARE(states.count(), 0);  // refused at once, nothing posted to the worker
        QCOMPARE(messages.count(), 2);
        const QString text = messages.last().at(0).toString();
        QVERIFY2(text.contains("input column 'x2', row 3 is NaN"), qPrintable(text));
        QCOMPARE(messages.last().at(1).toBool(), true);
        // The search and model from before are untouched.
        QCOMPARE(controller.model(), model);
        QCOMPARE(controller.history().size(), epochs);
    }

    void badSettingsAreReported() {
        SearchController controller;
        prepare(controller, 5);
        SearchConfig c = quickConfig(5);
        c.batch_size = 0;
        controller.setConfig(c);
        QSignalSpy messages(&controller, &SearchController::message);
        controller.start();
        QVERIFY(waitForState(controller, State::Idle));
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().at(0).toString().contains("batch_size"));
        QVERIFY(!controller.hasSearch());
    }

    void startWithoutDataSaysSo() {
        SearchController controller;
        QSignalSpy messages(&controller, &SearchController::message);
        controller.start();
        QCOMPARE(controller.state(), State::Idle);
        QCOMPARE(messages.count(), 1);
    }

    void destroyedWhileRunning() {
        QElapsedTimer clock;
        {
            SearchController controller;
            prepare(controller, 1000000);
            controller.start();
            QTRY_VERIFY_WITH_TIMEOUT(!controller.history().empty(), 10000);
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSearchController)
#include "test_search_controller.moc"
