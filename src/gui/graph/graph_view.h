#pragma once
/// @brief Draws a laid-out graph (nodes, arrows, labels); clickable edges, zoom and pan.

#include "graph/graph_layout.h"

#include <QGraphicsView>
#include <QPoint>
#include <QString>

class QGraphicsScene;

namespace darts::gui {

class EdgeItem;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(QWidget* parent = nullptr);

    /// Replaces the drawing. Keeps the zoom the user chose; otherwise fits the graph to the window.
    void setGraph(const GraphGeometry& geometry);
    /// The same as setGraph; QWidget's own setGeometry overloads stay usable.
    using QGraphicsView::setGeometry;
    void setGeometry(const GraphGeometry& geometry) { setGraph(geometry); }

    /// The message shown instead of a graph, empty while a graph is shown.
    QString message() const { return m_message; }
    /// The highlighted edge, -1 for none.
    int highlightedEdge() const { return m_highlighted; }
    /// Whether the user has zoomed since the last fit (then new graphs keep the zoom).
    bool userZoomed() const { return m_userZoomed; }
    /// Centre of edge `edgeIndex`'s drawn path in scene coordinates; nullopt if it is not drawn.
    std::optional<QPointF> edgeMidpoint(int edgeIndex) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// Draws that edge thicker in the accent colour; -1 clears. Survives setGraph.
    void highlightEdge(int edgeIndex);
    /// Clears the drawing and shows a centred grey text.
    void showMessage(const QString& text);

signals:
    void edgeClicked(int edgeIndex);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void zoomBy(double factor);
    void fitScene();
    int edgeAt(const QPoint& viewportPos) const;
    EdgeItem* findEdge(int edgeIndex) const;
    void applyHighlight();

    QGraphicsScene* m_scene;
    QString m_message;
    int m_highlighted = -1;
    bool m_userZoomed = false;
    QPoint m_pressPos;
    bool m_pressed = false;
};

}  // namespace darts::gui
