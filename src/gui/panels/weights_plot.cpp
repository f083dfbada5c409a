#include "panels/weights_plot.h"
#include "panels/figure_export.h"
#include "panels/plot_style.h"

#include "worker/search_history.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace darts::gui {

namespace {

/// Viridis: perceptually uniform, readable for colour-blind viewers, and neither end
/// disappears into a white or a dark background.
QCPColorGradient weightGradient() {
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
    gradient.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    gradient.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8c));
    gradient.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    gradient.setColorStopAt(1.00, QColor(0xfd, 0xe7, 0x25));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    // Before the first epoch the cells hold NaN: show them empty rather than as weight 0.
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

/// Tableau 10: ten hues that stay apart on white; past ten, the dash pattern tells lines apart.
QPen linePen(int index) {
    static const std::array<QColor, 10> colours = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
        QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    static const std::array<Qt::PenStyle, 3> styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    QPen pen(colours[static_cast<std::size_t>(index) % colours.size()], 2.0);
    pen.setStyle(styles[(static_cast<std::size_t>(index) / colours.size()) % styles.size()]);
    return pen;
}

/// A single row or column would get zero height from QCPColorMap (cell size = range / (size - 1)), so such a
/// dimension is stored twice over half the cell width.
void shapeMapData(QCPColorMapData* data, int columns, int rows) {
    data->setSize(std::max(columns, 2), std::max(rows, 2));
    data->setRange(columns > 1 ? QCPRange(0.0, columns - 1.0) : QCPRange(-0.25, 0.25),
                   rows > 1 ? QCPRange(0.0, rows - 1.0) : QCPRange(-0.25, 0.25));
    data->fill(std::numeric_limits<double>::quiet_NaN());
}

/// Sets one cell of data shaped by shapeMapData.
void setMapCell(QCPColorMapData* data, int column, int row, int columns, int rows, double value) {
    for (int c = column; c < (columns == 1 ? 2 : column + 1); ++c)
        for (int r = row; r < (rows == 1 ? 2 : row + 1); ++r) data->setCell(c, r, value);
}

/// A cell's number, dark on the light end of the gradient and white on the dark end.
void setCellText(QCPItemText* text, double value) {
    text->setText(QString::number(value, 'f', 2));
    text->setColor(value > 0.6 ? Qt::black : Qt::white);
}

/// Hidden numbers, one per cell, centred, with no mouse of their own.
QCPItemText* newCellText(QCustomPlot* plot, double x, double y) {
    auto* text = new QCPItemText(plot);
    text->position->setCoords(x, y);
    text->setPositionAlignment(Qt::AlignCenter);
    text->setFont(plotTickFont(plot));
    text->setSelectable(false);
    text->setVisible(false);
    return text;
}

}  // namespace

