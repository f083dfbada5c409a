#include "panels/plot_style.h"

#include <qcustomplot.h>

#include <QApplication>

namespace darts::gui {

QFont plotTickFont(const QCustomPlot* plot) {
    QFont font = plot->font();
    if (font.pointSizeF() < 9.0) font.setPointSizeF(9.0);
    return font;
}

void applyReadableFonts(QCustomPlot* plot) {
    const QFont tickFont = plotTickFont(plot);
    QFont labelFont = tickFont;
    labelFont.setPointSizeF(tickFont.pointSizeF() + 1.0);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
    }
    plot->legend->setFont(tickFont);
    applyPlotColors(plot);
}

void applyPlotColors(QCustomPlot* plot) {
    // The application's palette, not the widget's: that one follows a theme change only after events.
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    plot->setBackground(base);
    QColor grid = text;
    grid.setAlpha(40);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    plot->legend->setBrush(base);
    plot->legend->setTextColor(text);
    plot->legend->setBorderPen(QPen(grid));
}

}  // namespace darts::gui
