// Tests of figure export: plots to PNG, SVG and PDF; the graph also to DOT; copies to the clipboard.

#include "graph/graph_panel.h"
#include "graph/graph_view.h"
#include "model/graph_text.h"
#include "panels/figure_export.h"
#include "panels/loss_plot.h"
#include "panels/model_plots.h"
#include "panels/weights_plot.h"
#include "util/random.h"
#include "worker/search_history.h"

#include <qcustomplot.h>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace darts;
using namespace darts::gui;

namespace {

SearchHistory makeHistory(int count) {
    SearchHistory history;
    for (int epoch = 1; epoch <= count; ++epoch) {
        history.epochs.push_back(epoch);
        history.losses.push_back(2.0 * std::exp(-epoch / 60.0) + 0.02 + 0.01 * std::sin(0.7 * epoch));
        history.weights.push_back(Eigen::MatrixXd::Constant(2, 3, 1.0 / 3.0));
    }
    return history;
}

/// Two inputs, two hidden nodes, a clear leader on every edge: a real mixture graph.
QString mixtureGraph() {
    SearchConfig c;
    c.num_graph_nodes = 2;
    c.primitives = {Primitive::None, Primitive::Linear, Primitive::Exp, Primitive::Mult};
    Rng rng(1);
    const Network net(2, 1, c, rng);
    Eigen::MatrixXd w = Eigen::MatrixXd::Constant(net.edgeCount(), net.primitiveCount(), 0.1);
    for (int e = 0; e < net.edgeCount(); ++e) w(e, (e + 1) % net.primitiveCount()) = 0.7;
    return QString::fromStdString(mixtureDot(net, w, {"x1", "x2"}, {"y"}));
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

/// Colours other than white: a blank or nearly blank image has very few.
int nonWhitePixels(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            if (rgb.pixel(x, y) != qRgb(255, 255, 255)) ++count;
    return count;
}

/// Draws an SVG file the way another program would, onto white.
QImage renderSvg(const QString& path, const QSize& size) {
    QSvgRenderer renderer(path);
    if (!renderer.isValid()) return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

}  // namespace

class TestFigureExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Set to look at the files afterwards.
        if (qEnvironmentVariableIsSet("DARTS_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << "figures kept in" << m_dir.path();
        }
        m_history = makeHistory(200);
        m_loss = std::make_unique<LossPlot>();
        m_loss->resize(500, 350);
        m_loss->setHistory(&m_history);
        m_loss->refresh();

        m_graph = std::make_unique<GraphPanel>();
        m_graph->resize(600, 400);
        m_graph->setMode(GraphPanel::Mode::Mixture);
        m_graph->setMixtureDot(mixtureGraph());
        QTRY_VERIFY(!m_graph->currentDot().isEmpty());
    }

    void cleanupTestCase() {
        m_graph.reset();
        m_loss->setHistory(nullptr);
        m_loss.reset();
    }

    void plotToPng() {
        const QString path = m_dir.filePath(QStringLiteral("loss.png"));
        QString error;
        QVERIFY2(writePlot(m_loss->plot(), path, 400, 300, 2.5, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 750));
        // Axes, ticks, labels and the curve: far more than a blank frame.
        QVERIFY(nonWhitePixels(image) > 5000);
        // The resolution recorded is the scale times the screen's.
        QVERIFY(image.dotsPerMeterX() > 0);
    }

    void plotToPngAtCurrentSize() {
        const QString path = m_dir.filePath(QStringLiteral("loss-default.png"));
        QString error;
        QVERIFY2(writePlot(m_loss->plot(), path, 0, 0, 1.0, &error), qPrintable(error));
        QCOMPARE(QImage(path).size(), m_loss->plot()->size());
    }

    void plotToSvg() {
        const QString path = m_dir.filePath(QStringLiteral("loss.svg"));
        QString error;
        QVERIFY2(writePlot(m_loss->plot(), path, 400, 300, 1.0, &error), qPrintable(error));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.startsWith("<?xml") || svg.contains("<svg"));
        QVERIFY(svg.contains("Epoch"));  // axis labels stay text
        const QImage back = renderSvg(path, QSize(800, 600));
        QVERIFY(!back.isNull());
        QVERIFY(nonWhitePixels(back) > 5000);
        back.save(m_dir.filePath(QStringLiteral("loss-svg-rendered.png")));
    }