WeightsPlot::WeightsPlot(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Architecture weights"));
    setWhatsThis(tr("The architecture weights: for every edge (row) the share of every primitive (column) in the "
                    "mixture, the softmax of its α. A search that settles shows one bright cell per row. Click a "
                    "row to follow that edge's weights against the epochs below and to highlight it in the graph.") +
                 QStringLiteral("<p>") +
                 tr("With product nodes, the rows under the edges are the hidden nodes: each node's weight of adding "
                    "its incoming edges (+) and of multiplying them (×), learned like a primitive's.") +
                 QStringLiteral("</p>"));

    m_caption = new QLabel(tr("Mixture weights: no epochs yet"), this);
    m_caption->setToolTip(
        tr("Each row is an edge of the computation graph, each column a candidate operation; "
           "the colour is the operation's share of the edge's mixture"));
    m_caption->setAccessibleName(tr("Heatmap caption"));
    m_caption->setWordWrap(true);  // as the loss plot's line: never wider than the plots below it

    m_heatmap = new QCustomPlot(this);
    m_heatmap->setAccessibleName(tr("Heatmap of the architecture weights, edges by primitives"));
    m_heatmap->setAccessibleDescription(tr(
        "Rows are edges, columns are primitives, colour is the weight from 0 to 1. Click a row to select its edge."));
    m_heatmap->setToolTip(
        tr("Mixture weight of every primitive on every edge at the latest epoch. "
           "Click a row to follow that edge in the plot below."));
    m_heatmap->setMinimumSize(240, 140);
    m_heatmap->setCursor(Qt::PointingHandCursor);

    m_edgeCombo = new QComboBox(this);
    m_edgeCombo->setToolTip(tr("The edge whose weights are drawn against epoch below"));
    m_edgeCombo->setAccessibleName(tr("Edge shown against epoch"));
    m_edgeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* edgeLabel = new QLabel(tr("&Edge:"), this);
    edgeLabel->setBuddy(m_edgeCombo);
    edgeLabel->setToolTip(m_edgeCombo->toolTip());

    m_edgePlot = new QCustomPlot(this);
    m_edgePlot->setPlottingHint(QCP::phFastPolylines, true);  // redrawn up to 30 times a second
    m_edgePlot->setAccessibleName(tr("Weights of the selected edge against epoch"));
    m_edgePlot->setToolTip(tr("How the weight of each primitive on the selected edge changed over the epochs"));
    m_edgePlot->setMinimumSize(240, 140);
    addFigureContextMenu(m_heatmap);
    addFigureContextMenu(m_edgePlot);

    buildHeatmap();
    buildEdgeGraphs();

    connect(m_edgeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) selectEdge(index);
    });
    connect(m_heatmap, &QCustomPlot::mousePress, this, &WeightsPlot::onHeatmapPress);
    connect(m_heatmap, &QCustomPlot::mouseMove, this, &WeightsPlot::onHeatmapMove);
    // Cell numbers and tick label rotation depend on the cell size in pixels, known only after layout.
    connect(m_heatmap, &QCustomPlot::afterLayout, this, &WeightsPlot::updateCellTextVisibility);
    connect(m_edgePlot, &QCustomPlot::afterLayout, this, &WeightsPlot::fitEdgeLegend);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_caption);
    topLayout->addWidget(m_heatmap, 1);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* edgeRow = new QHBoxLayout;
    edgeRow->addWidget(edgeLabel);
    edgeRow->addWidget(m_edgeCombo);
    edgeRow->addStretch(1);
    bottomLayout->addLayout(edgeRow);
    bottomLayout->addWidget(m_edgePlot, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    auto* splitter = m_splitter;
    splitter->setToolTip(tr("Drag the handle to share the height between the heatmap and the edge plot"));
    splitter->setAccessibleName(tr("Heatmap and edge plot"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setStructure({}, {});
}

void WeightsPlot::buildHeatmap() {
    QCustomPlot* plot = m_heatmap;
    plot->axisRect()->setupFullAxesBox(false);
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->xAxis->setLabel(tr("Primitive"));
    plot->yAxis->setLabel(tr("Edge"));
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
        axis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    }
    // Edge 0 on top, as in the edge list and the architecture matrix.
    plot->yAxis->setRangeReversed(true);

    m_colorMap = new QCPColorMap(plot->xAxis, plot->yAxis);
    m_colorMap->setInterpolate(false);
    m_colorMap->setTightBoundary(false);

    m_colorScale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, m_colorScale);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setBarWidth(14);
    m_colorScale->setRangeDrag(false);
    m_colorScale->setRangeZoom(false);
    m_colorScale->setLabel(tr("Weight"));
    m_colorMap->setColorScale(m_colorScale);
    m_colorMap->setGradient(weightGradient());
    // Weights live in [0, 1]; a fixed range keeps colours comparable from one epoch to the next.
    m_colorMap->setDataRange(QCPRange(0.0, 1.0));
    m_colorScale->setDataRange(QCPRange(0.0, 1.0));

    auto* margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_colorScale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    m_selectionFrame = new QCPItemRect(plot);
    m_selectionFrame->setPen(QPen(QColor(0xff, 0x2d, 0x55), 3.0));
    m_selectionFrame->setBrush(Qt::NoBrush);

    applyReadableFonts(plot);
    QFont scaleFont = plotTickFont(plot);
    m_colorScale->axis()->setTickLabelFont(scaleFont);
    scaleFont.setPointSizeF(scaleFont.pointSizeF() + 1.0);
    m_colorScale->axis()->setLabelFont(scaleFont);
}

