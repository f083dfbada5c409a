// Tests of the live plots: loss, architecture weights, and the model against the data.

#include "test_support.h"

#include "model/sampled_model.h"
#include "network/network.h"
#include "panels/loss_plot.h"
#include "panels/model_plots.h"
#include "panels/plot_style.h"
#include "panels/weights_plot.h"
#include "util/random.h"
#include "worker/search_history.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using darts::gui::LossPlot;
using darts::gui::ModelPlots;
using darts::gui::SearchHistory;
using darts::gui::WeightsPlot;

namespace {

/// Epochs [first, first + count) of a search that settles: on edge e the primitive (e mod M) wins,
/// the loss falls exponentially with some wobble. Each weight row sums to 1 (a softmax).
void appendEpochs(SearchHistory& history, int first, int count, int edges, int primitives) {
    for (int epoch = first; epoch < first + count; ++epoch) {
        const double progress = epoch / 300.0;
        Eigen::MatrixXd alpha(edges, primitives);
        for (int e = 0; e < edges; ++e)
            for (int m = 0; m < primitives; ++m)
                alpha(e, m) = (m == e % primitives ? 3.0 * progress : 0.0) + 0.4 * std::sin(0.03 * epoch + m + 2 * e);
        Eigen::MatrixXd weights = alpha.array().exp().matrix();
        for (int e = 0; e < edges; ++e) weights.row(e) /= weights.row(e).sum();
        history.epochs.push_back(epoch);
        history.losses.push_back(2.0 * std::exp(-epoch / 60.0) + 0.02 +
                                 0.01 * std::sin(0.7 * epoch) * std::exp(-epoch / 200.0));
        history.weights.push_back(weights);
    }
}

SearchHistory makeHistory(int count, int edges, int primitives) {
    SearchHistory history;
    appendEpochs(history, 1, count, edges, primitives);
    return history;
}

/// The brief's model: k1 = 2*x1 + exp(x2), y = k1.
std::shared_ptr<const darts::SampledModel> makeModel() {
    darts::SearchConfig c;
    c.num_graph_nodes = 1;
    c.primitives = {darts::Primitive::Mult, darts::Primitive::Exp};
    darts::Rng rng(1);
    darts::Network net(2, 1, c, rng);
    net.fixArchitecture({0, 1});
    net.parameters()[net.coefficientOffset(0, 0)] = 2.0;
    return std::make_shared<const darts::SampledModel>(net, std::vector<std::string>{"x1", "x2"},
                                                       std::vector<std::string>{"y"});
}

darts::Selection makeData(int rows, double noise, std::uint64_t seed) {
    darts::Rng rng(seed);
    darts::Selection data;
    data.X.resize(rows, 2);
    data.Y.resize(rows, 1);
    for (int r = 0; r < rows; ++r) {
        data.X(r, 0) = darts::uniform01(rng);
        data.X(r, 1) = darts::uniform01(rng);
        data.Y(r, 0) = 2.0 * data.X(r, 0) + std::exp(data.X(r, 1)) + noise * darts::standardNormal(rng);
    }
    data.inputNames = {"x1", "x2"};
    data.targetNames = {"y"};
    return data;
}

double lastValue(const QCPGraph* graph) { return (graph->data()->constEnd() - 1)->value; }
double lastKey(const QCPGraph* graph) { return (graph->data()->constEnd() - 1)->key; }

QSlider* holdSlider(ModelPlots& plots, const QString& input) {
    return plots.findChild<QSlider*>(QStringLiteral("hold:%1").arg(input));
}

/// Lets queued replots run, then lays out and draws every plot so pixel positions are valid.
void settle(QWidget& widget) {
    QCoreApplication::processEvents();
    for (QCustomPlot* plot : widget.findChildren<QCustomPlot*>()) plot->replot();
    QCoreApplication::processEvents();
}

}  // namespace

class TestPlots : public QObject {
    Q_OBJECT
private slots:
    void lossPlotAppendsOnlyNewEpochs();
    void lossPlotStartsOverAfterReset();
    void lossPlotLogarithmicAxis();
    void weightsHeatmapShowsLatestWeights();
    void weightsEdgeLinesFollowSelection();
    void weightsEdgeLinesAreDecimated();
    void weightsHeatmapClickSelectsEdge();
    void lossPlotShowsTheValidationLossBeside();
    void weightsSingleEdgeAndPrimitive();
    void modelPlotsObservedAndResiduals();
    void modelPlotsResponseFollowsSliders();
    void modelPlotsSeveralTargets();
    void modelPlotsWithoutModel();
    void modelPlotsOfABigTableDrawADensity();
    void screenshots();
};

