#include "graph/graph_view.h"

#include <QApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPolygonF>
#include <QResizeEvent>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace darts::gui {
namespace {

// QGraphicsItem::data keys.
constexpr int kEdgeIndexKey = 0;  // on an edge and its label: the edge's index
constexpr int kNodeKey = 1;       // on a node and its label: the node's DOT name

// The edges are blue, so the palette's highlight (blue in most styles) would
// not stand out; a warm accent does on the white drawing.
const QColor kAccent(0xE0, 0x6C, 0x00);

constexpr double kEdgeZ = 1.0;  // nodes stay at 0

constexpr double kMinScale = 0.1;
constexpr double kMaxScale = 10.0;
// A fitted graph is not blown up further than this, so that a graph of two
// nodes does not fill a large window with giant ellipses.
constexpr double kMaxFitScale = 2.0;
constexpr double kSceneMargin = 8.0;
// Width in scene units of the band around an edge that takes clicks.
constexpr double kClickWidth = 8.0;

QFont graphFont(const QString& family, double size) {
    QFont font(family.isEmpty() ? QStringLiteral("Helvetica") : family);
    // Graphviz sized the labels in points and the scene's unit is one point,
    // so the size is given in scene units (pixels), not as a point size that
    // the screen's DPI would enlarge.
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(size))));
    return font;
}

// Centres a label on `centre`, shrunk if this font needs more room than Graphviz left for it.
void placeLabel(QGraphicsSimpleTextItem* label, const QPointF& centre, const QSizeF& room) {
    const QRectF box = label->boundingRect();
    double scale = 1.0;
    if (room.width() > 0.0 && box.width() > room.width()) scale = room.width() / box.width();
    label->setScale(scale);
    label->setPos(centre - QPointF(box.width() * scale / 2.0, box.height() * scale / 2.0));
}

QGraphicsSimpleTextItem* addLabel(QGraphicsItem* parent, const QString& text, const QFont& font, const QColor& color,
                                  const QPointF& centre, const QSizeF& room) {
    auto* label = new QGraphicsSimpleTextItem(text, parent);
    label->setFont(font);
    label->setBrush(color);
    placeLabel(label, centre, room);
    return label;
}

}  // namespace

/// One edge: its spline and arrow heads in one item, so that a click anywhere
/// near it (or on its label, a child) finds the edge.
class EdgeItem : public QGraphicsItem {
public:
    EdgeItem(const GraphEdge& edge, QGraphicsItem* parent = nullptr)
        : QGraphicsItem(parent),
          m_index(edge.index),
          m_path(edge.path),
          m_color(edge.color),
          m_penWidth(edge.penWidth) {
        for (const QLineF& arrow : edge.arrows) m_arrows.push_back(arrow);
        updateGeometry();
    }

    int index() const { return m_index; }
    const QPainterPath& path() const { return m_path; }
    QGraphicsSimpleTextItem* label() const { return m_label; }
    void setLabel(QGraphicsSimpleTextItem* label, const QPointF& centre, const QSizeF& room) {
        m_label = label;
        m_labelBrush = label->brush();
        m_labelCentre = centre;
        m_labelRoom = room;
    }

