#pragma once
/// @brief The look the plots share: fonts readable from across a classroom, fast redraws.

#include <QFont>
#include <QSharedPointer>

class QCustomPlot;
class QCPAxisTickerLog;

#include <cstdint>

namespace darts::gui {

/// Plots of the data draw at most this many rows; of a bigger table, a fixed sample (darts::sampleRows), so
/// that a million rows draw as fast as a few thousand and still show their spread. Each translucent point
/// costs the raster painter tens of microseconds: 20,000 made a window on 1,000,000 rows take 21 s, 5,000 13 s.
inline constexpr std::int64_t kMaxPlotRows = 5000;
/// Scatter plots of more rows than kMaxPlotRows draw them as a density (DensityMap) instead of points, of
/// all rows up to this many, else of a fixed sample of this many; their figures (R², MSE) are taken on those.
inline constexpr std::int64_t kMaxDensityRows = 100000;

/// Width of lines drawn through data (the loss epoch by epoch, predictions row by row), which zig-zag. The
/// raster painter draws 1-px lines on its fast path but strokes wider ones into polygons: a zig-zag of 4,096
/// points takes about 2 s a replot at 1.6 px and 20 ms at 1 px (the gap plot of a big table took 4.8 s).
inline constexpr double kDataLineWidth = 1.0;

/// Tick labels at least 9 pt, whatever the platform's default.
QFont plotTickFont(const QCustomPlot* plot);
/// Tick labels at least 9 pt, axis labels a point larger, the legend like the ticks.
void applyReadableFonts(QCustomPlot* plot);
/// A ticker for a logarithmic axis that labels 1, 2 and 5 times each power of ten (or a linear step) when the
/// data span only a few decades, where QCustomPlot's own leaves one label or none.
QSharedPointer<QCPAxisTickerLog> makeLogTicker();
/// Fewer ticks on the bottom axis, and on a linear left axis, when their labels would run into each other (a plot
/// in a narrow or low dock), as many as QCustomPlot likes when there is room; kept up to date on every layout.
void keepTickLabelsApart(QCustomPlot* plot);
/// Background, axes, text and grid in the colours of the application's palette (light or dark theme).
void applyPlotColors(QCustomPlot* plot);

}  // namespace darts::gui
