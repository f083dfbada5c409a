#include "graph/graph_layout.h"

#include <QByteArray>
#include <QCoreApplication>

#include "graphviz_access.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace darts::gui {
namespace {

QString attribute(void* object, const char* name) {
    // agget takes a mutable name but does not change it.
    const char* value = agget(object, const_cast<char*>(name));
    return value ? QString::fromUtf8(value) : QString();
}

double numberAttribute(void* object, const char* name, double fallback) {
    bool ok = false;
    // QByteArray::toDouble ignores the C locale, which a Qt application sets from the environment.
    const double value = attribute(object, name).toUtf8().toDouble(&ok);
    return ok ? value : fallback;
}

// Graphviz keeps line-break escapes in the label text and resolves them only when drawing.
QString labelText(const char* text) {
    QString label = QString::fromUtf8(text ? text : "");
    label.replace(QLatin1String("\\n"), QLatin1String("\n"));
    label.replace(QLatin1String("\\l"), QLatin1String("\n"));
    label.replace(QLatin1String("\\r"), QLatin1String("\n"));
    if (label.endsWith(QLatin1Char('\n'))) label.chop(1);
    return label;
}

int edgeIndex(const QString& id) {
    if (!id.startsWith(QLatin1Char('e'))) return -1;
    bool ok = false;
    const int index = id.mid(1).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

struct Flip {
    double top;  // bb.UR.y: Graphviz's y axis points up, Qt's down
    QPointF operator()(pointf p) const { return {p.x, top - p.y}; }
};

GraphNode readNode(Agnode_t* node, const Flip& flip) {
    GraphNode out;
    out.name = QString::fromUtf8(agnameof(node));
    out.centre = flip(ND_coord(node));
    out.size = QSizeF(ND_width(node) * 72.0, ND_height(node) * 72.0);
    out.lineColor = parseGraphvizColor(attribute(node, "color"), Qt::black);
    // Graphviz fills with fillcolor, else color, else light grey, and only "filled" nodes.
    if (attribute(node, "style").contains(QLatin1String("filled"))) {
        QString fill = attribute(node, "fillcolor");
        if (fill.isEmpty()) fill = attribute(node, "color");
        out.fill = parseGraphvizColor(fill, QColor(0xD3, 0xD3, 0xD3));
    } else {
        out.fill = Qt::transparent;
    }
    if (const textlabel_t* label = ND_label(node)) {
        out.label = labelText(label->text);
        out.fontColor = parseGraphvizColor(QString::fromUtf8(label->fontcolor ? label->fontcolor : ""), Qt::black);
        out.fontName = QString::fromUtf8(label->fontname ? label->fontname : "");
        out.fontSize = label->fontsize;
    } else {
        out.fontColor = Qt::black;
    }
    return out;
}

GraphEdge readEdge(Agedge_t* edge, const Flip& flip) {
    GraphEdge out;
    out.index = edgeIndex(attribute(edge, "id"));
    out.tail = QString::fromUtf8(agnameof(agtail(edge)));
    out.head = QString::fromUtf8(agnameof(aghead(edge)));
    out.penWidth = numberAttribute(edge, "penwidth", 1.0);
    // A colour list ("red:blue") draws parallel strokes; one stroke in the first colour is enough here.
    out.color = parseGraphvizColor(attribute(edge, "color").section(QLatin1Char(':'), 0, 0), Qt::black);
    out.fontColor = Qt::black;
    if (const splines* spline = ED_spl(edge)) {
        for (int b = 0; b < spline->size; ++b) {
            const bezier& bz = spline->list[b];
            if (bz.size < 1) continue;
            out.path.moveTo(flip(bz.list[0]));
            for (int i = 1; i + 2 < bz.size; i += 3)
                out.path.cubicTo(flip(bz.list[i]), flip(bz.list[i + 1]), flip(bz.list[i + 2]));
            if (bz.sflag) out.arrows.emplace_back(flip(bz.list[0]), flip(bz.sp));
            if (bz.eflag) out.arrows.emplace_back(flip(bz.list[bz.size - 1]), flip(bz.ep));
        }
    }
    if (const textlabel_t* label = ED_label(edge)) {
        out.label = labelText(label->text);
        out.labelCentre = flip(label->pos);
        out.labelSize = QSizeF(label->dimen.x, label->dimen.y);
        out.fontColor = parseGraphvizColor(QString::fromUtf8(label->fontcolor ? label->fontcolor : ""), Qt::black);
        out.fontName = QString::fromUtf8(label->fontname ? label->fontname : "");
        out.fontSize = label->fontsize;
    }
    return out;
}

// Multiplies each node's and edge's font size (Graphviz's default is 14 points) by `factor`.
void scaleFonts(Agraph_t* graph, double factor) {
    char name[] = "fontsize";
    char fallback[] = "14";
    auto scale = [&](void* object) {
        const QByteArray size =
            QByteArray::number(numberAttribute(object, "fontsize", 14.0) * factor, 'g', 4);  // C locale
        agsafeset(object, name, const_cast<char*>(size.constData()), fallback);
    };
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        scale(node);
        for (Agedge_t* edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) scale(edge);
    }
}

}  // namespace

