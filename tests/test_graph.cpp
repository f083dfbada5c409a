// The graph: Graphviz layout read back as geometry, the view that draws it
// (clickable edges, zoom), and the panel (modes, coalesced mixture layouts).

#include "graph/graph_layout.h"
#include "graph/graph_panel.h"
#include "graph/graph_view.h"
#include "model/graph_text.h"
#include "model/sampled_model.h"
#include "test_support.h"
#include "util/random.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include <atomic>
#include <set>
#include <thread>

using namespace darts;
using namespace darts::gui;

namespace {

const std::vector<std::string> kInputs{"x1", "x2"};
const std::vector<std::string> kOutputs{"y"};

// Two inputs, two hidden nodes: edges x1->k1, x2->k1, x1->k2, x2->k2, k1->k2.
Network makeNetwork() {
    SearchConfig c;
    c.num_graph_nodes = 2;
    c.primitives = {Primitive::None, Primitive::Linear, Primitive::Exp, Primitive::Mult};
    Rng rng(1);
    return Network(2, 1, c, rng);
}

// Mixture weights with a clear leader per edge; `shift` varies them between frames.
Eigen::MatrixXd weightsFor(const Network& net, double shift = 0.0) {
    Eigen::MatrixXd w = Eigen::MatrixXd::Constant(net.edgeCount(), net.primitiveCount(), 0.1);
    for (int e = 0; e < net.edgeCount(); ++e) w(e, (e + 1) % net.primitiveCount()) = 0.6 + shift;
    return w;
}

std::string mixture(double shift = 0.0) {
    const Network net = makeNetwork();
    return mixtureDot(net, weightsFor(net, shift), kInputs, kOutputs);
}

// Edge 1 is none, so the model's graph leaves it out.
const std::vector<int> kChoices{1, 0, 2, 3, 1};

std::string model() {
    Network net = makeNetwork();
    net.fixArchitecture(kChoices);
    return sampledModelDot(SampledModel(net, kInputs, kOutputs));
}

std::set<int> idsInDot(const std::string& dot) {
    std::set<int> ids;
    static const QRegularExpression id(QStringLiteral("id=\"e(\\d+)\""));
    for (auto it = id.globalMatch(QString::fromStdString(dot)); it.hasNext();)
        ids.insert(it.next().captured(1).toInt());
    return ids;
}

int edgeLines(const std::string& dot) {
    return static_cast<int>(QString::fromStdString(dot).count(QStringLiteral("->")));
}

const GraphNode* node(const GraphGeometry& g, const QString& name) {
    for (const GraphNode& n : g.nodes)
        if (n.name == name) return &n;
    return nullptr;
}

GraphGeometry layoutOrFail(const std::string& dot) {
    std::string error;
    const auto g = layoutDot(dot, &error);
    if (!g) qFatal("layout failed: %s", error.c_str());
    return *g;
}

QToolButton* buttonNamed(QWidget& parent, const QString& accessibleName) {
    for (QToolButton* b : parent.findChildren<QToolButton*>())
        if (b->accessibleName() == accessibleName) return b;
    return nullptr;
}

}  // namespace

class TestGraph : public QObject {
    Q_OBJECT

private slots:
    void mixtureLayoutHasEveryNodeAndEdge() {
        const std::string dot = mixture();
        std::string error;
        const auto g = layoutDot(dot, &error);
        QVERIFY2(g.has_value(), error.c_str());
        QCOMPARE(static_cast<int>(g->nodes.size()), 2 + 2 + 1);
        QCOMPARE(static_cast<int>(g->edges.size()), edgeLines(dot));
        std::set<int> indices;
        int unnumbered = 0;
        for (const GraphEdge& e : g->edges) e.index >= 0 ? void(indices.insert(e.index)) : void(++unnumbered);
        QCOMPARE(indices, idsInDot(dot));
        QCOMPARE(indices, (std::set<int>{0, 1, 2, 3, 4}));
        QCOMPARE(unnumbered, 2);  // k1 -> y, k2 -> y
        for (const GraphEdge& e : g->edges) {
            QVERIFY(!e.path.isEmpty());
            QCOMPARE(static_cast<int>(e.arrows.size()), 1);
            QVERIFY(!e.label.isEmpty());
        }
    }

