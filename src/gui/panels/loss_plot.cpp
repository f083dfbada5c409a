#include "panels/loss_plot.h"
#include "panels/figure_export.h"
#include "panels/plot_style.h"

#include "worker/search_history.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace darts::gui {


LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Loss"));
    setWhatsThis(tr("The training loss (mean squared error, or cross-entropy for classes) of the mixed network "
                    "after every epoch. It should fall and level off; a flat line from the start suggests a "
                    "learning rate too small, jumps one too large. Switch on the logarithmic axis to see small "
                    "improvements late in the search."));

    m_logCheck = new QCheckBox(tr("Logarithmic loss axis"), this);
    m_logCheck->setChecked(true);
    m_logCheck->setToolTip(
        tr("Show the loss on a logarithmic scale, where steady improvement by a constant factor "
           "looks like a straight line"));
    m_logCheck->setAccessibleName(tr("Logarithmic loss axis"));

    m_status = new QLabel(this);
    m_status->setToolTip(tr("The latest epoch, its loss and the lowest loss so far"));
    m_status->setAccessibleName(tr("Latest loss"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // On two lines rather than widening the window: with held-out rows in presenter view the line alone
    // would be wider than a third of a projector's screen.
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setObjectName(QStringLiteral("latestLoss"));

    m_plot = new QCustomPlot(this);
    // One polyline instead of a segment per point: a noisy loss over many epochs
    // otherwise costs tens of milliseconds per redraw.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setAccessibleName(tr("Loss against epoch"));
    m_plot->setToolTip(
        tr("Loss of every epoch of the search. Drag to pan and use the wheel to zoom; "
           "double-click to follow the search again."));
    m_plot->setMinimumSize(240, 160);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    addFigureContextMenu(m_plot);

    m_graph = m_plot->addGraph();
    m_graph->setName(tr("Training loss"));
    m_graph->setPen(QPen(QColor(0x1f, 0x5f, 0xb4), kDataLineWidth));
    // Many thousands of points per pixel column at 100,000 epochs: adaptive sampling keeps drawing cheap.
    m_graph->setAdaptiveSampling(true);

    // Held-out rows: the curve that tells whether the search still generalises, dashed so that it reads
    // apart from the training loss in print too.
    m_validationGraph = m_plot->addGraph();
    m_validationGraph->setName(tr("Validation loss"));
    m_validationGraph->setPen(QPen(QColor(0xd9, 0x5f, 0x02), kDataLineWidth, Qt::DashLine));
    m_validationGraph->setAdaptiveSampling(true);
    m_validationGraph->setVisible(false);
    m_plot->legend->setVisible(false);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_plot->xAxis->setLabel(tr("Epoch"));
    m_plot->yAxis->setLabel(tr("Loss"));
    // Epochs are whole numbers: never put a tick at 2.5.
    auto epochTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    epochTicker->setTickStep(1.0);
    epochTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(epochTicker);
    m_plot->xAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->xAxis->setNumberPrecision(0);
    applyReadableFonts(m_plot);
    keepTickLabelsApart(m_plot);  // epochs up to the thousands in a narrow dock

    // A wheel turn or a drag means the user wants to look at a region: stop rescaling under their hands.
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { m_followData = false; });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() != Qt::NoButton) m_followData = false;
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) {
        m_followData = true;
        rescale();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_logCheck, &QCheckBox::toggled, this, &LossPlot::setLogarithmic);

    auto* top = new QHBoxLayout;
    top->addWidget(m_logCheck);
    // The label takes the rest of the row (a wrapping label asks for little width and would be squeezed to
    // three lines beside a stretch), right-aligned.
    top->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    setLogarithmic(true);
    updateStatus();
}

void LossPlot::setHistory(const SearchHistory* history) {
    m_history = history;
    clear();
    refresh();
}

double LossPlot::Extremes::add(double value) {
    if (!std::isfinite(value)) return std::numeric_limits<double>::quiet_NaN();
    min = any ? std::min(min, value) : value;
    max = any ? std::max(max, value) : value;
    any = true;
    if (value > 0.0 && (minPositive == 0.0 || value < minPositive)) minPositive = value;
    return value;
}

void LossPlot::Extremes::add(const Extremes& other) {
    if (!other.any) return;
    add(other.min);
    add(other.max);
    if (other.minPositive > 0.0) add(other.minPositive);
}

