#include "panels/plot_style.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace darts::gui {
namespace {

/// Powers of ten label a loss axis well only over many decades. A search's loss usually spans one to
/// three, where QCPAxisTickerLog leaves just one or two labels: there, label 1, 2 and 5 times each power
/// (or a plain linear step when the range is narrower than a factor of three).
class FewDecadesLogTicker : public QCPAxisTickerLog {
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override {
        m_custom = false;
        if (range.lower <= 0.0 || range.upper <= range.lower)
            return QCPAxisTickerLog::createTickVector(tickStep, range);
        const double decades = std::log10(range.upper / range.lower);
        if (decades > 3.0) return QCPAxisTickerLog::createTickVector(tickStep, range);
        m_custom = true;
        QVector<double> ticks;
        if (decades < std::log10(3.0)) {
            // Narrow: a nice linear step giving about five ticks.
            const double rough = (range.upper - range.lower) / 5.0;
            const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
            const double mantissa = rough / magnitude;
            const double step = magnitude * (mantissa < 1.5 ? 1.0 : mantissa < 3.5 ? 2.0 : mantissa < 7.5 ? 5.0 : 10.0);
            for (double v = std::ceil(range.lower / step) * step; v <= range.upper; v += step) ticks.append(v);
            return ticks;
        }
        const QVector<double> mantissas =
            decades < 1.2 ? QVector<double>{1.0, 1.5, 2.0, 3.0, 5.0, 7.0} : QVector<double>{1.0, 2.0, 5.0};
        for (int power = static_cast<int>(std::floor(std::log10(range.lower)));
             power <= static_cast<int>(std::ceil(std::log10(range.upper))); ++power) {
            for (double m : mantissas) {
                const double v = m * std::pow(10.0, power);
                if (v >= range.lower && v <= range.upper) ticks.append(v);
            }
        }
        return ticks;
    }
    QVector<double> createSubTickVector(int subTickCount, const QVector<double>& ticks) override {
        // Sub ticks between 1, 2 and 5 would be unevenly spaced clutter.
        if (m_custom) return {};
        return QCPAxisTickerLog::createSubTickVector(subTickCount, ticks);
    }

private:
    bool m_custom = false;
};

}  // namespace

QSharedPointer<QCPAxisTickerLog> makeLogTicker() { return QSharedPointer<FewDecadesLogTicker>::create(); }

QFont plotTickFont(const QCustomPlot* plot) {
    QFont font = plot->font();
    if (font.pointSizeF() < 9.0) font.setPointSizeF(9.0);
    return font;
}

void applyReadableFonts(QCustomPlot* plot) {
    const QFont tickFont = plotTickFont(plot);
    QFont labelFont = tickFont;
    labelFont.setPointSizeF(tickFont.pointSizeF() + 1.0);
    // Every axis rect: a plot may stack several (the weights heatmap's nodes under its edges).
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setTickLabelFont(tickFont);
            axis->setLabelFont(labelFont);
        }
    }
    plot->legend->setFont(tickFont);
    applyPlotColors(plot);
}

void keepTickLabelsApart(QCustomPlot* plot) {
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        bool changed = false;
        const auto setCount = [&changed](QCPAxis* axis, int count) {
            if (axis->ticker()->tickCount() == count) return;
            axis->ticker()->setTickCount(count);
            changed = true;
        };
        for (QCPAxisRect* rect : plot->axisRects()) {
            QCPAxis* bottom = rect->axis(QCPAxis::atBottom);
            if (bottom && bottom->ticker() && rect->width() > 0) {
                // The labels of the range's ends, not of the ticks now shown: those change with the count.
                const QFontMetrics metrics(bottom->tickLabelFont());
                const QChar format = bottom->numberFormat().isEmpty() ? QLatin1Char('g') : bottom->numberFormat().at(0);
                int widest = 0;
                for (double end : {bottom->range().lower, bottom->range().upper})
                    widest = std::max(widest, metrics.horizontalAdvance(QLocale().toString(end, format.toLatin1(),
                                                                                           bottom->numberPrecision())));
                // QCustomPlot's own default is 5; a label and three characters of space each (1: the ends only).
                setCount(bottom, std::clamp(rect->width() / (widest + 3 * metrics.averageCharWidth()), 1, 5));
            }
            // A linear left axis: a label and a line of space each (a log axis's ticker places its own).
            QCPAxis* left = rect->axis(QCPAxis::atLeft);
            if (left && left->ticker() && !left->ticker().dynamicCast<QCPAxisTickerLog>() && rect->height() > 0)
                setCount(left, std::clamp(rect->height() / (2 * QFontMetrics(left->tickLabelFont()).height()), 1, 5));
        }
        // The ticks of this replot are set already: the next one shows the new count.
        if (changed) plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void applyPlotColors(QCustomPlot* plot) {
    // The application's palette, not the widget's: that one follows a theme change only after events.
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    plot->setBackground(base);
    QColor grid = text;
    grid.setAlpha(40);
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(text, 1));
            axis->setTickPen(QPen(text, 1));
            axis->setSubTickPen(QPen(text, 1));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        }
    }
    plot->legend->setBrush(base);
    plot->legend->setTextColor(text);
    plot->legend->setBorderPen(QPen(grid));
}

}  // namespace darts::gui
