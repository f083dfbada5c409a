// Model selection in the window, headless and real: multi-start and sweep runs on threads fill the
// results, the best model is loaded into the views, Stop answers at once, the Pareto front loads what
// is clicked, sweep files written by the core open, and the loss plot shows the held-out rows' loss.

#include "main_window.h"

#include "panels/equation_view.h"
#include "panels/loss_plot.h"
#include "select/sweep.h"
#include "selection/pareto_plot.h"
#include "selection/results_model.h"
#include "selection/selection_panel.h"
#include "selection/selection_setup.h"
#include "selection/sweep_heatmap.h"
#include "selection/validation_controls.h"
#include "data/examples.h"
#include "io/session_file.h"
#include "search/search_engine.h"
#include "util/number_text.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace darts;
using darts::gui::MainWindow;
using darts::gui::SearchController;
using darts::gui::SelectionPanel;
using State = SearchController::State;

namespace {

/// Small and quick, so that a run of several searches takes seconds, yet long enough to tell models apart.
void useQuickSettings(MainWindow& window, double validationShare) {
    SearchConfig config = window.currentConfig();
    config.max_epochs = 30;
    config.validation_share = validationShare;
    config.validation_seed = 3;
    window.applyConfig(config);
}

bool waitUntil(const std::function<bool()>& done, int milliseconds = 120000) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds) QTest::qWait(10);
    return done();
}

/// The run ended and the window took the best model (the controller goes Busy, then Idle with a model).
bool waitForRunAndLoad(MainWindow& window) {
    SelectionPanel* panel = window.selectionPanel();
    return waitUntil([&] {
        return !panel->isRunning() && panel->results() && window.controller().state() == State::Idle &&
               window.controller().hasModel() && panel->resultsModel()->loadedPoint() >= 0;
    });
}

QString joined(const std::vector<std::string>& lines) {
    QStringList list;
    for (const std::string& line : lines) list << QString::fromStdString(line);
    return list.join(QLatin1Char('\n'));
}

/// The window shows exactly that start's search and model.
void verifyShows(MainWindow& window, const StartResult& result) {
    const SearchController& controller = window.controller();
    QVERIFY(controller.hasModel());
    QCOMPARE(controller.history().epochs.back(), result.state.epoch);
    QCOMPARE(controller.model()->equations(), result.equations);
    QVERIFY(controller.model()->network().parameters() == result.state.model->parameters);  // bit for bit
    QCOMPARE(window.equationView()->consoleText(), joined(result.equations));
    QCOMPARE(controller.config().seed, result.config.seed);
    QCOMPARE(window.currentConfig().num_graph_nodes, result.config.num_graph_nodes);
    QCOMPARE(window.currentConfig().seed, result.config.seed);
}

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("DARTS_SCREENSHOT_DIR");
    if (!folder.isEmpty()) QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

}  // namespace

