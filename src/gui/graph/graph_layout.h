#pragma once
/// @brief Graphviz "dot" layout of DOT text, read back as Qt geometry (through darts_graphviz, which holds
/// Graphviz's lock).

#include <QColor>
#include <QLineF>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace darts::gui {

/// All coordinates are Graphviz points (1/72 inch) with the y axis pointing
/// down, so that a QGraphicsScene can use them as they are.
struct GraphNode {
    QString name;   ///< the DOT identifier
    QString label;  ///< the text drawn inside
    QPointF centre;
    QSizeF size;  ///< width and height of the shape in points
    QColor fill;  ///< transparent when the node is not filled
    QColor lineColor;
    QColor fontColor;
    QString fontName;
    double fontSize = 14.0;  ///< in points
};

struct GraphEdge {
    int index = -1;  ///< from the DOT attribute id="e<index>", -1 without one
    QString tail;    ///< the source node's DOT identifier
    QString head;
    QPainterPath path;           ///< the spline, cubic segments, without the arrow heads
    std::vector<QLineF> arrows;  ///< each from the arrow's base to its tip
    QString label;               ///< empty when the edge has no label
    QPointF labelCentre;
    QSizeF labelSize;       ///< the room Graphviz left for the label
    double penWidth = 1.0;  ///< in points
    QColor color;
    QColor fontColor;
    QString fontName;
    double fontSize = 14.0;
};

struct GraphGeometry {
    QRectF boundingBox;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
};

/// Parses `dot` and lays it out with Graphviz's "dot" engine. Thread-safe:
/// every call to Graphviz happens under one process-wide mutex. On failure
/// returns nullopt and, if `error` is given, writes a message for the user.
/// `fontScale` multiplies every node's and edge's font size before the layout
/// (presenter view), so that the nodes and the room left for labels grow with
/// the text while the spacing between ranks stays: the text takes a larger
/// share of the drawing.
std::optional<GraphGeometry> layoutDot(const std::string& dot, std::string* error = nullptr, double fontScale = 1.0);

/// Lays out a tiny labelled graph so that Graphviz loads its plugins and
/// fonts (some 40 ms, once per process) before the first graph that the user
/// waits for. Safe from any thread.
void warmUpGraphviz();

/// The version of the Graphviz library in use (read at run time, e.g. "2.42.2").
QString graphvizVersion();

/// A Graphviz colour ("#RRGGBB", "#RRGGBBAA", or a name) as a QColor;
/// `fallback` when it is empty or unknown.
QColor parseGraphvizColor(const QString& text, const QColor& fallback);

}  // namespace darts::gui