void WeightsPlot::buildEdgeGraphs() {
    QCustomPlot* plot = m_edgePlot;
    plot->xAxis->setLabel(tr("Epoch"));
    plot->yAxis->setLabel(tr("Weight"));
    plot->yAxis->setRange(-0.03, 1.03);
    plot->xAxis->setRange(0.0, 10.0);
    auto epochTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    epochTicker->setTickStep(1.0);
    epochTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(epochTicker);
    plot->xAxis->setNumberFormat(QStringLiteral("f"));
    plot->xAxis->setNumberPrecision(0);

    // The legend sits in its own column right of the axis rect, so it never hides the lines
    // (the winning primitive climbs to the top right corner, where an inset legend would be).
    plot->legend->setVisible(true);
    auto* legendColumn = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 1, legendColumn);
    legendColumn->addElement(0, 0, plot->legend);
    legendColumn->addElement(1, 0, new QCPLayoutElement(plot));  // spacer: keeps the legend at the top
    legendColumn->setRowStretchFactor(0, 0.001);
    legendColumn->setRowStretchFactor(1, 1.0);
    // Room on the right so the legend's frame is not drawn on the widget's edge.
    legendColumn->setMargins(QMargins(0, 12, 8, 0));
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    plot->legend->setBorderPen(QPen(QColor(0xb0, 0xb0, 0xb0)));
    applyReadableFonts(plot);
    keepTickLabelsApart(plot);  // epochs up to the thousands in a narrow dock
}

void WeightsPlot::setStructure(const QStringList& edgeLabels, const QStringList& primitiveNames,
                               const QStringList& nodeLabels) {
    m_edgeLabels = edgeLabels;
    m_primitiveNames = primitiveNames;
    m_nodeLabels = nodeLabels;
    const int edges = edgeCount();
    const int primitives = primitiveCount();

    {
        const QSignalBlocker block(m_edgeCombo);
        m_edgeCombo->clear();
        m_edgeCombo->addItems(edgeLabels);
        m_edgeCombo->setEnabled(edges > 1);
    }

    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int m = 0; m < primitives; ++m) xTicker->addTick(m, primitiveNames[m]);
    m_heatmap->xAxis->setTicker(xTicker);
    m_edgeLabelStep = 0;  // the y ticker is (re)built by updateCellTextVisibility, which knows the row height
    setEdgeLabelStep(1);
    const int rows = edges + nodeCount();
    if (rows != m_splitterEdges) {
        // About 20 px per heatmap row against about 220 px for the line plot; the splitter shares
        // the actual height in this proportion. Only when the row count changes, not to undo the user's drag.
        m_splitter->setSizes({rows * 20 + (nodeCount() > 0 ? 140 : 90), 220});
        m_splitterEdges = rows;
    }
    m_heatmap->xAxis->setRange(-0.5, std::max(primitives, 1) - 0.5);
    m_heatmap->yAxis->setRange(-0.5, std::max(edges, 1) - 0.5);

    // A single row or column would get zero height from QCPColorMap (cell size = range / (size - 1)),
    // so such a dimension is stored twice over half the cell width.
    shapeMapData(m_colorMap->data(), primitives, edges);
    m_colorMap->setVisible(edges > 0 && primitives > 0);

    for (QCPItemText* text : m_cellTexts) m_heatmap->removeItem(text);
    m_cellTexts.clear();
    for (int e = 0; e < edges; ++e)
        for (int m = 0; m < primitives; ++m) m_cellTexts.append(newCellText(m_heatmap, m, e));
    buildNodeRows();

    m_edgePlot->clearGraphs();
    m_lines.clear();
    for (int m = 0; m < primitives; ++m) {
        QCPGraph* graph = m_edgePlot->addGraph();
        graph->setName(primitiveNames[m]);
        graph->setPen(linePen(m));
        graph->setAdaptiveSampling(true);
        m_lines.append(graph);
    }

    const int previous = m_selected;
    m_selected = previous < edges ? previous : 0;
    {
        const QSignalBlocker block(m_edgeCombo);
        m_edgeCombo->setCurrentIndex(edges > 0 ? m_selected : -1);
    }
    clear();
    if (m_selected != previous && edges > 0) emit edgeSelected(m_selected);
}