    void setHighlighted(bool on) {
        if (on == m_highlighted) return;
        prepareGeometryChange();
        m_highlighted = on;
        updateGeometry();
        if (m_label) {
            m_label->setBrush(on ? QBrush(kAccent) : m_labelBrush);
            QFont font = m_label->font();
            font.setBold(on);
            m_label->setFont(font);
            placeLabel(m_label, m_labelCentre, m_labelRoom);
        }
        update();
    }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
        const QColor color = m_highlighted ? kAccent : m_color;
        // A flat cap ends the line where the arrow head starts instead of poking through its tip.
        painter->setPen(QPen(color, drawnWidth(), Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        for (const QLineF& arrow : m_arrows) painter->drawPolygon(arrowHead(arrow));
    }

private:
    double drawnWidth() const { return m_highlighted ? std::max(m_penWidth * 1.6, m_penWidth + 2.0) : m_penWidth; }

    // A filled triangle from the arrow's base to its tip, as wide as Graphviz's
    // "normal" head, and wider than a thick line so that it still reads as a head.
    QPolygonF arrowHead(const QLineF& arrow) const {
        if (arrow.length() <= 0.0) return {};
        const QPointF along = (arrow.p2() - arrow.p1()) / arrow.length();
        const QPointF across(-along.y(), along.x());
        const double halfWidth = std::max(0.35 * arrow.length(), 0.9 * drawnWidth());
        return QPolygonF({arrow.p2(), arrow.p1() + across * halfWidth, arrow.p1() - across * halfWidth});
    }

    void updateGeometry() {
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(kClickWidth, drawnWidth() + 4.0));
        stroker.setCapStyle(Qt::RoundCap);
        m_shape = stroker.createStroke(m_path);
        for (const QLineF& arrow : m_arrows) {
            QPainterPath head;
            head.addPolygon(arrowHead(arrow));
            head.closeSubpath();
            m_shape.addPath(stroker.createStroke(head));
            m_shape.addPath(head);
        }
        m_shape.setFillRule(Qt::WindingFill);
        m_bounds = m_shape.boundingRect();
    }

    int m_index;
    QPainterPath m_path;
    std::vector<QLineF> m_arrows;
    QColor m_color;
    double m_penWidth;
    bool m_highlighted = false;
    QPainterPath m_shape;
    QRectF m_bounds;
    QGraphicsSimpleTextItem* m_label = nullptr;  // a child, owned by this item
    QBrush m_labelBrush;
    QPointF m_labelCentre;
    QSizeF m_labelRoom;
};

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this)) {
    setScene(m_scene);
    // Graphviz's colours and black labels assume paper; keep it white under dark styles too.
    setBackgroundBrush(Qt::white);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignCenter);
    // Labels change with every redraw; a full update avoids stale fragments at almost no cost here.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setMinimumSize(120, 80);
    setToolTip(tr("The computation graph. Click an arrow to select its edge; Ctrl+wheel zooms, dragging pans."));
    setAccessibleName(tr("Computation graph"));
    setAccessibleDescription(
        tr("Inputs, hidden nodes and outputs from left to right; each arrow is an edge labelled with its operation."));
}

void GraphView::setGraph(const GraphGeometry& geometry) {
    m_message.clear();
    m_scene->clear();

    QHash<QString, QString> labels;  // DOT name -> label, for the edges' tooltips
    for (const GraphNode& node : geometry.nodes) {
        labels.insert(node.name, node.label);
        const QRectF box(node.centre - QPointF(node.size.width() / 2.0, node.size.height() / 2.0), node.size);
        auto* ellipse = m_scene->addEllipse(box, QPen(node.lineColor, 1.0), QBrush(node.fill));
        ellipse->setData(kNodeKey, node.name);
        ellipse->setToolTip(node.label);
        auto* label = addLabel(ellipse, node.label, graphFont(node.fontName, node.fontSize), node.fontColor,
                               node.centre, node.size * 0.95);
        label->setData(kNodeKey, node.name);
    }

    for (const GraphEdge& edge : geometry.edges) {
        auto* item = new EdgeItem(edge);
        // Over the nodes, as Graphviz draws them: a label that touches a node stays readable and clickable.
        item->setZValue(kEdgeZ);
        m_scene->addItem(item);
        if (!edge.label.isEmpty()) {
            auto* label = addLabel(item, edge.label, graphFont(edge.fontName, edge.fontSize), edge.fontColor,
                                   edge.labelCentre, edge.labelSize);
            item->setLabel(label, edge.labelCentre, edge.labelSize);
        }
        const QString text = edge.label.isEmpty() ? QString() : QStringLiteral(": ") + edge.label;
        item->setToolTip(tr("%1 → %2%3").arg(labels.value(edge.tail), labels.value(edge.head), text));
        if (edge.index >= 0) {
            item->setData(kEdgeIndexKey, edge.index);
            if (item->label()) item->label()->setData(kEdgeIndexKey, edge.index);
            item->setCursor(Qt::PointingHandCursor);
            item->setToolTip(item->toolTip() + QLatin1Char('\n') + tr("Click to select this edge."));
        }
        if (item->label()) item->label()->setToolTip(item->toolTip());
    }
    const QRectF bounds = geometry.boundingBox.united(m_scene->itemsBoundingRect());
    m_scene->setSceneRect(bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    applyHighlight();
    if (!m_userZoomed) fitScene();
    viewport()->update();
}

std::optional<QPointF> GraphView::edgeMidpoint(int edgeIndex) const {
    const EdgeItem* edge = findEdge(edgeIndex);
    if (!edge || edge->path().isEmpty()) return std::nullopt;
    return edge->mapToScene(edge->path().pointAtPercent(0.5));
}

void GraphView::zoomIn() { zoomBy(1.25); }

void GraphView::zoomOut() { zoomBy(1.0 / 1.25); }

void GraphView::fitToWindow() {
    m_userZoomed = false;
    fitScene();
}

void GraphView::highlightEdge(int edgeIndex) {
    m_highlighted = edgeIndex;
    applyHighlight();
}

void GraphView::showMessage(const QString& text) {
    m_scene->clear();
    m_scene->setSceneRect(QRectF(0.0, 0.0, 1.0, 1.0));
    m_message = text;
    // The zoom stays: the message is drawn in viewport coordinates, and the next graph keeps a zoom the user chose.
    viewport()->update();
}

void GraphView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        // 120 units are one notch of a common mouse wheel: about 20% per notch, smooth on touchpads.
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent* event) {
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    // A press and release in nearly one place is a click; anything longer was a pan.
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && m_pressed &&
        (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        const int index = edgeAt(pos);
        if (index >= 0) emit edgeClicked(index);
    }
    m_pressed = false;
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed) fitScene();
}

