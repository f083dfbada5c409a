#include "graph/graph_panel.h"

#include "panels/figure_export.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSignalBlocker>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <mutex>

namespace darts::gui {
namespace {

// Four layouts a second keep the drawing live without the layouts (a few ms
// each, on the GUI thread) taking the window's time from the user.
constexpr int kMixtureIntervalMs = 250;
// A mixture arriving this soon after a model is the tail of the search that
// produced the model, not a new search: it does not switch the mode back.
constexpr qint64 kNewSearchAfterModelMs = 2000;

// A theme's icon where the desktop has one, else our own drawing (resources/icons/actions), so that the row of
// buttons is as narrow on a bare system as on a full desktop.
QIcon themedIcon(const QString& name) {
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

// An icon button: the words go to the tooltip, the accessible name and the graph's context menu, so that the row
// fits beside the plots at presenter size.
QToolButton* makeButton(QWidget* parent, const QString& iconName, const QString& text, const QString& toolTip,
                        const QString& accessibleName) {
    auto* button = new QToolButton(parent);
    button->setIcon(themedIcon(iconName));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setToolTip(toolTip);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    return button;
}

QString shortcutText(const QKeySequence& keys) { return keys.toString(QKeySequence::NativeText); }

}  // namespace

GraphPanel::GraphPanel(QWidget* parent)
    : QWidget(parent),
      m_view(new GraphView(this)),
      m_mixtureButton(makeButton(this, QStringLiteral("graph-mixture"), tr("Live mixture"),
                                 tr("Live mixture: the search as it runs, every edge drawn by the weight of its "
                                    "leading operation"),
                                 tr("Show the live mixture"))),
      m_modelButton(makeButton(this, QStringLiteral("graph-model"), tr("Sampled model"),
                               tr("Sampled model: one operation per edge, with its fitted coefficients"),
                               tr("Show the sampled model"))),
      m_mixtureTimer(new QTimer(this)) {
    setAccessibleName(tr("Graph panel"));
    setWhatsThis(tr("The computation graph, laid out by Graphviz. The live mixture draws every edge by the weight "
                    "of its leading primitive; the sampled model shows the one primitive per edge that was kept, "
                    "with its fitted coefficients. Click an edge to see its weights; zoom with Ctrl and the mouse "
                    "wheel, Ctrl+0 fits the graph to the panel."));
    // Off the GUI thread, so that neither the window's start nor the first
    // live graph of a search stalls while Graphviz loads its plugins and fonts.
    static std::once_flag warmedUp;
    std::call_once(warmedUp, [] { QThreadPool::globalInstance()->start(&warmUpGraphviz); });

    m_mixtureButton->setCheckable(true);
    m_modelButton->setCheckable(true);
    auto* modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_mixtureButton);
    modes->addButton(m_modelButton);
    connect(m_mixtureButton, &QToolButton::clicked, this, [this] { setMode(Mode::Mixture); });
    connect(m_modelButton, &QToolButton::clicked, this, [this] { setMode(Mode::Model); });

    const QKeySequence zoomInKeys(Qt::CTRL | Qt::Key_Plus);
    const QKeySequence zoomOutKeys(Qt::CTRL | Qt::Key_Minus);
    const QKeySequence fitKeys(Qt::CTRL | Qt::Key_0);
    auto* zoomIn = makeButton(this, QStringLiteral("zoom-in"), tr("Zoom in"),
                              tr("Zoom in (%1)").arg(shortcutText(zoomInKeys)), tr("Zoom in"));
    auto* zoomOut = makeButton(this, QStringLiteral("zoom-out"), tr("Zoom out"),
                               tr("Zoom out (%1)").arg(shortcutText(zoomOutKeys)), tr("Zoom out"));
    auto* fit = makeButton(this, QStringLiteral("zoom-fit-best"), tr("Fit"),
                           tr("Fit the graph to the window (%1)").arg(shortcutText(fitKeys)),
                           tr("Fit the graph to the window"));
    connect(zoomIn, &QToolButton::clicked, m_view, &GraphView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &GraphView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &GraphView::fitToWindow);