    void plotToPdf() {
        const QString path = m_dir.filePath(QStringLiteral("loss.pdf"));
        QString error;
        QVERIFY2(writePlot(m_loss->plot(), path, 400, 300, 1.0, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 1000);
    }

    void graphToEveryFormat() {
        GraphView* view = m_graph->view();
        const QString dot = m_graph->currentDot();
        const QRectF scene = view->scene()->sceneRect();
        QString error;

        const QString svgPath = m_dir.filePath(QStringLiteral("graph.svg"));
        QVERIFY2(writeGraph(view, dot, svgPath, &error), qPrintable(error));
        const QByteArray svg = readAll(svgPath);
        QVERIFY(svg.startsWith("<?xml") || svg.contains("<svg"));
        const QImage back = renderSvg(svgPath, (scene.size() * 2.0).toSize());
        QVERIFY(!back.isNull());
        QVERIFY(nonWhitePixels(back) > 1000);
        back.save(m_dir.filePath(QStringLiteral("graph-svg-rendered.png")));

        const QString pngPath = m_dir.filePath(QStringLiteral("graph.png"));
        QVERIFY2(writeGraph(view, dot, pngPath, &error), qPrintable(error));
        const QImage png(pngPath);
        QVERIFY(!png.isNull());
        // Twice the layout's size in points.
        QVERIFY(std::abs(png.width() - 2.0 * scene.width()) <= 1.0);
        QVERIFY(std::abs(png.height() - 2.0 * scene.height()) <= 1.0);
        QVERIFY(nonWhitePixels(png) > 1000);

        const QString pdfPath = m_dir.filePath(QStringLiteral("graph.pdf"));
        QVERIFY2(writeGraph(view, dot, pdfPath, &error), qPrintable(error));
        QVERIFY(readAll(pdfPath).startsWith("%PDF"));

        const QString dotPath = m_dir.filePath(QStringLiteral("graph.dot"));
        QVERIFY2(writeGraph(view, dot, dotPath, &error), qPrintable(error));
        QCOMPARE(QString::fromUtf8(readAll(dotPath)), dot);
    }

    void graphExportKeepsTheSelection() {
        GraphView* view = m_graph->view();
        view->highlightEdge(0);
        QString error;
        QVERIFY2(writeGraph(view, m_graph->currentDot(), m_dir.filePath(QStringLiteral("selected.png")), &error),
                 qPrintable(error));
        QCOMPARE(view->highlightedEdge(), 0);
        view->highlightEdge(-1);
    }

    void failureNamesThePathAndLeavesNoFile() {
        const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
        for (const QString& name : {QStringLiteral("a.png"), QStringLiteral("a.svg"), QStringLiteral("a.pdf")}) {
            const QString path = QDir(folder).filePath(name);
            QString error;
            QVERIFY(!writePlot(m_loss->plot(), path, 400, 300, 2.0, &error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY(!QFile::exists(path));
        }
        for (const QString& name :
             {QStringLiteral("g.svg"), QStringLiteral("g.png"), QStringLiteral("g.pdf"), QStringLiteral("g.dot")}) {
            const QString path = QDir(folder).filePath(name);
            QString error;
            QVERIFY(!writeGraph(m_graph->view(), m_graph->currentDot(), path, &error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(!QDir(folder).exists());
    }

    void unknownFormatOrNothingToDrawFails() {
        QString error;
        const QString text = m_dir.filePath(QStringLiteral("plot.txt"));
        QVERIFY(!writePlot(m_loss->plot(), text, 400, 300, 1.0, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(text)));
        QVERIFY(!QFile::exists(text));

        GraphPanel empty;
        const QString png = m_dir.filePath(QStringLiteral("empty.png"));
        QVERIFY(!writeGraph(empty.view(), empty.currentDot(), png, &error));
        QVERIFY(!QFile::exists(png));
        const QString dot = m_dir.filePath(QStringLiteral("empty.dot"));
        QVERIFY(!writeGraph(empty.view(), empty.currentDot(), dot, &error));
        QVERIFY(!QFile::exists(dot));
    }

    void aFailedWriteKeepsTheOldFile() {
        const QString path = m_dir.filePath(QStringLiteral("kept.png"));
        QString error;
        QVERIFY2(writePlot(m_loss->plot(), path, 200, 150, 1.0, &error), qPrintable(error));
        const QByteArray before = readAll(path);
        // Far too large: refused before anything is written.
        QVERIFY(!writePlot(m_loss->plot(), path, 20000, 20000, 8.0, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(readAll(path), before);
    }

    void copyPlotPutsAnImageOnTheClipboard() {
        QGuiApplication::clipboard()->clear();
        copyPlotImage(m_loss->plot());
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_loss->plot()->size() * 2);
    }

    void copyGraphPutsAnImageOnTheClipboard() {
        QGuiApplication::clipboard()->clear();
        copyGraphImage(m_graph->view());
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 0 && image.height() > 0);
    }

    void everyPlotHasTheMenu() {
        WeightsPlot weights;
        ModelPlots model;
        for (QCustomPlot* plot : {m_loss->plot(), weights.heatmap(), weights.edgeHistoryPlot(), model.observedPlot(),
                                  model.residualPlot(), model.responsePlot()})
            QCOMPARE(plot->contextMenuPolicy(), Qt::CustomContextMenu);

        QCustomPlot* plot = m_loss->plot();
        emit plot->customContextMenuRequested(QPoint(10, 10));
        QMenu* menu = plot->findChild<QMenu*>();
        QVERIFY(menu);
        const QList<QAction*> actions = menu->actions();
        QCOMPARE(actions.size(), 3);  // Export image, Copy image, Full screen
        for (QAction* action : actions) QVERIFY(!action->toolTip().isEmpty());
        QGuiApplication::clipboard()->clear();
        actions.at(1)->trigger();  // Copy image
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
        menu->close();
    }

    void graphPanelHasExportAndCopy() {
        int found = 0;
        for (QToolButton* button : m_graph->findChildren<QToolButton*>()) {
            if (button->accessibleName() == QLatin1String("Export the graph") ||
                button->accessibleName() == QLatin1String("Copy the graph image")) {
                QVERIFY(!button->toolTip().isEmpty());
                ++found;
            }
        }
        QCOMPARE(found, 2);
        QCOMPARE(m_graph->view()->contextMenuPolicy(), Qt::CustomContextMenu);

        QGuiApplication::clipboard()->clear();
        for (QToolButton* button : m_graph->findChildren<QToolButton*>())
            if (button->accessibleName() == QLatin1String("Copy the graph image")) button->click();
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
    }

private:
    QTemporaryDir m_dir;
    SearchHistory m_history;
    std::unique_ptr<LossPlot> m_loss;
    std::unique_ptr<GraphPanel> m_graph;
};

QTEST_MAIN(TestFigureExport)
#include "test_figure_export.moc"
