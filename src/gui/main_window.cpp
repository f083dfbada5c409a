#include "main_window.h"

#include "about_box.h"
#include "data/examples.h"
#include "data/formula.h"
#include "formula_dialog.h"
#include "graph/graph_panel.h"
#include "help_page.h"
#include "io/session_file.h"
#include "lessons/lesson_panel.h"
#include "model/code_export.h"
#include "model/graph_text.h"
#include "panels/data_panel.h"
#include "panels/equation_view.h"
#include "panels/gap_plot.h"
#include "panels/hyperparameters_panel.h"
#include "panels/loss_plot.h"
#include "panels/model_plots.h"
#include "panels/plot_style.h"
#include "panels/primitives_panel.h"
#include "panels/weights_plot.h"
#include "preferences_dialog.h"
#include "report.h"
#include "search/config_fields.h"
#include "search/presets.h"
#include "select/sweep.h"
#include "selection/hall_of_fame_panel.h"
#include "selection/selection_panel.h"
#include "selection/selection_setup.h"
#include "selection/validation_controls.h"

#include <qcustomplot.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <functional>

#include <signal.h>

namespace darts::gui {
namespace {

QSplitter* splitter(Qt::Orientation orientation, QWidget* first, QWidget* second) {
    auto* s = new QSplitter(orientation);
    s->addWidget(first);
    s->addWidget(second);
    s->setChildrenCollapsible(false);
    return s;
}

/// Whether a model predicts one value for every row of `X` while `Y` varies (what the engine's constant-model note
/// says of the sampled model; refinement may have replaced that one since).
bool isConstantOn(const darts::SampledModel& model, const darts::Selection& data) {
    if (data.X.cols() != model.network().inputCount() || data.X.rows() == 0) return false;
    const auto spread = [](const Eigen::MatrixXd& v) { return (v.colwise().maxCoeff() - v.colwise().minCoeff()).maxCoeff(); };
    const double target = spread(data.Y);
    return target > 0.0 && spread(model.predict(data.X)) <= 1e-12 * target;
}

/// Every model found by the points searched in the same space as `config` (the starts of a multi-start), merged
/// in point order so that the result does not depend on the order they finished in. Points of another search
/// space (a sweep over nodes, say) are left out: their models would not fit this network.
std::vector<darts::HallOfFameEntry> sharedHallOfFame(const darts::SweepResults& results, const darts::SearchConfig& config) {
    darts::HallOfFame merged;
    for (const darts::SweepPoint& point : results.points) {
        const darts::SearchConfig& c = point.result.config;
        const bool sameSpace =
            c.primitives == config.primitives && c.num_graph_nodes == config.num_graph_nodes &&
            c.product_nodes == config.product_nodes && c.domain_safety == config.domain_safety &&
            c.output_type == config.output_type && c.train_classifier_coefficients == config.train_classifier_coefficients &&
            c.train_classifier_bias == config.train_classifier_bias && c.validation_share == config.validation_share &&
            c.validation_seed == config.validation_seed;
        if (sameSpace) merged.merge(darts::HallOfFame(point.result.state.hallOfFame));
    }
    return merged.entries();
}

std::vector<std::string> namesOr(const std::vector<std::string>& names, int count, const char* stem) {
    if (static_cast<int>(names.size()) == count) return names;
    std::vector<std::string> generated;
    for (int i = 0; i < count; ++i) generated.push_back(stem + std::to_string(i + 1));
    return generated;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("DARTS Studio"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createPanels();
    createActions();
    createMenus();
    createToolBar();

    connect(&m_controller, &SearchController::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_controller, &SearchController::progressed, this, &MainWindow::onProgress);
    connect(&m_controller, &SearchController::structureChanged, this, &MainWindow::onStructureChanged);
    connect(&m_controller, &SearchController::modelChanged, this, &MainWindow::onModelChanged);
    connect(&m_controller, &SearchController::message, this, &MainWindow::onMessage);
    connect(&m_controller, &SearchController::sessionSaved, this, &MainWindow::onSessionSaved);
    connect(&m_controller, &SearchController::refineProgressed, this, &MainWindow::onRefineProgress);
    connect(&m_controller, &SearchController::hallOfFameChanged, this, &MainWindow::onHallOfFameChanged);

    // Elapsed time moves on between deliveries of progress.
    auto* clock = new QTimer(this);
    clock->setInterval(500);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateStatus);
    clock->start();

    // Each process autosaves to its own file, named by its process id, so that a
    // leftover file whose process is gone marks a search that ended badly.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    m_recoveryPath = QDir(folder).filePath(QStringLiteral("recovery-%1.darts").arg(QCoreApplication::applicationPid()));
    m_controller.setRecoveryFile(m_recoveryPath, 30000);

    // Opens ready to go: the seed example with the seed document's settings.
    m_dataPanel->loadExample(QStringLiteral("seed"));
    restoreLayout();
    {
        // The classroom choice of the last time, saved as "key=1" items.
        std::vector<std::pair<std::string, bool>> shown;
        for (const QString& item : QSettings().value(QStringLiteral("classroom/shown")).toStringList())
            if (const qsizetype eq = item.lastIndexOf(QLatin1Char('=')); eq > 0)
                shown.emplace_back(item.left(eq).toStdString(), item.mid(eq + 1) == QLatin1String("1"));
        if (!shown.empty()) applyClassroom(shown);
    }
    applyPreferences(Preferences::load());
    onStateChanged();
}

MainWindow::~MainWindow() {
    // The controller outlives the widgets it reports to while members are destroyed.
    disconnect(&m_controller, nullptr, this, nullptr);
    m_controller.stop();
    m_controller.discardRecoveryFile();  // a normal end: nothing to recover
}

void MainWindow::setAutosaveInterval(int milliseconds) { m_controller.setRecoveryFile(m_recoveryPath, milliseconds); }

QString MainWindow::findRecoveryFile() {
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("recovery-*.darts")}, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        bool ok = false;
        const qint64 pid = file.completeBaseName().mid(9).toLongLong(&ok);
        // A file whose process still runs belongs to another open window.
        const bool alive = ok && pid != QCoreApplication::applicationPid() && ::kill(static_cast<pid_t>(pid), 0) == 0;
        if (ok && !alive && pid != QCoreApplication::applicationPid()) return file.absoluteFilePath();
    }
    return {};
}