void TestPlots::lossPlotAppendsOnlyNewEpochs() {
    SearchHistory history = makeHistory(300, 3, 4);
    LossPlot plot;
    plot.setHistory(&history);
    // The training loss, and the validation loss's curve, empty and hidden without held-out rows.
    QCOMPARE(plot.plot()->graphCount(), 2);
    QCOMPARE(plot.plot()->graph(1)->data()->size(), 300);  // NaN gaps: epochs without a validation loss
    QVERIFY(!plot.plot()->graph(1)->visible());
    QVERIFY(!plot.plot()->legend->visible());
    QCPGraph* graph = plot.plot()->graph(0);
    QCOMPARE(graph->data()->size(), 300);
    QCOMPARE(graph->data()->at(0)->key, 1.0);
    QCOMPARE(graph->data()->at(0)->value, history.losses[0]);
    const double shownFirst = graph->data()->at(0)->value;

    // Change an epoch already drawn: a rebuild would pick it up, an append leaves it alone.
    history.losses[0] = 12345.0;
    appendEpochs(history, 301, 50, 3, 4);
    plot.refresh();
    QCOMPARE(graph->data()->size(), 350);
    QCOMPARE(graph->data()->at(0)->value, shownFirst);
    QCOMPARE(lastKey(graph), 350.0);
    QCOMPARE(lastValue(graph), history.losses.back());
    QCOMPARE(graph->data()->at(300)->key, 301.0);

    // Nothing new: nothing added. Then it keeps working.
    plot.refresh();
    QCOMPARE(graph->data()->size(), 350);
    appendEpochs(history, 351, 1, 3, 4);
    plot.refresh();
    QCOMPARE(graph->data()->size(), 351);
    QCOMPARE(lastValue(graph), history.losses.back());
    // The axes follow the data.
    QVERIFY(plot.plot()->xAxis->range().contains(351.0));
    QVERIFY(plot.plot()->xAxis->range().contains(1.0));

    plot.setHistory(nullptr);
    QCOMPARE(graph->data()->size(), 0);
}

void TestPlots::lossPlotShowsTheValidationLossBeside() {
    SearchHistory history = makeHistory(20, 3, 4);
    for (std::size_t i = 0; i < history.size(); ++i) history.validationLosses.push_back(5.0 + static_cast<double>(i));
    LossPlot plot;
    plot.setHistory(&history);
    QCPGraph* validation = plot.plot()->graph(1);
    QVERIFY(validation->visible());
    QVERIFY(plot.plot()->legend->visible());
    QCOMPARE(validation->data()->size(), 20);
    QCOMPARE(validation->data()->at(19)->value, 24.0);
    // The latest figures read on one line beside the checkbox in a plot of 800 px, on two at most in 400.
    auto* status = plot.findChild<QLabel*>(QStringLiteral("latestLoss"));
    QVERIFY(status->text().contains(QStringLiteral("validation")));
    const int line = status->fontMetrics().lineSpacing();
    plot.resize(800, 400);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QVERIFY2(status->height() < 2 * line, qPrintable(QString::number(status->height())));
    const QString folder = qEnvironmentVariable("DARTS_SCREENSHOT_DIR");
    if (!folder.isEmpty()) QVERIFY(plot.grab().save(QDir(folder).filePath(QStringLiteral("loss-validation-800.png"))));
    plot.resize(400, 300);
    QTest::qWait(20);
    QVERIFY2(status->height() < 3 * line, qPrintable(QString::number(status->height())));
    if (!folder.isEmpty()) QVERIFY(plot.grab().save(QDir(folder).filePath(QStringLiteral("loss-validation-400.png"))));
    // Both curves in view.
    QVERIFY(plot.plot()->yAxis->range().contains(24.0));
    // A delivery that carries the training loss only (a stepped architecture update) pads with a gap.
    appendEpochs(history, 21, 1, 3, 4);
    plot.refresh();
    QCOMPARE(validation->data()->size(), 21);
    QVERIFY(std::isnan(validation->data()->at(20)->value));
}