void WeightsPlot::buildNodeRows() {
    QCustomPlot* plot = m_heatmap;
    for (QCPItemText* text : m_nodeTexts) plot->removeItem(text);
    m_nodeTexts.clear();
    const int nodes = nodeCount();
    if (nodes == 0) {
        if (m_nodeRect) {
            plot->removePlottable(m_nodeMap);
            plot->plotLayout()->remove(m_nodeRect);
            plot->plotLayout()->simplify();
            m_nodeRect = nullptr;
            m_nodeMap = nullptr;
        }
        return;
    }
    if (!m_nodeRect) {
        m_nodeRect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(1, 0, m_nodeRect);
        // The nodes' cells line up under the edges' whatever their labels' widths.
        auto* columns = new QCPMarginGroup(plot);
        plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, columns);
        m_nodeRect->setMarginGroup(QCP::msLeft | QCP::msRight, columns);
        QCPAxis* x = m_nodeRect->axis(QCPAxis::atBottom);
        QCPAxis* y = m_nodeRect->axis(QCPAxis::atLeft);
        for (QCPAxis* axis : m_nodeRect->axes()) {
            axis->grid()->setVisible(false);
            axis->setSubTicks(false);
            axis->setTickLength(0, 0);
        }
        x->setTicker(QSharedPointer<QCPAxisTickerText>::create());  // its labels: setNodeKindLabels()
        m_shortKindLabels = true;
        setNodeKindLabels(false);
        x->setLabel(tr("Node"));
        x->setRange(-0.5, 1.5);
        y->setRangeReversed(true);
        m_nodeMap = new QCPColorMap(x, y);
        m_nodeMap->setInterpolate(false);
        m_nodeMap->setTightBoundary(false);
        m_nodeMap->setColorScale(m_colorScale);  // one scale for edges and nodes: the colours compare
        applyReadableFonts(plot);
    }
    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int j = 0; j < nodes; ++j) rowTicker->addTick(j, tr("%1: + / ×").arg(m_nodeLabels[j]));
    m_nodeRect->axis(QCPAxis::atLeft)->setTicker(rowTicker);
    m_nodeRect->axis(QCPAxis::atLeft)->setRange(-0.5, nodes - 0.5);
    shapeMapData(m_nodeMap->data(), 2, nodes);
    // Each part's share of the height by its rows, plus room for its axis labels.
    plot->plotLayout()->setRowStretchFactor(0, std::max(edgeCount(), 1) + 2.5);
    plot->plotLayout()->setRowStretchFactor(1, nodes + 2.0);
    for (int j = 0; j < nodes; ++j) {
        for (int kind = 0; kind < 2; ++kind) {
            QCPItemText* text = newCellText(plot, kind, j);
            text->position->setAxes(m_nodeRect->axis(QCPAxis::atBottom), m_nodeRect->axis(QCPAxis::atLeft));
            text->setClipAxisRect(m_nodeRect);
            m_nodeTexts.append(text);
        }
    }
}

bool WeightsPlot::setNodeKindLabels(bool shortLabels) {
    if (shortLabels == m_shortKindLabels) return false;
    m_shortKindLabels = shortLabels;
    auto* kinds = static_cast<QCPAxisTickerText*>(m_nodeRect->axis(QCPAxis::atBottom)->ticker().data());
    kinds->clear();
    kinds->addTick(0, shortLabels ? QStringLiteral("+") : tr("+ sum"));
    kinds->addTick(1, shortLabels ? QStringLiteral("×") : tr("× product"));
    return true;
}

QString WeightsPlot::nodeCellText(int node, int kind) const {
    const int index = node * 2 + kind;
    return index >= 0 && index < m_nodeTexts.size() ? m_nodeTexts[index]->text() : QString();
}

const Eigen::MatrixXd* WeightsPlot::nodeWeightsAt(std::size_t index) const {
    if (!m_history || nodeCount() == 0 || index >= m_history->nodeWeights.size()) return nullptr;
    const Eigen::MatrixXd& w = m_history->nodeWeights[index];
    return w.rows() == nodeCount() && w.cols() == 2 ? &w : nullptr;
}