void LossPlot::clear() {
    m_graph->data()->clear();
    m_validationGraph->data()->clear();
    m_validationGraph->setVisible(false);
    m_plot->legend->setVisible(false);
    m_validation = {};
    m_shown = 0;
    m_lastEpoch = 0;
    m_loss = {};
    m_followData = true;
    rescale();
    updateStatus();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::refresh() {
    if (!m_history) return;
    const SearchHistory& h = *m_history;
    const std::size_t n = std::min(h.epochs.size(), h.losses.size());
    // The controller clears and refills the same history object on a reset; the graph must then start over.
    if (n < m_shown || (m_shown > 0 && h.epochs[m_shown - 1] != m_lastEpoch)) clear();
    if (n == m_shown) return;

    QVector<double> keys;
    QVector<double> values;
    QVector<double> validValues;
    keys.reserve(static_cast<qsizetype>(n - m_shown));
    values.reserve(static_cast<qsizetype>(n - m_shown));
    validValues.reserve(static_cast<qsizetype>(n - m_shown));
    bool sorted = m_shown == 0 || h.epochs[m_shown] > m_lastEpoch;
    for (std::size_t i = m_shown; i < n; ++i) {
        if (i > m_shown && h.epochs[i] <= h.epochs[i - 1]) sorted = false;
        keys.append(h.epochs[i]);
        values.append(m_loss.add(h.losses[i]));  // a diverged epoch (inf/NaN) becomes a gap
        validValues.append(m_validation.add(i < h.validationLosses.size() ? h.validationLosses[i]
                                                                          : std::numeric_limits<double>::quiet_NaN()));
    }
    // Sorted keys let QCustomPlot append at the end instead of re-sorting the whole container.
    m_graph->addData(keys, values, sorted);
    m_validationGraph->addData(keys, validValues, sorted);
    m_validationGraph->setVisible(m_validation.any);
    m_plot->legend->setVisible(m_validation.any);
    m_shown = n;
    m_lastEpoch = h.epochs[n - 1];

    rescale();
    updateStatus();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::setLogarithmic(bool on) {
    if (m_logCheck->isChecked() != on) {
        const QSignalBlocker block(m_logCheck);
        m_logCheck->setChecked(on);
    }
    QCPAxis* y = m_plot->yAxis;
    if (on) {
        y->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = makeLogTicker();
        ticker->setSubTickCount(8);
        y->setTicker(ticker);
        y->setNumberFormat(QStringLiteral("gb"));
        y->setNumberPrecision(4);
    } else {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(QSharedPointer<QCPAxisTicker>::create());
        y->setNumberFormat(QStringLiteral("gb"));
        y->setNumberPrecision(4);
    }
    // The old range may not suit the new scale (a linear range starting at 0 on a log axis).
    m_followData = true;
    rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::rescale() {
    if (!m_followData) return;
    if (m_shown == 0 || !m_history || m_history->epochs.empty()) {
        m_plot->xAxis->setRange(0.0, 10.0);
        if (m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic)
            m_plot->yAxis->setRange(1e-3, 1.0);
        else
            m_plot->yAxis->setRange(0.0, 1.0);
        return;
    }
    const double first = m_history->epochs.front();
    const double last = m_lastEpoch;
    m_plot->xAxis->setRange(first, last > first ? last : first + 1.0);

    // Both curves in view: the training extremes, widened by the validation curve's.
    Extremes both = m_loss;
    both.add(m_validation);
    const double lowest = both.min, highest = both.max, lowestPositive = both.minPositive;
    if (m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic) {
        if (lowestPositive <= 0.0) {
            m_plot->yAxis->setRange(1e-3, 1.0);
        } else {
            // Padding by a factor keeps the extreme points off the frame on a log scale.
            const double low = lowestPositive / 1.3;
            const double high = std::max(highest, lowestPositive) * 1.3;
            m_plot->yAxis->setRange(low, high > low * 1.01 ? high : low * 10.0);
        }
    } else {
        if (!both.any) {
            m_plot->yAxis->setRange(0.0, 1.0);
            return;
        }
        const double span = highest - lowest;
        const double pad = span > 0.0 ? 0.05 * span : std::max(std::fabs(highest) * 0.1, 1e-12);
        m_plot->yAxis->setRange(lowest - pad, highest + pad);
    }
}

void LossPlot::updateStatus() {
    if (m_shown == 0 || !m_history) {
        m_status->setText(tr("No epochs yet"));
        return;
    }
    const double latest = m_history->losses[m_shown - 1];
    if (!m_loss.any) {
        m_status->setText(tr("Epoch %1: loss %2").arg(m_lastEpoch).arg(latest, 0, 'g', 4));
        return;
    }
    const double latestValid = m_shown <= m_history->validationLosses.size() ? m_history->validationLosses[m_shown - 1]
                                                                            : std::numeric_limits<double>::quiet_NaN();
    if (m_validation.any && std::isfinite(latestValid)) {
        m_status->setText(tr("Epoch %1: loss %2 (lowest %3), validation %4")
                              .arg(m_lastEpoch)
                              .arg(latest, 0, 'g', 4)
                              .arg(m_loss.min, 0, 'g', 4)
                              .arg(latestValid, 0, 'g', 4));
        return;
    }
    m_status->setText(
        tr("Epoch %1: loss %2 (lowest %3)").arg(m_lastEpoch).arg(latest, 0, 'g', 4).arg(m_loss.min, 0, 'g', 4));
}

}  // namespace darts::gui