bool MainWindow::offerRecovery() {
    const QString path = findRecoveryFile();
    if (path.isEmpty()) return false;
    const auto answer = QMessageBox::question(
        this, tr("Restore the interrupted search?"),
        tr("DARTS Studio ended during a search (saved %1). Restore that search as of its last autosave?")
            .arg(QFileInfo(path).lastModified().toString(Qt::TextDate)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    const bool restored = answer == QMessageBox::Yes && openSessionFile(path);
    if (answer == QMessageBox::No || restored) QFile::remove(path);
    return restored;
}

void MainWindow::createPanels() {
    m_dataPanel = new DataPanel;
    m_primitivesPanel = new PrimitivesPanel;
    m_hyperparametersPanel = new HyperparametersPanel;
    auto dock = [this](QWidget* panel, const QString& title, const QString& name) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(panel);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::LeftDockWidgetArea, d);
        return d;
    };
    QDockWidget* data = dock(m_dataPanel, tr("Data"), QStringLiteral("DataDock"));
    QDockWidget* primitives = dock(m_primitivesPanel, tr("Primitives"), QStringLiteral("PrimitivesDock"));
    QDockWidget* settings = dock(m_hyperparametersPanel, tr("Settings"), QStringLiteral("SettingsDock"));
    tabifyDockWidget(data, primitives);
    tabifyDockWidget(primitives, settings);
    data->raise();

    m_lessonPanel = new LessonPanel(*this);
    QDockWidget* lessons = dock(m_lessonPanel, tr("Lessons"), QStringLiteral("LessonsDock"));
    addDockWidget(Qt::RightDockWidgetArea, lessons);
    lessons->hide();  // until Help > Lessons

    // Beside the lessons on the right, hidden until Search > Model selection: it needs room, and most
    // searches do without it.
    m_selectionPanel = new SelectionPanel;
    QDockWidget* selection = dock(m_selectionPanel, tr("Model selection"), QStringLiteral("SelectionDock"));
    addDockWidget(Qt::RightDockWidgetArea, selection);
    tabifyDockWidget(lessons, selection);
    selection->hide();

    // With them, as a tab (stacked under them, a presenter view with every dock would be taller than a projector's
    // screen). Hidden until Search > Hall of fame (or the Discovery preset): a single search by the reference's
    // settings adds one model to it.
    m_hallOfFamePanel = new HallOfFamePanel;
    QDockWidget* hall = dock(m_hallOfFamePanel, tr("Hall of fame"), QStringLiteral("HallOfFameDock"));
    addDockWidget(Qt::RightDockWidgetArea, hall);
    tabifyDockWidget(selection, hall);
    hall->hide();

    m_lossPlot = new LossPlot;
    m_weightsPlot = new WeightsPlot;
    m_graphPanel = new GraphPanel;
    m_equationView = new EquationView;
    m_modelPlots = new ModelPlots;
    m_lossPlot->setHistory(&m_controller.history());
    m_weightsPlot->setHistory(&m_controller.history());

    QSplitter* left = splitter(Qt::Vertical, m_lossPlot, m_weightsPlot);
    QSplitter* right = splitter(Qt::Vertical, m_graphPanel, m_equationView);
    // A third for the loss, from the start: by the size hints the weights (with a node row each) would take all
    // but the loss plot's minimum, too little once its status line wraps.
    left->setSizes({1000, 2000});
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 2);
    right->setStretchFactor(0, 2);
    QSplitter* search = splitter(Qt::Horizontal, left, right);
    search->setObjectName(QStringLiteral("SearchSplitter"));
    // Half and half, and so on resizing: the graph's icon bar asks for little width, and by the size hints
    // the plots would take nearly all of it and leave the graph and equations a sliver.
    search->setSizes({1000, 1000});
    search->setStretchFactor(0, 1);
    search->setStretchFactor(1, 1);

    m_centralTabs = new QTabWidget;
    m_centralTabs->addTab(search, tr("Search"));
    m_centralTabs->addTab(m_modelPlots, tr("Model vs data"));
    m_gapPlot = new GapPlot;
    m_centralTabs->addTab(m_gapPlot, tr("Mixture and model"));
    connect(m_centralTabs, &QTabWidget::currentChanged, this, [this] { refreshGapPlot(); });
    m_centralTabs->setAccessibleName(tr("Views"));

    m_problemBar = new QLabel;
    m_problemBar->setWordWrap(true);
    m_problemBar->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; color: #611A15; padding: 6px; "
                                               "border: 1px solid #F5C2C0; border-radius: 3px; }"));
    m_problemBar->setAccessibleName(tr("Problem"));
    m_problemBar->hide();

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problemBar);
    layout->addWidget(m_centralTabs);
    setCentralWidget(central);

    m_epochLabel = new QLabel;
    m_lossLabel = new QLabel;
    m_speedLabel = new QLabel;
    m_timeLabel = new QLabel;
    m_refineBar = new QProgressBar;
    m_refineBar->setObjectName(QStringLiteral("refineProgress"));
    m_refineBar->setAccessibleName(tr("Refinement progress"));
    m_refineBar->setMinimumWidth(260);
    m_refineBar->hide();
    statusBar()->addPermanentWidget(m_refineBar);
    for (QLabel* label : {m_epochLabel, m_lossLabel, m_speedLabel, m_timeLabel}) {
        label->setMinimumWidth(110);
        statusBar()->addPermanentWidget(label);
    }

    connect(m_dataPanel, &DataPanel::dataChanged, this, &MainWindow::onDataChanged);
    connect(m_dataPanel, &DataPanel::examplePresetAvailable, this, &MainWindow::applyConfig);
    connect(m_primitivesPanel, &PrimitivesPanel::primitivesChanged, this, &MainWindow::onSettingsChanged);
    connect(m_hyperparametersPanel, &HyperparametersPanel::configChanged, this, &MainWindow::onSettingsChanged);
    connect(m_hyperparametersPanel, &HyperparametersPanel::presetRequested, this, &MainWindow::applyConfig);
    connect(m_hyperparametersPanel, &HyperparametersPanel::resetRequested, this,
            [this] { applyConfig(darts::SearchConfig{}); });
    connect(m_hyperparametersPanel, &HyperparametersPanel::searchPresetRequested, this, &MainWindow::applySearchPreset);
    connect(m_hallOfFamePanel, &HallOfFamePanel::loadRequested, this, &MainWindow::loadHallOfFameEntry);
    connect(m_selectionPanel->validation(), &ValidationControls::changed, this, &MainWindow::onSettingsChanged);
    connect(m_selectionPanel, &SelectionPanel::runRequested, this, &MainWindow::runModelSelection);
    connect(m_selectionPanel, &SelectionPanel::loadRequested, this, &MainWindow::loadSweepPoint);
    connect(m_selectionPanel, &SelectionPanel::message, this, &MainWindow::onMessage);
    connect(m_selectionPanel, &SelectionPanel::runFinished, this, [this] {
        // The best model of the run is what the user came for: show it, unless a search of the window runs.
        if (m_controller.state() == SearchController::State::Idle) loadSweepPoint(m_selectionPanel->bestPoint());
        onStateChanged();
    });
    connect(m_weightsPlot, &WeightsPlot::edgeSelected, m_graphPanel, &GraphPanel::selectEdge);
    connect(m_graphPanel, &GraphPanel::edgeClicked, m_weightsPlot, &WeightsPlot::selectEdge);
}