void WeightsPlot::setHistory(const SearchHistory* history) {
    m_history = history;
    clear();
    refresh();
}

void WeightsPlot::clear() {
    m_shownEpochs = 0;
    m_lastEpoch = 0;
    m_latest = 0;
    m_lineStride = 1;
    m_lineNext = 0;
    m_lineHasTail = false;
    m_colorMap->data()->fill(std::numeric_limits<double>::quiet_NaN());
    for (QCPItemText* text : m_cellTexts) text->setText(QString());
    if (m_nodeMap) m_nodeMap->data()->fill(std::numeric_limits<double>::quiet_NaN());
    for (QCPItemText* text : m_nodeTexts) text->setText(QString());
    for (QCPGraph* graph : m_lines) graph->data()->clear();
    m_edgePlot->xAxis->setRange(0.0, 10.0);
    m_caption->setText(edgeCount() > 0 ? tr("Mixture weights: no epochs yet")
                                       : tr("Mixture weights: no search set up"));
    updateSelectionFrame();
    updateCellTextVisibility();
    m_heatmap->replot(QCustomPlot::rpQueuedReplot);
    m_edgePlot->replot(QCustomPlot::rpQueuedReplot);
}

bool WeightsPlot::matches(std::size_t index) const {
    const Eigen::MatrixXd& w = m_history->weights[index];
    return w.rows() == edgeCount() && w.cols() == primitiveCount();
}