void TestPlots::lossPlotStartsOverAfterReset() {
    SearchHistory history = makeHistory(300, 3, 4);
    LossPlot plot;
    plot.setHistory(&history);
    // The controller clears and refills the same object on a reset.
    history.clear();
    appendEpochs(history, 1, 10, 3, 4);
    plot.refresh();
    QCPGraph* graph = plot.plot()->graph(0);
    QCOMPARE(graph->data()->size(), 10);
    QCOMPARE(lastValue(graph), history.losses.back());

    plot.clear();
    QCOMPARE(graph->data()->size(), 0);
    plot.refresh();  // the history is still attached
    QCOMPARE(graph->data()->size(), 10);
}

void TestPlots::lossPlotLogarithmicAxis() {
    SearchHistory history = makeHistory(300, 3, 4);
    LossPlot plot;
    plot.setHistory(&history);
    QCPAxis* y = plot.plot()->yAxis;
    QCOMPARE(y->scaleType(), QCPAxis::stLogarithmic);  // the default
    QVERIFY(y->range().lower > 0.0);
    QVERIFY(y->range().contains(history.losses.back()));

    auto* check = plot.findChild<QCheckBox*>();
    QVERIFY(check);
    QVERIFY(check->isChecked());
    QVERIFY(!check->toolTip().isEmpty());
    QVERIFY(!check->accessibleName().isEmpty());

    plot.setLogarithmic(false);
    QCOMPARE(y->scaleType(), QCPAxis::stLinear);
    QVERIFY(!check->isChecked());
    QVERIFY(y->range().contains(history.losses.front()));

    check->click();  // the user's way
    QCOMPARE(y->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(!plot.plot()->xAxis->label().isEmpty());
    QVERIFY(!plot.plot()->yAxis->label().isEmpty());
}

void TestPlots::weightsHeatmapShowsLatestWeights() {
    SearchHistory history = makeHistory(300, 3, 4);
    WeightsPlot plot;
    const QStringList edges = {QStringLiteral("x1 → k1"), QStringLiteral("x1 → k2"), QStringLiteral("k1 → k2")};
    const QStringList primitives = {"none", "add", "mult", "exp"};
    plot.setStructure(edges, primitives);
    plot.setHistory(&history);

    auto* map = qobject_cast<QCPColorMap*>(plot.heatmap()->plottable(0));
    QVERIFY(map);
    QCOMPARE(map->data()->keySize(), 4);    // primitives across
    QCOMPARE(map->data()->valueSize(), 3);  // edges down
    QVERIFY(map->colorScale());
    QCOMPARE(map->dataRange().lower, 0.0);
    QCOMPARE(map->dataRange().upper, 1.0);
    for (int e = 0; e < 3; ++e)
        for (int m = 0; m < 4; ++m) QCOMPARE(map->data()->cell(m, e), history.weights.back()(e, m));

    auto yTicker = plot.heatmap()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(yTicker);
    QCOMPARE(yTicker->ticks().value(0.0), edges[0]);
    QCOMPARE(yTicker->ticks().value(2.0), edges[2]);
    auto xTicker = plot.heatmap()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(xTicker);
    QCOMPARE(xTicker->ticks().value(3.0), primitives[3]);

    appendEpochs(history, 301, 5, 3, 4);
    plot.refresh();
    for (int e = 0; e < 3; ++e)
        for (int m = 0; m < 4; ++m) QCOMPARE(map->data()->cell(m, e), history.weights.back()(e, m));
}

void TestPlots::weightsEdgeLinesFollowSelection() {
    SearchHistory history = makeHistory(300, 3, 4);
    WeightsPlot plot;
    const QStringList primitives = {"none", "add", "mult", "exp"};
    plot.setStructure({"x1 → k1", "x1 → k2", "k1 → k2"}, primitives);
    plot.setHistory(&history);
    QSignalSpy spy(&plot, &WeightsPlot::edgeSelected);
    QCOMPARE(plot.selectedEdge(), 0);

    plot.selectEdge(2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 2);
    plot.selectEdge(2);  // no change: no signal
    plot.selectEdge(7);  // out of range: ignored
    QCOMPARE(spy.count(), 1);
    QCOMPARE(plot.selectedEdge(), 2);
    QCOMPARE(plot.findChild<QComboBox*>()->currentIndex(), 2);

    QCustomPlot* lines = plot.edgeHistoryPlot();
    QCOMPARE(lines->graphCount(), 4);
    QCOMPARE(lines->legend->itemCount(), 4);
    for (int m = 0; m < 4; ++m) {
        QCPGraph* graph = lines->graph(m);
        QCOMPARE(graph->data()->size(), 300);
        QCOMPARE(lastKey(graph), 300.0);
        QCOMPARE(lastValue(graph), history.weights.back()(2, m));
        auto* item = qobject_cast<QCPPlottableLegendItem*>(lines->legend->item(m));
        QVERIFY(item);
        QCOMPARE(item->plottable()->name(), primitives[m]);
    }
    // Distinguishable colours.
    for (int a = 0; a < 4; ++a)
        for (int b = a + 1; b < 4; ++b) QVERIFY(lines->graph(a)->pen().color() != lines->graph(b)->pen().color());

    appendEpochs(history, 301, 50, 3, 4);
    plot.refresh();
    for (int m = 0; m < 4; ++m) {
        QCOMPARE(lines->graph(m)->data()->size(), 350);
        QCOMPARE(lastValue(lines->graph(m)), history.weights.back()(2, m));
    }
    QVERIFY(lines->xAxis->range().contains(350.0));

    // The combo box selects too, and reports it.
    plot.findChild<QComboBox*>()->setCurrentIndex(1);
    QCOMPARE(plot.selectedEdge(), 1);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastValue(lines->graph(0)), history.weights.back()(1, 0));
}