class TestModelSelection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_model_selection"));
    }

    void multiStartChoosesAndLoadsTheLowestValidationError() {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        window.showModelSelection();
        useQuickSettings(window, 0.25);
        SelectionPanel* panel = window.selectionPanel();
        QCOMPARE(window.currentConfig().validation_share, 0.25);
        panel->setup()->setMultiStart(true);
        panel->setup()->setRestarts(4);
        panel->setup()->setJobs(2);
        panel->setup()->setSelectBy(SelectBy::Validation);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QCOMPARE(panel->resultsModel()->rowCount(), 4);  // a row per start at once, with its progress
        QVERIFY(waitForRunAndLoad(window));

        const SweepResults& results = *panel->results();
        QCOMPARE(results.points.size(), std::size_t{4});
        QCOMPARE(panel->table()->model()->rowCount(), 4);
        int best = -1;
        for (int i = 0; i < 4; ++i) {
            const StartResult& r = results.points[i].result;
            QVERIFY(r.hasModel());
            QVERIFY(std::isfinite(r.scores.validationMse));
            if (best < 0 || r.scores.validationMse < results.points[best].result.scores.validationMse) best = i;
        }
        // Consecutive seeds from the window's.
        for (int i = 1; i < 4; ++i)
            QCOMPARE(results.points[i].result.config.seed, results.points[0].result.config.seed + i);
        QCOMPARE(panel->resultsModel()->loadedPoint(), best);
        verifyShows(window, results.points[best].result);
        // Training and validation MSE apart, since rows are held out.
        const QString figures = window.equationView()->findChild<QLabel*>(QStringLiteral("figures"))->text();
        QVERIFY2(figures.contains(QStringLiteral("Validation MSE")), qPrintable(figures));
        // The loss plot has the validation curve, a point per epoch, as the loaded search measured it.
        QCustomPlot* loss = window.lossPlot()->plot();
        QCOMPARE(loss->graphCount(), 2);
        QVERIFY(loss->graph(1)->visible());
        QCOMPARE(loss->graph(1)->dataCount(), results.points[best].result.state.epoch);
        QCOMPARE(loss->graph(1)->data()->at(0)->value, results.points[best].result.state.validationLossHistory[0]);

        // The user can go on from the loaded model: Continue runs more epochs of that search.
        window.controller().continueSearch();
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle; }));
        QCOMPARE(window.controller().history().epochs.back(), 2 * results.points[best].result.state.epoch);
    }

    void theLossPlotShowsTheValidationLossOfEveryEpoch() {
        MainWindow window;
        window.show();
        useQuickSettings(window, 0.2);
        window.controller().start();
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
        QCustomPlot* plot = window.lossPlot()->plot();
        QCOMPARE(plot->graph(1)->dataCount(), 30);
        QVERIFY(plot->legend->visible());
        for (int i = 0; i < 30; ++i) QVERIFY(std::isfinite(plot->graph(1)->data()->at(i)->value));
        // Without held-out rows the second curve is empty and hidden.
        useQuickSettings(window, 0.0);
        window.controller().start();
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
        QCOMPARE(plot->graph(0)->dataCount(), 30);
        QVERIFY(!plot->graph(1)->visible());
        QVERIFY(!plot->legend->visible());
        const QString figures = window.equationView()->findChild<QLabel*>(QStringLiteral("figures"))->text();
        QVERIFY2(!figures.contains(QStringLiteral("Validation")), qPrintable(figures));
    }

    void stopDuringASweepAnswersAtOnce() {
        MainWindow window;
        window.show();
        window.showModelSelection();
        SearchConfig config = window.currentConfig();
        config.max_epochs = 100000;  // would take minutes
        config.validation_share = 0.2;
        window.applyConfig(config);
        SelectionPanel* panel = window.selectionPanel();
        panel->setup()->setMultiStart(false);
        panel->setup()->setJobs(2);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QCOMPARE(panel->resultsModel()->rowCount(), 27);  // 3 x 3 x 3 default grid
        // Progress arrives while the run goes on.
        QVERIFY(waitUntil([&] {
            const QString text = panel->resultsModel()->index(0, 3).data().toString();
            return text.startsWith(QStringLiteral("epoch")) && !text.startsWith(QStringLiteral("epoch 0/"));
        }, 30000));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        QVERIFY(waitUntil([&] { return !panel->isRunning(); }, 10000));
        QVERIFY(panel->results());
        for (const SweepPoint& point : panel->results()->points) QCOMPARE(point.result.status, RunStatus::Stopped);
        // The window stays usable: a search of its own runs.
        QVERIFY(panel->runButton()->isEnabled());
        config.max_epochs = 5;
        config.validation_share = 0.0;
        window.applyConfig(config);
        window.controller().start();
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
    }

    void closingTheWindowDuringARunDoesNotHang() {
        auto* window = new MainWindow;
        window->show();
        SearchConfig config = window->currentConfig();
        config.max_epochs = 100000;
        window->applyConfig(config);
        window->selectionPanel()->setup()->setRestarts(3);
        QTest::mouseClick(window->selectionPanel()->runButton(), Qt::LeftButton);
        QVERIFY(window->selectionPanel()->isRunning());
        QTest::qWait(200);
        window->close();
        delete window;  // joins the run's thread; the test would hang here otherwise
    }

    void aSweepFillsTheFrontTheMapAndAClickLoadsAPoint() {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        window.showModelSelection();
        useQuickSettings(window, 0.25);
        SelectionPanel* panel = window.selectionPanel();
        panel->setup()->setMultiStart(false);
        panel->setup()->setAxes({{QStringLiteral("num_graph_nodes"), QStringLiteral("1, 2")},
                                 {QStringLiteral("arch_weight_decay_df"), QStringLiteral("0, 1e-3")},
                                 {QStringLiteral("seed"), QStringLiteral("0, 1")}});
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(waitForRunAndLoad(window));
        const SweepResults& results = *panel->results();
        QCOMPARE(results.points.size(), std::size_t{8});
        QVERIFY(panel->heatmap()->hasMap());
        QCOMPARE(panel->heatmap()->colorMap()->data()->keySize(), 2);
        QCOMPARE(panel->heatmap()->colorMap()->data()->valueSize(), 2);
        // Cell (penalty 0, nodes 1) is the mean of that pair's two seeds.
        double sum = 0.0;
        for (const SweepPoint& p : results.points)
            if (p.result.config.num_graph_nodes == 1 && p.result.config.arch_weight_decay_df == 0.0)
                sum += selectionError(p.result);
        QVERIFY(std::fabs(panel->heatmap()->cellValue(0, 0) - sum / 2.0) <= 1e-12 * sum);

        // A point of the front; others of the same size and about the same error may sit on the same spot,
        // and then the click takes the front's own.
        const std::vector<int> front = panel->paretoPlot()->front();
        QVERIFY(!front.empty());
        panel->views()->setCurrentWidget(panel->paretoPlot());
        QTest::qWait(50);
        panel->paretoPlot()->plot()->replot();
        const int target = front.back();  // the lowest error
        QVERIFY(target >= 0);
        // First another model, so that the click visibly changes what the window shows.
        int other = -1;
        for (int i = 0; i < 8; ++i)
            if (results.points[i].result.equations != results.points[target].result.equations) other = i;
        QVERIFY(other >= 0);
        QVERIFY(window.loadSweepPoint(other));
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
        QCOMPARE(panel->resultsModel()->loadedPoint(), other);

        const QPointF pixel = panel->paretoPlot()->pixelOf(target);
        QTest::mouseClick(panel->paretoPlot()->plot(), Qt::LeftButton, {}, pixel.toPoint());
        QCOMPARE(panel->resultsModel()->loadedPoint(), target);
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
        verifyShows(window, results.points[target].result);

        // The dock with its results, for a person to look at.
        saveScreenshot(window.findChild<QDockWidget*>(QStringLiteral("SelectionDock")), QStringLiteral("selection_pareto.png"));
        panel->views()->setCurrentWidget(panel->heatmap());
        QTest::qWait(50);
        saveScreenshot(window.findChild<QDockWidget*>(QStringLiteral("SelectionDock")), QStringLiteral("selection_heatmap.png"));
        saveScreenshot(&window, QStringLiteral("selection_window.png"));
        if (!qEnvironmentVariableIsEmpty("DARTS_SCREENSHOT_DIR")) {
            // Floating and wide, so that every column of the table shows.
            auto* dock = window.findChild<QDockWidget*>(QStringLiteral("SelectionDock"));
            dock->setFloating(true);
            dock->resize(1150, 900);
            panel->views()->setCurrentWidget(panel->paretoPlot());
            QTest::qWait(100);
            saveScreenshot(dock, QStringLiteral("selection_dock_wide.png"));
            dock->setFloating(false);
        }

        // And what the window ran saves as a file the core reads back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.dartssweep"));
        QVERIFY(window.saveSweepFile(path));
        const SweepResults back = loadSweepResultsFile(path.toStdString());
        QCOMPARE(back.points.size(), std::size_t{8});
        QCOMPARE(back.points[3].result.equations, results.points[3].result.equations);
    }

    void theMapFillsAnAxisOfOneValue() {
        // Results as a file might hold them: one node count, two penalties, two seeds.
        SweepResults results;
        results.plan.axes = {{"num_graph_nodes", {"2"}}, {"arch_weight_decay_df", {"0", "1e-3"}}, {"seed", {"0", "1"}}};
        for (std::size_t i = 0; i < results.plan.pointCount(); ++i) {
            SweepPoint point{i, {}};
            point.result.state.model = SampledModelState{};
            point.result.scores.validationMse = 1.0 + static_cast<double>(i);  // 1, 2 | 3, 4
            results.points.push_back(point);
        }
        darts::gui::SweepHeatmap map;
        map.setResults(&results);
        QVERIFY(map.hasMap());
        QCOMPARE(map.cellValue(0, 0), 1.5);
        QCOMPARE(map.cellValue(1, 0), 3.5);
        QCOMPARE(map.colorMap()->data()->valueSize(), 2);  // one row, drawn as two equal halves
        QCOMPARE(map.colorMap()->data()->cell(1, 1), 3.5);
        // Without both axes it says so instead.
        results.plan.axes.erase(results.plan.axes.begin());
        map.setResults(&results);
        QVERIFY(!map.hasMap());
        QVERIFY(map.note()->text().contains(QStringLiteral("num_graph_nodes")));
    }

    void opensASweepFileWrittenByTheCore() {
        // A sweep as darts-cli runs it: a plan, the seed example's table, every point, one file.
        const Table table = exampleTable(findExample("seed"));
        SweepPlan plan;
        plan.example = "seed";
        plan.base = findExample("seed").config;
        plan.base.max_epochs = 20;
        plan.base.validation_share = 0.3;
        plan.axes = {{"num_graph_nodes", {"1", "2"}}, {"seed", {"5", "6", "7"}}};
        ParallelSearch search(sweepData(plan, table));
        const SweepResults written = runSweepTask(plan, table, search, 0, 1, 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.dartssweep"));
        saveSweepResultsFile(path.toStdString(), written);

        MainWindow window;
        window.show();
        QVERIFY(window.openSweepFile(path));
        SelectionPanel* panel = window.selectionPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->table()->model()->rowCount(), 6);
        QCOMPARE(panel->table()->model()->columnCount(), 2 + 7);
        QCOMPARE(panel->table()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("num_graph_nodes"));
        QVERIFY(!panel->heatmap()->hasMap());  // no penalty axis: a sentence says so
        QCOMPARE(window.currentConfig().max_epochs, 20);
        QCOMPARE(window.currentConfig().validation_share, 0.3);
        // Its embedded table is the window's data now.
        QCOMPARE(window.controller().data()->X.rows(), table.rowCount());
        // Loading a row shows that point's model.
        QVERIFY(window.loadSweepPoint(4));
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
        verifyShows(window, written.points[4].result);
    }

    void aPointOfASplitColumnSweepKeepsItsHeldOutRows() {
        // The seed example with a column marking every fourth row as held out.
        const Table seed = exampleTable(findExample("seed"));
        std::string csv = "x1,x2,y,split\n";
        std::vector<bool> marks;
        for (Eigen::Index r = 0; r < seed.rowCount(); ++r) {
            marks.push_back(r % 4 == 0);
            for (Eigen::Index c = 0; c < 3; ++c) csv += formatRoundTrip(seed.values(r, c)) + ",";
            csv += marks.back() ? "1\n" : "0\n";
        }
        const Table table = parseTable(csv, "split.csv");
        const SweepPlan plan = readSweepPlan(R"({"data": "split.csv", "validation_column": "split",
            "settings": {"max_epochs": 10}, "grid": {"seed": [1, 2]}})");
        ParallelSearch search(sweepData(plan, table));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("split.dartssweep"));
        saveSweepResultsFile(path.toStdString(), runSweepTask(plan, table, search, 0, 1, 1));

        MainWindow window;
        window.show();
        QVERIFY(window.openSweepFile(path));
        QVERIFY(window.loadSweepPoint(1));
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); }));
        // Saved, the search names its split column and continues on the rows it marks (not on a random share);
        // the save would fail if the engine's held-out rows were not the column's.
        const QString sessionPath = dir.filePath(QStringLiteral("split.darts"));
        window.controller().saveSession(sessionPath);
        QVERIFY(waitUntil([&] { return QFile::exists(sessionPath) && window.controller().state() == State::Idle; }));
        const Session session = loadSessionFile(sessionPath.toStdString());
        QCOMPARE(session.validationColumn, std::string("split"));
        QVERIFY(session.inputs == (std::vector<std::string>{"x1", "x2"}));  // the split column is no input
        QVERIFY(makeEngine(session)->heldOutRows() == marks);
    }
};

QTEST_MAIN(TestModelSelection)
#include "test_model_selection.moc"
