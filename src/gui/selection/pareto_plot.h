#pragma once
/// @brief Error against size of every model of a sweep (or of a hall of fame): all points grey, the Pareto
/// front (no simpler model is as good) highlighted and joined; a click on a point asks for that model.

#include "select/sweep.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QMouseEvent;

namespace darts::gui {

class ParetoPlot : public QWidget {
    Q_OBJECT
public:
    /// A model as plotted: `id` is what pointClicked() reports.
    struct Point {
        int id;
        double size;   ///< coefficients, or complexity
        double error;  ///< must be finite and positive to be drawn (the error axis is logarithmic)
    };

    explicit ParetoPlot(QWidget* parent = nullptr);

    /// Plots the points of `results` (nullptr clears).
    void setResults(const darts::SweepResults* results);
    /// Plots any models: `front` lists ids of `points` by size ascending; the axes get these labels.
    void setPoints(const std::vector<Point>& points, const std::vector<int>& front, const QString& sizeLabel,
                   const QString& errorLabel);
    /// Rings the point whose model the window shows (-1: none).
    void setLoadedPoint(int point);
    QCustomPlot* plot() const { return m_plot; }
    /// Where a point is drawn, in the plot widget's pixels (for tests and the keyboard-less click).
    QPointF pixelOf(int point) const;
    /// The front as plotted (ids of points), by size ascending.
    const std::vector<int>& front() const { return m_front; }

signals:
    void pointClicked(int point);

private:
    void onClick(QMouseEvent* event);
    double errorOf(int point) const;

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_all = nullptr;
    QCPGraph* m_frontGraph = nullptr;
    QCPGraph* m_loaded = nullptr;
    std::vector<int> m_front;
    std::vector<int> m_shown;        // ids of the points with a finite positive error, as plotted
    std::vector<QPointF> m_coords;   // their (size, error)
};

}  // namespace darts::gui