void TestPlots::weightsEdgeLinesAreDecimated() {
    SearchHistory history = makeHistory(20000, 3, 4);
    WeightsPlot plot;
    plot.setStructure({"x1 → k1", "x1 → k2", "k1 → k2"}, {"none", "add", "mult", "exp"});
    plot.setHistory(&history);
    plot.selectEdge(1);
    QCPGraph* graph = plot.edgeHistoryPlot()->graph(2);
    QVERIFY(graph->data()->size() <= WeightsPlot::maxLinePoints + 1);
    QVERIFY(graph->data()->size() >= WeightsPlot::maxLinePoints / 2);
    QCOMPARE(graph->data()->at(0)->key, 1.0);
    QCOMPARE(lastKey(graph), 20000.0);
    QCOMPARE(lastValue(graph), history.weights.back()(1, 2));

    // One epoch at a time, as during a search: the last point always follows the latest epoch,
    // the line never exceeds its budget and its keys stay increasing.
    for (int step = 0; step < 40; ++step) {
        appendEpochs(history, 20001 + step, 1, 3, 4);
        plot.refresh();
        QCOMPARE(lastKey(graph), 20001.0 + step);
        QCOMPARE(lastValue(graph), history.weights.back()(1, 2));
        QVERIFY(graph->data()->size() <= WeightsPlot::maxLinePoints + 1);
    }
    for (auto it = graph->data()->constBegin() + 1; it != graph->data()->constEnd(); ++it)
        QVERIFY((it - 1)->key < it->key);
    // Growing past the budget doubles the stride.
    appendEpochs(history, 20041, 20000, 3, 4);
    plot.refresh();
    QVERIFY(graph->data()->size() <= WeightsPlot::maxLinePoints + 1);
    QCOMPARE(lastKey(graph), 40040.0);
}