QColor parseGraphvizColor(const QString& text, const QColor& fallback) {
    const QString spec = text.trimmed();
    if (spec.isEmpty()) return fallback;
    if (spec.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint value = spec.mid(1).toUInt(&ok, 16);
        if (!ok) return fallback;
        // Qt reads 8 hex digits as #AARRGGBB; Graphviz writes #RRGGBBAA.
        if (spec.size() == 9)
            return QColor((value >> 24) & 0xFF, (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        if (spec.size() == 7) return QColor((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        return fallback;
    }
    const QColor named = QColor::fromString(spec);
    return named.isValid() ? named : fallback;
}

QString graphvizVersion() { return QString::fromStdString(graphvizLibraryVersion()); }

std::optional<GraphGeometry> layoutDot(const std::string& dot, std::string* error, double fontScale) {
    auto fail = [error](const QString& message) -> std::optional<GraphGeometry> {
        if (error) *error = message.toStdString();
        return std::nullopt;
    };
    if (dot.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail(QCoreApplication::translate("darts::gui::GraphLayout", "There is no graph text to draw."));

    const GraphvizLock lock;
    if (!lock.context()) return fail(QCoreApplication::translate("darts::gui::GraphLayout", "Graphviz could not start."));

    GraphvizGraph graph(lock, dot);
    if (!graph.graph()) {
        const QString detail = QString::fromStdString(lock.messages());
        return fail(detail.isEmpty()
                        ? QCoreApplication::translate("darts::gui::GraphLayout", "The graph text could not be read.")
                        : QCoreApplication::translate("darts::gui::GraphLayout", "The graph text could not be read: %1")
                              .arg(detail));
    }
    if (fontScale > 0.0 && fontScale != 1.0) scaleFonts(graph.graph(), fontScale);
    if (!graph.layout()) {
        // The usual cause is a Graphviz whose plugins were never registered; we
        // only say so, because registering them needs root.
        return fail(QCoreApplication::translate(
                        "darts::gui::GraphLayout",
                        "Graphviz could not lay out the graph (%1). If its \"dot\" layout plugin is missing, "
                        "run \"dot -c\" as root to register Graphviz's plugins.")
                        .arg(QString::fromStdString(lock.messages())));
    }

    Agraph_t* g = graph.graph();
    const boxf bb = GD_bb(g);
    const Flip flip{bb.UR.y};
    GraphGeometry geometry;
    geometry.boundingBox = QRectF(QPointF(bb.LL.x, 0.0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (Agnode_t* node = agfstnode(g); node; node = agnxtnode(g, node)) {
        geometry.nodes.push_back(readNode(node, flip));
        for (Agedge_t* edge = agfstout(g, node); edge; edge = agnxtout(g, edge))
            geometry.edges.push_back(readEdge(edge, flip));
    }
    return geometry;
}

void warmUpGraphviz() {
    // The same fonts as the DOT text of graph_text.cpp, node and edge sizes both.
    layoutDot(
        "digraph { node [fontname=\"Helvetica\"]; edge [fontname=\"Helvetica\", fontsize=10]; "
        "a -> b [label=\"x 0.5\"]; }");
}

}  // namespace darts::gui
