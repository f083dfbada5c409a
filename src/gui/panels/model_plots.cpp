#include "panels/model_plots.h"

#include "panels/density_map.h"
#include "panels/figure_export.h"
#include "panels/plot_style.h"

#include "model/sampled_model.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace darts::gui {

namespace {

/// Steps of a hold slider over its input's data range: fine enough to look continuous.
constexpr int sliderSteps = 1000;

const QColor pointColour(0x1f, 0x77, 0xb4);
const QColor modelColour(0xd6, 0x4a, 0x0b);
const QColor referenceColour(0x55, 0x55, 0x55);
const QColor trueLawColour(0x2c, 0xa0, 0x2c);

/// A title row above the axis rect and a legend row below it, so that neither covers data points.
QCPTextElement* addTitleAndLegend(QCustomPlot* plot) {
    plot->plotLayout()->insertRow(0);
    QFont titleFont = plotTickFont(plot);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1.0);
    auto* title = new QCPTextElement(plot, QString(), titleFont);
    plot->plotLayout()->addElement(0, 0, title);

    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    // Spacers either side centre the legend under the plot.
    auto* legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(2, 0, legendRow);
    legendRow->addElement(0, 0, new QCPLayoutElement(plot));
    legendRow->addElement(0, 1, plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    plot->plotLayout()->setRowStretchFactors({0.001, 1.0, 0.001});
    applyReadableFonts(plot);
    return title;
}

QCPScatterStyle pointStyle() {
    QColor fill = pointColour;
    fill.setAlpha(110);  // overlapping points stay visible as darker patches
    return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(pointColour, 1.0), QBrush(fill), 6);
}

QCPGraph* addPointsGraph(QCustomPlot* plot, const QString& name) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(pointStyle());
    graph->setPen(QPen(pointColour));
    return graph;
}

QCPGraph* addLineGraph(QCustomPlot* plot, const QString& name, const QPen& pen) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(pen);
    return graph;
}

QVector<double> toQVector(const Eigen::Ref<const Eigen::VectorXd>& v) {
    return QVector<double>(v.data(), v.data() + v.size());
}

/// Finite extremes of `values`, widened by `low`/`high` seen so far; false when none is finite.
bool extendRange(const Eigen::Ref<const Eigen::VectorXd>& values, double& low, double& high, bool haveAny) {
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) continue;
        if (!haveAny) {
            low = high = v;
            haveAny = true;
        }
        low = std::min(low, v);
        high = std::max(high, v);
    }
    return haveAny;
}

/// A range padded by 5 % so that extreme points are not drawn on the frame; never empty.
QCPRange padded(double low, double high) {
    const double span = high - low;
    const double pad = span > 0.0 ? 0.05 * span : std::max(std::fabs(high) * 0.1, 0.5);
    return {low - pad, high + pad};
}

}  // namespace