void TestPlots::weightsHeatmapClickSelectsEdge() {
    SearchHistory history = makeHistory(300, 3, 4);
    WeightsPlot plot;
    plot.setStructure({"x1 → k1", "x1 → k2", "k1 → k2"}, {"none", "add", "mult", "exp"});
    plot.setHistory(&history);
    plot.resize(800, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    settle(plot);
    QSignalSpy spy(&plot, &WeightsPlot::edgeSelected);

    QCustomPlot* heatmap = plot.heatmap();
    const auto cellCentre = [heatmap](int primitive, int edge) {
        return QPoint(qRound(heatmap->xAxis->coordToPixel(primitive)), qRound(heatmap->yAxis->coordToPixel(edge)));
    };
    QTest::mouseClick(heatmap, Qt::LeftButton, Qt::NoModifier, cellCentre(3, 1));
    QCOMPARE(plot.selectedEdge(), 1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(plot.findChild<QComboBox*>()->currentIndex(), 1);
    QTest::mouseClick(heatmap, Qt::LeftButton, Qt::NoModifier, cellCentre(0, 2));
    QCOMPARE(plot.selectedEdge(), 2);
    QCOMPARE(spy.count(), 2);
    // Outside the cells (on the colour scale's side): nothing happens.
    QTest::mouseClick(heatmap, Qt::LeftButton, Qt::NoModifier, QPoint(heatmap->width() - 5, heatmap->height() / 2));
    QCOMPARE(plot.selectedEdge(), 2);
    QCOMPARE(spy.count(), 2);
}

void TestPlots::weightsSingleEdgeAndPrimitive() {
    // One input, one hidden node: a single edge. The heatmap must still show a visible row.
    SearchHistory history = makeHistory(20, 1, 1);
    WeightsPlot plot;
    plot.setStructure({"x1 → k1"}, {"linear"});
    plot.setHistory(&history);
    auto* map = qobject_cast<QCPColorMap*>(plot.heatmap()->plottable(0));
    QVERIFY(map);
    QCOMPARE(map->data()->cell(0, 0), 1.0);
    QCOMPARE(plot.edgeHistoryPlot()->graph(0)->data()->size(), 20);
    // A history whose matrices no longer match the structure is skipped, not read out of bounds.
    plot.setStructure({"x1 → k1", "x2 → k1"}, {"none", "linear"});
    plot.refresh();
    QCOMPARE(plot.edgeHistoryPlot()->graph(0)->data()->size(), 0);
}

void TestPlots::modelPlotsObservedAndResiduals() {
    const auto model = makeModel();
    const darts::Selection data = makeData(50, 0.0, 7);
    ModelPlots plots;
    plots.setData(data);
    plots.setModel(model);
    const Eigen::MatrixXd predicted = model->predict(data.X);
    for (int r = 0; r < 50; ++r)
        DARTS_COMPARE_REL(predicted(r, 0), 2.0 * data.X(r, 0) + std::exp(data.X(r, 1)), 1e-12, 1e-12);

    QCPGraph* points = plots.observedPlot()->graph(0);
    QCOMPARE(points->data()->size(), 50);
    for (auto it = points->data()->constBegin(); it != points->data()->constEnd(); ++it) {
        // Find the row by its observed value (random values: unique).
        int row = -1;
        for (int r = 0; r < 50; ++r)
            if (data.Y(r, 0) == it->key) row = r;
        QVERIFY(row >= 0);
        QCOMPARE(it->value, predicted(row, 0));
    }
    QCPGraph* identity = plots.observedPlot()->graph(1);
    QCOMPARE(identity->data()->size(), 2);
    for (auto it = identity->data()->constBegin(); it != identity->data()->constEnd(); ++it)
        QCOMPARE(it->value, it->key);
    QCOMPARE(plots.observedPlot()->xAxis->label(), QStringLiteral("Observed y"));
    QCOMPARE(plots.observedPlot()->yAxis->label(), QStringLiteral("Predicted y"));

    QCPGraph* residuals = plots.residualPlot()->graph(0);
    QCOMPARE(residuals->data()->size(), 50);
    for (auto it = residuals->data()->constBegin(); it != residuals->data()->constEnd(); ++it)
        QVERIFY2(std::fabs(it->value) < 1e-9, qPrintable(QString::number(it->value)));
    QCPGraph* zero = plots.residualPlot()->graph(1);
    QCOMPARE(zero->data()->size(), 2);
    QCOMPARE(lastValue(zero), 0.0);
    QVERIFY(!plots.residualPlot()->yAxis->label().isEmpty());
}

void TestPlots::modelPlotsResponseFollowsSliders() {
    const auto model = makeModel();
    const darts::Selection data = makeData(50, 0.0, 7);
    ModelPlots plots;
    plots.setData(data);
    plots.setModel(model);
    QCustomPlot* response = plots.responsePlot();
    QCOMPARE(response->xAxis->label(), QStringLiteral("x1"));
    QCOMPARE(response->yAxis->label(), QStringLiteral("y"));

    QSlider* slider = holdSlider(plots, "x2");
    QVERIFY(slider);
    QVERIFY(!slider->toolTip().isEmpty());
    QVERIFY(!slider->accessibleName().isEmpty());
    std::vector<double> x2(data.X.col(1).data(), data.X.col(1).data() + 50);
    std::nth_element(x2.begin(), x2.begin() + 25, x2.end());
    const double median = x2[25];
    QCOMPARE(slider->property("heldValue").toDouble(), median);

    const double x1Low = data.X.col(0).minCoeff();
    const double x1High = data.X.col(0).maxCoeff();
    auto checkCurve = [&](double held, double factorAlong, bool alongX1) {
        QCPGraph* curve = response->graph(1);
        QCOMPARE(curve->data()->size(), ModelPlots::responsePoints);
        for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it) {
            const double expected = alongX1 ? factorAlong * it->key + std::exp(held) : 2.0 * held + std::exp(it->key);
            DARTS_COMPARE_REL(it->value, expected, 1e-12, 1e-12);
        }
    };
    checkCurve(median, 2.0, true);
    QCPGraph* curve = response->graph(1);
    DARTS_COMPARE_REL(curve->data()->at(0)->key, x1Low, 1e-12, 0.0);
    DARTS_COMPARE_REL(lastKey(curve), x1High, 1e-12, 0.0);
    QCOMPARE(response->graph(0)->data()->size(), 50);  // the data overlaid

    const double before = lastValue(curve);
    slider->setValue(slider->maximum());
    const double held = slider->property("heldValue").toDouble();
    DARTS_COMPARE_REL(held, data.X.col(1).maxCoeff(), 1e-12, 0.0);
    QVERIFY(std::fabs(lastValue(curve) - before) > 1e-3);
    checkCurve(held, 2.0, true);

    // Along x2 now: x1 is held at its median, x2's slider is hidden.
    auto* inputCombo = plots.findChild<QComboBox*>(QString(), Qt::FindChildrenRecursively);
    const auto combos = plots.findChildren<QComboBox*>();
    for (QComboBox* combo : combos)
        if (combo->count() == 2 && combo->itemText(1) == QStringLiteral("x2")) inputCombo = combo;
    QVERIFY(inputCombo);
    inputCombo->setCurrentIndex(1);
    QCOMPARE(response->xAxis->label(), QStringLiteral("x2"));
    const double heldX1 = holdSlider(plots, "x1")->property("heldValue").toDouble();
    checkCurve(heldX1, 0.0, false);
    // The response tab may not be the current one: look at the slider rows' own visibility.
    QVERIFY(!holdSlider(plots, "x1")->parentWidget()->isHidden());
    QVERIFY(holdSlider(plots, "x2")->parentWidget()->isHidden());
    // The data points are now drawn against x2.
    QCOMPARE(response->graph(0)->data()->size(), 50);
    QVERIFY(response->xAxis->range().contains(data.X.col(1).maxCoeff()));
}

void TestPlots::modelPlotsSeveralTargets() {
    const auto model = makeModel();
    darts::Selection data = makeData(50, 0.0, 3);
    // Targets z, y: the model's only output is named y.
    Eigen::MatrixXd Y(50, 2);
    Y.col(0) = data.X.col(0);
    Y.col(1) = data.Y.col(0);
    data.Y = Y;
    data.targetNames = {"z", "y"};
    ModelPlots plots;
    plots.show();
    plots.setData(data);
    plots.setModel(model);
    QComboBox* targetCombo = nullptr;
    for (QComboBox* combo : plots.findChildren<QComboBox*>())
        if (combo->count() == 2 && combo->itemText(0) == QStringLiteral("z")) targetCombo = combo;
    QVERIFY(targetCombo);
    QVERIFY(targetCombo->isVisibleTo(&plots));
    QCOMPARE(targetCombo->currentIndex(), 0);
    QCOMPARE(plots.observedPlot()->graph(0)->data()->size(), 0);  // no output named z
    targetCombo->setCurrentIndex(1);
    QCOMPARE(plots.observedPlot()->graph(0)->data()->size(), 50);
    QCOMPARE(plots.observedPlot()->xAxis->label(), QStringLiteral("Observed y"));
    QCOMPARE(plots.responsePlot()->yAxis->label(), QStringLiteral("y"));

    // A single target: no combo box to bother with.
    plots.setData(makeData(10, 0.0, 4));
    QVERIFY(!targetCombo->isVisibleTo(&plots));
}

void TestPlots::modelPlotsWithoutModel() {
    const darts::Selection data = makeData(50, 0.0, 7);
    ModelPlots plots;
    plots.setData(data);
    QCOMPARE(plots.observedPlot()->graph(0)->data()->size(), 0);
    QCOMPARE(plots.responsePlot()->graph(0)->data()->size(), 50);  // the data alone
    QCOMPARE(plots.responsePlot()->graph(1)->data()->size(), 0);
    plots.setModel(makeModel());
    QCOMPARE(plots.responsePlot()->graph(1)->data()->size(), ModelPlots::responsePoints);
    plots.setModel(nullptr);
    QCOMPARE(plots.observedPlot()->graph(0)->data()->size(), 0);
    QCOMPARE(plots.residualPlot()->graph(0)->data()->size(), 0);
    QCOMPARE(plots.responsePlot()->graph(1)->data()->size(), 0);
    plots.setModel(makeModel());
    plots.setData(data);  // new data drops the model
    QCOMPARE(plots.observedPlot()->graph(0)->data()->size(), 0);
    plots.clear();
    QCOMPARE(plots.responsePlot()->graph(0)->data()->size(), 0);

    // A model with a different number of inputs is not evaluated.
    darts::Selection one;
    one.X = data.X.leftCols(1);
    one.Y = data.Y;
    one.inputNames = {"s"};
    one.targetNames = {"y"};
    plots.setData(one);
    plots.setModel(makeModel());
    QCOMPARE(plots.observedPlot()->graph(0)->data()->size(), 0);
    QCOMPARE(plots.responsePlot()->graph(1)->data()->size(), 0);
}

namespace {

/// The plot's density map when it is shown, else nullptr.
QCPColorMap* shownDensity(QCustomPlot* plot) {
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* map = qobject_cast<QCPColorMap*>(plot->plottable(i)); map && map->visible()) return map;
    return nullptr;
}

/// The rows a density map counts: its cells hold log10 of their counts.
long long rowsIn(QCPColorMap* map) {
    double rows = 0.0;
    for (int x = 0; x < map->data()->keySize(); ++x)
        for (int y = 0; y < map->data()->valueSize(); ++y)
            if (const double cell = map->data()->cell(x, y); std::isfinite(cell)) rows += std::pow(10.0, cell);
    return std::llround(rows);
}

QString titleOf(QCustomPlot* plot) {
    auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
    return title ? title->text() : QString();
}

}  // namespace

