#pragma once
/// @brief The "Model selection" dock: held-out validation, a multi-start or sweep run on every core
/// with its live progress, and its results as a table, a Pareto front and an error map, from which any
/// model is loaded into the window.

#include "data/table.h"
#include "select/sweep.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace darts::gui {

class ParetoPlot;
class SelectionRunner;
class SelectionSetup;
class SweepHeatmap;
class SweepResultsModel;
class ValidationControls;

class SelectionPanel : public QWidget {
    Q_OBJECT
public:
    explicit SelectionPanel(QWidget* parent = nullptr);
    ~SelectionPanel() override;

    ValidationControls* validation() const { return m_validation; }
    SelectionSetup* setup() const { return m_setup; }
    QTableView* table() const { return m_table; }
    ParetoPlot* paretoPlot() const { return m_pareto; }
    SweepHeatmap* heatmap() const { return m_heatmap; }
    QTabWidget* views() const { return m_views; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* loadButton() const { return m_load; }
    SweepResultsModel* resultsModel() const { return m_model; }

    /// Wide enough for the table's figures and a readable front beside the window's views.
    QSize sizeHint() const override { return {480, 860}; }

    bool isRunning() const;
    /// Runs the setup's plan on `table` with the window's settings; false (with a message) when it cannot.
    bool run(const darts::SearchConfig& base, std::shared_ptr<const darts::Table> table,
             const std::vector<std::string>& inputs, const std::vector<std::string>& targets);
    void stop();
    /// Shows results (of a run, or read from a file) whose data are `table`.
    void showResults(std::shared_ptr<const darts::SweepResults> results, std::shared_ptr<const darts::Table> table);
    const darts::SweepResults* results() const { return m_results.get(); }
    std::shared_ptr<const darts::Table> resultsTable() const { return m_resultsTable; }
    /// The best point by the setup's criterion (-1: none); BIC when validation is asked for without held-out rows.
    int bestPoint() const;
    /// Marks the point the window shows (bold row, ringed dot).
    void setLoadedPoint(int point);

signals:
    /// Run was pressed: the window answers with run() and its current settings and data.
    void runRequested();
    /// The user asked for this point's model (a click on the front, a double click on a row, Load model).
    void loadRequested(int point);
    /// A run ended with results (not when stopped before any); the window loads bestPoint().
    void runFinished(bool stopped);
    void message(const QString& text, bool problem);

private:
    void onProgress();
    void onFinished(std::shared_ptr<const darts::SweepResults> results, bool stopped, const QString& error);
    void updateButtons();
    int currentPoint() const;

    ValidationControls* m_validation = nullptr;
    SelectionSetup* m_setup = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_load = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    SweepResultsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTabWidget* m_views = nullptr;
    ParetoPlot* m_pareto = nullptr;
    SweepHeatmap* m_heatmap = nullptr;
    SelectionRunner* m_runner = nullptr;
    std::shared_ptr<const darts::SweepResults> m_results;
    std::shared_ptr<const darts::Table> m_resultsTable;
    std::shared_ptr<const darts::Table> m_runTable;  // the data of the run under way
};

}  // namespace darts::gui