void MainWindow::createActions() {
    auto action = [this](const QString& text, const QKeySequence& shortcut, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };
    m_openAction = action(tr("&Open…"), QKeySequence::Open, tr("Open a session (.darts) or a CSV or TSV data file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_formulaAction = action(tr("New data from &formula…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             tr("Type a law such as y = 2*x1 + exp(5*x2) and make a data set from it"));
    connect(m_formulaAction, &QAction::triggered, this, &MainWindow::newDataFromFormula);
    // Data may be replaced exactly when a file may be opened.
    connect(m_openAction, &QAction::changed, m_formulaAction, [this] { m_formulaAction->setEnabled(m_openAction->isEnabled()); });
    // The true law belongs to its own table: other data drop it, a built-in example brings its own (after
    // onDataChanged has passed the data on).
    connect(m_dataPanel, &DataPanel::dataChanged, this, [this] {
        if (m_dataPanel->table() == m_lawTable) return;
        const darts::Example* example = darts::findExampleByLaw(m_dataPanel->law().toStdString());
        m_lawTable = example ? m_dataPanel->table() : nullptr;
        m_modelPlots->setTrueLaw(example ? darts::Formula::parse(example->formula) : darts::Formula());
    });
    m_saveAction = action(tr("&Save session"), QKeySequence::Save, tr("Save data, settings and search to continue later"));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_sessionPath.isEmpty()) return m_saveAsAction->trigger();
        commitEdits();
        saveSessionAs(m_sessionPath);
    });
    m_saveAsAction = action(tr("Save session &as…"), QKeySequence::SaveAs, tr("Save the session under a new name"));
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        const QString start = m_sessionPath.isEmpty() ? exportStartFolder() : m_sessionPath;
        QString path = QFileDialog::getSaveFileName(this, tr("Save session"), start, tr("DARTS sessions (*.darts)"));
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".darts");
        saveSessionAs(path);
    });
    m_openSweepAction = action(tr("Open s&weep results…"), {}, tr("Open the results of a sweep (.dartssweep) run here or with darts-cli"));
    connect(m_openSweepAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open sweep results"), exportStartFolder(),
                                                          tr("Sweep results (*.dartssweep)") + QStringLiteral(";;") +
                                                              tr("All files (*)"));
        if (!path.isEmpty()) openSweepFile(path);
    });
    m_saveSweepAction = action(tr("Save swee&p results…"), {}, tr("Save the model selection run's results (.dartssweep)"));
    connect(m_saveSweepAction, &QAction::triggered, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save sweep results"), exportStartFolder(),
                                                    tr("Sweep results (*.dartssweep)"));
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".dartssweep");
        saveSweepFile(path);
    });
    m_selectionAction = action(tr("Model se&lection"), QKeySequence(Qt::CTRL | Qt::Key_M),
                               tr("Many searches at once: restarts or a sweep of settings, and the best model among them"));
    connect(m_selectionAction, &QAction::triggered, this, &MainWindow::showModelSelection);
    m_hallOfFameAction = action(tr("&Hall of fame"), QKeySequence(Qt::CTRL | Qt::Key_H),
                                tr("Every model the search evaluated, and the best at each complexity"));
    connect(m_hallOfFameAction, &QAction::triggered, this, &MainWindow::showHallOfFame);
    m_quitAction = action(tr("&Quit"), QKeySequence::Quit, tr("Close DARTS Studio"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startAction = action(tr("&Start"), Qt::Key_F5, tr("Start a new search from the seed with the current settings"));
    connect(m_startAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.start();
    });
    m_pauseAction = action(tr("&Pause"), Qt::Key_F6, tr("Pause the search after the current epoch, or resume it"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::triggered, this, [this](bool pause) {
        if (pause) return m_controller.pause();
        commitEdits();
        m_controller.resume();
    });
    m_stopAction = action(tr("S&top"), QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Stop the search now"));
    connect(m_stopAction, &QAction::triggered, &m_controller, &SearchController::stop);
    m_stepAction = action(tr("Ste&p"), Qt::Key_F10, tr("Run one epoch"));
    connect(m_stepAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.step();
    });
    m_stepArchitectureAction =
        action(tr("Step &architecture"), QKeySequence(Qt::CTRL | Qt::Key_F10),
               tr("One architecture update: the weights move on one mini-batch; the coefficients and the epoch stay"));
    connect(m_stepArchitectureAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.stepArchitecture();
    });
    connect(m_stepAction, &QAction::changed, m_stepArchitectureAction,
            [this] { m_stepArchitectureAction->setEnabled(m_stepAction->isEnabled()); });
    m_continueAction = action(tr("&Continue"), Qt::Key_F8,
                              tr("Run max_epochs more epochs from where the search is (warm start)"));
    connect(m_continueAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.continueSearch();
    });
    m_resampleMaxAction = action(tr("Re-sample (&max)"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                 tr("Keep the strongest primitive on every edge and refit the coefficients"));
    connect(m_resampleMaxAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.resample(darts::SamplingStrategy::Max);
    });
    m_resampleSampleAction = action(tr("Re-sample (&draw)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                    tr("Draw one primitive per edge in proportion to its weight and refit"));
    connect(m_resampleSampleAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.resample(darts::SamplingStrategy::Sample);
    });
    m_refitAction = action(tr("Re&fit coefficients"), Qt::Key_F9,
                           tr("More coefficient steps on the current model, then the polish"));
    connect(m_refitAction, &QAction::triggered, this, [this] {
        commitEdits();
        m_controller.refit(m_refitSteps->value());
    });
    m_resetAction = action(tr("&Reset"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                           tr("Forget the search: weights, history and model"));
    connect(m_resetAction, &QAction::triggered, &m_controller, &SearchController::reset);

    m_copyEquationsAction = action(tr("Copy &equations"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                   tr("Copy the model's equations as text"));
    connect(m_copyEquationsAction, &QAction::triggered, m_equationView, &EquationView::copyConsole);
    m_copyLatexAction = action(tr("Copy &LaTeX"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                               tr("Copy the model's equations as LaTeX"));
    connect(m_copyLatexAction, &QAction::triggered, m_equationView, &EquationView::copyLatex);
    m_aboutAction = action(tr("&About DARTS Studio"), {}, tr("Version, libraries and licence"));
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAbout(this); });
    m_helpAction = action(tr("&How DARTS searches"), QKeySequence::HelpContents,
                          tr("What the search does, in plain words, with a picture of the graph"));
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelpPage);
    m_preferencesAction = action(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                 tr("Theme, plot refresh rate, digits in equations, export folder, language"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_formulaAction);
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_openSweepAction);
    file->addAction(m_saveSweepAction);
    file->addSeparator();
    file->addMenu(m_dataPanel->examplesMenu())->setText(tr("&Examples"));
    file->addMenu(m_dataPanel->recentFilesMenu())->setText(tr("&Recent files"));
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("E&xport model"));
    // Each export: menu text, file filter, suffix, and the text it writes from the current model.
    using Writer = std::function<std::string(const darts::SampledModel&)>;
    auto addExport = [this, exportMenu](const QString& text, const QString& filter, const QString& suffix,
                                        Writer writer, const QKeySequence& shortcut = {}) {
        QAction* a = exportMenu->addAction(text);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, [this, text, filter, suffix, writer] {
            const auto model = m_controller.model();
            if (!model) return;
            try {
                exportText(text, filter, suffix, writer(*model));
            } catch (const std::exception& e) {
                QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(e.what()));
            }
        });
        m_exportActions << a;
    };
    addExport(tr("Equations as &text…"), tr("Text (*.txt)"), QStringLiteral("txt"),
              [](const darts::SampledModel& m) {
                  std::string text;
                  for (const std::string& line : m.equations()) text += line + "\n";
                  return text;
              }, QKeySequence(Qt::CTRL | Qt::Key_E));
    addExport(tr("Equations as &LaTeX…"), tr("LaTeX (*.tex)"), QStringLiteral("tex"),
              [](const darts::SampledModel& m) { return darts::latexBlock(m); });
    addExport(tr("&Python function (NumPy)…"), tr("Python (*.py)"), QStringLiteral("py"), &darts::pythonSource);
    addExport(tr("&C function…"), tr("C source (*.c)"), QStringLiteral("c"), &darts::cSource);
    addExport(tr("&Graph (DOT)…"), tr("Graphviz DOT (*.dot *.gv)"), QStringLiteral("dot"),
              [](const darts::SampledModel& m) { return m.dot(); });
    addExport(tr("&Data with predictions (CSV)…"), tr("CSV (*.csv)"), QStringLiteral("csv"),
              [this](const darts::SampledModel& m) {
                  const auto& data = m_controller.searchData();
                  return data ? darts::predictionsCsv(m, data->X, data->Y) : std::string();
              });
    exportMenu->addSeparator();
    addExport(tr("&Report (HTML)…"), tr("HTML (*.html)"), QStringLiteral("html"),
              [this](const darts::SampledModel&) { return reportHtml().toStdString(); },
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportMenu->addSeparator();
    m_exportHallOfFameAction = exportMenu->addAction(tr("&Hall of fame as CSV…"));
    m_exportHallOfFameAction->setStatusTip(tr("Every model the search evaluated, with its complexity and errors"));
    connect(m_exportHallOfFameAction, &QAction::triggered, this, [this] {
        exportText(m_exportHallOfFameAction->text().remove(QLatin1Char('&')), tr("CSV (*.csv)"), QStringLiteral("csv"),
                   m_controller.hallOfFame()->csv());
    });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyEquationsAction);
    edit->addAction(m_copyLatexAction);
    edit->addSeparator();
    QAction* defaults = edit->addAction(tr("Reset settings to &defaults"));
    defaults->setStatusTip(tr("The reference regressor's defaults for every setting and primitive"));
    connect(defaults, &QAction::triggered, this, [this] { applyConfig(darts::SearchConfig{}); });
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu* search = menuBar()->addMenu(tr("&Search"));
    search->addActions({m_startAction, m_pauseAction, m_stopAction, m_stepAction, m_continueAction});
    search->insertAction(m_continueAction, m_stepArchitectureAction);
    search->addSeparator();
    search->addActions({m_resampleMaxAction, m_resampleSampleAction, m_refitAction});
    search->addSeparator();
    search->addAction(m_resetAction);
    search->addSeparator();
    search->addAction(m_selectionAction);
    search->addAction(m_hallOfFameAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction* searchTab = view->addAction(tr("Search &view"), this, [this] { showModelTab(false); });
    searchTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* modelTab = view->addAction(tr("&Model vs data"), this, [this] { showModelTab(true); });
    modelTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* gapTab = view->addAction(tr("M&ixture and model"), this, [this] { m_centralTabs->setCurrentWidget(m_gapPlot); });
    gapTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    m_presenterAction = view->addAction(tr("&Presenter view"), this, [this](bool on) { setPresenterView(on); });
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presenterAction->setStatusTip(tr("Large fonts and lines, for a classroom"));
    QAction* fullScreen = view->addAction(tr("&Full screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F11));
    view->addAction(tr("&Classroom mode…"), this, &MainWindow::editClassroom)
        ->setStatusTip(tr("Choose which controls the class sees"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addAction(QWhatsThis::createAction(this));
    QAction* lessonsAction = help->addAction(tr("&Lessons"), this, &MainWindow::showLessons);
    lessonsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lessonsAction->setStatusTip(tr("Guided lessons for a classroom"));
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("SearchToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_startAction, m_pauseAction, m_stopAction, m_stepAction, m_continueAction});
    bar->addSeparator();
    m_speedLimit = new QDoubleSpinBox;
    m_speedLimit->setObjectName(QStringLiteral("speedLimit"));
    m_speedLimit->setRange(0.0, 1000.0);
    m_speedLimit->setDecimals(1);
    m_speedLimit->setSingleStep(1.0);
    m_speedLimit->setPrefix(tr("Speed: "));
    m_speedLimit->setSuffix(tr(" epochs/s"));
    m_speedLimit->setSpecialValueText(tr("Speed: unlimited"));
    m_speedLimit->setToolTip(tr("Slow motion for showing a search: at most this many epochs a second (0: unlimited). "
                                "It changes how fast the epochs come, never what they compute."));
    m_speedLimit->setAccessibleName(tr("Epochs per second"));
    connect(m_speedLimit, &QDoubleSpinBox::valueChanged, &m_controller, &SearchController::setEpochsPerSecondLimit);
    bar->addWidget(m_speedLimit);
    bar->addSeparator();
    bar->addActions({m_resampleMaxAction, m_resampleSampleAction});
    bar->addSeparator();
    m_refitSteps = new QSpinBox;
    m_refitSteps->setRange(1, 100000);
    m_refitSteps->setValue(1000);
    m_refitSteps->setSuffix(tr(" steps"));
    m_refitSteps->setToolTip(tr("Coefficient steps for Refit"));
    m_refitSteps->setAccessibleName(tr("Refit steps"));
    bar->addWidget(m_refitSteps);
    bar->addAction(m_refitAction);
    bar->addSeparator();
    bar->addAction(m_resetAction);
}

void MainWindow::exportText(const QString& title, const QString& filter, const QString& suffix,
                            const std::string& text) {
    QString path = QFileDialog::getSaveFileName(this, title.chopped(1), exportStartFolder(), filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    writeExport(path, text);
}

bool MainWindow::writeExport(const QString& path, const std::string& text) {
    // QSaveFile writes beside the target and renames: a failed write never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(text)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1:\n%2\n\nThe model is still here; try another place.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    rememberExportFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QString MainWindow::reportHtml() {
    ReportContent content;
    content.title = tr("DARTS Studio report: %1").arg(m_dataPanel->sourceName());
    const auto& data = m_controller.searchData();
    const auto model = m_controller.model();
    if (data) {
        QStringList inputs, targets;
        for (const auto& n : data->inputNames) inputs << QString::fromStdString(n);
        for (const auto& n : data->targetNames) targets << QString::fromStdString(n);
        content.dataSummary = tr("%1: %2 rows; inputs %3; target %4; %5 epochs searched.")
                                  .arg(m_dataPanel->sourceName())
                                  .arg(data->X.rows())
                                  .arg(inputs.join(QStringLiteral(", ")), targets.join(QStringLiteral(", ")))
                                  .arg(m_controller.history().empty() ? 0 : m_controller.history().epochs.back());
    }
    if (model) {
        for (const std::string& line : model->equations()) content.equations << QString::fromStdString(line);
        if (data && data->X.cols() == model->network().inputCount()) {
            const darts::FitMetrics fit = darts::fitMetrics(model->predict(data->X), data->Y);
            content.figures = tr("MSE %1, R² %2, %3 coefficients")
                                  .arg(fit.mse, 0, 'g', 5)
                                  .arg(fit.r2, 0, 'f', 4)
                                  .arg(model->parameterCount());
        }
    }
    for (const darts::ConfigField& f : darts::configFields())
        content.settings.append({QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size())),
                                 QString::fromStdString(f.get(m_controller.config()))});
    auto plotImage = [](QCustomPlot* plot) { return plot->toPixmap(900, 450, 1.5).toImage(); };
    content.images.append({tr("Computation graph"), m_graphPanel->view()->grab().toImage()});
    content.images.append({tr("Loss against epoch"), plotImage(m_lossPlot->plot())});
    content.images.append({tr("Architecture weights at the last epoch"), plotImage(m_weightsPlot->heatmap())});
    content.images.append({tr("Weights of the selected edge against epoch"), plotImage(m_weightsPlot->edgeHistoryPlot())});
    content.images.append({tr("Predicted against observed"), plotImage(m_modelPlots->observedPlot())});
    content.images.append({tr("Residuals against prediction"), plotImage(m_modelPlots->residualPlot())});
    content.images.append({tr("Response along one input"), plotImage(m_modelPlots->responsePlot())});
    return gui::reportHtml(content);
}

void MainWindow::openDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), exportStartFolder(),
        tr("Sessions and data (*.darts *.csv *.tsv *.txt)") + QStringLiteral(";;") + tr("Sweep results (*.dartssweep)") +
            QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty()) return;
    if (path.endsWith(QStringLiteral(".darts"), Qt::CaseInsensitive))
        openSessionFile(path);
    else if (path.endsWith(QStringLiteral(".dartssweep"), Qt::CaseInsensitive))
        openSweepFile(path);
    else
        m_dataPanel->loadFileInBackground(path);
}

bool MainWindow::openSessionFile(const QString& path) {
    if (m_controller.state() != SearchController::State::Idle) return false;
    darts::Session session;
    try {
        session = darts::loadSessionFile(path.toStdString());
        if (session.targets.size() != 1)
            throw darts::SessionError("the window shows one target column; this session has " +
                                      std::to_string(session.targets.size()) + " (darts-cli --session opens it)");
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot open session"),
                             tr("Could not open %1:\n%2\n\nNothing was changed.")
                                 .arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
        return false;
    }
    QStringList inputs;
    for (const std::string& name : session.inputs) inputs << QString::fromStdString(name);
    m_dataPanel->setTable(std::make_shared<const darts::Table>(session.data),
                          QString::fromStdString(session.data.source));
    m_dataPanel->setColumns(inputs, QString::fromStdString(session.targets.front()));
    applyConfig(session.config);
    if (!session.classroom.empty()) applyClassroom(session.classroom);
    m_controller.openSession(session);  // last: the panels' updates above told it the data changed
    m_sessionPath = path;
    setWindowTitle(tr("%1 — DARTS Studio").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::newDataFromFormula() {
    FormulaDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.table() || !dialog.formula()) return;
    loadFormulaData(*dialog.table(), *dialog.formula());
}

bool MainWindow::loadFormulaData(const darts::Table& table, const darts::Formula& law) {
    if (!m_openAction->isEnabled()) return false;
    const QString text = QString::fromStdString(law.text());
    m_lawTable = std::make_shared<const darts::Table>(table);
    m_modelPlots->setTrueLaw(law);  // first, so that the plots drawn for the new data already show it
    m_dataPanel->setTable(m_lawTable, tr("Formula %1").arg(text), text);
    return true;
}

void MainWindow::saveSessionAs(const QString& path) { m_controller.saveSession(path); }

void MainWindow::onSessionSaved(const QString& path, const QString& error) {
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save failed"),
                             tr("Could not save the session:\n%1\n\nThe search is still here; try another place.")
                                 .arg(error));
        return;
    }
    m_sessionPath = path;
    setWindowTitle(tr("%1 — DARTS Studio").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::applyPreferences(const Preferences& preferences) {
    applyTheme(preferences.theme);
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) {
        applyPlotColors(plot);
        plot->replot();
    }
    m_controller.setRefreshInterval(1000 / preferences.plotRefreshRate);
    m_equationView->setDigits(preferences.equationDigits);
    onModelChanged();
}

void MainWindow::editPreferences() {
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Preferences after = dialog.preferences();
    if (after == before) return;
    after.save();
    applyPreferences(after);
    if (after.language != before.language)
        statusBar()->showMessage(tr("The new language applies when DARTS Studio starts next."), 10000);
}

void MainWindow::showHelpPage() {
    // One page, kept while the window lives, so that it can stay open beside the search.
    if (!m_helpPage) m_helpPage = new HelpPage(this);
    m_helpPage->show();
    m_helpPage->raise();
    m_helpPage->activateWindow();
}

void MainWindow::restoreLayout() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_controller.stop();
    m_selectionPanel->stop();  // its searches end at their next step; the panel joins the thread when destroyed
    m_controller.discardRecoveryFile();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    m_dataPanel->loadFileInBackground(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

darts::SearchConfig MainWindow::currentConfig() const {
    darts::SearchConfig config = m_hyperparametersPanel->config();
    config.primitives = m_primitivesPanel->primitives();
    m_selectionPanel->validation()->applyTo(config);
    return config;
}

void MainWindow::commitEdits() {
    // A value typed but not yet confirmed with Enter counts: the run uses what is on screen.
    for (QAbstractSpinBox* box : findChildren<QAbstractSpinBox*>()) box->interpretText();
    if (QWidget* focus = QApplication::focusWidget()) {
        if (auto* line = qobject_cast<QLineEdit*>(focus)) emit line->editingFinished();
    }
    m_controller.setConfig(currentConfig());
}

void MainWindow::applyConfig(const darts::SearchConfig& config) {
    m_applyingConfig = true;
    m_primitivesPanel->setPrimitives(config.primitives);
    m_hyperparametersPanel->setConfig(config);
    m_selectionPanel->validation()->show(config);
    m_applyingConfig = false;
    onSettingsChanged();
}

void MainWindow::showModelTab(bool model) { m_centralTabs->setCurrentIndex(model ? 1 : 0); }

void MainWindow::onDataChanged() {
    QString reason;
    std::optional<darts::Selection> selection = m_dataPanel->selection(&reason);
    setWindowTitle(tr("%1 — DARTS Studio").arg(m_dataPanel->sourceName()));
    if (!selection) {
        onMessage(reason, true);
        return;
    }
    m_problemBar->hide();
    m_modelPlots->setData(*selection);
    m_gapPlot->setData(*selection);
    m_controller.setData(std::move(*selection), m_dataPanel->table());
}

void MainWindow::onSettingsChanged() {
    if (!m_applyingConfig) m_controller.setConfig(currentConfig());
}

void MainWindow::onStateChanged() {
    using State = SearchController::State;
    const State state = m_controller.state();
    const bool idle = state == State::Idle, running = state == State::Running, paused = state == State::Paused;
    const bool idleOrPaused = idle || paused;
    m_startAction->setEnabled(idle);
    m_pauseAction->setEnabled(running || paused);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resu&me") : tr("&Pause"));
    m_stopAction->setEnabled(!idle);
    m_stepAction->setEnabled(idleOrPaused);
    m_continueAction->setEnabled(idle && m_controller.hasSearch());
    m_resampleMaxAction->setEnabled(idleOrPaused && m_controller.hasSearch());
    m_resampleSampleAction->setEnabled(idleOrPaused && m_controller.hasSearch());
    m_refitAction->setEnabled(idleOrPaused && m_controller.hasModel());
    m_refitSteps->setEnabled(idleOrPaused && m_controller.hasModel());
    for (QAction* a : m_exportActions) a->setEnabled(m_controller.hasModel());
    m_exportHallOfFameAction->setEnabled(!m_controller.hallOfFame()->empty());
    m_saveAction->setEnabled(idleOrPaused && m_controller.hasSearch());
    m_saveAsAction->setEnabled(idleOrPaused && m_controller.hasSearch());
    m_resetAction->setEnabled(state != State::Busy && m_controller.hasSearch());
    // The data stay put while a command runs, so that results always belong to the data shown.
    m_dataPanel->setEnabled(idleOrPaused);
    m_openAction->setEnabled(idleOrPaused);
    m_openSweepAction->setEnabled(idle && !m_selectionPanel->isRunning());
    m_saveSweepAction->setEnabled(m_selectionPanel->results() != nullptr && !m_selectionPanel->isRunning());
    m_dataPanel->examplesMenu()->setEnabled(idleOrPaused);
    m_dataPanel->recentFilesMenu()->setEnabled(idleOrPaused);
    setAcceptDrops(idleOrPaused);
    if (running) m_problemBar->hide();
    updateNotes();
    updateStatus();
}

void MainWindow::onProgress() {
    m_lossPlot->refresh();
    m_weightsPlot->refresh();
    const SearchHistory& history = m_controller.history();
    const std::shared_ptr<const darts::Network> network = m_controller.network();
    if (network && !history.empty() && history.weights.back().rows() == network->edgeCount()) {
        const auto& data = m_controller.searchData();
        const std::string dot = darts::mixtureDot(
            *network, history.weights.back(),
            namesOr(data ? data->inputNames : std::vector<std::string>{}, network->inputCount(), "x"),
            namesOr(data ? data->targetNames : std::vector<std::string>{}, network->outputCount(), "y"));
        m_graphPanel->setMixtureDot(QString::fromStdString(dot));
    }
    refreshGapPlot();
    updateStatus();
}

void MainWindow::onStructureChanged() {
    m_weightsPlot->setStructure(m_controller.edgeLabels(), m_controller.primitiveNames(), m_controller.nodeLabels());
    m_lossPlot->setHistory(&m_controller.history());
    m_weightsPlot->setHistory(&m_controller.history());
    if (!m_controller.hasSearch()) m_graphPanel->clear();
    refreshGapPlot();
    onStateChanged();
    // Said where it is seen, not in a dialog: the search runs all the same on the other primitives.
    if (!m_controller.domainNotes().isEmpty())
        statusBar()->showMessage(tr("Domain safety: %1.").arg(m_controller.domainNotes().join(QStringLiteral("; "))), 10000);
}

void MainWindow::onModelChanged() {
    const std::shared_ptr<const darts::SampledModel> model = m_controller.model();
    const auto& data = m_controller.searchData();
    m_equationView->setModel(model, data ? &*data : nullptr, m_controller.modelHeldOut());
    m_modelPlots->setModel(model);
    m_gapPlot->setModel(model);
    refreshGapPlot();
    if (model) m_graphPanel->setModelDot(QString::fromStdString(model->dot()));
    markLoadedEntry();
    onStateChanged();
}

void MainWindow::onHallOfFameChanged() {
    m_hallOfFamePanel->setHallOfFame(m_controller.hallOfFame());
    markLoadedEntry();
    onStateChanged();
}

void MainWindow::markLoadedEntry() {
    const std::shared_ptr<const darts::SampledModel> model = m_controller.model();
    const auto& entries = m_controller.hallOfFame()->entries();
    int loaded = -1;
    for (std::size_t i = 0; model && i < entries.size() && loaded < 0; ++i)
        if (entries[i].architecture == model->network().architecture()) loaded = static_cast<int>(i);
    m_hallOfFamePanel->setLoadedEntry(loaded);
}

void MainWindow::updateNotes() {
    QStringList notes;
    for (const QString& note : m_controller.domainNotes()) notes << tr("Domain safety: %1.").arg(note);
    const std::shared_ptr<const darts::SampledModel> model = m_controller.model();
    const auto& data = m_controller.searchData();
    if (m_controller.constantModelReported() && model && data) {
        notes << (isConstantOn(*model, *data)
                      ? tr("The sampled model is a constant: every edge chose none while the target varies. Lower "
                           "the complexity penalty, search longer, or switch on refinement (Settings, Final model).")
                      : tr("The sampled model was a constant (every edge chose none) while the target varies; "
                           "refinement started from each edge's strongest other primitive instead."));
    }
    m_equationView->setNotes(notes);
}

void MainWindow::onRefineProgress() {
    const std::optional<darts::RefineProgress>& progress = m_controller.refineProgress();
    if (!progress) {
        m_refineBar->hide();
        return;
    }
    m_refineBar->setRange(0, std::max(progress->budget, 1));
    m_refineBar->setValue(std::clamp(progress->evaluated, 0, std::max(progress->budget, 1)));
    m_refineBar->setFormat(tr("Refining: %1 of %2 architectures").arg(progress->evaluated).arg(progress->budget));
    m_refineBar->setToolTip(tr("Refinement of the sampled model: equations refitted so far, of at most %1 "
                               "(Settings, Refinement budget). Best error so far: %2 (held-out MSE, or BIC "
                               "without held-out rows). Stop (Shift+F5) ends it at once and keeps the best.")
                                .arg(progress->budget)
                                .arg(progress->error, 0, 'g', 4));
    m_refineBar->show();
}

void MainWindow::showHallOfFame() { showWideDock(QStringLiteral("HallOfFameDock")); }

bool MainWindow::loadHallOfFameEntry(int entry) {
    using State = SearchController::State;
    if (entry < 0 || entry >= static_cast<int>(m_controller.hallOfFame()->entries().size())) return false;
    // Busy: a load (or re-sample) is under way, perhaps this very one from a click that also activated the row.
    if (m_controller.state() == State::Busy) return false;
    if (m_controller.state() == State::Running) {
        onMessage(tr("Stop or pause the search first: loading a model replaces the one shown."), true);
        return false;
    }
    m_controller.loadFromHallOfFame(entry);
    return m_controller.state() == State::Busy;
}

bool MainWindow::exportHallOfFame(const QString& path) { return writeExport(path, m_controller.hallOfFame()->csv()); }

void MainWindow::applySearchPreset(const QString& name) {
    const darts::SearchPreset* preset = nullptr;
    try {
        preset = &darts::findSearchPreset(name.toStdString());
    } catch (const std::exception& e) {
        onMessage(QString::fromStdString(e.what()), true);
        return;
    }
    applyConfig(darts::withPreset(*preset, currentConfig()));
    m_selectionPanel->setup()->setMultiStart(true);
    m_selectionPanel->setup()->setRestarts(preset->restarts);
    // Where its starts are run and its models are listed, the starts on top.
    showHallOfFame();
    showModelSelection();
    statusBar()->showMessage(tr("Preset applied. Start (F5) runs one search with it; Run in Model selection (Ctrl+M) "
                                "runs its %n start(s) and loads the best.",
                                nullptr, preset->restarts),
                             15000);
}

void MainWindow::onMessage(const QString& text, bool problem) {
    statusBar()->showMessage(text, 10000);
    if (problem) {
        m_problemBar->setText(text);
        m_problemBar->show();
    }
}

void MainWindow::updateStatus() {
    const SearchHistory& history = m_controller.history();
    m_epochLabel->setText(history.empty() ? tr("Epoch —") : tr("Epoch %1").arg(history.epochs.back()));
    m_lossLabel->setText(history.empty() ? tr("Loss —") : tr("Loss %1").arg(history.losses.back(), 0, 'g', 5));
    const double speed = m_controller.epochsPerSecond();
    m_speedLabel->setText(speed > 0.0 ? tr("%1 epochs/s").arg(speed, 0, 'f', 0) : tr("— epochs/s"));
    m_timeLabel->setText(tr("%1 s").arg(m_controller.elapsedSeconds(), 0, 'f', 1));
}

void MainWindow::refreshGapPlot() {
    // Two forward passes over the data: only for the tab in view (progress arrives up to 30 times a second).
    if (m_centralTabs->currentWidget() != m_gapPlot) return;
    m_gapPlot->setMixture(m_controller.network(), m_controller.liveAlpha(), m_controller.liveParameters());
}

void MainWindow::showWideDock(const QString& name) {
    auto* dock = findChild<QDockWidget*>(name);
    dock->show();
    dock->raise();
    // A dock area keeps the width it last had, often a narrow one: a table and a front need room.
    // After the show has been laid out: before that, the dock has no width to compare.
    QTimer::singleShot(0, this, [this, dock] {
        const int wanted = dock->widget()->sizeHint().width();
        if (!dock->isFloating() && dock->width() < wanted) resizeDocks({dock}, {wanted}, Qt::Horizontal);
    });
}

void MainWindow::showModelSelection() { showWideDock(QStringLiteral("SelectionDock")); }

void MainWindow::runModelSelection() {
    commitEdits();
    QString reason;
    std::optional<darts::Selection> selection = m_dataPanel->selection(&reason);
    if (!selection || !m_dataPanel->table()) {
        onMessage(reason.isEmpty() ? tr("Choose the data first: load a file or an example, and pick inputs and a target.")
                                   : reason,
                  true);
        return;
    }
    m_selectionPanel->run(currentConfig(), m_dataPanel->table(), selection->inputNames, selection->targetNames);
    onStateChanged();
}

bool MainWindow::loadSweepPoint(int point) {
    const darts::SweepResults* results = m_selectionPanel->results();
    const std::shared_ptr<const darts::Table> table = m_selectionPanel->resultsTable();
    if (!results || !table || point < 0 || point >= static_cast<int>(results->points.size())) return false;
    const darts::StartResult& result = results->points[static_cast<std::size_t>(point)].result;
    if (!result.hasModel()) {
        onMessage(tr("That search has no model: %1").arg(QString::fromStdString(result.message)), true);
        return false;
    }
    if (m_controller.state() != SearchController::State::Idle) {
        onMessage(tr("Stop the search first: loading a model replaces it."), true);
        return false;
    }
    darts::Session session;
    try {
        // The plan may leave the columns to their defaults (as darts-cli does): resolve them on the table.
        const darts::SearchData columns = darts::selectSearchData(*table, results->plan.inputs, results->plan.targets,
                                                                  results->plan.validationColumn);
        if (columns.targetNames.size() != 1)
            throw darts::SweepError("the window shows one target column; this sweep has " +
                                    std::to_string(columns.targetNames.size()));
        session.data = *table;
        session.inputs = columns.inputNames;
        session.targets = columns.targetNames;
        session.validationColumn = results->plan.validationColumn;  // the point's search held those rows out
    } catch (const std::exception& e) {
        onMessage(tr("Cannot load that model: %1").arg(QString::fromStdString(e.what())), true);
        return false;
    }
    session.config = result.config;
    session.state = result.state;
    session.state->hallOfFame = sharedHallOfFame(*results, result.config);
    if (m_dataPanel->table() != table)
        m_dataPanel->setTable(table, QString::fromStdString(table->source));
    QStringList inputs;
    for (const std::string& name : session.inputs) inputs << QString::fromStdString(name);
    m_dataPanel->setColumns(inputs, QString::fromStdString(session.targets.front()));
    applyConfig(session.config);
    m_controller.openSession(session);  // last: the panels' updates above told it the data changed
    m_selectionPanel->setLoadedPoint(point);
    return true;
}

bool MainWindow::openSweepFile(const QString& path) {
    if (m_controller.state() != SearchController::State::Idle || m_selectionPanel->isRunning()) return false;
    auto results = std::make_shared<darts::SweepResults>();
    try {
        *results = darts::loadSweepResultsFile(path.toStdString());
        if (results->taskCount != 1)
            throw darts::SweepError("this is task " + std::to_string(results->taskIndex + 1) + " of " +
                                    std::to_string(results->taskCount) + " of a sweep: merge the tasks with darts-cli first");
        if (!results->data) throw darts::SweepError("the file holds no data table");
        darts::selectColumns(*results->data, results->plan.inputs, results->plan.targets);  // the columns must be there
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot open sweep results"),
                             tr("Could not open %1:\n%2\n\nNothing was changed.")
                                 .arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
        return false;
    }
    auto table = std::make_shared<const darts::Table>(*results->data);
    m_dataPanel->setTable(table, QFileInfo(path).fileName());
    const darts::Selection columns = darts::selectColumns(*table, results->plan.inputs, results->plan.targets);
    QStringList inputs;
    for (const std::string& name : columns.inputNames) inputs << QString::fromStdString(name);
    m_dataPanel->setColumns(inputs, QString::fromStdString(columns.targetNames.front()));
    applyConfig(results->plan.base);
    m_selectionPanel->showResults(std::move(results), table);
    showModelSelection();
    onStateChanged();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveSweepFile(const QString& path) {
    const darts::SweepResults* results = m_selectionPanel->results();
    if (!results) return false;
    try {
        darts::saveSweepResultsFile(path.toStdString(), *results);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Save failed"),
                             tr("Could not save the sweep results:\n%1").arg(QString::fromStdString(e.what())));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::showLessons() {
    auto* dock = findChild<QDockWidget*>(QStringLiteral("LessonsDock"));
    dock->show();
    dock->raise();
}

void MainWindow::setPresenterView(bool on) {
    const double scale = on ? 1.6 : 1.0;
    if (scale == m_presenterScale) return;
    // The application font, so that menus, tool tips and dialogs grow too.
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale / m_presenterScale);
    const double lineScale = scale / m_presenterScale;
    m_presenterScale = scale;
    QApplication::setFont(font);
    m_graphPanel->setFontScale(scale);  // Graphviz sizes the labels in its own units
    // Widgets with a font of their own (the equations' fixed-width text, say) do not follow the
    // application font: scale them too. The lessons panel and the plots size their own.
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (!widget->testAttribute(Qt::WA_SetFont) || qobject_cast<QCustomPlot*>(widget) ||
            m_lessonPanel->isAncestorOf(widget))
            continue;
        QFont own = widget->font();
        if (own.pointSizeF() > 0) own.setPointSizeF(own.pointSizeF() * lineScale);
        else own.setPixelSize(qRound(own.pixelSize() * lineScale));
        widget->setFont(own);
    }
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) {
        plot->setFont(font);
        applyReadableFonts(plot);
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph* graph = plot->graph(i);
            QPen pen = graph->pen();
            pen.setWidthF(std::max(1.0, pen.widthF()) * lineScale);
            graph->setPen(pen);
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone()) {
                scatter.setSize(scatter.size() * lineScale);
                graph->setScatterStyle(scatter);
            }
        }
        plot->replot();
    }
    if (m_presenterAction) m_presenterAction->setChecked(on);
}