void WeightsPlot::refresh() {
    if (!m_history || edgeCount() == 0 || primitiveCount() == 0) return;
    const SearchHistory& h = *m_history;
    const std::size_t n = std::min(h.epochs.size(), h.weights.size());
    // The controller clears and refills the same history object on a reset; start over then.
    if (n < m_shownEpochs || (m_shownEpochs > 0 && h.epochs[m_shownEpochs - 1] != m_lastEpoch)) clear();
    if (n == m_shownEpochs) return;

    if (matches(n - 1)) {
        m_latest = n;
        updateHeatmap();
    }
    appendEdgeLines(n);
    m_shownEpochs = n;
    m_lastEpoch = h.epochs[n - 1];

    const double first = h.epochs.front();
    const double last = m_lastEpoch;
    m_edgePlot->xAxis->setRange(first, last > first ? last : first + 1.0);
    m_heatmap->replot(QCustomPlot::rpQueuedReplot);
    m_edgePlot->replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::updateHeatmap() {
    if (m_latest == 0) return;
    const Eigen::MatrixXd& w = m_history->weights[m_latest - 1];
    const int edges = edgeCount();
    const int primitives = primitiveCount();
    for (int e = 0; e < edges; ++e) {
        for (int m = 0; m < primitives; ++m) {
            setMapCell(m_colorMap->data(), m, e, primitives, edges, w(e, m));
            setCellText(m_cellTexts[e * primitives + m], w(e, m));
        }
    }
    if (const Eigen::MatrixXd* nodes = nodeWeightsAt(m_latest - 1)) {
        for (int j = 0; j < nodeCount(); ++j) {
            for (int kind = 0; kind < 2; ++kind) {
                setMapCell(m_nodeMap->data(), kind, j, 2, nodeCount(), (*nodes)(j, kind));
                setCellText(m_nodeTexts[j * 2 + kind], (*nodes)(j, kind));
            }
        }
    }
    m_caption->setText(
        tr("Mixture weights at epoch %1 (click a row to follow that edge below)").arg(m_history->epochs[m_latest - 1]));
}

void WeightsPlot::rebuildEdgeLines() {
    for (QCPGraph* graph : m_lines) graph->data()->clear();
    m_lineHasTail = false;
    m_lineNext = 0;
    m_lineStride = 1;
    if (!m_history) return;
    const std::size_t n = std::min({m_shownEpochs, m_history->epochs.size(), m_history->weights.size()});
    while ((n + m_lineStride - 1) / m_lineStride > static_cast<std::size_t>(maxLinePoints)) m_lineStride *= 2;
    appendEdgeLines(n);
}

void WeightsPlot::appendEdgeLines(std::size_t end) {
    if (!m_history || m_lines.isEmpty() || m_selected < 0 || m_selected >= edgeCount()) return;
    const SearchHistory& h = *m_history;

    // Too many points at the current stride: double it and start over. That happens about
    // log2(100,000 / 5,000) times in a long search, so each refresh stays cheap.
    if ((end + m_lineStride - 1) / m_lineStride > static_cast<std::size_t>(maxLinePoints)) {
        m_shownEpochs = std::max(m_shownEpochs, end);
        rebuildEdgeLines();
        return;
    }
    // The previous latest point was provisional (not on the stride): it makes way for the new ones.
    if (m_lineHasTail) {
        for (QCPGraph* graph : m_lines)
            if (!graph->data()->isEmpty()) graph->data()->remove((graph->data()->constEnd() - 1)->key);
        m_lineHasTail = false;
    }

    const int primitives = primitiveCount();
    QVector<double> keys;
    std::vector<QVector<double>> values(static_cast<std::size_t>(primitives));
    bool sorted = true;
    double previousKey = m_lines.front()->data()->isEmpty() ? -std::numeric_limits<double>::infinity()
                                                            : (m_lines.front()->data()->constEnd() - 1)->key;
    auto take = [&](std::size_t i) {
        if (!matches(i)) return;
        const double key = h.epochs[i];
        if (key <= previousKey) sorted = false;
        previousKey = key;
        keys.append(key);
        for (int m = 0; m < primitives; ++m) values[static_cast<std::size_t>(m)].append(h.weights[i](m_selected, m));
    };
    std::size_t i = m_lineNext;
    for (; i < end; i += m_lineStride) take(i);
    m_lineNext = i;
    // Always end on the latest epoch, so the lines reach the heatmap's values.
    if (end > 0 && m_lineNext - m_lineStride != end - 1) {
        const qsizetype before = keys.size();
        take(end - 1);
        m_lineHasTail = keys.size() > before;
    }
    // Sorted keys let QCustomPlot append at the end instead of re-sorting.
    for (int m = 0; m < primitives; ++m) m_lines[m]->addData(keys, values[static_cast<std::size_t>(m)], sorted);
}

void WeightsPlot::selectEdge(int edgeIndex) {
    if (edgeIndex < 0 || edgeIndex >= edgeCount() || edgeIndex == m_selected) return;
    m_selected = edgeIndex;
    {
        const QSignalBlocker block(m_edgeCombo);
        m_edgeCombo->setCurrentIndex(edgeIndex);
    }
    updateSelectionFrame();
    rebuildEdgeLines();
    m_heatmap->replot(QCustomPlot::rpQueuedReplot);
    m_edgePlot->replot(QCustomPlot::rpQueuedReplot);
    emit edgeSelected(edgeIndex);
}

void WeightsPlot::updateSelectionFrame() {
    const bool visible = m_selected >= 0 && m_selected < edgeCount() && primitiveCount() > 0;
    m_selectionFrame->setVisible(visible);
    if (!visible) return;
    // Slightly inside the row so that the frame's width is not clipped by the axis rect.
    m_selectionFrame->topLeft->setCoords(-0.49, m_selected - 0.47);
    m_selectionFrame->bottomRight->setCoords(primitiveCount() - 0.51, m_selected + 0.47);
}

void WeightsPlot::updateCellTextVisibility() {
    const int edges = edgeCount();
    const int primitives = primitiveCount();
    const QRect rect = m_heatmap->axisRect()->rect();
    // Before the widget is shown the rect is empty: nothing to judge by yet.
    if (edges == 0 || primitives == 0 || rect.isEmpty()) return;
    const double cellWidth = rect.width() / static_cast<double>(primitives);
    const double cellHeight = rect.height() / static_cast<double>(edges);

    const QFontMetrics cellMetrics(plotTickFont(m_heatmap));
    const bool showNumbers = m_latest > 0 && cellWidth >= cellMetrics.horizontalAdvance(QStringLiteral("0.00")) + 8 &&
                             cellHeight >= cellMetrics.height() + 2;
    for (QCPItemText* text : m_cellTexts) text->setVisible(showNumbers);
    bool relayout = false;
    if (m_nodeRect) {
        const double nodeHeight = m_nodeRect->rect().height() / static_cast<double>(std::max(nodeCount(), 1));
        for (QCPItemText* text : m_nodeTexts) text->setVisible(m_latest > 0 && nodeHeight >= cellMetrics.height() + 2);
        // "+ sum" and "× product" collide in narrow columns: "+" and "×" then.
        const QFontMetrics kindMetrics(m_nodeRect->axis(QCPAxis::atBottom)->tickLabelFont());
        const int widest = std::max(kindMetrics.horizontalAdvance(tr("+ sum")), kindMetrics.horizontalAdvance(tr("× product")));
        relayout = setNodeKindLabels(widest + 12 > m_nodeRect->rect().width() / 2) || relayout;
        // A node's row is never lower than its label, which names it alone (the edges' may skip some).
        const QSize minimum(0, nodeCount() * (QFontMetrics(m_nodeRect->axis(QCPAxis::atLeft)->tickLabelFont()).height() + 2));
        if (m_nodeRect->minimumSize() != minimum) {
            m_nodeRect->setMinimumSize(minimum);
            relayout = true;
        }
    }

    // Rows lower than a line of text: label every k-th edge only (hovering names every cell).
    const QFontMetrics edgeMetrics(m_heatmap->yAxis->tickLabelFont());
    const int step = std::max(1, static_cast<int>(std::ceil(0.9 * edgeMetrics.height() / std::max(cellHeight, 1.0))));
    relayout = setEdgeLabelStep(step) || relayout;

    // Long primitive names ("linear_logistic") collide in narrow columns: tilt them then, by the least angle at
    // which neighbours clear each other (a line's height across, a cell apart), so that they take the least
    // height; in steps of 15°, so that a few pixels more or less do not tilt them to and fro.
    const QFontMetrics tickMetrics(m_heatmap->xAxis->tickLabelFont());
    int widest = 0;
    for (const QString& name : m_primitiveNames) widest = std::max(widest, tickMetrics.horizontalAdvance(name));
    double rotation = 0.0;
    if (widest + 6 > cellWidth) {
        const double clearing = std::asin(std::min(1.0, (tickMetrics.height() + 1.0) / std::max(cellWidth, 1.0)));
        rotation = -std::max(30.0, std::ceil(clearing * 180.0 / M_PI / 15.0) * 15.0);
    }
    if (m_heatmap->xAxis->tickLabelRotation() != rotation) {
        m_heatmap->xAxis->setTickLabelRotation(rotation);
        relayout = true;
    }
    // The plot is never lower than its labels, a few rows of edges and the nodes' rows need: the splitter takes
    // the height from the edge plot below rather than squeezing the cells out. (The margins are those of the last
    // layout, so this follows a change of rotation or of fonts by one frame.)
    const QSize edgeRows(0, 3 * edgeMetrics.height());
    if (m_heatmap->axisRect()->minimumSize() != edgeRows) m_heatmap->axisRect()->setMinimumSize(edgeRows);
    const int needed = std::max(140, m_heatmap->plotLayout()->minimumOuterSizeHint().height());
    if (m_heatmap->minimumHeight() != needed) m_heatmap->setMinimumHeight(needed);
    // A short colour scale gets fewer labels (0, 0.5, 1 at the least) rather than labels on top of each other.
    const QFontMetrics scaleMetrics(m_colorScale->axis()->tickLabelFont());
    const int scaleTicks = std::clamp(m_colorScale->axis()->axisRect()->height() / (2 * scaleMetrics.height()), 2, 5);
    if (m_colorScale->axis()->ticker()->tickCount() != scaleTicks) {
        m_colorScale->axis()->ticker()->setTickCount(scaleTicks);
        relayout = true;
    }
    // Ticks and margins were computed before this signal: lay out again on the next frame.
    if (relayout) m_heatmap->replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::fitEdgeLegend() {
    // Ten primitives or more in a short plot: squeezed into one column the names would overlap, so two columns
    // when the plot is wide enough to keep a useful axis beside them.
    QCPLegend* legend = m_edgePlot->legend;
    // A grid's cells, some empty once it has wrapped (an odd count, graphs removed since).
    int items = 0, widest = 0, line = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem* item = legend->item(i)) {
            ++items;
            widest = std::max(widest, item->minimumOuterSizeHint().width());
            line = std::max(line, item->minimumOuterSizeHint().height() + legend->rowSpacing());
        }
    if (items == 0) return;
    const QMargins frame = legend->margins() + legend->layout()->margins();
    const int room = m_edgePlot->height() - frame.top() - frame.bottom();
    const bool wide = m_edgePlot->width() >= 2 * (widest + legend->columnSpacing()) + frame.left() + frame.right() + 200;
    const int wrap = items * line > room && wide ? (items + 1) / 2 : 0;
    if (legend->wrap() == wrap) return;
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
    m_edgePlot->replot(QCustomPlot::rpQueuedReplot);
}

bool WeightsPlot::setEdgeLabelStep(int step) {
    if (step == m_edgeLabelStep) return false;
    m_edgeLabelStep = step;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int e = 0; e < edgeCount(); e += step) ticker->addTick(e, m_edgeLabels[e]);
    m_heatmap->yAxis->setTicker(ticker);
    return true;
}