    // Active while the panel or its view has focus, so that they do not take
    // Ctrl+- and friends from the rest of the window.
    auto addShortcut = [this](const QKeySequence& keys, void (GraphView::*slot)()) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_view, slot);
    };
    addShortcut(zoomInKeys, &GraphView::zoomIn);
    // Where + needs Shift, Ctrl+= is the key people press for it.
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &GraphView::zoomIn);
    addShortcut(zoomOutKeys, &GraphView::zoomOut);
    addShortcut(fitKeys, &GraphView::fitToWindow);

    auto* exportButton = makeButton(this, QStringLiteral("document-export"), tr("Export…"),
                                    tr("Export…: save the graph on screen as an SVG drawing, a PNG image, a PDF "
                                       "document or Graphviz DOT text"),
                                    tr("Export the graph"));
    auto* copyButton = makeButton(this, QStringLiteral("edit-copy"), tr("Copy image"),
                                  tr("Copy image: the graph on screen to the clipboard"), tr("Copy the graph image"));
    auto exportShown = [this] { exportGraph(m_view, currentDot(), window()); };
    auto copyShown = [this] {
        if (currentDot().isEmpty()) {
            QMessageBox::information(window(), tr("Copy image"),
                                     tr("There is no graph to copy yet: it appears when a search runs."));
            return;
        }
        copyGraphImage(m_view);
    };
    connect(exportButton, &QToolButton::clicked, this, exportShown);
    connect(copyButton, &QToolButton::clicked, this, copyShown);
    // The same two on a right click in the drawing; greyed out while a message stands in for the graph.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &GraphView::customContextMenuRequested, this, [this, exportShown, copyShown](const QPoint& pos) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(tr("Graph menu"));
        menu->setToolTipsVisible(true);
        // Everything the icon buttons above do, in words.
        QAction* mixtureAction = menu->addAction(m_mixtureButton->icon(), tr("Live &mixture"));
        QAction* modelAction = menu->addAction(m_modelButton->icon(), tr("Sampled &model"));
        for (QAction* mode : {mixtureAction, modelAction}) mode->setCheckable(true);
        mixtureAction->setChecked(m_mode == Mode::Mixture);
        modelAction->setChecked(m_mode == Mode::Model);
        connect(mixtureAction, &QAction::triggered, this, [this] { setMode(Mode::Mixture); });
        connect(modelAction, &QAction::triggered, this, [this] { setMode(Mode::Model); });
        menu->addSeparator();
        const bool shown = !currentDot().isEmpty();
        QAction* zoomInAction = menu->addAction(themedIcon(QStringLiteral("zoom-in")), tr("Zoom &in"));
        zoomInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QAction* zoomOutAction = menu->addAction(themedIcon(QStringLiteral("zoom-out")), tr("Zoom &out"));
        zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QAction* fitAction = menu->addAction(themedIcon(QStringLiteral("zoom-fit-best")), tr("&Fit to window"));
        fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        for (QAction* zoom : {zoomInAction, zoomOutAction, fitAction}) zoom->setEnabled(shown);
        connect(zoomInAction, &QAction::triggered, m_view, &GraphView::zoomIn);
        connect(zoomOutAction, &QAction::triggered, m_view, &GraphView::zoomOut);
        connect(fitAction, &QAction::triggered, m_view, &GraphView::fitToWindow);
        menu->addSeparator();
        QAction* exportAction = menu->addAction(themedIcon(QStringLiteral("document-export")), tr("&Export…"));
        exportAction->setToolTip(tr("Save the graph as SVG, PNG, PDF or DOT"));
        exportAction->setEnabled(shown);
        QAction* copyAction = menu->addAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy image"));
        copyAction->setToolTip(tr("Copy the graph to the clipboard as an image"));
        copyAction->setEnabled(shown);
        // Queued: the file dialog opens after the menu has closed, not inside its event handling.
        connect(exportAction, &QAction::triggered, this, exportShown, Qt::QueuedConnection);
        connect(copyAction, &QAction::triggered, this, copyShown);
        // A scroll area reports the position in its viewport's coordinates.
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->setSpacing(2);
    toolbar->addWidget(m_mixtureButton);
    toolbar->addWidget(m_modelButton);
    toolbar->addStretch(1);
    toolbar->addWidget(zoomIn);
    toolbar->addWidget(zoomOut);
    toolbar->addWidget(fit);
    toolbar->addSpacing(6);
    toolbar->addWidget(exportButton);
    toolbar->addWidget(copyButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    m_mixtureTimer->setSingleShot(true);
    m_mixtureTimer->setInterval(kMixtureIntervalMs);
    connect(m_mixtureTimer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Mixture) showCurrent();
    });

    // Clicking an edge selects it here at once; the signal lets the rest of the window follow.
    connect(m_view, &GraphView::edgeClicked, m_view, &GraphView::highlightEdge);
    connect(m_view, &GraphView::edgeClicked, this, &GraphPanel::edgeClicked);

    syncButtons();
    showCurrent();
    m_toolbarButtons = findChildren<QToolButton*>();
    applyIconSize();
}

