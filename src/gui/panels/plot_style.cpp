#include "panels/plot_style.h"

#include <qcustomplot.h>

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
}

}  // namespace darts::gui
