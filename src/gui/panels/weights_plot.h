#pragma once
/// @brief Live architecture weights: a heatmap of the latest epoch and one edge's weights against epoch.

#include <Eigen/Core>

#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QCustomPlot;
class QCPAxisRect;
class QCPColorMap;
class QCPColorScale;
class QCPItemRect;
class QCPItemText;
class QCPGraph;
class QMouseEvent;

namespace darts::gui {

struct SearchHistory;

/// The architecture weights: a live heatmap (edges x primitives, colour = weight in [0,1], with a colour scale,
/// edge labels on one axis, primitive names on the other), and below it, for the selected edge,
/// each primitive's weight against epoch (one coloured line per primitive, legend naming them).
/// Clicking a heatmap row selects that edge; a combo box also selects the edge. With product nodes, a second
/// heatmap under the first has a row per hidden node with its weights of sum and product, on the same scale.
class WeightsPlot : public QWidget {
    Q_OBJECT
public:
    explicit WeightsPlot(QWidget* parent = nullptr);

    int selectedEdge() const { return m_selected; }
    QCustomPlot* heatmap() const { return m_heatmap; }
    /// The nodes' rows (sum, product), or nullptr without product nodes.
    QCPAxisRect* nodeRect() const { return m_nodeRect; }
    QCPColorMap* nodeMap() const { return m_nodeMap; }
    /// The text written in node `node`'s cell of kind 0 (sum) or 1 (product); "" before the first epoch.
    QString nodeCellText(int node, int kind) const;
    QCustomPlot* edgeHistoryPlot() const { return m_edgePlot; }

    /// Most points a per-edge line holds before it keeps only every k-th epoch (k doubling as the search goes on).
    static constexpr int maxLinePoints = 5000;

public slots:
    /// After a reset: names the heatmap's rows (e.g. "x1 → k1") and columns, and empties both plots.
    /// `nodeLabels` ("k1", "k2", ...) adds the nodes' rows of sum and product weights; empty: no such rows.
    void setStructure(const QStringList& edgeLabels, const QStringList& primitiveNames,
                      const QStringList& nodeLabels = {});
    /// Not owned: the history must outlive this widget or be detached first; nullptr clears.
    void setHistory(const SearchHistory* history);
    /// The history grew: the heatmap shows the latest weights, the edge lines get the new epochs.
    void refresh();
    /// Also driven by the graph view's clicks; emits edgeSelected only when the edge changed.
    void selectEdge(int edgeIndex);
    /// Empties both plots and keeps the structure; the next refresh() draws what the history then holds.
    void clear();

signals:
    void edgeSelected(int edgeIndex);

private:
    void buildHeatmap();
    /// Adds or removes the nodes' heatmap for the node labels now set.
    void buildNodeRows();
    /// Names the nodes' columns "+ sum" and "× product", or "+" and "×"; true when that changed.
    bool setNodeKindLabels(bool shortLabels);
    void buildEdgeGraphs();
    void updateHeatmap();
    void rebuildEdgeLines();
    void appendEdgeLines(std::size_t end);
    void updateSelectionFrame();
    void updateCellTextVisibility();
    /// Puts the edge plot's legend in two columns when one would be squeezed.
    void fitEdgeLegend();
    /// Labels every step-th edge on the heatmap's axis; true when that changed.
    bool setEdgeLabelStep(int step);
    void onHeatmapPress(QMouseEvent* event);
    void onHeatmapMove(QMouseEvent* event);
    /// The heatmap cell under a pixel position, or false outside the cells.
    bool cellAt(const QPointF& pos, int* edge, int* primitive) const;
    /// The node and kind (0 sum, 1 product) under a pixel position, or false outside the nodes' cells.
    bool nodeCellAt(const QPointF& pos, int* node, int* kind) const;
    /// The node weights of history entry `index` when they have the current shape, else nullptr.
    const Eigen::MatrixXd* nodeWeightsAt(std::size_t index) const;
    int nodeCount() const { return static_cast<int>(m_nodeLabels.size()); }
    /// Whether history entry `index` has a weight matrix of the current shape (entries of another shape are skipped).
    bool matches(std::size_t index) const;
    int edgeCount() const { return static_cast<int>(m_edgeLabels.size()); }
    int primitiveCount() const { return static_cast<int>(m_primitiveNames.size()); }

    QStringList m_edgeLabels;
    QStringList m_primitiveNames;
    QStringList m_nodeLabels;

    QLabel* m_caption = nullptr;
    QComboBox* m_edgeCombo = nullptr;
    QCustomPlot* m_heatmap = nullptr;
    QCPColorMap* m_colorMap = nullptr;
    QCPColorScale* m_colorScale = nullptr;
    QCPItemRect* m_selectionFrame = nullptr;
    QVector<QCPItemText*> m_cellTexts;  // edge-major; values written in the cells while they are big enough
    QCPAxisRect* m_nodeRect = nullptr;  // below the edges' cells, only with product nodes
    QCPColorMap* m_nodeMap = nullptr;
    QVector<QCPItemText*> m_nodeTexts;  // node-major: sum, product
    bool m_shortKindLabels = false;     // the nodes' columns named "+" and "×" only
    QCustomPlot* m_edgePlot = nullptr;
    QSplitter* m_splitter = nullptr;
    int m_splitterEdges = -1;  // edge count the splitter was last proportioned for
    int m_edgeLabelStep = 0;
    QVector<QCPGraph*> m_lines;  // one per primitive

    const SearchHistory* m_history = nullptr;
    int m_selected = 0;
    std::size_t m_shownEpochs = 0;  // history entries taken into account so far
    int m_lastEpoch = 0;            // to notice a history rewritten in place (a reset)
    std::size_t m_lineStride = 1;   // the edge lines hold every m_lineStride-th entry ...
    std::size_t m_lineNext = 0;     // ... the next one due being this index ...
    bool m_lineHasTail = false;     // ... plus, if set, the latest entry as a provisional last point
    std::size_t m_latest = 0;       // index + 1 of the entry shown in the heatmap (0: none)
};

}  // namespace darts::gui
