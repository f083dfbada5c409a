#pragma once
/// @brief Shows one plot full screen for a classroom, live (the plot itself moves
/// into a full-screen window, so it keeps updating), and puts it back on Esc,
/// a double-click or closing.

class QCustomPlot;
class QWidget;

namespace darts::gui {

/// Moves `plot` into a full-screen window; its place in the window is kept by a placeholder.
void showPlotFullScreen(QCustomPlot* plot);
/// The plot's full-screen window while it is shown there, else nullptr.
QWidget* fullScreenWindowOf(QCustomPlot* plot);

}  // namespace darts::gui
