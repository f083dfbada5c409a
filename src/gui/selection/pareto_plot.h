#pragma once
/// @brief Error against size of every model of a sweep: all points grey, the Pareto front (no simpler
/// model is as good) highlighted and joined; a click on a point asks for that model.

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
    explicit ParetoPlot(QWidget* parent = nullptr);

    /// Plots the points of `results` (nullptr clears).
    void setResults(const darts::SweepResults* results);
    /// Rings the point whose model the window shows (-1: none).
    void setLoadedPoint(int point);
    QCustomPlot* plot() const { return m_plot; }
    /// Where a point is drawn, in the plot widget's pixels (for tests and the keyboard-less click).
    QPointF pixelOf(int point) const;
    /// The front as computed (indices into the points), by coefficients ascending.
    const std::vector<std::size_t>& front() const { return m_front; }

signals:
    void pointClicked(int point);

private:
    void onClick(QMouseEvent* event);
    double errorOf(int point) const;

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_all = nullptr;
    QCPGraph* m_frontGraph = nullptr;
    QCPGraph* m_loaded = nullptr;
    std::vector<std::size_t> m_front;
    std::vector<int> m_shown;        // points with a model and a finite error, as plotted
    std::vector<QPointF> m_coords;   // their (coefficients, error)
};

}  // namespace darts::gui
