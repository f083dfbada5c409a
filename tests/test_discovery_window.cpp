// The window's share of finding a law (#13), headless: the settings of product nodes, domain safety, refinement
// and parsimony; the Discovery preset button; the nodes' rows of the weights heatmap; refinement's progress and an
// immediate Stop; domain safety's notes and the constant-model report; the hall of fame (filled by searches and by
// the starts of a multi-start, a click loads a model, CSV export, kept by sessions); a start's refinement in
// Model selection's status column. With DARTS_SCREENSHOT_DIR set, it saves pictures of the settings, the heatmap
// and the hall of fame.

#include "main_window.h"

#include "data/examples.h"
#include "data/formula.h"
#include "io/session_file.h"
#include "panels/data_panel.h"
#include "panels/equation_view.h"
#include "panels/hyperparameters_panel.h"
#include "panels/weights_plot.h"
#include "search/config_fields.h"
#include "search/presets.h"
#include "selection/hall_of_fame_model.h"
#include "selection/hall_of_fame_panel.h"
#include "selection/pareto_plot.h"
#include "selection/results_model.h"
#include "selection/selection_panel.h"
#include "selection/selection_setup.h"

#include <qcustomplot.h>

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace darts;
using darts::gui::HallOfFameModel;
using darts::gui::HallOfFamePanel;
using darts::gui::HyperparametersPanel;
using darts::gui::MainWindow;
using darts::gui::SearchController;
using darts::gui::SweepResultsModel;
using State = SearchController::State;

namespace {

bool waitUntil(const std::function<bool()>& condition, int milliseconds = 60000) {
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < milliseconds) QTest::qWait(10);
    return condition();
}

bool waitForModel(MainWindow& window) {
    return waitUntil([&] { return window.controller().state() == State::Idle && window.controller().hasModel(); });
}

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("DARTS_SCREENSHOT_DIR");
    if (!folder.isEmpty()) QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

/// Data made from a law as File > New data from formula makes them, at random points of the inputs' ranges.
void loadLaw(MainWindow& window, const char* law, std::vector<InputRange> ranges, int rows, double noise = 0.0) {
    const Formula formula = Formula::parse(law);
    GenerationSettings settings;
    settings.ranges = std::move(ranges);
    settings.ranges.resize(formula.inputNames().size(), settings.ranges.back());
    settings.count = rows;
    settings.noise = noise;
    QVERIFY(window.loadFormulaData(generateTable(formula, settings), formula));
}

/// A quick search that can write a product and refines its model.
SearchConfig productSearch() {
    SearchConfig c;
    c.primitives = {Primitive::None, Primitive::Add, Primitive::Subtract, Primitive::Mult, Primitive::Linear,
                    Primitive::Reciprocal, Primitive::Power};
    c.product_nodes = true;
    c.domain_safety = true;
    c.refine = true;
    c.train_classifier_coefficients = true;
    c.max_epochs = 60;
    c.param_updates_per_epoch = 10;
    return c;
}