bool WeightsPlot::nodeCellAt(const QPointF& pos, int* node, int* kind) const {
    if (!m_nodeRect || !m_nodeRect->rect().contains(pos.toPoint())) return false;
    const int k = static_cast<int>(std::lround(m_nodeRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x())));
    const int j = static_cast<int>(std::lround(m_nodeRect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y())));
    if (k < 0 || k > 1 || j < 0 || j >= nodeCount()) return false;
    *node = j;
    *kind = k;
    return true;
}

bool WeightsPlot::cellAt(const QPointF& pos, int* edge, int* primitive) const {
    if (edgeCount() == 0 || primitiveCount() == 0) return false;
    if (!m_heatmap->axisRect()->rect().contains(pos.toPoint())) return false;
    const int m = static_cast<int>(std::lround(m_heatmap->xAxis->pixelToCoord(pos.x())));
    const int e = static_cast<int>(std::lround(m_heatmap->yAxis->pixelToCoord(pos.y())));
    if (m < 0 || m >= primitiveCount() || e < 0 || e >= edgeCount()) return false;
    *edge = e;
    *primitive = m;
    return true;
}

void WeightsPlot::onHeatmapPress(QMouseEvent* event) {
    int edge = 0;
    int primitive = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position(), &edge, &primitive)) selectEdge(edge);
}

