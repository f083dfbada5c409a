#include "panels/gap_plot.h"

#include "model/sampled_model.h"
#include "network/network.h"
#include "panels/figure_export.h"
#include "panels/plot_style.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace darts::gui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double meanSquaredError(const Eigen::VectorXd& predicted, const Eigen::VectorXd& observed) {
    if (predicted.size() == 0 || predicted.size() != observed.size()) return kNaN;
    return (predicted - observed).squaredNorm() / static_cast<double>(observed.size());
}

QString errorText(double value) { return std::isnan(value) ? QStringLiteral("—") : QString::number(value, 'g', 4); }

}  // namespace

GapPlot::GapPlot(QWidget* parent)
    : QWidget(parent), m_mixtureError(kNaN), m_maxError(kNaN), m_modelError(kNaN) {
    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("GapPlot"));
    m_plot->setMinimumSize(300, 200);
    const QColor data(60, 60, 60), mixture(31, 119, 180), max(255, 127, 14), model(44, 160, 44);
    QCPGraph* g = m_plot->addGraph();
    g->setName(tr("data"));
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(data, 1.0), QBrush(Qt::white), 6));
    g = m_plot->addGraph();
    g->setName(tr("mixture (search network)"));
    g->setPen(QPen(mixture, kDataLineWidth));
    g = m_plot->addGraph();
    g->setName(tr("max of the mixture, same coefficients"));
    g->setPen(QPen(max, kDataLineWidth, Qt::DashLine));
    g = m_plot->addGraph();
    g->setName(tr("sampled model (refitted)"));
    g->setPen(QPen(model, kDataLineWidth));
    m_plot->xAxis->setLabel(tr("rows, ordered by the observed value"));
    m_plot->yAxis->setLabel(tr("target"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    applyReadableFonts(m_plot);
    addFigureContextMenu(m_plot);

    m_caption = new QLabel;
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_caption);
    setWhatsThis(tr("The data, the search network's mixture and the discrete models, rows ordered by the observed "
                    "value. During the search every edge mixes all primitives; the discrete model keeps one per "
                    "edge. The distance between the blue and the other lines is the gap between the two."));
    redraw();
}

void GapPlot::setData(const darts::Selection& fullData) {
    m_allRows = fullData.X.rows();
    const darts::Selection& data = m_data.emplace(darts::sampleRows(fullData, kMaxPlotRows));
    m_order.resize(static_cast<std::size_t>(data.Y.rows()));
    std::iota(m_order.begin(), m_order.end(), Eigen::Index{0});
    if (data.Y.cols() > 0)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](Eigen::Index a, Eigen::Index b) { return data.Y(a, 0) < data.Y(b, 0); });
    m_mixture.resize(0);
    m_max.resize(0);
    m_model.resize(0);
    redraw();
}

void GapPlot::setMixture(std::shared_ptr<const darts::Network> structure, const Eigen::MatrixXd& alpha,
                         const Eigen::VectorXd& parameters) {
    m_mixture.resize(0);
    m_max.resize(0);
    if (structure && m_data && m_data->X.cols() == structure->inputCount() && m_data->X.rows() > 0 &&
        !structure->isFixed()) {
        darts::Network net = *structure;
        if (alpha.rows() == net.alpha().rows() && alpha.cols() == net.alpha().cols() &&
            parameters.size() == net.parameters().size()) {
            net.alpha() = alpha;
            net.parameters() = parameters;
        }
        m_mixture = net.predict(m_data->X).col(0);
        // The discrete model max would draw, before any refit: the heaviest primitive of every edge.
        std::vector<int> choices(static_cast<std::size_t>(net.edgeCount()));
        for (int e = 0; e < net.edgeCount(); ++e) net.alpha().row(e).maxCoeff(&choices[static_cast<std::size_t>(e)]);
        net.fixArchitecture(choices);
        m_max = net.predict(m_data->X).col(0);
    }
    redraw();
}

void GapPlot::setModel(std::shared_ptr<const darts::SampledModel> model) {
    m_model.resize(0);
    if (model && m_data && m_data->X.cols() == model->network().inputCount() && m_data->X.rows() > 0)
        m_model = model->predict(m_data->X).col(0);
    redraw();
}

void GapPlot::redraw() {
    const bool haveData = m_data && m_data->Y.cols() > 0 && m_data->Y.rows() > 0;
    const Eigen::VectorXd observed = haveData ? Eigen::VectorXd(m_data->Y.col(0)) : Eigen::VectorXd();
    // A discrete model far off (exp of a large coefficient, say) reaches 1e30: its points are drawn just
    // beyond the axis instead, as the painter cannot draw lines to such coordinates.
    const double low = haveData ? observed.minCoeff() : 0.0, high = haveData ? observed.maxCoeff() : 1.0;
    const double span = std::max(1e-9, high - low);
    auto fill = [&](int graph, const Eigen::VectorXd& values) {
        QVector<double> keys, vals;
        if (values.size() == observed.size() && values.size() > 0) {
            for (std::size_t i = 0; i < m_order.size(); ++i) {
                const double v = values[m_order[i]];
                keys << static_cast<double>(i + 1);
                vals << (std::isnan(v) ? v : std::clamp(v, low - 2.0 * span, high + 2.0 * span));
            }
        }
        m_plot->graph(graph)->setData(keys, vals, true);
    };
    fill(0, observed);
    fill(1, m_mixture);
    fill(2, m_max);
    fill(3, m_model);
    m_mixtureError = meanSquaredError(m_mixture, observed);
    m_maxError = meanSquaredError(m_max, observed);
    m_modelError = meanSquaredError(m_model, observed);
    m_plot->rescaleAxes();
    // The data decide the scale: a discrete model far off must not squash them into a line.
    if (haveData) m_plot->yAxis->setRange(low - 0.1 * span, high + 0.1 * span);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    const QString errors = tr("mixture: %1 · max of the mixture, same coefficients: %2 · sampled model (refitted): %3")
                               .arg(errorText(m_mixtureError), errorText(m_maxError), errorText(m_modelError));
    const Eigen::Index drawn = m_data ? m_data->X.rows() : 0;
    m_caption->setText(drawn < m_allRows
                           ? tr("Mean squared error on a fixed sample of %L1 of the %L2 rows — %3").arg(drawn).arg(m_allRows).arg(errors)
                           : tr("Mean squared error on all rows — %1").arg(errors));
}

}  // namespace darts::gui