void TestPlots::modelPlotsOfABigTableDrawADensity() {
    // Up to kMaxPlotRows rows, points; beyond, every row binned into a density map instead.
    ModelPlots small;
    small.setData(makeData(int(darts::gui::kMaxPlotRows), 0.05, 3));
    small.setModel(makeModel());
    QCOMPARE(small.observedPlot()->graph(0)->data()->size(), int(darts::gui::kMaxPlotRows));
    QVERIFY(!shownDensity(small.observedPlot()));
    QVERIFY(!titleOf(small.observedPlot()).contains(QStringLiteral("density")));

    const darts::Selection data = makeData(30000, 0.05, 3);
    ModelPlots plots;
    plots.setData(data);
    plots.setModel(makeModel());
    for (QCustomPlot* plot : {plots.observedPlot(), plots.residualPlot(), plots.responsePlot()}) {
        QCOMPARE(plot->graph(0)->data()->size(), 0);
        QCPColorMap* density = shownDensity(plot);
        QVERIFY(density);
        QCOMPARE(rowsIn(density), 30000LL);  // the axes take in every row
        QVERIFY2(titleOf(plot).contains(QStringLiteral("density of all 30,000 rows")), qPrintable(titleOf(plot)));
    }

    // A bigger table: a fixed sample of kMaxDensityRows, the same every time.
    const darts::Selection big = makeData(150000, 0.05, 4);
    ModelPlots bigPlots, again;
    bigPlots.setData(big);
    bigPlots.setModel(makeModel());
    again.setData(big);
    again.setModel(makeModel());
    const QString note = QStringLiteral("density of %L1 of %L2 rows, a fixed sample").arg(darts::gui::kMaxDensityRows).arg(150000);
    QVERIFY2(titleOf(bigPlots.observedPlot()).contains(note), qPrintable(titleOf(bigPlots.observedPlot())));
    QCOMPARE(rowsIn(shownDensity(bigPlots.observedPlot())), (long long)darts::gui::kMaxDensityRows);
    QCOMPARE(shownDensity(again.residualPlot())->data()->cell(60, 60), shownDensity(bigPlots.residualPlot())->data()->cell(60, 60));

    // Back to a small table: points again, no density.
    plots.setData(makeData(200, 0.05, 3));
    plots.setModel(makeModel());
    QCOMPARE(plots.residualPlot()->graph(0)->data()->size(), 200);
    QVERIFY(!shownDensity(plots.residualPlot()));

    const QString folder = qEnvironmentVariable("DARTS_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        bigPlots.resize(800, 500);
        bigPlots.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bigPlots));
        auto* tabs = bigPlots.findChild<QTabWidget*>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            settle(bigPlots);
            QVERIFY(bigPlots.grab().save(QDir(folder).filePath(QStringLiteral("model-plots-density-%1.png").arg(tab))));
        }
    }
}