QList<std::pair<ClassroomControl, MainWindow::ClassroomTarget>> MainWindow::classroomTargets() const {
    QList<std::pair<ClassroomControl, ClassroomTarget>> targets;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        targets.append({{QStringLiteral("dock:") + dock->objectName(), tr("Panel: %1").arg(dock->windowTitle()),
                         dock->isVisibleTo(this)},
                        {dock, nullptr, -1}});
    for (QToolBar* bar : findChildren<QToolBar*>())
        targets.append({{QStringLiteral("toolbar:") + bar->objectName(), tr("Tool bar: %1").arg(bar->windowTitle()),
                         bar->isVisibleTo(this)},
                        {bar, nullptr, -1}});
    targets.append({{QStringLiteral("statusbar"), tr("Status bar"), statusBar()->isVisibleTo(this)}, {statusBar(), nullptr, -1}});
    const std::pair<const char*, QAction*> actions[] = {
        {"start", m_startAction},         {"pause", m_pauseAction},
        {"stop", m_stopAction},           {"step", m_stepAction},
        {"continue", m_continueAction},   {"resample-max", m_resampleMaxAction},
        {"resample-draw", m_resampleSampleAction}, {"refit", m_refitAction},
        {"reset", m_resetAction}};
    for (const auto& [key, action] : actions)
        targets.append({{QStringLiteral("action:") + QLatin1String(key),
                         tr("Button: %1").arg(action->text().remove(QLatin1Char('&'))), action->isVisible()},
                        {nullptr, action, -1}});
    const char* tabs[] = {"search", "model", "gap"};
    for (int i = 0; i < m_centralTabs->count() && i < 3; ++i)
        targets.append({{QStringLiteral("tab:") + QLatin1String(tabs[i]), tr("View: %1").arg(m_centralTabs->tabText(i)),
                         m_centralTabs->isTabVisible(i)},
                        {nullptr, nullptr, i}});
    return targets;
}