ModelPlots::ModelPlots(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Model against data"));
    setWhatsThis(tr("How well the sampled model fits the data: predicted against observed values (points on the "
                    "diagonal are perfect), residuals against the prediction (they should scatter around zero "
                    "without a pattern), and the response along one input with the others held at their median."));

    // Target chooser, shown only when the data has several target columns.
    m_targetRow = new QWidget(this);
    m_targetCombo = new QComboBox(m_targetRow);
    m_targetCombo->setToolTip(tr("The target column compared with the model's matching output"));
    m_targetCombo->setAccessibleName(tr("Target shown"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* targetLabel = new QLabel(tr("&Target:"), m_targetRow);
    targetLabel->setBuddy(m_targetCombo);
    targetLabel->setToolTip(m_targetCombo->toolTip());
    auto* targetLayout = new QHBoxLayout(m_targetRow);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(targetLabel);
    targetLayout->addWidget(m_targetCombo);
    targetLayout->addStretch(1);
    m_targetRow->setVisible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setToolTip(tr("Three views of the sampled model against the data"));
    m_tabs->setAccessibleName(tr("Model plots"));

    // (1) Predicted against observed.
    m_observedPlot = new QCustomPlot(this);
    m_observedPlot->setAccessibleName(tr("Predicted against observed"));
    m_observedPlot->setToolTip(
        tr("Each point is a data row: its observed target across, the model's prediction up. "
           "A perfect model puts every point on the dashed identity line."));
    m_observedTitle = addTitleAndLegend(m_observedPlot);
    addPointsGraph(m_observedPlot, tr("Data rows"));
    QPen dashed(referenceColour, 1.5, Qt::DashLine);
    addLineGraph(m_observedPlot, tr("Predicted = observed"), dashed);

    // (2) Residuals against prediction.
    m_residualPlot = new QCustomPlot(this);
    m_residualPlot->setAccessibleName(tr("Residuals against prediction"));
    m_residualPlot->setToolTip(
        tr("Observed minus predicted for each data row. A pattern (a curve, a funnel) means "
           "the equation misses something; a structureless band around zero is what a good "
           "model leaves."));
    m_residualTitle = addTitleAndLegend(m_residualPlot);
    addPointsGraph(m_residualPlot, tr("Data rows"));
    addLineGraph(m_residualPlot, tr("Zero"), dashed);

    // (3) Response along one input.
    m_responsePlot = new QCustomPlot(this);
    m_responsePlot->setAccessibleName(tr("Model response along one input"));
    m_responsePlot->setToolTip(
        tr("The model along the chosen input over its data range, the other inputs held at "
           "the slider values; the data rows are drawn against the same input."));
    m_responseTitle = addTitleAndLegend(m_responsePlot);
    addPointsGraph(m_responsePlot, tr("Data rows"));
    addLineGraph(m_responsePlot, tr("Model"), QPen(modelColour, 2.4));
    addLineGraph(m_responsePlot, tr("True law"), QPen(trueLawColour, 2.0, Qt::DashLine))->removeFromLegend();
    m_observedDensity = std::make_unique<DensityMap>(m_observedPlot);
    m_residualDensity = std::make_unique<DensityMap>(m_residualPlot);
    m_responseDensity = std::make_unique<DensityMap>(m_responsePlot);

    for (QCustomPlot* plot : {m_observedPlot, m_residualPlot, m_responsePlot}) {
        plot->setMinimumSize(260, 200);
        addFigureContextMenu(plot);
    }

    m_inputCombo = new QComboBox(this);
    m_inputCombo->setToolTip(tr("The input the model is drawn along"));
    m_inputCombo->setAccessibleName(tr("Input along the horizontal axis"));
    auto* inputLabel = new QLabel(tr("&Along input:"), this);
    inputLabel->setBuddy(m_inputCombo);
    inputLabel->setToolTip(m_inputCombo->toolTip());

    auto* heldHeading = new QLabel(tr("Other inputs held at:"), this);
    heldHeading->setToolTip(tr("Each slider spans its input's data range and starts at its median"));
    m_noOtherInputs = new QLabel(tr("(no other inputs)"), this);
    m_noOtherInputs->setToolTip(heldHeading->toolTip());
    m_sliderBox = new QWidget;
    auto* sliderLayout = new QVBoxLayout(m_sliderBox);
    sliderLayout->setContentsMargins(0, 0, 4, 0);
    sliderLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_sliderBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Let the tab page's background show through instead of a differently shaded box.
    scroll->viewport()->setAutoFillBackground(false);
    m_sliderBox->setAutoFillBackground(false);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setToolTip(heldHeading->toolTip());
    scroll->setAccessibleName(tr("Values of the other inputs"));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(inputLabel);
    sideLayout->addWidget(m_inputCombo);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(heldHeading);
    sideLayout->addWidget(m_noOtherInputs);
    sideLayout->addWidget(scroll, 1);
    side->setMinimumWidth(170);
    side->setMaximumWidth(240);

    auto* responsePage = new QWidget(this);
    auto* responseLayout = new QHBoxLayout(responsePage);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_responsePlot, 1);
    responseLayout->addWidget(side);

    m_tabs->addTab(m_observedPlot, tr("Predicted vs observed"));
    m_tabs->setTabToolTip(0, m_observedPlot->toolTip());
    m_tabs->addTab(m_residualPlot, tr("Residuals"));
    m_tabs->setTabToolTip(1, m_residualPlot->toolTip());
    m_tabs->addTab(responsePage, tr("Response"));
    m_tabs->setTabToolTip(2, m_responsePlot->toolTip());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_targetRow);
    layout->addWidget(m_tabs, 1);

    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, [this](int) { redrawAll(); });
    connect(m_inputCombo, &QComboBox::currentIndexChanged, this, [this](int input) {
        for (int i = 0; i < m_sliderRows.size(); ++i) m_sliderRows[i]->setVisible(i != input);
        drawResponse();
        m_responsePlot->replot(QCustomPlot::rpQueuedReplot);
    });

    clear();
}

