#pragma once
/// @brief Rows binned into a colour map, for plots of more rows than points can be drawn.

#include <Eigen/Core>

class QCustomPlot;
class QCPColorMap;
class QCPRange;
class QCPScatterStyle;

namespace darts::gui {

/// A density map behind a plot's graphs: the number of rows in each cell as a colour, on a log scale,
/// empty cells left transparent. Drawing a million translucent points costs the painter seconds; a map of
/// kCells x kCells costs the same whatever the rows.
class DensityMap {
public:
    /// Adds the (empty, hidden) colour map to `plot`, on a layer just above the grid.
    explicit DensityMap(QCustomPlot* plot);

    /// Bins the finite (xs[i], ys[i]) over the ranges and shows the map; rows outside them are left out.
    void show(const Eigen::Ref<const Eigen::VectorXd>& xs, const Eigen::Ref<const Eigen::VectorXd>& ys,
              const QCPRange& xRange, const QCPRange& yRange);
    void hide();

    /// A square in the map's middle colour: the legend's mark for rows drawn as a density.
    static QCPScatterStyle legendMark();

    static constexpr int kCells = 120;

private:
    QCPColorMap* m_map = nullptr;
};

}  // namespace darts::gui
