#pragma once
/// @brief The look the plots share: fonts readable from across a classroom, fast redraws.

#include <QFont>

class QCustomPlot;

namespace darts::gui {

/// Tick labels at least 9 pt, whatever the platform's default.
QFont plotTickFont(const QCustomPlot* plot);
/// Tick labels at least 9 pt, axis labels a point larger, the legend like the ticks.
void applyReadableFonts(QCustomPlot* plot);
/// Background, axes, text and grid in the colours of the application's palette (light or dark theme).
void applyPlotColors(QCustomPlot* plot);

}  // namespace darts::gui