ModelPlots::~ModelPlots() = default;

void ModelPlots::clear() { setData(darts::Selection{}); }

void ModelPlots::setData(const darts::Selection& data) {
    m_allRows = data.X.rows();
    m_data = darts::sampleRows(data, kMaxDensityRows);
    // A model found on other data would be drawn against rows it never saw: the caller sets it again.
    m_model.reset();
    m_predictions.resize(0, 0);
    m_modelInputColumns.clear();
    m_modelProblem.clear();
    rebuildControls();
    redrawAll();
}

bool ModelPlots::drawsDensity() const { return m_data.X.rows() > kMaxPlotRows; }

QString ModelPlots::withDensityNote(const QString& title, const QString& separator) const {
    if (!drawsDensity()) return title;
    return title + separator +
           (m_data.X.rows() < m_allRows ? tr("density of %L1 of %L2 rows, a fixed sample").arg(m_data.X.rows()).arg(m_allRows)
                                        : tr("density of all %L1 rows").arg(m_allRows));
}

void ModelPlots::drawRows(QCPGraph* points, DensityMap& density, const Eigen::VectorXd& xs, const Eigen::VectorXd& ys,
                          const QCPRange& xRange, const QCPRange& yRange) const {
    if (drawsDensity()) {
        points->data()->clear();
        points->setName(tr("Data rows, as a density: darker cells hold more"));
        points->setScatterStyle(DensityMap::legendMark());
        density.show(xs, ys, xRange, yRange);
    } else {
        points->setData(toQVector(xs), toQVector(ys));
        points->setName(tr("Data rows"));
        points->setScatterStyle(pointStyle());
        density.hide();
    }
}

void ModelPlots::setTrueLaw(const darts::Formula& law) {
    m_trueLaw = law;
    drawResponse();
    m_responsePlot->replot(QCustomPlot::rpQueuedReplot);
}

void ModelPlots::setModel(std::shared_ptr<const darts::SampledModel> model) {
    m_model = std::move(model);
    m_predictions.resize(0, 0);
    m_modelProblem.clear();
    mapModelToData();
    if (m_model && m_modelProblem.isEmpty() && m_data.X.rows() > 0) {
        try {
            m_predictions = m_model->predict(modelInputs(m_data.X));
        } catch (const std::exception& error) {
            m_modelProblem = tr("The model could not be evaluated: %1").arg(QString::fromStdString(error.what()));
        }
    }
    redrawAll();
}

void ModelPlots::mapModelToData() {
    m_modelInputColumns.clear();
    if (!m_model) return;
    const int expected = m_model->network().inputCount();
    const std::vector<std::string>& names = m_model->inputNames();
    // By name first, so that a model survives a reordering of the input columns.
    bool allFound = static_cast<int>(names.size()) == expected;
    std::vector<int> byName;
    for (const std::string& name : names) {
        const auto it = std::find(m_data.inputNames.begin(), m_data.inputNames.end(), name);
        if (it == m_data.inputNames.end()) {
            allFound = false;
            break;
        }
        byName.push_back(static_cast<int>(it - m_data.inputNames.begin()));
    }
    if (allFound) {
        m_modelInputColumns = byName;
    } else if (expected == m_data.X.cols()) {
        for (int i = 0; i < expected; ++i) m_modelInputColumns.push_back(i);
    } else {
        m_modelProblem = tr("The model expects %n input(s), the data has %1.", nullptr, expected).arg(m_data.X.cols());
    }
}

Eigen::MatrixXd ModelPlots::modelInputs(const Eigen::MatrixXd& dataInputs) const {
    Eigen::MatrixXd X(dataInputs.rows(), static_cast<Eigen::Index>(m_modelInputColumns.size()));
    for (std::size_t k = 0; k < m_modelInputColumns.size(); ++k)
        X.col(static_cast<Eigen::Index>(k)) = dataInputs.col(m_modelInputColumns[k]);
    return X;
}

int ModelPlots::currentTarget() const {
    const int t = m_targetCombo->currentIndex();
    return t >= 0 && t < m_data.Y.cols() ? t : (m_data.Y.cols() > 0 ? 0 : -1);
}

