#pragma once
/// @brief The one place that writes figures: plots to PNG, SVG and PDF, the graph also to DOT, and either to the clipboard.

#include <QString>

class QCustomPlot;
class QWidget;

namespace darts::gui {

class GraphView;

/// Asks for a file (PNG, SVG or PDF by filter or suffix; for PNG also width, height and scale, defaulting
/// to the plot's size at 2x) and writes it. A failure gets a message box naming the path and the reason;
/// nothing else changes.
void exportPlot(QCustomPlot* plot, QWidget* parent);
/// Asks for a file (SVG, PNG, PDF or DOT) and writes the graph on screen; `dot` is its text.
void exportGraph(GraphView* view, const QString& dot, QWidget* parent);
/// Puts the plot, at twice its on-screen size, on the clipboard as an image.
void copyPlotImage(QCustomPlot* plot);
/// Puts the drawn graph, at twice its natural size, on the clipboard as an image; nothing if none is drawn.
void copyGraphImage(GraphView* view);

/// Gives the plot a right-click menu with "Export image…" and "Copy image". Call once per plot.
void addFigureContextMenu(QCustomPlot* plot);

/// Writes the plot to `path` in the format its suffix names (png, svg, pdf). `width` and `height` are
/// the plot's layout size in logical pixels (0 for its current size); `scale` multiplies the pixels of a
/// PNG only. Writes all or nothing: on failure returns false, fills `error` (naming the path) and leaves
/// no new or changed file.
bool writePlot(QCustomPlot* plot, const QString& path, int width, int height, double scale, QString* error);
/// Writes the graph to `path` in the format its suffix names (svg, png at 2x, pdf, dot or gv); DOT is
/// `dot` as is. All or nothing, as writePlot.
bool writeGraph(GraphView* view, const QString& dot, const QString& path, QString* error);

}  // namespace darts::gui
