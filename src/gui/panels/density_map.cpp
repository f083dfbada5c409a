#include "panels/density_map.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace darts::gui {
namespace {
const QColor kLight(0xc6, 0xdb, 0xef), kMiddle(0x42, 0x92, 0xc6), kDark(0x08, 0x30, 0x6b);
}  // namespace

DensityMap::DensityMap(QCustomPlot* plot) {
    const QString layer = QStringLiteral("density");
    if (!plot->layer(layer)) plot->addLayer(layer, plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    m_map = new QCPColorMap(plot->xAxis, plot->yAxis);
    m_map->setLayer(layer);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, kLight);  // one row: light, yet clearly not empty
    gradient.setColorStopAt(0.5, kMiddle);
    gradient.setColorStopAt(1.0, kDark);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    m_map->removeFromLegend();
    m_map->setVisible(false);
}

void DensityMap::show(const Eigen::Ref<const Eigen::VectorXd>& xs, const Eigen::Ref<const Eigen::VectorXd>& ys,
                      const QCPRange& xRange, const QCPRange& yRange) {
    QCPColorMapData* data = m_map->data();
    data->setSize(kCells, kCells);
    data->setRange(xRange, yRange);  // cell centres span the ranges
    Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(kCells, kCells);
    const double xStep = xRange.size() / (kCells - 1), yStep = yRange.size() / (kCells - 1);
    for (Eigen::Index i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i])) continue;
        const double cx = std::round((xs[i] - xRange.lower) / xStep), cy = std::round((ys[i] - yRange.lower) / yStep);
        if (!(cx >= 0 && cx < kCells && cy >= 0 && cy < kCells)) continue;
        counts(static_cast<Eigen::Index>(cx), static_cast<Eigen::Index>(cy)) += 1.0;
    }
    // Log counts: a cell of a thousand rows does not wash out one of a few.
    double most = 0.0;
    for (int x = 0; x < kCells; ++x)
        for (int y = 0; y < kCells; ++y) {
            const double n = counts(x, y);
            data->setCell(x, y, n > 0.0 ? std::log10(n) : std::numeric_limits<double>::quiet_NaN());
            most = std::max(most, n);
        }
    m_map->setDataRange(QCPRange(0.0, std::max(std::log10(std::max(most, 1.0)), 1.0)));
    m_map->setVisible(true);
}

QCPScatterStyle DensityMap::legendMark() {
    return QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(kDark, 1.0), QBrush(kMiddle), 8);
}

void DensityMap::hide() {
    m_map->setVisible(false);
    m_map->data()->clear();
}

}  // namespace darts::gui