int ModelPlots::currentInput() const {
    const int i = m_inputCombo->currentIndex();
    return i >= 0 && i < m_data.X.cols() ? i : (m_data.X.cols() > 0 ? 0 : -1);
}

int ModelPlots::modelOutputForTarget() const {
    const int t = currentTarget();
    if (!m_model || t < 0 || m_predictions.size() == 0) return -1;
    const std::vector<std::string>& outputs = m_model->outputNames();
    if (t < static_cast<int>(m_data.targetNames.size())) {
        const auto it = std::find(outputs.begin(), outputs.end(), m_data.targetNames[t]);
        if (it != outputs.end() && it - outputs.begin() < m_predictions.cols())
            return static_cast<int>(it - outputs.begin());
    }
    // Match by position only when no name matches at all (a model whose outputs were never named like
    // the targets); otherwise an unmatched target has no output, rather than borrowing another's.
    for (const std::string& targetName : m_data.targetNames)
        if (std::find(outputs.begin(), outputs.end(), targetName) != outputs.end()) return -1;
    return t < m_predictions.cols() ? t : -1;
}

void ModelPlots::rebuildControls() {
    const int inputs = static_cast<int>(m_data.X.cols());
    auto name = [](const std::vector<std::string>& names, int i, const QString& fallback) {
        return i < static_cast<int>(names.size()) ? QString::fromStdString(names[i]) : fallback.arg(i + 1);
    };

    {
        const QSignalBlocker block(m_targetCombo);
        m_targetCombo->clear();
        for (int t = 0; t < m_data.Y.cols(); ++t) m_targetCombo->addItem(name(m_data.targetNames, t, tr("target %1")));
        m_targetCombo->setCurrentIndex(m_data.Y.cols() > 0 ? 0 : -1);
    }
    m_targetRow->setVisible(m_data.Y.cols() > 1);

    for (QWidget* row : m_sliderRows) delete row;
    m_sliderRows.clear();
    m_sliders.clear();
    m_sliderValues.clear();
    m_min.assign(static_cast<std::size_t>(inputs), 0.0);
    m_max.assign(static_cast<std::size_t>(inputs), 0.0);
    m_held.assign(static_cast<std::size_t>(inputs), 0.0);

    auto* sliderLayout = static_cast<QVBoxLayout*>(m_sliderBox->layout());
    for (int i = 0; i < inputs; ++i) {
        const auto column = m_data.X.col(i);
        std::vector<double> values;
        values.reserve(static_cast<std::size_t>(column.size()));
        for (Eigen::Index r = 0; r < column.size(); ++r)
            if (std::isfinite(column[r])) values.push_back(column[r]);
        double low = 0.0;
        double high = 0.0;
        double median = 0.0;
        if (!values.empty()) {
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            low = *lo;
            high = *hi;
            const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
            std::nth_element(values.begin(), mid, values.end());
            median = *mid;
        }
        m_min[static_cast<std::size_t>(i)] = low;
        m_max[static_cast<std::size_t>(i)] = high;
        m_held[static_cast<std::size_t>(i)] = median;

        const QString inputName = name(m_data.inputNames, i, tr("input %1"));
        auto* row = new QWidget(m_sliderBox);
        auto* nameLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(inputName.toHtmlEscaped()), row);
        nameLabel->setToolTip(tr("Input %1, held fixed while the model is drawn along another input").arg(inputName));
        auto* valueLabel = new QLabel(row);
        valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        valueLabel->setToolTip(tr("The value %1 is held at").arg(inputName));
        valueLabel->setAccessibleName(tr("Held value of %1").arg(inputName));
        auto* slider = new QSlider(Qt::Horizontal, row);
        slider->setObjectName(QStringLiteral("hold:%1").arg(inputName));
        slider->setRange(0, sliderSteps);
        slider->setEnabled(high > low);
        slider->setToolTip(tr("Value at which %1 is held, from %2 to %3 (its data range)")
                               .arg(inputName)
                               .arg(low, 0, 'g', 4)
                               .arg(high, 0, 'g', 4));
        slider->setAccessibleName(tr("Held value of %1").arg(inputName));
        {
            // The slider starts at the median's step, but the held value is the exact median until moved.
            const QSignalBlocker block(slider);
            slider->setValue(high > low ? static_cast<int>(std::lround((median - low) / (high - low) * sliderSteps))
                                        : 0);
        }
        slider->setProperty("heldValue", median);
        valueLabel->setText(QString::number(median, 'g', 4));
        connect(slider, &QSlider::valueChanged, this, [this, i](int position) { onSliderMoved(i, position); });

        auto* rowLayout = new QGridLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 6);
        rowLayout->addWidget(nameLabel, 0, 0);
        rowLayout->addWidget(valueLabel, 0, 1);
        rowLayout->addWidget(slider, 1, 0, 1, 2);
        sliderLayout->insertWidget(sliderLayout->count() - 1, row);  // before the closing stretch

        m_sliderRows.append(row);
        m_sliders.append(slider);
        m_sliderValues.append(valueLabel);
    }

    {
        const QSignalBlocker block(m_inputCombo);
        m_inputCombo->clear();
        for (int i = 0; i < inputs; ++i) m_inputCombo->addItem(name(m_data.inputNames, i, tr("input %1")));
        m_inputCombo->setCurrentIndex(inputs > 0 ? 0 : -1);
        m_inputCombo->setEnabled(inputs > 1);
    }
    for (int i = 0; i < m_sliderRows.size(); ++i) m_sliderRows[i]->setVisible(i != currentInput());
    m_noOtherInputs->setVisible(inputs <= 1);
}