    void geometryIsInsideTheBoxLeftToRightAndFlipped() {
        const GraphGeometry g = layoutOrFail(mixture());
        const QRectF box = g.boundingBox.adjusted(-1, -1, 1, 1);
        QVERIFY(g.boundingBox.width() > 0 && g.boundingBox.height() > 0);
        for (const GraphNode& n : g.nodes) {
            QVERIFY(box.contains(QRectF(n.centre - QPointF(n.size.width(), n.size.height()) / 2, n.size)));
            QVERIFY(n.size.width() > 20 && n.size.height() > 20);
        }
        for (const GraphEdge& e : g.edges) {
            QVERIFY(box.contains(e.path.boundingRect()));
            QVERIFY(box.contains(e.labelCentre));
        }
        const GraphNode *x1 = node(g, "in0"), *x2 = node(g, "in1"), *k1 = node(g, "k0"), *k2 = node(g, "k1"),
                        *y = node(g, "out0");
        QVERIFY(x1 && x2 && k1 && k2 && y);
        QCOMPARE(x1->label, QStringLiteral("x1"));
        QCOMPARE(k2->label, QStringLiteral("k2"));
        QCOMPARE(y->label, QStringLiteral("y"));
        // rankdir=LR: inputs, then k1, then k2 (fed by k1), then the output.
        QVERIFY(x1->centre.x() < k1->centre.x() && x2->centre.x() < k1->centre.x());
        QVERIFY(k1->centre.x() < k2->centre.x());
        QVERIFY(k2->centre.x() < y->centre.x());
        // In its y-up frame, dot's left-to-right layout puts x1 below x2 (`dot -Tplain`: 0.83 and 1.61 inches);
        // `dot -Tpng` shows x2 on top, and so must the flipped geometry.
        QVERIFY(x1->centre.y() > x2->centre.y());
        // Each edge starts at its tail and its arrow ends at its head: nodes and splines share one flip.
        for (const GraphEdge& e : g.edges) {
            const GraphNode *tail = node(g, e.tail), *head = node(g, e.head);
            QVERIFY(tail && head);
            const QPointF start = e.path.pointAtPercent(0.0), tip = e.arrows.front().p2();
            QVERIFY(QLineF(start, tail->centre).length() <= tail->size.width() / 2 + 2);
            QVERIFY(QLineF(tip, head->centre).length() <= head->size.width() / 2 + 2);
            QVERIFY(QLineF(tip, head->centre).length() < QLineF(start, head->centre).length());
        }
    }

    void coloursWidthsAndAlpha() {
        const std::string dot = mixture();
        const GraphGeometry g = layoutOrFail(dot);
        QCOMPARE(node(g, "in0")->fill, QColor("#F1EDB9"));
        QCOMPARE(node(g, "in1")->fill, QColor("#F1EDB9"));
        QCOMPARE(node(g, "k0")->fill, QColor("#BBCCF9"));
        QCOMPARE(node(g, "out0")->fill, QColor("#CBE7C7"));
        static const QRegularExpression style(QStringLiteral(
            "id=\"e(\\d+)\".*penwidth=([0-9.]+), color=\"#([0-9A-F]{8})\", fontcolor=\"#([0-9A-F]{8})\""));
        int checked = 0;
        for (const QString& line : QString::fromStdString(dot).split('\n')) {
            const auto m = style.match(line);
            if (!m.hasMatch()) continue;
            const int index = m.captured(1).toInt();
            const auto edge =
                std::find_if(g.edges.begin(), g.edges.end(), [&](const GraphEdge& e) { return e.index == index; });
            QVERIFY(edge != g.edges.end());
            QCOMPARE(edge->penWidth, m.captured(2).toDouble());
            const uint rgba = m.captured(3).toUInt(nullptr, 16);
            QCOMPARE(edge->color, QColor(rgba >> 24, (rgba >> 16) & 0xFF, (rgba >> 8) & 0xFF, rgba & 0xFF));
            QCOMPARE(edge->fontColor.alpha(), static_cast<int>(m.captured(4).toUInt(nullptr, 16) & 0xFF));
            ++checked;
        }
        QCOMPARE(checked, 5);
        QCOMPARE(parseGraphvizColor("#1F3A9380", Qt::black), QColor(0x1F, 0x3A, 0x93, 0x80));
        QCOMPARE(parseGraphvizColor("#1F3A93", Qt::black), QColor(0x1F, 0x3A, 0x93));
        QCOMPARE(parseGraphvizColor("red", Qt::black), QColor(Qt::red));
        QCOMPARE(parseGraphvizColor("", Qt::blue), QColor(Qt::blue));
        QCOMPARE(parseGraphvizColor("#nothex", Qt::blue), QColor(Qt::blue));
    }

