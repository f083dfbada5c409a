#pragma once
/// @brief The discovery window: data, primitives and settings on the left;
/// loss, weights, graph and equations in the middle; model plots in a tab;
/// run control in the tool bar and the Search menu.

#include "lessons/classroom_dialog.h"
#include "worker/search_controller.h"

#include <QMainWindow>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;

namespace darts {
class Formula;
}

namespace darts::gui {

class DataPanel;
class EquationView;
class HelpPage;
struct Preferences;
class GraphPanel;
class GapPlot;
class HallOfFamePanel;
class HyperparametersPanel;
class LessonPanel;
class LossPlot;
class ModelPlots;
class PrimitivesPanel;
class SelectionPanel;
class WeightsPlot;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SearchController& controller() { return m_controller; }
    DataPanel* dataPanel() const { return m_dataPanel; }
    PrimitivesPanel* primitivesPanel() const { return m_primitivesPanel; }
    HyperparametersPanel* hyperparametersPanel() const { return m_hyperparametersPanel; }
    LossPlot* lossPlot() const { return m_lossPlot; }
    WeightsPlot* weightsPlot() const { return m_weightsPlot; }
    GraphPanel* graphPanel() const { return m_graphPanel; }
    EquationView* equationView() const { return m_equationView; }
    ModelPlots* modelPlots() const { return m_modelPlots; }
    GapPlot* gapPlot() const { return m_gapPlot; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    SelectionPanel* selectionPanel() const { return m_selectionPanel; }
    HallOfFamePanel* hallOfFamePanel() const { return m_hallOfFamePanel; }
    /// Shows the hall of fame dock (Search > Hall of fame).
    void showHallOfFame();
    /// Loads entry `entry` of the hall of fame into the views (through the search's worker). False (with a
    /// message) when it cannot now.
    bool loadHallOfFameEntry(int entry);
    /// Writes the hall of fame as CSV (HallOfFame::csv) to `path`; false (with a message box) on failure.
    bool exportHallOfFame(const QString& path);
    /// Applies a preset of the core (darts::findSearchPreset, e.g. "discovery") on the settings shown, sets the
    /// Model selection dock's starts to the preset's and shows it beside the hall of fame.
    void applySearchPreset(const QString& name);
    /// Shows the model selection dock (Search > Model selection).
    void showModelSelection();
    /// Opens a sweep's results (.dartssweep, whole or merged): its data become the window's, its
    /// points fill the model selection dock. False (with a message box) when the file cannot be used.
    bool openSweepFile(const QString& path);
    /// Writes the results the model selection dock shows; false (with a message box) on failure.
    bool saveSweepFile(const QString& path);
    /// Loads point `point` of the dock's results into the window: its data, settings and search, so that
    /// the views show its model and Continue goes on from it. False (with a message) when it cannot.
    bool loadSweepPoint(int point);
    /// Shows the lessons panel (Help > Lessons).
    void showLessons();
    /// Presenter view: the window's fonts, plot fonts and lines made larger for a classroom.
    void setPresenterView(bool on);
    bool presenterView() const { return m_presenterScale > 1.0; }
    /// Classroom mode: the controls the teacher may hide, with whether each is shown now.
    QList<ClassroomControl> classroomControls() const;
    /// Shows and hides controls by key (unknown keys are ignored), remembers the choice in the
    /// settings and in sessions saved from now on.
    void applyClassroom(const std::vector<std::pair<std::string, bool>>& shown);
    /// Opens the classroom mode dialog (View > Classroom mode).
    void editClassroom();
    /// The settings the panels show, primitives included.
    darts::SearchConfig currentConfig() const;
    /// Shows the settings in the panels (primitives included).
    void applyConfig(const darts::SearchConfig& config);
    /// Shows the "Model vs data" tab (true) or the search tab.
    void showModelTab(bool model);
    /// The autosave of a search whose program ended without closing its window (killed, crashed), or "".
    static QString findRecoveryFile();
    /// Offers to restore findRecoveryFile(); true when the user accepted and it opened.
    bool offerRecovery();
    /// Autosave interval of a running search (default 30 s).
    void setAutosaveInterval(int milliseconds);
    /// Opens a session (.darts): its data, settings and search replace the current ones.
    bool openSessionFile(const QString& path);
    /// File > New data from formula: asks for a law (FormulaDialog), then loadFormulaData.
    void newDataFromFormula();
    /// Loads a table made from a law like a file, shows the law in the data panel and overlays it on the model
    /// plots until other data are loaded. False (nothing changed) while a search runs.
    bool loadFormulaData(const darts::Table& table, const darts::Formula& law);
    /// The report of the current model: data, settings, equations, graph and plots, as one HTML file.
    QString reportHtml();
    /// Saves the search to `path` (answered later: see onSessionSaved).
    void saveSessionAs(const QString& path);
    /// Theme, plot colours, refresh rate and digits in equations, applied to the window at once.
    void applyPreferences(const Preferences& preferences);
    /// The "How DARTS searches" page (opened with F1).
    void showHelpPage();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Building the window
    void createPanels();
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreLayout();

    // User edits flowing to the search
    void onDataChanged();
    void onSettingsChanged();
    /// Takes values still being typed into the settings before a command runs.
    void commitEdits();

    // Search results flowing to the widgets
    void onStateChanged();
    void onProgress();
    void onStructureChanged();
    void onModelChanged();
    void onMessage(const QString& text, bool problem);
    void updateStatus();
    void onRefineProgress();
    /// Domain safety's notes and the constant-model report, shown above the equations.
    void updateNotes();
    void onHallOfFameChanged();
    /// Marks the hall of fame's entry of the model shown.
    void markLoadedEntry();
    /// Shows and raises a dock of the right side, at least as wide as its panel asks.
    void showWideDock(const QString& name);
    void openDialog();
    void editPreferences();
    void onSessionSaved(const QString& path, const QString& error);
    /// The dock's Run: its plan on the data and settings the window shows.
    void runModelSelection();
    /// Asks for a file and writes `text` there atomically; on failure says why and keeps everything in memory.
    void exportText(const QString& title, const QString& filter, const QString& suffix, const std::string& text);
    /// Writes `text` to `path` atomically; false (with a message box) when it cannot.
    bool writeExport(const QString& path, const std::string& text);

    SearchController m_controller;

    DataPanel* m_dataPanel = nullptr;
    PrimitivesPanel* m_primitivesPanel = nullptr;
    HyperparametersPanel* m_hyperparametersPanel = nullptr;
    LossPlot* m_lossPlot = nullptr;
    WeightsPlot* m_weightsPlot = nullptr;
    GraphPanel* m_graphPanel = nullptr;
    EquationView* m_equationView = nullptr;
    ModelPlots* m_modelPlots = nullptr;
    GapPlot* m_gapPlot = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    SelectionPanel* m_selectionPanel = nullptr;
    HallOfFamePanel* m_hallOfFamePanel = nullptr;
    QAction* m_hallOfFameAction = nullptr;
    QAction* m_exportHallOfFameAction = nullptr;
    QProgressBar* m_refineBar = nullptr;  // in the status bar while a refinement runs
    QAction* m_openSweepAction = nullptr;
    QAction* m_saveSweepAction = nullptr;
    QAction* m_selectionAction = nullptr;
    QAction* m_presenterAction = nullptr;
    double m_presenterScale = 1.0;
    void refreshGapPlot();
    /// The control behind a classroom key: a widget (dock, bar), an action, or a tab index.
    struct ClassroomTarget {
        QWidget* widget = nullptr;
        QAction* action = nullptr;
        int tab = -1;
    };
    QList<std::pair<ClassroomControl, ClassroomTarget>> classroomTargets() const;
    QTabWidget* m_centralTabs = nullptr;
    QLabel* m_problemBar = nullptr;
    QLabel* m_epochLabel = nullptr;
    QLabel* m_lossLabel = nullptr;
    QLabel* m_speedLabel = nullptr;
    QLabel* m_timeLabel = nullptr;
    QSpinBox* m_refitSteps = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_formulaAction = nullptr;
    std::shared_ptr<const darts::Table> m_lawTable;  // the table the model plots' true law belongs to
    QAction* m_quitAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QString m_sessionPath;  // where Save writes; empty until saved or opened
    QString m_recoveryPath;  // this process's autosave, removed when the window closes normally
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_stepAction = nullptr;
    QAction* m_stepArchitectureAction = nullptr;
    QDoubleSpinBox* m_speedLimit = nullptr;  // slow motion: epochs a second, 0 = unlimited
    QAction* m_continueAction = nullptr;
    QAction* m_resampleMaxAction = nullptr;
    QAction* m_resampleSampleAction = nullptr;
    QAction* m_refitAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_copyEquationsAction = nullptr;
    QAction* m_copyLatexAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    HelpPage* m_helpPage = nullptr;
    QList<QAction*> m_exportActions;  // enabled when there is a model
    bool m_applyingConfig = false;  // panels are being set programmatically: their signals are not edits
};

}  // namespace darts::gui
