// The whole window, headless: it opens ready on the seed example, searches,
// re-samples and refits with every view filled in, stays responsive during a
// search, and enables each command only when it makes sense.

#include "main_window.h"

#include "graph/graph_panel.h"
#include "graph/graph_view.h"
#include "panels/data_panel.h"
#include "panels/equation_view.h"
#include "panels/loss_plot.h"
#include "panels/model_plots.h"
#include "panels/weights_plot.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QtTest>

#include <qcustomplot.h>

using namespace darts;
using darts::gui::MainWindow;
using darts::gui::SearchController;
using State = SearchController::State;

namespace {

bool waitForState(SearchController& controller, State state, int milliseconds = 30000) {
    QElapsedTimer clock;
    clock.start();
    while (controller.state() != state && clock.elapsed() < milliseconds) QTest::qWait(10);
    return controller.state() == state;
}

QAction* actionNamed(MainWindow& window, const QString& text) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text().remove('&') == text) return a;
    return nullptr;
}

QString screenshotPath(const QString& name) { return QDir::temp().filePath(name); }

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Keep the user's settings out of it.
        QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    }

    void opensReadyOnTheSeedExample() {
        MainWindow window;
        window.show();
        const SearchConfig config = window.currentConfig();
        const SearchConfig seed = seedDocumentConfig();
        QCOMPARE(config.num_graph_nodes, seed.num_graph_nodes);
        QCOMPARE(config.max_epochs, seed.max_epochs);
        QCOMPARE(config.param_updates_per_epoch, seed.param_updates_per_epoch);
        QVERIFY(config.primitives == seed.primitives);
        QVERIFY(window.controller().data() != nullptr);
        QCOMPARE(window.controller().data()->X.rows(), 100);
        QVERIFY(actionNamed(window, "Start")->isEnabled());
        QVERIFY(!actionNamed(window, "Stop")->isEnabled());
        QVERIFY(!actionNamed(window, "Refit coefficients")->isEnabled());
        QVERIFY(!actionNamed(window, "Python function (NumPy)…")->isEnabled());  // no model to export yet
        QVERIFY(!window.menuBar()->actions().isEmpty());
        QCOMPARE(actionNamed(window, "Start")->shortcut(), QKeySequence(Qt::Key_F5));
    }

    void searchResampleRefitFillEveryView() {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        SearchConfig config = window.currentConfig();
        config.max_epochs = 60;
        config.param_updates_per_epoch = 100;
        window.applyConfig(config);
        QCOMPARE(window.controller().config().max_epochs, 60);

        actionNamed(window, "Start")->trigger();
        QCOMPARE(window.controller().state(), State::Running);
        QVERIFY(!actionNamed(window, "Start")->isEnabled());
        QVERIFY(actionNamed(window, "Stop")->isEnabled());
        QVERIFY(waitForState(window.controller(), State::Idle));
        QVERIFY(window.controller().hasModel());
        QVERIFY(actionNamed(window, "Python function (NumPy)…")->isEnabled());
        QVERIFY(actionNamed(window, "C function…")->isEnabled());

        actionNamed(window, "Re-sample (draw)")->trigger();
        QVERIFY(waitForState(window.controller(), State::Idle));
        actionNamed(window, "Re-sample (max)")->trigger();
        QVERIFY(waitForState(window.controller(), State::Idle));
        QVERIFY(actionNamed(window, "Refit coefficients")->isEnabled());
        actionNamed(window, "Refit coefficients")->trigger();
        QVERIFY(waitForState(window.controller(), State::Idle));
        QTest::qWait(600);  // the graph's layout is coalesced

        QVERIFY(window.equationView()->consoleText().startsWith("k1 = "));
        QVERIFY(window.equationView()->latexText().contains("k_{1}"));
        QVERIFY(!window.graphPanel()->view()->scene()->items().isEmpty());
        QVERIFY(window.graphPanel()->currentDot().contains("digraph"));
        QCOMPARE(window.lossPlot()->plot()->graph(0)->dataCount(), 60);
        QVERIFY(window.weightsPlot()->heatmap()->plottableCount() > 0);
        QVERIFY(window.weightsPlot()->edgeHistoryPlot()->graphCount() > 0);
        QVERIFY(window.weightsPlot()->edgeHistoryPlot()->graph(0)->dataCount() > 0);
        window.showModelTab(true);
        QTest::qWait(100);
        QVERIFY(window.modelPlots()->observedPlot()->graphCount() > 0);
        QVERIFY(window.modelPlots()->observedPlot()->graph(0)->dataCount() == 100);
        QVERIFY(window.grab().save(screenshotPath("darts_window_model_tab.png")));
        window.showModelTab(false);
        QVERIFY(window.grab().save(screenshotPath("darts_window_after_refit.png")));

        const QString report = window.reportHtml();
        QVERIFY(report.startsWith("<!DOCTYPE html>"));
        QVERIFY(report.contains("k1 = "));
        QVERIFY(report.contains("num_graph_nodes"));
        QCOMPARE(report.count("data:image/png;base64,"), 7);
    }

    void staysResponsiveDuringASearch() {
#ifdef DARTS_SANITIZED_BUILD
        QSKIP("a timing check: meaningless in a sanitizer build, which runs several times slower");
#endif
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        SearchConfig config = window.currentConfig();
        config.max_epochs = 1000000;
        config.param_updates_per_epoch = 20;  // hundreds of epochs a second: the redraws are the load
        window.applyConfig(config);
        actionNamed(window, "Start")->trigger();

        // The longest wait of a 5 ms timer tells how long the event loop was blocked.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        QTest::qWait(300);  // first layouts and plot set-up
        last = clock.elapsed();
        ticker.start();
        QTest::qWait(2000);
        ticker.stop();
        QVERIFY(window.controller().history().size() > 100);
        QVERIFY(window.grab().save(screenshotPath("darts_window_mid_search.png")));
        QVERIFY2(longest <= 50, qPrintable(QString("event loop blocked for %1 ms").arg(longest)));

        QElapsedTimer stopClock;
        stopClock.start();
        actionNamed(window, "Stop")->trigger();
        QVERIFY(waitForState(window.controller(), State::Idle, 5000));
        QVERIFY2(stopClock.elapsed() <= 100, qPrintable(QString("stop took %1 ms").arg(stopClock.elapsed())));
        QVERIFY(actionNamed(window, "Continue")->isEnabled());
    }

    void aSavedSessionContinuesExactly() {
        QTemporaryDir dir;
        const QString path = dir.filePath("run.darts");
        MainWindow original;
        SearchConfig config = original.currentConfig();
        config.max_epochs = 15;
        config.param_updates_per_epoch = 50;
        original.applyConfig(config);
        actionNamed(original, "Start")->trigger();
        QVERIFY(waitForState(original.controller(), State::Idle));
        QSignalSpy saved(&original.controller(), &SearchController::sessionSaved);
        original.saveSessionAs(path);
        QVERIFY(waitForState(original.controller(), State::Idle));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toString(), QString());  // no error

        MainWindow reopened;
        QVERIFY(reopened.openSessionFile(path));
        QVERIFY(waitForState(reopened.controller(), State::Idle));
        QTRY_COMPARE(reopened.controller().history().size(), std::size_t{15});
        QVERIFY(reopened.controller().hasModel());
        QCOMPARE(reopened.currentConfig().max_epochs, 15);
        QCOMPARE(reopened.equationView()->consoleText(), original.equationView()->consoleText());
        // The weights of every epoch come back too, for the plots.
        QVERIFY(reopened.controller().history().weights == original.controller().history().weights);

        // Continue in both: the same search, bit for bit.
        actionNamed(original, "Continue")->trigger();
        actionNamed(reopened, "Continue")->trigger();
        QVERIFY(waitForState(original.controller(), State::Idle));
        QVERIFY(waitForState(reopened.controller(), State::Idle));
        QCOMPARE(reopened.controller().history().size(), std::size_t{30});
        QVERIFY(reopened.controller().history().losses == original.controller().history().losses);
        QVERIFY(reopened.controller().model()->network().parameters() ==
                original.controller().model()->network().parameters());
    }

    void pauseTogglesIntoResume() {
        MainWindow window;
        window.show();
        SearchConfig config = window.currentConfig();
        config.max_epochs = 1000000;
        window.applyConfig(config);
        actionNamed(window, "Start")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller().history().empty(), 10000);
        QAction* pause = actionNamed(window, "Pause");
        QVERIFY(pause && pause->isEnabled());
        pause->trigger();
        QVERIFY(waitForState(window.controller(), State::Paused));
        QVERIFY(pause->isChecked());
        QCOMPARE(pause->text().remove('&'), QString("Resume"));
        QVERIFY(actionNamed(window, "Step")->isEnabled());
        pause->trigger();
        QCOMPARE(window.controller().state(), State::Running);
        actionNamed(window, "Stop")->trigger();
        QVERIFY(waitForState(window.controller(), State::Idle));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