void GraphPanel::setFontScale(double scale) {
    if (scale <= 0.0 || scale == m_fontScale) return;
    m_fontScale = scale;
    m_shownDot.clear();  // the same text, laid out again with the new label sizes
    showCurrent();
}

void GraphPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyIconSize();
}

void GraphPanel::applyIconSize() {
    // As tall as a line of text, so that the icons grow with the presenter view's fonts.
    const int side = std::max(16, fontMetrics().height());
    for (QToolButton* button : m_toolbarButtons) button->setIconSize(QSize(side, side));
}

void GraphPanel::setMode(Mode mode) {
    m_modeChosen = true;
    switchMode(mode);
}

void GraphPanel::setMixtureDot(const QString& dot) {
    m_mixtureDot = dot;
    // A mixture well after the last model means a new search: follow it, unless the user chose a mode.
    if (!m_modeChosen && m_mode == Mode::Model && !dot.isEmpty() &&
        (!m_sinceModel.isValid() || m_sinceModel.elapsed() > kNewSearchAfterModelMs)) {
        switchMode(Mode::Mixture);
        return;
    }
    // The timer only runs when none is pending, so a flood of texts costs one layout per interval.
    if (m_mode == Mode::Mixture && !m_mixtureTimer->isActive()) m_mixtureTimer->start();
}

void GraphPanel::setModelDot(const QString& dot) {
    m_modelDot = dot;
    m_sinceModel.start();
    if (!m_modeChosen && !dot.isEmpty() && m_mode != Mode::Model)
        switchMode(Mode::Model);
    else if (m_mode == Mode::Model)
        showCurrent();
}

void GraphPanel::clear() {
    m_mixtureTimer->stop();
    m_mixtureDot.clear();
    m_modelDot.clear();
    m_sinceModel.invalidate();
    if (!m_modeChosen) m_mode = Mode::Mixture;
    syncButtons();
    showCurrent();
}

void GraphPanel::selectEdge(int edgeIndex) { m_view->highlightEdge(edgeIndex); }

void GraphPanel::switchMode(Mode mode) {
    const bool changed = mode != m_mode;
    m_mode = mode;
    syncButtons();
    if (!changed) return;
    m_mixtureTimer->stop();
    showCurrent();
}

void GraphPanel::showCurrent() {
    const QString startMessage = tr("Press Start to search");
    if (m_mode == Mode::Mixture)
        layoutAndShow(m_mixtureDot, startMessage);
    else
        layoutAndShow(m_modelDot, m_mixtureDot.isEmpty()
                                      ? startMessage
                                      : tr("No sampled model yet: it appears when the search ends."));
}

void GraphPanel::layoutAndShow(const QString& dot, const QString& emptyMessage) {
    if (dot.trimmed().isEmpty()) {
        m_shownDot.clear();
        m_view->showMessage(emptyMessage);
        return;
    }
    // A settled search sends the same text again and again: nothing to redo.
    if (dot == m_shownDot && m_view->message().isEmpty()) return;
    ++m_layoutCount;
    std::string error;
    const std::optional<GraphGeometry> geometry = layoutDot(dot.toStdString(), &error, m_fontScale);
    if (!geometry) {
        m_shownDot.clear();
        m_view->showMessage(tr("The graph cannot be drawn.\n%1").arg(QString::fromStdString(error)));
        return;
    }
    m_view->setGraph(*geometry);
    m_shownDot = dot;
}

void GraphPanel::syncButtons() {
    const QSignalBlocker mixtureBlocker(m_mixtureButton);
    const QSignalBlocker modelBlocker(m_modelButton);
    m_mixtureButton->setChecked(m_mode == Mode::Mixture);
    m_modelButton->setChecked(m_mode == Mode::Model);
}

}  // namespace darts::gui
