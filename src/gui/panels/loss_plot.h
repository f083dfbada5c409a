#pragma once
/// @brief Live plot of the search loss against epoch, with a switch between linear and logarithmic loss axes.

#include <QWidget>

class QCheckBox;
class QLabel;
class QCustomPlot;
class QCPGraph;

namespace darts::gui {

struct SearchHistory;

/// Loss against epoch, and beside it the loss on the held-out rows when the search holds some out
/// (a second curve and a legend appear then); logarithmic y axis available (checkbox in the widget, default on).
/// During a search refresh() only appends the epochs added since the previous call,
/// so its cost does not grow with the length of the history.
class LossPlot : public QWidget {
    Q_OBJECT
public:
    explicit LossPlot(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }

public slots:
    /// Not owned: the history must outlive this widget or be detached first; nullptr clears.
    void setHistory(const SearchHistory* history);
    /// The history grew: appends its new epochs and rescales. A history that shrank
    /// or was rewritten (a reset) is drawn again from its start.
    void refresh();
    void setLogarithmic(bool on);
    /// Empties the plot; the history stays attached and the next refresh() draws what it then holds.
    void clear();

private:
    void rescale();
    void updateStatus();

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_graph = nullptr;
    QCPGraph* m_validationGraph = nullptr;  // the held-out rows' loss; empty and hidden without validation
    QCheckBox* m_logCheck = nullptr;
    QLabel* m_status = nullptr;

    const SearchHistory* m_history = nullptr;
    std::size_t m_shown = 0;  // epochs of the history already in the graph
    int m_lastEpoch = 0;      // epoch number of the last point shown, to notice a rewritten history
    /// Running extremes of the finite values of a curve, so that rescaling is O(1) per refresh
    /// instead of a scan of up to 100,000 points 30 times a second.
    struct Extremes {
        bool any = false;
        double min = 0.0;
        double max = 0.0;
        double minPositive = 0.0;  // 0 while no positive value was seen (the log axis cannot show the others)
        /// Takes in a value; returns it, or NaN when it is not finite (a gap, not an axis stretched to infinity).
        double add(double value);
        void add(const Extremes& other);
    };
    Extremes m_loss;
    Extremes m_validation;  // the status line's "lowest" stays the training loss's
    bool m_followData = true;    // false once the user zooms or drags; a double click gives it back
};

}  // namespace darts::gui
