#pragma once
/// @brief Mean validation error over two axes of a sweep (nodes x complexity penalty) as a colour map,
/// to see which size and which penalty generalise; a plain sentence when the sweep lacks those axes.

#include "select/sweep.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QLabel;
class QStackedLayout;

namespace darts::gui {

class SweepHeatmap : public QWidget {
    Q_OBJECT
public:
    /// The two axes the map needs.
    static constexpr const char* kRowAxis = "num_graph_nodes";
    static constexpr const char* kColumnAxis = "arch_weight_decay_df";

    explicit SweepHeatmap(QWidget* parent = nullptr);

    void setResults(const darts::SweepResults* results);
    bool hasMap() const;
    /// The mean error of the cell of these axis values (indices into the axes' values); NaN without a model.
    double cellValue(int columnValue, int rowValue) const;
    QCustomPlot* plot() const { return m_plot; }
    QCPColorMap* colorMap() const { return m_map; }
    QLabel* note() const { return m_note; }

private:
    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QLabel* m_note = nullptr;
    QStackedLayout* m_stack = nullptr;
};

}  // namespace darts::gui