    void modelLayoutOmitsNoneEdges() {
        const std::string dot = model();
        const GraphGeometry g = layoutOrFail(dot);
        QCOMPARE(static_cast<int>(g.nodes.size()), 5);
        QCOMPARE(static_cast<int>(g.edges.size()), edgeLines(dot));
        std::set<int> indices;
        for (const GraphEdge& e : g.edges)
            if (e.index >= 0) indices.insert(e.index);
        QCOMPARE(indices, idsInDot(dot));
        QCOMPARE(indices, (std::set<int>{0, 2, 3, 4}));
        QCOMPARE(static_cast<int>(g.edges.size()), 4 + 2);
    }

    void malformedTextIsAnErrorNotACrash() {
        std::string error;
        QVERIFY(!layoutDot("digraph {", &error).has_value());
        QVERIFY(!error.empty());
        error.clear();
        QVERIFY(!layoutDot("this is not a graph", &error).has_value());
        QVERIFY(!error.empty());
        error.clear();
        QVERIFY(!layoutDot("", &error).has_value());
        QVERIFY(!error.empty());
        QVERIFY(!layoutDot("digraph {", nullptr).has_value());
        // Graphviz's parser recovers: the next good text lays out.
        QVERIFY(layoutDot(model(), &error).has_value());
    }

    void layoutFromTwoThreadsAtOnce() {
        const std::string a = mixture(), b = model();
        std::atomic<int> good{0};
        auto work = [&good](const std::string& dot, std::size_t edges) {
            for (int i = 0; i < 20; ++i) {
                const auto g = layoutDot(dot, nullptr);
                if (g && g->edges.size() == edges) ++good;
            }
        };
        std::thread first(work, a, std::size_t(7)), second(work, b, std::size_t(6));
        first.join();
        second.join();
        QCOMPARE(good.load(), 40);
    }

    void viewDrawsAndEdgesAreClickable() {
        const GraphGeometry g = layoutOrFail(mixture());
        GraphView view;
        view.resize(700, 400);
        view.setGraph(g);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.message().isEmpty());
        QVERIFY(view.scene()->items().size() >= static_cast<qsizetype>(g.nodes.size() + g.edges.size()));
        QVERIFY(!view.toolTip().isEmpty());
        QVERIFY(!view.accessibleName().isEmpty());

