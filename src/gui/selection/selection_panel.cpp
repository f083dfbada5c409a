#include "selection/selection_panel.h"

#include "data/examples.h"
#include "selection/model_table.h"
#include "selection/pareto_plot.h"
#include "selection/results_model.h"
#include "selection/selection_runner.h"
#include "selection/selection_setup.h"
#include "selection/sweep_heatmap.h"
#include "selection/validation_controls.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace darts::gui {

SelectionPanel::SelectionPanel(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Model selection"));
    setWhatsThis(tr("One search can settle on a poor model by chance, and the best settings are rarely known in "
                    "advance. Here many searches run at once: restarts of the window's settings with other seeds, "
                    "or a sweep over settings such as the number of nodes and the complexity penalty. Hold out "
                    "rows for validation so that the models are compared on data they never saw. The table lists "
                    "every model; the Pareto front shows which are worth their size. The best one is loaded when "
                    "the run ends; click another point or double-click a row to load that one instead."));
    setMinimumWidth(360);  // narrower, the table shows one column and the front's legend is cut
    m_validation = new ValidationControls;
    m_setup = new SelectionSetup;
    m_runner = new SelectionRunner(this);

    m_run = new QPushButton(tr("&Run"));
    m_run->setToolTip(tr("Run every search of the plan on the window's data and settings, several at once"));
    m_run->setAccessibleName(tr("Run model selection"));
    m_stop = new QPushButton(tr("S&top"));
    m_stop->setToolTip(tr("Stop every search of the run now; finished ones keep their models"));
    m_stop->setAccessibleName(tr("Stop model selection"));
    m_load = new QPushButton(tr("&Load model"));
    m_load->setToolTip(tr("Show the selected row's model in the window, to look at it or continue its search"));
    m_load->setAccessibleName(tr("Load model"));
    m_status = new QLabel(tr("No run yet."));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Model selection status"));
    m_status->setToolTip(tr("What the run is doing, or how it ended"));

    m_model = new SweepResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SweepResultsModel::SortRole);
    m_table = newModelTable(m_proxy);
    m_table->setToolTip(tr("One row per search: click a header to sort, double-click a row to load its model"));
    m_table->setAccessibleName(tr("Model selection results"));

    m_pareto = new ParetoPlot;
    m_heatmap = new SweepHeatmap;
    m_views = new QTabWidget;
    m_views->addTab(m_pareto, tr("Pareto front"));
    m_views->addTab(m_heatmap, tr("Error map"));
    m_views->setAccessibleName(tr("Model selection plots"));
    m_views->setToolTip(tr("The run's models as a Pareto front, or as a map over nodes and penalty"));

    auto* settingsBox = new QGroupBox(tr("Validation"));
    (new QVBoxLayout(settingsBox))->addWidget(m_validation);
    auto* planBox = new QGroupBox(tr("Run"));
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_setup);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    planLayout->addLayout(buttons);
    planLayout->addWidget(m_status);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(settingsBox);
    topLayout->addWidget(planBox);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_table);
    split->addWidget(m_views);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_run, &QPushButton::clicked, this, &SelectionPanel::runRequested);
    connect(m_stop, &QPushButton::clicked, this, &SelectionPanel::stop);
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (const int point = currentPoint(); point >= 0) emit loadRequested(point);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const int point = m_model->pointOfRow(m_proxy->mapToSource(index).row()); point >= 0)
            emit loadRequested(point);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SelectionPanel::updateButtons);
    connect(m_pareto, &ParetoPlot::pointClicked, this, &SelectionPanel::loadRequested);
    connect(m_runner, &SelectionRunner::progressed, this, &SelectionPanel::onProgress);
    connect(m_runner, &SelectionRunner::finished, this, &SelectionPanel::onFinished);
    updateButtons();
}

SelectionPanel::~SelectionPanel() = default;  // the runner, a child, stops and joins its thread

bool SelectionPanel::isRunning() const { return m_runner->isRunning(); }

