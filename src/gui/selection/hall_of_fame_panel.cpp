#include "selection/hall_of_fame_panel.h"

#include "selection/hall_of_fame_model.h"
#include "selection/model_table.h"
#include "selection/pareto_plot.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace darts::gui {

HallOfFamePanel::HallOfFamePanel(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Hall of fame"));
    setWhatsThis(tr("<b>Hall of fame</b><p>Every equation the search has evaluated as a discrete model: the one "
                    "sampled at the end of each search, every one refinement tried, and those of every start of "
                    "a multi-start. Each is listed with its complexity (coefficients plus operations, each operation "
                    "counted by how complex it reads: exp or ln more than an addition) and its errors on the training "
                    "rows and on the held-out rows.</p><p>The front (★, and the line in "
                    "the plot) holds the best model at each complexity that no simpler model beats: read it from "
                    "the left to see what each extra term buys. Click a row or a point to load that model into "
                    "the equations, the graph and the plots.</p>"));
    setMinimumWidth(360);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Hall of fame status"));
    m_frontOnly = new QCheckBox(tr("Front o&nly"));
    m_frontOnly->setToolTip(tr("List only the models on the front"));
    m_frontOnly->setAccessibleName(tr("Front only"));
    m_load = new QPushButton(tr("L&oad model"));  // Alt+L is Model selection's Load model
    m_load->setToolTip(tr("Show the selected model in the equations, the graph and the plots"));
    m_load->setAccessibleName(tr("Load model from the hall of fame"));

    m_model = new HallOfFameModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HallOfFameModel::SortRole);
    m_proxy->setFilterRole(HallOfFameModel::FrontRole);
    m_proxy->setFilterKeyColumn(HallOfFameModel::Front);
    m_table = newModelTable(m_proxy);
    m_table->sortByColumn(HallOfFameModel::Complexity, Qt::AscendingOrder);
    m_table->setToolTip(tr("One row per model: click a header to sort, click a row to load its model"));
    m_table->setAccessibleName(tr("Hall of fame models"));

    m_plot = new ParetoPlot;
    m_plot->plot()->setAccessibleName(tr("Hall of fame: error against complexity"));
    m_plot->plot()->setToolTip(tr("Every model the search evaluated: its error against its complexity. The line "
                                  "joins the front, the best model at each complexity. Click a point to load it. "
                                  "Errors below a trillionth of the front's largest are drawn at that level."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_frontOnly);
    bar->addStretch(1);
    bar->addWidget(m_load);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_status);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_plot);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    const auto entryOf = [this](const QModelIndex& index) { return m_proxy->mapToSource(index).row(); };
    // A click loads at once, as on the plot; the arrow keys only move, Enter loads.
    connect(m_table, &QTableView::clicked, this, [this, entryOf](const QModelIndex& index) { emit loadRequested(entryOf(index)); });
    connect(m_table, &QTableView::activated, this, [this, entryOf](const QModelIndex& index) { emit loadRequested(entryOf(index)); });
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (const int entry = currentEntry(); entry >= 0) emit loadRequested(entry);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_load->setEnabled(currentEntry() >= 0); });
    connect(m_plot, &ParetoPlot::pointClicked, this, &HallOfFamePanel::loadRequested);
    connect(m_frontOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? QStringLiteral("true") : QString());
        updateStatus();
    });
    setHallOfFame(nullptr);
}

void HallOfFamePanel::setHallOfFame(std::shared_ptr<const darts::HallOfFame> hallOfFame) {
    m_model->setHallOfFame(hallOfFame);
    std::vector<ParetoPlot::Point> points;
    bool heldOut = false;
    if (hallOfFame) {
        const auto& entries = hallOfFame->entries();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            points.push_back({static_cast<int>(i), static_cast<double>(entries[i].complexity()), entries[i].error()});
            heldOut = heldOut || std::isfinite(entries[i].validationMse);
        }
    }
    // A noise-free law fitted exactly leaves errors of 1e-30 or 0, which a log axis would spread over dozens of
    // decades or leave out: below a trillionth of the front's largest error, a point is drawn at that floor. (The
    // front's, that of its simplest model, often a constant, so about the target's variance: a diverged model's
    // error far above it would lift the floor over real differences.)
    double largest = 0.0;
    if (hallOfFame)
        for (int i : hallOfFame->front())
            largest = std::max(largest, hallOfFame->entries()[static_cast<std::size_t>(i)].error());
    for (ParetoPlot::Point& p : points)
        if (std::isfinite(p.error)) p.error = std::max(p.error, largest * 1e-12);
    m_plot->setPoints(points, m_model->front(), tr("Complexity: coefficients + operation cost"),
                      heldOut ? tr("Held-out MSE") : tr("Training MSE"));
    // Without held-out rows its column would be all dashes. The error models are compared by comes before the
    // equation, the other one after it: a narrow dock shows the equation rather than a second error.
    m_table->setColumnHidden(HallOfFameModel::HeldOutMse, !heldOut);
    QHeaderView* header = m_table->horizontalHeader();
    const int trainingAt = header->visualIndex(HallOfFameModel::TrainingMse);
    const int equationAt = header->visualIndex(HallOfFameModel::Equation);
    if (heldOut != (trainingAt > equationAt)) header->moveSection(trainingAt, equationAt);
    fitColumns();
    m_load->setEnabled(currentEntry() >= 0);
    updateStatus();
}

void HallOfFamePanel::fitColumns() {
    // One line of text a row: hundreds of models should not take a screen each.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    fitModelColumns(m_table, HallOfFameModel::Equation, fontMetrics().averageCharWidth() * 48);
}

void HallOfFamePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitColumns();  // presenter view: the headers grew
}

void HallOfFamePanel::setLoadedEntry(int entry) {
    m_model->setLoadedEntry(entry);
    m_plot->setLoadedPoint(entry);
}

int HallOfFamePanel::rowOfEntry(int entry) const {
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(entry, 0));
    return index.isValid() ? index.row() : -1;
}

int HallOfFamePanel::currentEntry() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void HallOfFamePanel::updateStatus() {
    const int models = m_model->rowCount();
    if (models == 0) {
        m_status->setText(tr("No models yet: the search adds one when it samples a model, and refinement adds "
                             "every equation it tries."));
        return;
    }
    m_status->setText(tr("%n model(s), %1 on the front.", nullptr, models).arg(m_model->front().size()));
}

}  // namespace darts::gui
