#include "selection/sweep_heatmap.h"

#include "panels/figure_export.h"
#include "panels/plot_style.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QStackedLayout>

#include <algorithm>
#include <cmath>
#include <string>

namespace darts::gui {
namespace {

int axisOf(const darts::SweepPlan& plan, const char* name) {
    for (std::size_t i = 0; i < plan.axes.size(); ++i)
        if (plan.axes[i].name == name) return static_cast<int>(i);
    return -1;
}

/// Category labels: the axis values as the plan wrote them, one tick per cell.
QSharedPointer<QCPAxisTickerText> categoryTicker(const darts::SweepAxis& axis) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < axis.values.size(); ++i)
        ticker->addTick(static_cast<double>(i), QString::fromStdString(axis.values[i]));
    return ticker;
}

}  // namespace

SweepHeatmap::SweepHeatmap(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    m_plot->setAccessibleName(tr("Validation error map"));
    m_plot->setToolTip(tr("Mean validation MSE of the models with each number of hidden nodes and each complexity "
                          "penalty (over the other axes, seeds for instance): dark is better"));
    m_plot->setMinimumSize(260, 200);
    addFigureContextMenu(m_plot);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setDataScaleType(QCPAxis::stLogarithmic);
    m_scale->axis()->setTicker(makeLogTicker());
    m_scale->axis()->setNumberFormat(QStringLiteral("gb"));
    m_scale->axis()->setLabel(tr("Mean validation MSE"));
    m_map->setColorScale(m_scale);
    // Viridis (QCustomPlot 2.1 has no preset of it): dark for low error, so the eye finds the best cell
    // first, and readable by the colour-blind and in grey print.
    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, QColor(0x44, 0x01, 0x54)},
                            {0.25, QColor(0x3b, 0x52, 0x8b)},
                            {0.5, QColor(0x21, 0x91, 0x8c)},
                            {0.75, QColor(0x5e, 0xc9, 0x62)},
                            {1.0, QColor(0xfd, 0xe7, 0x25)}});
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    m_plot->xAxis->setLabel(QString::fromLatin1(kColumnAxis));
    m_plot->yAxis->setLabel(QString::fromLatin1(kRowAxis));
    // The colour scale's margin lines up with the plot's, so that both have the same height.
    auto* group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    applyReadableFonts(m_plot);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setAccessibleName(tr("Validation error map"));
    m_note->setText(tr("The map needs a sweep with both num_graph_nodes and arch_weight_decay_df as axes."));

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_note);
    m_stack->addWidget(m_plot);
    setResults(nullptr);
}

bool SweepHeatmap::hasMap() const { return m_stack->currentWidget() == m_plot; }

double SweepHeatmap::cellValue(int columnValue, int rowValue) const {
    return m_map->data()->data(columnValue, rowValue);  // the map's coordinates are the value indices
}

void SweepHeatmap::setResults(const darts::SweepResults* results) {
    const int rowAxis = results ? axisOf(results->plan, kRowAxis) : -1;
    const int columnAxis = results ? axisOf(results->plan, kColumnAxis) : -1;
    if (rowAxis < 0 || columnAxis < 0) {
        m_note->setText(results ? tr("The map needs a sweep with both num_graph_nodes and arch_weight_decay_df as "
                                     "axes; this one has neither or only one.")
                                : tr("The map needs a sweep with both num_graph_nodes and arch_weight_decay_df as "
                                     "axes."));
        m_stack->setCurrentWidget(m_note);
        return;
    }
    const darts::SweepAxis& rows = results->plan.axes[rowAxis];
    const darts::SweepAxis& columns = results->plan.axes[columnAxis];
    const int nx = static_cast<int>(columns.values.size()), ny = static_cast<int>(rows.values.size());
    std::vector<double> sum(static_cast<std::size_t>(nx * ny), 0.0);
    std::vector<int> count(sum.size(), 0);
    for (const darts::SweepPoint& point : results->points) {
        const double error = darts::selectionError(point.result);
        if (!point.result.hasModel() || !std::isfinite(error) || error <= 0.0) continue;
        const std::vector<std::string> values = results->plan.pointValues(point.index);
        int x = -1, y = -1;
        for (int i = 0; i < nx; ++i)
            if (columns.values[i] == values[columnAxis]) x = i;
        for (int i = 0; i < ny; ++i)
            if (rows.values[i] == values[rowAxis]) y = i;
        if (x < 0 || y < 0) continue;
        sum[y * nx + x] += error;
        ++count[y * nx + x];
    }
    // QCPColorMap draws a dimension of one cell with no width: such an axis gets two equal cells, each half
    // as wide, so that the one value still fills its column or row.
    const int cellsX = nx == 1 ? 2 : nx, cellsY = ny == 1 ? 2 : ny;
    m_map->data()->setSize(cellsX, cellsY);
    m_map->data()->setRange(nx == 1 ? QCPRange(-0.25, 0.25) : QCPRange(0.0, nx - 1.0),
                            ny == 1 ? QCPRange(-0.25, 0.25) : QCPRange(0.0, ny - 1.0));
    double low = 0.0, high = 0.0;
    bool any = false;
    for (int cy = 0; cy < cellsY; ++cy)
        for (int cx = 0; cx < cellsX; ++cx) {
            const int x = nx == 1 ? 0 : cx, y = ny == 1 ? 0 : cy;
            const std::size_t k = static_cast<std::size_t>(y * nx + x);
            // A cell without a model stays empty (NaN draws transparent) rather than pretending a value.
            const double mean = count[k] > 0 ? sum[k] / count[k] : std::nan("");
            m_map->data()->setCell(cx, cy, mean);
            if (count[k] == 0) continue;
            low = any ? std::min(low, mean) : mean;
            high = any ? std::max(high, mean) : mean;
            any = true;
        }
    m_map->setDataRange(any ? QCPRange(low, high > low * 1.01 ? high : low * 1.1) : QCPRange(1e-3, 1.0));
    m_plot->xAxis->setTicker(categoryTicker(columns));
    m_plot->yAxis->setTicker(categoryTicker(rows));
    m_plot->xAxis->setRange(-0.5, nx - 0.5);
    m_plot->yAxis->setRange(-0.5, ny - 0.5);
    m_stack->setCurrentWidget(m_plot);
    m_plot->replot();
}

}  // namespace darts::gui