QString settingsText(const SearchConfig& config) {
    QStringList lines;
    for (const ConfigField& f : configFields())
        lines << QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size())) + QLatin1Char('=') +
                     QString::fromStdString(f.get(config));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestDiscoveryWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_discovery_window"));
    }

    void theNewSettingsHaveRowsThatRoundTrip() {
        HyperparametersPanel panel;
        for (const char* name : {"product_nodes", "domain_safety", "refine"}) {
            auto* check = panel.findChild<QCheckBox*>(QString::fromLatin1(name));
            QVERIFY2(check, name);
            QVERIFY2(check->toolTip().contains(QString::fromLatin1(name)), name);  // the setting's own name
            QVERIFY(!check->accessibleName().isEmpty());
        }
        auto* budget = panel.findChild<QSpinBox*>(QStringLiteral("refine_evaluations"));
        auto* parsimony = panel.findChild<QDoubleSpinBox*>(QStringLiteral("parsimony"));
        QVERIFY(budget && parsimony);
        QVERIFY(panel.findChild<QSlider*>(QStringLiteral("refine_evaluations_slider")));
        QVERIFY(panel.findChild<QSlider*>(QStringLiteral("parsimony_slider")));
        QVERIFY(budget->toolTip().contains(QStringLiteral("refine_evaluations")));
        QVERIFY(parsimony->toolTip().contains(QStringLiteral("parsimony")));

        SearchConfig config;
        config.product_nodes = true;
        config.domain_safety = true;
        config.refine = true;
        config.refine_evaluations = 1234;
        config.parsimony = 2.5;
        QSignalSpy changed(&panel, &HyperparametersPanel::configChanged);
        panel.setConfig(config);
        QCOMPARE(changed.count(), 1);
        const SearchConfig back = panel.config();
        QCOMPARE(settingsText(back), settingsText(config));
        QVERIFY(budget->isEnabled());
        // The budget only matters when the model is refined.
        panel.findChild<QCheckBox*>(QStringLiteral("refine"))->setChecked(false);
        QVERIFY(!budget->isEnabled());
        QVERIFY(!panel.config().refine);
        panel.setConfig(SearchConfig{});
        QCOMPARE(settingsText(panel.config()), settingsText(SearchConfig{}));
    }

    void theDiscoveryButtonSetsWhatItSays() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        const SearchPreset& preset = findSearchPreset("discovery");
        SearchConfig before = window.currentConfig();
        before.seed = 7;  // a setting the preset keeps
        window.applyConfig(before);
        auto* button = window.hyperparametersPanel()->findChild<QPushButton*>(QStringLiteral("discoveryPresetButton"));
        QVERIFY(button);
        // The tooltip says what it changes, the starts among them, and that it departs from the reference.
        const QString tip = button->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("to %1 start").arg(preset.restarts)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("departs from the reference")), qPrintable(tip));
        for (const auto& [name, value] : preset.settings)
            QVERIFY2(tip.contains(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()))), name.data());

        window.selectionPanel()->setup()->setMultiStart(false);
        window.selectionPanel()->setup()->setRestarts(1);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(settingsText(window.currentConfig()), settingsText(withPreset(preset, before)));
        QCOMPARE(window.currentConfig().seed, std::uint64_t{7});
        QVERIFY(window.selectionPanel()->setup()->multiStart());
        QCOMPARE(window.selectionPanel()->setup()->plan(window.currentConfig(), {"x1", "x2"}, {"y"}).pointCount(),
                 static_cast<std::size_t>(preset.restarts));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("SelectionDock"))->isVisibleTo(&window));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("HallOfFameDock"))->isVisibleTo(&window));
        // The search the window runs next uses them.
        window.controller().start();
        QVERIFY(waitUntil([&] { return window.controller().hasSearch(); }));
        window.controller().stop();
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle; }));
        QCOMPARE(settingsText(window.controller().config()), settingsText(withPreset(preset, before)));
    }

    void theHeatmapHasARowPerNodeWithProductNodes() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        // The product lesson's search: the nodes' weights move well apart.
        loadLaw(window, "y = 2*x1*x2", {{-1.0, 1.0}}, 121);
        SearchConfig config;
        config.product_nodes = true;
        config.max_epochs = 300;
        window.applyConfig(config);
        window.controller().start();
        QVERIFY(waitForModel(window));
        darts::gui::WeightsPlot* plot = window.weightsPlot();
        QVERIFY(plot->nodeRect());
        QTRY_VERIFY(!plot->nodeCellText(1, 1).isEmpty());  // drawn from the latest epoch
        const Eigen::MatrixXd& nodes = window.controller().history().nodeWeights.back();
        QCOMPARE(nodes.rows(), 2);
        QCOMPARE(nodes.cols(), 2);
        for (int j = 0; j < 2; ++j) {
            QVERIFY(std::fabs(nodes(j, 0) + nodes(j, 1) - 1.0) < 1e-12);  // a softmax over sum and product
            QCOMPARE(plot->nodeCellText(j, 0), QString::number(nodes(j, 0), 'f', 2));
            QCOMPARE(plot->nodeCellText(j, 1), QString::number(nodes(j, 1), 'f', 2));
        }
        auto* rows = dynamic_cast<QCPAxisTickerText*>(plot->nodeRect()->axis(QCPAxis::atLeft)->ticker().data());
        QVERIFY(rows);
        QCOMPARE(rows->ticks().value(0), QStringLiteral("k1: + / ×"));
        QCOMPARE(rows->ticks().value(1), QStringLiteral("k2: + / ×"));
        // Both parts share the colour scale, so that their colours compare.
        QCOMPARE(plot->nodeMap()->colorScale(), plot->heatmap()->findChild<QCPColorScale*>());
        window.weightsPlot()->heatmap()->replot();
        saveScreenshot(window.weightsPlot(), QStringLiteral("heatmap-node-rows.png"));

        // Without product nodes the rows go.
        config.product_nodes = false;
        window.applyConfig(config);
        window.controller().start();
        QVERIFY(waitForModel(window));
        QVERIFY(!plot->nodeRect());
        QCOMPARE(plot->heatmap()->axisRects().size(), 1);
    }

    void refinementShowsItsProgressAndStopsAtOnce() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        // Enough rows and primitives that refinement takes seconds, not milliseconds.
        loadLaw(window, "y = x1*x2/x3 + 0.3*x1", {{0.5, 2.0}}, 20000);
        SearchConfig config = productSearch();
        config.num_graph_nodes = 3;
        config.max_epochs = 3;
        config.refine_evaluations = 100000;
        window.applyConfig(config);
        auto* bar = window.findChild<QProgressBar*>(QStringLiteral("refineProgress"));
        QVERIFY(bar && !bar->isVisible());
        QSignalSpy progressed(&window.controller(), &SearchController::refineProgressed);
        window.controller().start();
        QVERIFY(waitUntil([&] { return bar->isVisible() && window.controller().refineProgress().has_value(); }));
        QVERIFY2(bar->text().startsWith(QStringLiteral("Refining: ")) && bar->text().endsWith(QStringLiteral(" of 100000 architectures")),
                 qPrintable(bar->text()));
        QCOMPARE(bar->maximum(), 100000);
        // It moves on while it runs.
        const int first = window.controller().refineProgress()->evaluated;
        QVERIFY(waitUntil([&] {
            const auto& p = window.controller().refineProgress();
            return p && p->evaluated > first;
        }, 20000));
        QVERIFY(window.controller().state() == State::Running);
        QElapsedTimer stopClock;
        stopClock.start();
        window.controller().stop();
        QVERIFY(waitUntil([&] { return window.controller().state() == State::Idle; }, 10000));
        qInfo("refinement stopped in %lld ms after %d refits", stopClock.elapsed(), first);
        QVERIFY2(stopClock.elapsed() <= 500, qPrintable(QStringLiteral("stop took %1 ms").arg(stopClock.elapsed())));
        QVERIFY(!bar->isVisible());
        QVERIFY(!window.controller().refineProgress());
        QVERIFY(window.controller().hasModel());  // the best so far is kept
        QVERIFY(progressed.count() >= 2);

        // Re-sample refines too, with its progress.
        config.refine_evaluations = 30;
        window.applyConfig(config);
        bool sawProgress = false;
        connect(&window.controller(), &SearchController::refineProgressed, this,
                [&] { sawProgress = sawProgress || window.controller().refineProgress().has_value(); });
        window.controller().resample(SamplingStrategy::Max);
        QVERIFY(waitForModel(window));
        QVERIFY(sawProgress);
        QVERIFY(!bar->isVisible());
    }

    void domainNotesAndAConstantModelAreShown() {
        MainWindow window;
        window.show();
        // ln cannot take S1's values once they go below zero: domain safety says so, naming the column.
        loadLaw(window, "y = 2*S1 + ln(S2)", {{-0.5, 3.0}, {0.5, 3.0}}, 200);
        SearchConfig config;
        config.primitives = {Primitive::None, Primitive::Linear, Primitive::Ln};
        config.domain_safety = true;
        config.max_epochs = 5;
        window.applyConfig(config);
        window.controller().start();
        QVERIFY(waitForModel(window));
        const QString notes = window.equationView()->notesText();
        QVERIFY2(notes.contains(QStringLiteral("Domain safety: ln is not offered on 'S1'")), qPrintable(notes));
        QVERIFY2(!notes.contains(QStringLiteral("'S2'")), qPrintable(notes));  // its values are all positive

        // A penalty that removes every edge: the model is a constant while the target is not.
        window.dataPanel()->loadExample(QStringLiteral("weber-fechner"));
        config = weberFechnerConfig();
        config.num_graph_nodes = 2;
        config.primitives = {Primitive::None, Primitive::Ln, Primitive::Linear};
        config.train_classifier_coefficients = true;
        config.max_epochs = 200;
        config.arch_weight_decay_df = 0.1;
        window.applyConfig(config);
        window.controller().start();
        QVERIFY(waitForModel(window));
        QVERIFY(window.controller().constantModelReported());
        QVERIFY2(window.equationView()->notesText().contains(QStringLiteral("The sampled model is a constant")),
                 qPrintable(window.equationView()->notesText()));
        // With refinement the model is mended, and the note says how.
        config.refine = true;
        window.applyConfig(config);
        window.controller().resample(SamplingStrategy::Max);
        QVERIFY(waitForModel(window));
        QVERIFY(window.controller().constantModelReported());
        QVERIFY2(window.equationView()->notesText().contains(QStringLiteral("refinement started from")),
                 qPrintable(window.equationView()->notesText()));
    }

    void theHallOfFameFillsAndAClickLoadsAModel() {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        loadLaw(window, "y = 1.5*x1*x2", {{0.5, 3.0}}, 200, 0.01);
        window.applyConfig(productSearch());
        window.showHallOfFame();
        HallOfFamePanel* panel = window.hallOfFamePanel();
        QCOMPARE(panel->model()->rowCount(), 0);
        window.controller().start();
        QVERIFY(waitForModel(window));
        const std::shared_ptr<const HallOfFame> hall = window.controller().hallOfFame();
        QVERIFY2(hall->entries().size() > 3, qPrintable(QString::number(hall->entries().size())));
        QCOMPARE(panel->model()->rowCount(), static_cast<int>(hall->entries().size()));
        QCOMPARE(panel->plot()->front(), hall->front());
        // The model shown is marked.
        const int shown = panel->model()->loadedEntry();
        QVERIFY(shown >= 0);
        QVERIFY(hall->entries()[shown].architecture == window.controller().model()->network().architecture());

        // A click on a row loads that model: equations, graph and plots.
        int target = -1;
        for (int i = 0; i < static_cast<int>(hall->entries().size()) && target < 0; ++i)
            if (i != shown && hall->entries()[i].parameterCount > 0) target = i;
        QVERIFY(target >= 0);
        QTableView* table = panel->table();
        const int row = panel->rowOfEntry(target);
        QVERIFY(row >= 0);
        table->scrollTo(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 1)).center());
        QVERIFY(waitUntil([&] { return panel->model()->loadedEntry() == target && window.controller().state() == State::Idle; }));
        const HallOfFameEntry& entry = hall->entries()[target];
        QVERIFY(window.controller().model()->network().architecture() == entry.architecture);
        QString console = window.equationView()->consoleText();
        QCOMPARE(console.replace(QLatin1Char('\n'), QStringLiteral("; ")), QString::fromStdString(entry.equation));
        QCOMPARE(window.controller().hallOfFame()->csv(), hall->csv());  // loading adds nothing

        // A click on the plot's point of another entry loads that one.
        // (The front's most accurate model: the simplest ones may leave every node empty, and the output weights
        // of empty nodes, shown in an entry's equation, are no coefficients that loading restores.)
        const std::vector<int> fronts = hall->front();
        const int front = fronts.back() != target ? fronts.back() : fronts[fronts.size() - 2];
        panel->plot()->plot()->replot();
        QTest::mouseClick(panel->plot()->plot(), Qt::LeftButton, {}, panel->plot()->pixelOf(front).toPoint());
        QVERIFY(waitUntil([&] { return panel->model()->loadedEntry() == front && window.controller().state() == State::Idle; }));
        console = window.equationView()->consoleText();
        QCOMPARE(console.replace(QLatin1Char('\n'), QStringLiteral("; ")),
                 QString::fromStdString(hall->entries()[front].equation));

        // Front only.
        panel->frontOnly()->setChecked(true);
        QCOMPARE(table->model()->rowCount(), static_cast<int>(hall->front().size()));
        panel->frontOnly()->setChecked(false);

        // The CSV export writes what the core writes.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("hall.csv"));
        QVERIFY(window.exportHallOfFame(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), hall->csv());
        bool exportEnabled = false;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Hall of fame as CSV…")) exportEnabled = a->isEnabled();
        QVERIFY(exportEnabled);

        // A session keeps it, and a reopened session shows it.
        const QString session = dir.filePath(QStringLiteral("hall.darts"));
        QSignalSpy saved(&window.controller(), &SearchController::sessionSaved);
        window.saveSessionAs(session);
        QVERIFY(waitUntil([&] { return saved.count() == 1; }));
        QVERIFY(saved.first().at(1).toString().isEmpty());
        MainWindow reopened;
        reopened.show();
        QVERIFY(reopened.openSessionFile(session));
        QVERIFY(waitUntil([&] { return reopened.controller().state() == State::Idle; }));
        QCOMPARE(reopened.hallOfFamePanel()->model()->rowCount(), static_cast<int>(hall->entries().size()));
        QCOMPARE(reopened.controller().hallOfFame()->csv(), hall->csv());
    }

    void aMultiStartMergesTheStartsHallsOfFame() {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        loadLaw(window, "y = 1.5*x1*x2", {{0.5, 3.0}}, 200, 0.01);
        window.applySearchPreset(QStringLiteral("discovery"));
        // Shorter than the preset's searches, and fewer, unless the pictures are wanted: then the preset as it is.
        const bool pictures = !qEnvironmentVariableIsEmpty("DARTS_SCREENSHOT_DIR");
        SearchConfig config = window.currentConfig();
        if (!pictures) config.max_epochs = 60;
        window.applyConfig(config);
        auto* selection = window.selectionPanel();
        const int starts = pictures ? findSearchPreset("discovery").restarts : 3;
        selection->setup()->setRestarts(starts);
        selection->setup()->setJobs(2);
        QTest::mouseClick(selection->runButton(), Qt::LeftButton);
        QVERIFY(waitUntil([&] {
            return !selection->isRunning() && selection->results() && window.controller().state() == State::Idle &&
                   window.controller().hasModel();
        }, 180000));
        const auto hall = window.controller().hallOfFame();
        std::set<std::uint64_t> seeds;
        for (const HallOfFameEntry& entry : hall->entries()) seeds.insert(entry.seed);
        QVERIFY2(seeds.size() >= 2, qPrintable(QString::number(seeds.size())));
        // Every start's models are there, each architecture once with its best error.
        HallOfFame merged;
        for (const SweepPoint& point : selection->results()->points) merged.merge(HallOfFame(point.result.state.hallOfFame));
        QCOMPARE(hall->entries().size(), merged.entries().size());
        QCOMPARE(window.hallOfFamePanel()->model()->rowCount(), static_cast<int>(merged.entries().size()));

        window.showHallOfFame();
        QTest::qWait(200);
        saveScreenshot(window.findChild<QDockWidget*>(QStringLiteral("HallOfFameDock")), QStringLiteral("hall-of-fame-dock.png"));
        saveScreenshot(&window, QStringLiteral("hall-of-fame-window.png"));
        saveScreenshot(window.weightsPlot(), QStringLiteral("heatmap-after-discovery.png"));
        window.setPresenterView(true);
        window.resize(1920, 1080);
        QTest::qWait(300);
        QStringList widths;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            if (dock->isVisible()) widths << QStringLiteral("%1 %2").arg(dock->objectName()).arg(dock->minimumSizeHint().width());
        widths << QStringLiteral("central %1").arg(window.centralWidget()->minimumSizeHint().width());
        qInfo("presenter view, minimum widths: %s", qPrintable(widths.join(QStringLiteral(", "))));
        QVERIFY2(window.minimumSizeHint().width() <= 1920, qPrintable(widths.join(QStringLiteral(", "))));
        saveScreenshot(&window, QStringLiteral("hall-of-fame-presenter-1920x1080.png"));
        window.setPresenterView(false);
    }

    void aStartsStatusReadsItsRefinement() {
        SweepPlan plan;
        plan.example = "seed";
        plan.base = findExample("seed").config;
        plan.axes = {{"seed", {"1", "2"}}};
        SweepResultsModel model;
        model.setPlan(plan);
        const int status = 1;  // the status column, after the seed's
        model.setProgress({{120, 300, 0.1, 0.2}, {300, 300, 0.1, 0.2, 17, 400}});
        QCOMPARE(model.index(0, status).data().toString(), QStringLiteral("epoch 120/300"));
        QCOMPARE(model.index(1, status).data().toString(), QStringLiteral("refining 17/400"));
        // Sorted by progress, a refining start comes after every one still in its epochs.
        QVERIFY(model.index(1, status).data(SweepResultsModel::SortRole).toDouble() >
                model.index(0, status).data(SweepResultsModel::SortRole).toDouble());
    }

    void discoveryOnTheSeedExampleScreenshot() {
        if (qEnvironmentVariableIsEmpty("DARTS_SCREENSHOT_DIR")) QSKIP("pictures only with DARTS_SCREENSHOT_DIR");
        // As a user would: the window opens on the seed example, Discovery, Run in Model selection, the best loaded.
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        window.applySearchPreset(QStringLiteral("discovery"));
        auto* selection = window.selectionPanel();
        QTest::mouseClick(selection->runButton(), Qt::LeftButton);
        QVERIFY(waitUntil([&] {
            return !selection->isRunning() && selection->results() && window.controller().state() == State::Idle &&
                   window.controller().hasModel();
        }, 600000));
        qInfo("seed example by the Discovery preset:\n%s", qPrintable(window.equationView()->consoleText()));
        QTest::qWait(300);
        saveScreenshot(&window, QStringLiteral("discovery-seed-selection.png"));
        window.showHallOfFame();
        QTest::qWait(300);
        saveScreenshot(&window, QStringLiteral("discovery-seed-hall-of-fame.png"));
        window.findChild<QDockWidget*>(QStringLiteral("SettingsDock"))->raise();
        QTest::qWait(200);
        saveScreenshot(window.findChild<QDockWidget*>(QStringLiteral("SettingsDock")), QStringLiteral("discovery-seed-settings.png"));
    }

    void settingsScreenshot() {
        if (qEnvironmentVariableIsEmpty("DARTS_SCREENSHOT_DIR")) QSKIP("pictures only with DARTS_SCREENSHOT_DIR");
        for (bool presenter : {false, true}) {
            MainWindow window;
            window.resize(presenter ? 1920 : 1400, presenter ? 1080 : 900);
            window.show();
            window.setPresenterView(presenter);
            auto* dock = window.findChild<QDockWidget*>(QStringLiteral("SettingsDock"));
            dock->raise();
            QTest::qWait(200);
            const QString suffix = presenter ? QStringLiteral("-presenter") : QString();
            saveScreenshot(dock, QStringLiteral("settings-top%1.png").arg(suffix));
            // The rows of the search space and of the final model.
            auto* scroll = window.hyperparametersPanel()->findChild<QScrollArea*>();
            scroll->ensureWidgetVisible(window.hyperparametersPanel()->findChild<QWidget*>(QStringLiteral("parsimony")));
            QTest::qWait(100);
            saveScreenshot(dock, QStringLiteral("settings-final-model%1.png").arg(suffix));
            window.setPresenterView(false);
        }
    }
};

QTEST_MAIN(TestDiscoveryWindow)
#include "test_discovery_window.moc"
