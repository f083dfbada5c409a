#pragma once
/// @brief The graph panel: live mixture or sampled model, zoom buttons, and the graph view.

#include "graph/graph_view.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QWidget>

class QTimer;
class QToolButton;

namespace darts::gui {

class GraphPanel : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Mixture, Model };

    explicit GraphPanel(QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    /// DOT text of the graph on screen, empty while a message is shown.
    QString currentDot() const { return m_shownDot; }
    GraphView* view() const { return m_view; }
    /// Graphviz layouts run so far: lets tests and diagnostics see the coalescing work.
    int layoutCount() const { return m_layoutCount; }
    double fontScale() const { return m_fontScale; }

public slots:
    /// A caller's or the user's choice: from then on a new model no longer switches the mode by itself.
    void setMode(Mode mode);
    /// May come many times a second: laid out at most about four times a second, the latest text only.
    void setMixtureDot(const QString& dot);
    /// Laid out at once.
    void setModelDot(const QString& dot);
    /// Forgets both graphs and invites the user to start a search.
    void clear();
    /// Highlights an edge, e.g. the one selected in the weights plot; -1 clears.
    void selectEdge(int edgeIndex);
    /// Multiplies the graph's font sizes (presenter view: 1.6) and lays the graph out again.
    void setFontScale(double scale);

signals:
    void edgeClicked(int edgeIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyIconSize();
    void switchMode(Mode mode);
    void showCurrent();
    void layoutAndShow(const QString& dot, const QString& emptyMessage);
    void syncButtons();

    GraphView* m_view;
    QToolButton* m_mixtureButton;
    QToolButton* m_modelButton;
    QTimer* m_mixtureTimer;
    Mode m_mode = Mode::Mixture;
    bool m_modeChosen = false;   // set once a mode was chosen rather than followed
    QElapsedTimer m_sinceModel;  // since the last model arrived
    QString m_mixtureDot;        // latest received, possibly not yet laid out
    QString m_modelDot;
    QString m_shownDot;
    int m_layoutCount = 0;
    double m_fontScale = 1.0;
    QList<QToolButton*> m_toolbarButtons;
};

}  // namespace darts::gui