QList<ClassroomControl> MainWindow::classroomControls() const {
    QList<ClassroomControl> controls;
    for (const auto& [control, target] : classroomTargets()) controls << control;
    return controls;
}

void MainWindow::applyClassroom(const std::vector<std::pair<std::string, bool>>& shown) {
    const auto targets = classroomTargets();
    for (const auto& [key, visible] : shown) {
        for (const auto& [control, target] : targets) {
            if (control.key.toStdString() != key) continue;
            if (target.widget) target.widget->setVisible(visible);
            if (target.action) target.action->setVisible(visible);
            if (target.tab >= 0) m_centralTabs->setTabVisible(target.tab, visible);
        }
    }
    // Remember the whole state, not just the keys given, so that a later session or start sees all of it.
    std::vector<std::pair<std::string, bool>> state;
    QStringList items;
    for (const ClassroomControl& control : classroomControls()) {
        state.emplace_back(control.key.toStdString(), control.shown);
        items << control.key + (control.shown ? QStringLiteral("=1") : QStringLiteral("=0"));
    }
    QSettings().setValue(QStringLiteral("classroom/shown"), items);
    m_controller.setClassroom(std::move(state));
}

void MainWindow::editClassroom() {
    ClassroomDialog dialog(classroomControls(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    std::vector<std::pair<std::string, bool>> shown;
    for (const ClassroomControl& control : dialog.controls()) shown.emplace_back(control.key.toStdString(), control.shown);
    applyClassroom(shown);
}

}  // namespace darts::gui