void TestPlots::screenshots() {
    // The seed document's search space on two hidden nodes, 300 epochs.
    const QStringList primitives = {"none", "add", "subtract", "mult", "logistic", "exp", "relu"};
    const QStringList edges = {"x1 → k1", "x2 → k1", "x1 → k2", "x2 → k2", "k1 → k2"};
    SearchHistory history = makeHistory(300, 5, 7);

    LossPlot loss;
    loss.setHistory(&history);
    loss.resize(800, 500);
    loss.show();
    QVERIFY(QTest::qWaitForWindowExposed(&loss));
    settle(loss);
    QVERIFY(loss.grab().save(QStringLiteral("/tmp/plots_loss.png")));
    loss.setLogarithmic(false);
    settle(loss);
    QVERIFY(loss.grab().save(QStringLiteral("/tmp/plots_loss_linear.png")));

    WeightsPlot weights;
    weights.setStructure(edges, primitives);
    weights.setHistory(&history);
    weights.selectEdge(2);
    weights.resize(800, 500);
    weights.show();
    QVERIFY(QTest::qWaitForWindowExposed(&weights));
    settle(weights);
    settle(weights);  // tick label rotation settles after one layout
    QVERIFY(weights.grab().save(QStringLiteral("/tmp/plots_weights.png")));

    // The reference's default primitives on the Weber-Fechner structure (one input, five hidden nodes):
    // 15 edges, long primitive names.
    const QStringList manyPrimitives = {"none", "add", "subtract", "linear", "linear_logistic", "mult", "linear_relu"};
    QStringList manyEdges;
    for (int j = 1; j <= 5; ++j) {
        manyEdges << QStringLiteral("x1 → k%1").arg(j);
        for (int i = 1; i < j; ++i) manyEdges << QStringLiteral("k%1 → k%2").arg(i).arg(j);
    }
    SearchHistory large = makeHistory(1500, 15, 7);
    WeightsPlot crowded;
    crowded.setStructure(manyEdges, manyPrimitives);
    crowded.setHistory(&large);
    crowded.resize(800, 500);
    crowded.show();
    QVERIFY(QTest::qWaitForWindowExposed(&crowded));
    settle(crowded);
    settle(crowded);
    QVERIFY(crowded.grab().save(QStringLiteral("/tmp/plots_weights_crowded.png")));

    ModelPlots model;
    model.setData(makeData(200, 0.08, 11));
    model.setModel(makeModel());
    model.resize(800, 500);
    model.show();
    QVERIFY(QTest::qWaitForWindowExposed(&model));
    auto* tabs = model.findChild<QTabWidget*>();
    QVERIFY(tabs);
    const QStringList files = {"/tmp/plots_model.png", "/tmp/plots_model_residuals.png",
                               "/tmp/plots_model_response.png"};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        settle(model);
        QVERIFY(model.grab().save(files[tab]));
    }
}

QTEST_MAIN(TestPlots)
#include "test_plots.moc"