void ModelPlots::onSliderMoved(int input, int position) {
    const auto i = static_cast<std::size_t>(input);
    const double value = m_min[i] + (m_max[i] - m_min[i]) * position / static_cast<double>(sliderSteps);
    m_held[i] = value;
    m_sliders[input]->setProperty("heldValue", value);
    m_sliderValues[input]->setText(QString::number(value, 'g', 4));
    drawResponse();
    m_responsePlot->replot(QCustomPlot::rpQueuedReplot);
}

void ModelPlots::redrawAll() {
    drawObserved();
    drawResiduals();
    drawResponse();
    for (QCustomPlot* plot : {m_observedPlot, m_residualPlot, m_responsePlot})
        plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ModelPlots::targetLabel(int t) const {
    return t >= 0 && t < static_cast<int>(m_data.targetNames.size()) ? QString::fromStdString(m_data.targetNames[t])
                                                                      : tr("target");
}

void ModelPlots::drawObserved() {
    QCustomPlot* plot = m_observedPlot;
    QCPGraph* points = plot->graph(0);
    QCPGraph* identity = plot->graph(1);
    points->data()->clear();
    identity->data()->clear();
    m_observedDensity->hide();
    const int t = currentTarget();
    const QString target = targetLabel(t);
    plot->xAxis->setLabel(tr("Observed %1").arg(target));
    plot->yAxis->setLabel(tr("Predicted %1").arg(target));
    if (t < 0 || m_data.Y.rows() == 0) {
        m_observedTitle->setText(tr("No data selected"));
        plot->xAxis->setRange(0.0, 1.0);
        plot->yAxis->setRange(0.0, 1.0);
        return;
    }
    const Eigen::VectorXd observed = m_data.Y.col(t);
    double low = 0.0;
    double high = 0.0;
    bool any = extendRange(observed, low, high, false);
    const int o = modelOutputForTarget();
    if (o < 0) {
        m_observedTitle->setText(!m_modelProblem.isEmpty() ? m_modelProblem
                                 : m_model                 ? tr("The model has no output for %1").arg(target)
                                           : tr("No model yet: run a search to compare its model with the data"));
    } else {
        any = extendRange(m_predictions.col(o), low, high, any);
        const FitMetrics fit = fitMetrics(m_predictions.col(o), Eigen::MatrixXd(observed));
        m_observedTitle->setText(withDensityNote(tr("R² = %1    MSE = %2").arg(fit.r2, 0, 'g', 4).arg(fit.mse, 0, 'g', 4)));
    }
    // Equal ranges on both axes, so that the identity line is the diagonal and misfits look their size.
    const QCPRange range = any ? padded(low, high) : QCPRange(0.0, 1.0);
    plot->xAxis->setRange(range);
    plot->yAxis->setRange(range);
    if (o >= 0) {
        drawRows(points, *m_observedDensity, observed, m_predictions.col(o), range, range);
        identity->setData({range.lower, range.upper}, {range.lower, range.upper}, true);
    }
}

void ModelPlots::drawResiduals() {
    QCustomPlot* plot = m_residualPlot;
    QCPGraph* points = plot->graph(0);
    QCPGraph* zero = plot->graph(1);
    points->data()->clear();
    zero->data()->clear();
    m_residualDensity->hide();
    const int t = currentTarget();
    const QString target = targetLabel(t);
    plot->xAxis->setLabel(tr("Predicted %1").arg(target));
    plot->yAxis->setLabel(tr("Residual (observed − predicted)"));
    const int o = modelOutputForTarget();
    if (t < 0 || o < 0 || m_data.Y.rows() == 0) {
        m_residualTitle->setText(t < 0 || m_data.Y.rows() == 0 ? tr("No data selected")
                                 : !m_modelProblem.isEmpty()   ? m_modelProblem
                                 : m_model                     ? tr("The model has no output for %1").arg(target)
                                                               : tr("No model yet: run a search to see its residuals"));
        plot->xAxis->setRange(0.0, 1.0);
        plot->yAxis->setRange(-1.0, 1.0);
        return;
    }
    const Eigen::VectorXd predicted = m_predictions.col(o);
    const Eigen::VectorXd residual = m_data.Y.col(t) - predicted;

    double low = 0.0;
    double high = 0.0;
    const QCPRange xRange = extendRange(predicted, low, high, false) ? padded(low, high) : QCPRange(0.0, 1.0);
    double largest = 0.0;
    double squares = 0.0;
    Eigen::Index finite = 0;
    for (Eigen::Index r = 0; r < residual.size(); ++r) {
        if (!std::isfinite(residual[r])) continue;
        largest = std::max(largest, std::fabs(residual[r]));
        squares += residual[r] * residual[r];
        ++finite;
    }
    // Symmetric about zero so that a bias shows as points off the middle line.
    const double half = largest > 0.0 ? largest * 1.1 : 1e-9;
    plot->xAxis->setRange(xRange);
    plot->yAxis->setRange(-half, half);
    zero->setData({xRange.lower, xRange.upper}, {0.0, 0.0}, true);
    drawRows(points, *m_residualDensity, predicted, residual, xRange, QCPRange(-half, half));
    const double rmse = finite > 0 ? std::sqrt(squares / static_cast<double>(finite)) : 0.0;
    m_residualTitle->setText(
        withDensityNote(tr("RMSE = %1    largest |residual| = %2").arg(rmse, 0, 'g', 4).arg(largest, 0, 'g', 4)));
}

void ModelPlots::drawResponse() {
    QCustomPlot* plot = m_responsePlot;
    QCPGraph* points = plot->graph(0);
    QCPGraph* curve = plot->graph(1);
    QCPGraph* law = plot->graph(2);
    points->data()->clear();
    curve->data()->clear();
    law->data()->clear();
    law->removeFromLegend();
    m_responseDensity->hide();
    const int t = currentTarget();
    const int j = currentInput();
    if (t < 0 || j < 0 || m_data.X.rows() == 0) {
        plot->xAxis->setLabel(tr("Input"));
        plot->yAxis->setLabel(tr("Target"));
        m_responseTitle->setText(tr("No data selected"));
        plot->xAxis->setRange(0.0, 1.0);
        plot->yAxis->setRange(0.0, 1.0);
        return;
    }
    const QString input = j < static_cast<int>(m_data.inputNames.size()) ? QString::fromStdString(m_data.inputNames[j])
                                                                         : tr("input %1").arg(j + 1);
    const QString target = t < static_cast<int>(m_data.targetNames.size())
                               ? QString::fromStdString(m_data.targetNames[t])
                               : tr("target %1").arg(t + 1);
    plot->xAxis->setLabel(input);
    plot->yAxis->setLabel(target);

    const Eigen::VectorXd xs = m_data.X.col(j);
    const Eigen::VectorXd ys = m_data.Y.col(t);
    const auto ju = static_cast<std::size_t>(j);
    // The curve spans the data range exactly; the axis gets a margin so that the extreme points are not cut.
    const QCPRange xRange = m_max[ju] > m_min[ju] ? QCPRange(m_min[ju], m_max[ju]) : padded(m_min[ju], m_max[ju]);
    const QCPRange xAxisRange = padded(xRange.lower, xRange.upper);

    double dataLow = 0.0;
    double dataHigh = 0.0;
    const bool anyData = extendRange(ys, dataLow, dataHigh, false);
    double low = dataLow;
    double high = dataHigh;

    Eigen::VectorXd grid(responsePoints);
    for (int p = 0; p < responsePoints; ++p)
        grid[p] = xRange.lower + (xRange.upper - xRange.lower) * p / static_cast<double>(responsePoints - 1);
    const bool lawDrawn = drawTrueLaw(j, grid, low, high);

    const int o = modelOutputForTarget();
    if (o < 0) {
        m_responseTitle->setText(!m_modelProblem.isEmpty() ? m_modelProblem
                                 : m_model                 ? tr("The model has no output for %1").arg(target)
                                                           : tr("No model yet: the data rows against %1").arg(input));
    } else {
        Eigen::MatrixXd X(responsePoints, static_cast<Eigen::Index>(m_modelInputColumns.size()));
        for (std::size_t k = 0; k < m_modelInputColumns.size(); ++k) {
            const int column = m_modelInputColumns[k];
            if (column == j)
                X.col(static_cast<Eigen::Index>(k)) = grid;
            else
                X.col(static_cast<Eigen::Index>(k)).setConstant(m_held[static_cast<std::size_t>(column)]);
        }
        try {
            const Eigen::MatrixXd predicted = m_model->predict(X);
            const Eigen::VectorXd model = predicted.col(o);
            curve->setData(toQVector(grid), toQVector(model), true);
            double curveLow = 0.0;
            double curveHigh = 0.0;
            if (extendRange(model, curveLow, curveHigh, false)) {
                if (anyData) {
                    // A curve shooting off to 1e30 would flatten the data into a line: let it leave the
                    // plot beyond twice the data's spread instead.
                    const double allowance = 2.0 * std::max(dataHigh - dataLow, std::fabs(dataHigh) * 0.1 + 1e-12);
                    low = std::min(low, std::max(curveLow, dataLow - allowance));
                    high = std::max(high, std::min(curveHigh, dataHigh + allowance));
                } else {
                    low = curveLow;
                    high = curveHigh;
                }
            }
            m_responseTitle->setText(m_data.X.cols() > 1
                                         ? tr("Model along %1, the other inputs held at the slider values").arg(input)
                                         : tr("Model along %1").arg(input));
        } catch (const std::exception& error) {
            m_responseTitle->setText(
                tr("The model could not be evaluated: %1").arg(QString::fromStdString(error.what())));
        }
    }
    const QCPRange yAxisRange = anyData || o >= 0 || lawDrawn ? padded(low, high) : QCPRange(0.0, 1.0);
    plot->xAxis->setRange(xAxisRange);
    plot->yAxis->setRange(yAxisRange);
    drawRows(points, *m_responseDensity, xs, ys, xAxisRange, yAxisRange);
    // On a line of its own: the response's title is long already.
    m_responseTitle->setText(withDensityNote(m_responseTitle->text(), QStringLiteral("\n")));
}

bool ModelPlots::drawTrueLaw(int j, const Eigen::VectorXd& grid, double& low, double& high) {
    const int t = currentTarget();
    if (!m_trueLaw.isValid() || t < 0 || t >= static_cast<int>(m_data.targetNames.size()) ||
        m_data.targetNames[static_cast<std::size_t>(t)] != m_trueLaw.targetName())
        return false;
    const std::vector<std::string>& names = m_trueLaw.inputNames();
    Eigen::MatrixXd X(grid.size(), static_cast<Eigen::Index>(names.size()));
    for (std::size_t k = 0; k < names.size(); ++k) {
        const auto found = std::find(m_data.inputNames.begin(), m_data.inputNames.end(), names[k]);
        if (found == m_data.inputNames.end()) return false;  // an input of the law is not an input here
        const auto column = static_cast<int>(found - m_data.inputNames.begin());
        if (column == j) {
            X.col(static_cast<Eigen::Index>(k)) = grid;
        } else {
            X.col(static_cast<Eigen::Index>(k)).setConstant(m_held[static_cast<std::size_t>(column)]);
        }
    }
    const Eigen::VectorXd values = m_trueLaw.evaluate(X);
    QCPGraph* law = m_responsePlot->graph(2);
    law->setData(toQVector(grid), toQVector(values), true);
    law->addToLegend();
    double lawLow = 0.0;
    double lawHigh = 0.0;
    if (extendRange(values, lawLow, lawHigh, false)) {
        low = std::min(low, lawLow);
        high = std::max(high, lawHigh);
    }
    return true;
}

}  // namespace darts::gui