bool SelectionPanel::run(const darts::SearchConfig& base, std::shared_ptr<const darts::Table> table,
                         const std::vector<std::string>& inputs, const std::vector<std::string>& targets) {
    if (isRunning()) return false;
    darts::SweepPlan plan;
    try {
        plan = m_setup->plan(base, inputs, targets);
    } catch (const std::exception& e) {
        m_status->setText(tr("Cannot run: %1").arg(QString::fromStdString(e.what())));
        emit message(m_status->text(), true);
        return false;
    }
    // A plan names its data; the results file embeds the table anyway, so this only says where it came from.
    const std::string& source = table->source;
    const auto& examples = darts::builtInExamples();
    if (std::any_of(examples.begin(), examples.end(), [&](const darts::Example& e) { return e.name == source; }))
        plan.example = source;
    else
        plan.dataPath = source.empty() ? std::string("data.csv") : source;
    if (m_setup->selectBy() == darts::SelectBy::Validation && base.validation_share <= 0.0)
        emit message(tr("No rows are held out for validation: the best model is chosen by BIC."), false);
    m_model->setPlan(plan);
    // In plan order while it runs: rows sorted by progress would jump about under the user's eyes.
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_pareto->setResults(nullptr);
    m_heatmap->setResults(nullptr);
    m_results.reset();
    m_runTable = table;
    if (!m_runner->start(plan, std::move(table), m_setup->jobs())) return false;  // finished() said why
    m_status->setText(tr("Running %n search(es)…", nullptr, static_cast<int>(plan.pointCount())));
    updateButtons();
    return true;
}

void SelectionPanel::stop() {
    m_runner->stop();
    if (isRunning()) m_status->setText(tr("Stopping…"));
}

void SelectionPanel::onProgress() { m_model->setProgress(m_runner->progress()); }

void SelectionPanel::onFinished(std::shared_ptr<const darts::SweepResults> results, bool stopped, const QString& error) {
    if (!results) {
        m_model->setResults(m_results);  // the rows of the run that never began go; earlier results come back
        m_status->setText(tr("Cannot run: %1").arg(error));
        emit message(m_status->text(), true);
        updateButtons();
        return;
    }
    showResults(results, m_runTable);
    m_runTable.reset();
    int models = 0;
    for (const darts::SweepPoint& point : results->points) models += point.result.hasModel() ? 1 : 0;
    m_status->setText(stopped ? tr("Stopped: %1 of %2 searches gave a model.").arg(models).arg(results->points.size())
                              : tr("Done: %1 of %2 searches gave a model.").arg(models).arg(results->points.size()));
    emit runFinished(stopped);
}

void SelectionPanel::showResults(std::shared_ptr<const darts::SweepResults> results,
                                 std::shared_ptr<const darts::Table> table) {
    m_results = std::move(results);
    m_resultsTable = std::move(table);
    m_model->setResults(m_results);
    // Best first, by the error the front is judged by.
    bool validated = false;
    if (m_results)
        for (const darts::SweepPoint& point : m_results->points)
            validated = validated || std::isfinite(point.result.scores.validationMse);
    m_table->sortByColumn(validated ? m_model->validationColumn() : m_model->bicColumn(), Qt::AscendingOrder);
    m_pareto->setResults(m_results.get());
    m_heatmap->setResults(m_results.get());
    fitModelColumns(m_table, m_model->columnCount() - 1, 420);
    if (m_results && !isRunning())
        m_status->setText(tr("%n search(es).", nullptr, static_cast<int>(m_results->points.size())));
    updateButtons();
}

int SelectionPanel::bestPoint() const {
    if (!m_results) return -1;
    std::vector<darts::StartResult> starts;
    for (const darts::SweepPoint& point : m_results->points) starts.push_back(point.result);
    const int best = darts::bestStart(starts, m_setup->selectBy());
    // Without held-out rows every validation MSE is NaN: then the size-aware criterion decides.
    return best >= 0 ? best : darts::bestStart(starts, darts::SelectBy::Bic);
}

void SelectionPanel::setLoadedPoint(int point) {
    m_model->setLoadedPoint(point);
    m_pareto->setLoadedPoint(point);
    if (point < 0) return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfPoint(point), 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

int SelectionPanel::currentPoint() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_model->pointOfRow(m_proxy->mapToSource(rows.first()).row());
}

void SelectionPanel::updateButtons() {
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_setup->setEnabled(!running);
    m_validation->setEnabled(!running);
    m_load->setEnabled(!running && currentPoint() >= 0);
}

}  // namespace darts::gui