        QSignalSpy clicked(&view, &GraphView::edgeClicked);
        for (int index = 0; index < 5; ++index) {
            const auto mid = view.edgeMidpoint(index);
            QVERIFY(mid.has_value());
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(*mid));
            QCOMPARE(clicked.size(), index + 1);
            QCOMPARE(clicked.last().at(0).toInt(), index);
        }
        // A label is as good as its arrow.
        for (QGraphicsItem* item : view.scene()->items()) {
            auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item);
            if (!text || !text->data(0).isValid()) continue;
            const int index = text->data(0).toInt();
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                              view.mapFromScene(text->mapToScene(text->boundingRect().center())));
            QCOMPARE(clicked.last().at(0).toInt(), index);
            break;
        }
        // Empty paper and a node select nothing.
        const int before = static_cast<int>(clicked.size());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(node(g, "k0")->centre));
        QCOMPARE(static_cast<int>(clicked.size()), before);
        QVERIFY(!view.edgeMidpoint(-1).has_value());
        QVERIFY(!view.edgeMidpoint(99).has_value());

        view.highlightEdge(3);
        QCOMPARE(view.highlightedEdge(), 3);
        view.setGraph(g);
        QCOMPARE(view.highlightedEdge(), 3);

        // Zoom sticks across redraws until the user fits again.
        const double fitted = view.transform().m11();
        QVERIFY(!view.userZoomed());
        view.zoomIn();
        QVERIFY(view.userZoomed());
        QVERIFY(view.transform().m11() > fitted * 1.2);
        view.setGraph(g);
        QVERIFY(view.transform().m11() > fitted * 1.2);
        view.fitToWindow();
        QVERIFY(!view.userZoomed());
        QVERIFY(qAbs(view.transform().m11() - fitted) < 1e-6);
        view.zoomOut();
        QVERIFY(view.transform().m11() < fitted);

        const double zoomed = view.transform().m11();
        view.showMessage("Nothing here");
        QCOMPARE(view.message(), QStringLiteral("Nothing here"));
        QVERIFY(view.scene()->items().isEmpty());
        view.setGraph(g);  // a message between two graphs does not lose the user's zoom
        QVERIFY(view.message().isEmpty());
        QCOMPARE(view.transform().m11(), zoomed);
        view.resize(500, 300);  // nor does a resize
        QCOMPARE(view.transform().m11(), zoomed);
        view.fitToWindow();
        view.resize(800, 500);
        QTRY_VERIFY(view.transform().m11() > fitted);  // a fitted graph follows the window
    }

    void panelModes() {
        GraphPanel panel;
        QCOMPARE(panel.mode(), GraphPanel::Mode::Mixture);
        QCOMPARE(panel.view()->message(), QStringLiteral("Press Start to search"));
        QVERIFY(panel.currentDot().isEmpty());
        for (QToolButton* b : panel.findChildren<QToolButton*>()) {
            QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->text()));
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        }

        // A model, with no mode chosen yet, is shown at once.
        const QString modelDot = QString::fromStdString(model());
        panel.setModelDot(modelDot);
        QCOMPARE(panel.mode(), GraphPanel::Mode::Model);
        QCOMPARE(panel.currentDot(), modelDot);
        QVERIFY(panel.view()->message().isEmpty());

        // The user's choice sticks: a later model does not take the view back.
        QToolButton* mixtureButton = buttonNamed(panel, "Show the live mixture");
        QVERIFY(mixtureButton);
        mixtureButton->click();
        QCOMPARE(panel.mode(), GraphPanel::Mode::Mixture);
        QVERIFY(mixtureButton->isChecked());
        QVERIFY(!panel.view()->message().isEmpty());  // no mixture yet
        panel.setModelDot(modelDot);
        QCOMPARE(panel.mode(), GraphPanel::Mode::Mixture);
        buttonNamed(panel, "Show the sampled model")->click();
        QCOMPARE(panel.mode(), GraphPanel::Mode::Model);
        QCOMPARE(panel.currentDot(), modelDot);

        QSignalSpy clicked(&panel, &GraphPanel::edgeClicked);
        emit panel.view()->edgeClicked(2);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(panel.view()->highlightedEdge(), 2);
        panel.selectEdge(4);
        QCOMPARE(panel.view()->highlightedEdge(), 4);
        QCOMPARE(clicked.size(), 1);

        panel.setModelDot(QString());
        QVERIFY(!panel.view()->message().isEmpty());
        QVERIFY(panel.currentDot().isEmpty());
        panel.setModelDot("digraph {");
        QVERIFY(panel.view()->message().startsWith("The graph cannot be drawn"));
        panel.clear();
        QCOMPARE(panel.view()->message(), QStringLiteral("Press Start to search"));
        QVERIFY(panel.currentDot().isEmpty());
    }

    void presenterFontScaleGrowsTheLabels() {
        const std::string dot = model();
        const GraphGeometry plain = layoutOrFail(dot);
        std::string error;
        const auto large = layoutDot(dot, &error, 1.6);
        QVERIFY2(large, error.c_str());
        QCOMPARE(large->nodes.size(), plain.nodes.size());
        for (const GraphNode& n : plain.nodes) {
            const GraphNode* grown = node(*large, n.name);
            QVERIFY(grown);
            DARTS_COMPARE_REL(grown->fontSize, n.fontSize * 1.6, 1e-3, 0.0);
            QVERIFY(grown->size.width() >= n.size.width());  // never smaller than its text
        }
        bool labelled = false;
        for (std::size_t i = 0; i < plain.edges.size(); ++i) {
            if (plain.edges[i].label.isEmpty()) continue;
            labelled = true;
            DARTS_COMPARE_REL(large->edges[i].fontSize, plain.edges[i].fontSize * 1.6, 1e-3, 0.0);
            QVERIFY(large->edges[i].labelSize.width() > plain.edges[i].labelSize.width());
        }
        QVERIFY(labelled);
        // The labels take a larger share of the drawing: what the fitted view shows larger.
        double plainShare = 0.0, largeShare = 0.0;
        for (std::size_t i = 0; i < plain.edges.size(); ++i) {
            plainShare = std::max(plainShare, plain.edges[i].labelSize.width() / plain.boundingBox.width());
            largeShare = std::max(largeShare, large->edges[i].labelSize.width() / large->boundingBox.width());
        }
        QVERIFY2(largeShare > plainShare * 1.1, qPrintable(QStringLiteral("%1 %2").arg(plainShare).arg(largeShare)));

        // The panel lays the graph on screen out again at the new scale.
        GraphPanel panel;
        panel.setModelDot(QString::fromStdString(dot));
        const int layouts = panel.layoutCount();
        panel.setFontScale(1.6);
        QCOMPARE(panel.layoutCount(), layouts + 1);
        QCOMPARE(panel.fontScale(), 1.6);
        double biggest = 0.0;
        for (QGraphicsItem* item : panel.view()->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                biggest = std::max(biggest, double(text->font().pixelSize()));
        QVERIFY(biggest >= 14.0 * 1.6 - 1.0);
    }

    void panelButtonsAreIconsWithTheirWordsElsewhere() {
        GraphPanel panel;
        const auto buttons = panel.findChildren<QToolButton*>();
        QCOMPARE(buttons.size(), 7);  // two modes, three zooms, export, copy
        for (QToolButton* b : buttons) {
            QVERIFY2(!b->icon().isNull(), qPrintable(b->accessibleName()));
            QVERIFY2(!b->icon().pixmap(16, 16).isNull(), qPrintable(b->accessibleName()));
            QCOMPARE(b->toolButtonStyle(), Qt::ToolButtonIconOnly);
            QVERIFY(!b->text().isEmpty());
            QVERIFY2(b->toolTip().contains(QString(b->text()).remove(QStringLiteral("…")), Qt::CaseInsensitive),
                     qPrintable(b->toolTip()));
        }
        // Narrow enough to sit beside the plots, and the icons grow with the font (presenter view).
        QVERIFY2(panel.minimumSizeHint().width() < 300, qPrintable(QString::number(panel.minimumSizeHint().width())));
        const int before = buttons.front()->iconSize().height();
        QFont large = panel.font();
        large.setPointSizeF(large.pointSizeF() * 1.6);
        panel.setFont(large);
        QVERIFY(buttons.front()->iconSize().height() > before);
        QVERIFY2(panel.minimumSizeHint().width() < 450, qPrintable(QString::number(panel.minimumSizeHint().width())));

        // The right-click menu says in words what the icons do.
        panel.show();
        panel.setModelDot(QString::fromStdString(model()));
        emit panel.view()->customContextMenuRequested(QPoint(5, 5));
        QMenu* menu = panel.findChild<QMenu*>();
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions())
            if (!a->isSeparator()) texts << a->text().remove(QLatin1Char('&'));
        QCOMPARE(texts, (QStringList{"Live mixture", "Sampled model", "Zoom in", "Zoom out", "Fit to window",
                                     "Export…", "Copy image"}));
        menu->actions().at(0)->trigger();
        QCOMPARE(panel.mode(), GraphPanel::Mode::Mixture);
        menu->close();
    }

    void mixtureLayoutsAreCoalesced() {
        GraphPanel panel;
        const int before = panel.layoutCount();
        QString last;
        for (int frame = 0; frame < 10; ++frame) {
            last = QString::fromStdString(mixture(0.01 * frame));
            panel.setMixtureDot(last);
        }
        QCOMPARE(panel.layoutCount(), before);
        QTRY_COMPARE(panel.layoutCount(), before + 1);
        QCOMPARE(panel.currentDot(), last);
        QTest::qWait(400);
        QCOMPARE(panel.layoutCount(), before + 1);
        // The same text again costs nothing.
        panel.setMixtureDot(last);
        QTest::qWait(400);
        QCOMPARE(panel.layoutCount(), before + 1);
        // A new search after a model: the panel follows it back to the mixture, laid out at once.
        panel.setModelDot(QString::fromStdString(model()));
        QCOMPARE(panel.mode(), GraphPanel::Mode::Model);
        panel.setMixtureDot(QString::fromStdString(mixture(0.2)));
        QCOMPARE(panel.mode(), GraphPanel::Mode::Model);  // the tail of the search that made the model
        panel.clear();
        QCOMPARE(panel.mode(), GraphPanel::Mode::Mixture);
        panel.setModelDot(QString::fromStdString(model()));
        QCOMPARE(panel.mode(), GraphPanel::Mode::Model);
    }

    void screenshots() {
        GraphPanel panel;
        panel.resize(700, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.grab().save("/tmp/graph_panel_empty.png");
        panel.setMixtureDot(QString::fromStdString(mixture()));
        QTRY_VERIFY(!panel.currentDot().isEmpty());
        panel.selectEdge(2);
        QVERIFY(panel.grab().save("/tmp/graph_panel_mixture.png"));
        panel.setModelDot(QString::fromStdString(model()));
        QCOMPARE(panel.mode(), GraphPanel::Mode::Model);
        panel.selectEdge(-1);
        QVERIFY(panel.grab().save("/tmp/graph_panel_model.png"));
    }
};

QTEST_MAIN(TestGraph)
#include "test_graph.moc"
