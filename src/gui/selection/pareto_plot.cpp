#include "selection/pareto_plot.h"

#include "panels/figure_export.h"
#include "panels/plot_style.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace darts::gui {

ParetoPlot::ParetoPlot(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    m_plot->setAccessibleName(tr("Pareto front"));
    m_plot->setToolTip(tr("Every model of the run: its error on the held-out rows against its coefficients. The "
                          "front joins the models no simpler model beats. Click a point to load its model."));
    m_plot->setMinimumSize(260, 200);
    addFigureContextMenu(m_plot);

    m_all = m_plot->addGraph();
    m_all->setName(tr("Models"));
    m_all->setLineStyle(QCPGraph::lsNone);
    m_all->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(150, 150, 150), QColor(150, 150, 150), 7));
    m_frontGraph = m_plot->addGraph();
    m_frontGraph->setName(tr("Pareto front"));
    // Step-wise: between two front models, the best error reachable with at most that many coefficients.
    m_frontGraph->setLineStyle(QCPGraph::lsStepLeft);
    m_frontGraph->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 1.6));
    m_frontGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xd9, 0x5f, 0x02), QColor(0xd9, 0x5f, 0x02), 9));
    m_loaded = m_plot->addGraph();
    m_loaded->setName(tr("Loaded model"));
    m_loaded->setLineStyle(QCPGraph::lsNone);
    m_loaded->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0x1f, 0x5f, 0xb4), 2.5),
                                              Qt::NoBrush, 17));

    m_plot->xAxis->setLabel(tr("Coefficients"));
    m_plot->yAxis->setLabel(tr("Validation MSE"));
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(makeLogTicker());
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
    whole->setTickStep(1.0);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(whole);
    // Below the axes rather than inside: points of a sweep land in any corner, and a legend must hide none.
    m_plot->legend->setVisible(true);
    // Two entries a line: three are cut off in a narrow dock (German words are long). The fill order
    // set after the wrap rearranges the entries already there.
    m_plot->legend->setWrap(2);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 2));
    applyReadableFonts(m_plot);
    connect(m_plot, &QCustomPlot::mousePress, this, &ParetoPlot::onClick);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setResults(nullptr);
}

void ParetoPlot::setResults(const darts::SweepResults* results) {
    std::vector<Point> points;
    std::vector<int> front;
    bool validation = true;
    if (results) {
        for (std::size_t i = 0; i < results->points.size(); ++i) {
            const darts::StartResult& r = results->points[i].result;
            const double error = darts::selectionError(r);
            if (!r.hasModel() || !std::isfinite(error) || error <= 0.0) continue;
            if (!std::isfinite(r.scores.validationMse)) validation = false;
            points.push_back({static_cast<int>(i), static_cast<double>(r.scores.parameterCount), error});
        }
        for (std::size_t i : darts::paretoFront(results->points)) front.push_back(static_cast<int>(i));
    }
    // Without held-out rows the front is judged by the training error: say so on the axis.
    setPoints(points, front, tr("Coefficients"), validation ? tr("Validation MSE") : tr("Training MSE"));
}

void ParetoPlot::setPoints(const std::vector<Point>& points, const std::vector<int>& front, const QString& sizeLabel,
                           const QString& errorLabel) {
    m_shown.clear();
    m_coords.clear();
    m_front.clear();
    QVector<double> xs, ys, fx, fy;
    for (const Point& point : points) {
        if (!std::isfinite(point.error) || point.error <= 0.0) continue;
        m_shown.push_back(point.id);
        m_coords.emplace_back(point.size, point.error);
        xs.append(point.size);
        ys.append(point.error);
    }
    for (int id : front) {
        const auto k = std::find(m_shown.begin(), m_shown.end(), id) - m_shown.begin();
        if (k == static_cast<std::ptrdiff_t>(m_shown.size())) continue;
        m_front.push_back(id);
        fx.append(m_coords[static_cast<std::size_t>(k)].x());
        fy.append(m_coords[static_cast<std::size_t>(k)].y());
    }
    m_plot->xAxis->setLabel(sizeLabel);
    m_plot->yAxis->setLabel(errorLabel);
    m_all->setData(xs, ys);
    m_frontGraph->setData(fx, fy, true);
    m_loaded->data()->clear();
    if (xs.isEmpty()) {
        m_plot->xAxis->setRange(0.0, 10.0);
        m_plot->yAxis->setRange(1e-3, 1.0);
    } else {
        const auto [xLow, xHigh] = std::minmax_element(xs.begin(), xs.end());
        const auto [yLow, yHigh] = std::minmax_element(ys.begin(), ys.end());
        m_plot->xAxis->setRange(*xLow - 1.0, *xHigh + 1.0);
        // Padding on the log axis keeps the extreme points' markers off the frame: a factor of 1.6, more when the
        // errors span many decades (a decade is then only a few pixels high).
        const double pad = std::pow(10.0, std::max(0.2, 0.06 * std::log10(*yHigh / *yLow)));
        m_plot->yAxis->setRange(*yLow / pad, *yHigh * pad);
    }
    m_plot->replot();
}

void ParetoPlot::setLoadedPoint(int point) {
    m_loaded->data()->clear();
    for (std::size_t k = 0; k < m_shown.size(); ++k)
        if (m_shown[k] == point) m_loaded->addData(m_coords[k].x(), m_coords[k].y());
    m_plot->replot();
}

QPointF ParetoPlot::pixelOf(int point) const {
    for (std::size_t k = 0; k < m_shown.size(); ++k)
        if (m_shown[k] == point)
            return {m_plot->xAxis->coordToPixel(m_coords[k].x()), m_plot->yAxis->coordToPixel(m_coords[k].y())};
    return {-1.0, -1.0};
}

void ParetoPlot::onClick(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    // The nearest point within a finger's width. Models of the same size and nearly the same error sit on
    // one spot: among those the front's own point wins, then the lower error, as the eye sees the front.
    const auto onFront = [this](int point) { return std::find(m_front.begin(), m_front.end(), point) != m_front.end(); };
    int best = -1;
    double bestDistance = 12.0;
    for (std::size_t k = 0; k < m_shown.size(); ++k) {
        const QPointF p = pixelOf(m_shown[k]);
        const double distance = std::hypot(p.x() - event->position().x(), p.y() - event->position().y());
        if (distance >= 12.0) continue;
        const bool tie = best >= 0 && std::fabs(distance - bestDistance) < 1.5;
        const bool better = best < 0 || (tie ? (onFront(m_shown[k]) && !onFront(best)) ||
                                                   (onFront(m_shown[k]) == onFront(best) && m_coords[k].y() < errorOf(best))
                                             : distance < bestDistance);
        if (better) {
            best = m_shown[k];
            bestDistance = distance;
        }
    }
    if (best >= 0) emit pointClicked(best);
}

double ParetoPlot::errorOf(int point) const {
    for (std::size_t k = 0; k < m_shown.size(); ++k)
        if (m_shown[k] == point) return m_coords[k].y();
    return 0.0;
}

}  // namespace darts::gui