void GraphView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    if (m_message.isEmpty()) return;
    // In viewport coordinates, so that the text stays centred and legible whatever the zoom.
    painter->save();
    painter->resetTransform();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter->setFont(font);
    painter->setPen(QColor(0x80, 0x80, 0x80));
    painter->drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    painter->restore();
}

void GraphView::zoomBy(double factor) {
    const double current = transform().m11();
    const double target = std::clamp(current * factor, kMinScale, kMaxScale);
    if (current <= 0.0 || target == current) return;
    scale(target / current, target / current);
    m_userZoomed = true;
}

void GraphView::fitScene() {
    if (!m_message.isEmpty() || m_scene->items().isEmpty()) return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    const double fitted = transform().m11();
    if (fitted > kMaxFitScale) setTransform(QTransform::fromScale(kMaxFitScale, kMaxFitScale));
}

int GraphView::edgeAt(const QPoint& viewportPos) const {
    // Items exactly under the pointer first; failing that, a few pixels around
    // it, so that a thin arrow is easy to hit at any zoom.
    QList<QGraphicsItem*> hits = items(viewportPos);
    if (hits.isEmpty()) hits = items(QRect(viewportPos - QPoint(3, 3), QSize(7, 7)));
    for (QGraphicsItem* item : hits) {
        for (QGraphicsItem* it = item; it; it = it->parentItem()) {
            if (it->data(kEdgeIndexKey).isValid()) return it->data(kEdgeIndexKey).toInt();
            // A node on top hides the edges beneath it.
            if (it->data(kNodeKey).isValid()) return -1;
        }
    }
    return -1;
}

EdgeItem* GraphView::findEdge(int edgeIndex) const {
    if (edgeIndex < 0) return nullptr;
    for (QGraphicsItem* item : m_scene->items())
        if (auto* edge = dynamic_cast<EdgeItem*>(item); edge && edge->index() == edgeIndex) return edge;
    return nullptr;
}

void GraphView::applyHighlight() {
    for (QGraphicsItem* item : m_scene->items()) {
        if (auto* edge = dynamic_cast<EdgeItem*>(item)) {
            const bool on = m_highlighted >= 0 && edge->index() == m_highlighted;
            edge->setHighlighted(on);
            // The highlighted edge is drawn over its neighbours.
            edge->setZValue(on ? kEdgeZ + 0.5 : kEdgeZ);
        }
    }
}

}  // namespace darts::gui