void WeightsPlot::onHeatmapMove(QMouseEvent* event) {
    int edge = 0;
    int primitive = 0;
    QString tip;
    if (cellAt(event->position(), &edge, &primitive)) {
        // The history may have been reset since the last refresh(): check before reading it.
        const bool known = m_history && m_latest > 0 && m_latest <= m_history->weights.size() && matches(m_latest - 1);
        const QString value =
            known ? QString::number(m_history->weights[m_latest - 1](edge, primitive), 'f', 3) : tr("no value yet");
        tip = tr("Edge %1, primitive %2: weight %3").arg(m_edgeLabels[edge], m_primitiveNames[primitive], value);
    } else if (int node = 0, kind = 0; nodeCellAt(event->position(), &node, &kind)) {
        const Eigen::MatrixXd* weights = m_latest > 0 && m_history && m_latest <= m_history->weights.size()
                                             ? nodeWeightsAt(m_latest - 1)
                                             : nullptr;
        tip = weights ? tr("Node %1 adds its edges with weight %2 and multiplies them with weight %3")
                            .arg(m_nodeLabels[node])
                            .arg((*weights)(node, 0), 0, 'f', 3)
                            .arg((*weights)(node, 1), 0, 'f', 3)
                      : tr("Node %1: no value yet").arg(m_nodeLabels[node]);
    } else {
        tip =
            tr("Mixture weight of every primitive on every edge at the latest epoch. "
               "Click a row to follow that edge in the plot below.");
    }
    if (tip != m_heatmap->toolTip()) {
        m_heatmap->setToolTip(tip);
        // An open tooltip would keep showing the previous cell.
        if (QToolTip::isVisible()) QToolTip::showText(event->globalPosition().toPoint(), tip, m_heatmap);
    }
}

}  // namespace darts::gui
