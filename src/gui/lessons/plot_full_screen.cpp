#include "lessons/plot_full_screen.h"

#include <qcustomplot.h>

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QPointer>
#include <QSplitter>
#include <QVBoxLayout>

namespace darts::gui {

class PlotFullScreen : public QWidget {
    Q_OBJECT
public:
    explicit PlotFullScreen(QCustomPlot* plot) : QWidget(nullptr, Qt::Window), m_plot(plot) {
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(tr("Full screen"));
        setProperty("darts_full_screen", true);
        // Keep the plot's place: a placeholder takes it in its splitter or layout.
        m_holder = new QWidget;
        QWidget* parent = plot->parentWidget();
        m_splitter = qobject_cast<QSplitter*>(parent);
        if (m_splitter) {
            m_splitter->replaceWidget(m_splitter->indexOf(plot), m_holder);
        } else if (parent && parent->layout()) {
            m_layout = parent->layout();
            delete m_layout->replaceWidget(plot, m_holder);  // the item it hands back is ours to delete
        }
        m_parent = parent;
        // The window the plot came from is closing: the plot ends with this window instead.
        connect(m_holder, &QObject::destroyed, this, [this] {
            m_orphaned = true;
            close();
        });
        auto* hint = new QLabel(tr("Press Esc or double-click to close"));
        hint->setAlignment(Qt::AlignCenter);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(plot, 1);
        layout->addWidget(hint);
        plot->show();
        m_connection = connect(plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { close(); });
    }

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if (event->key() == Qt::Key_Escape) close();
        else QWidget::keyPressEvent(event);
    }
    void closeEvent(QCloseEvent* event) override {
        // Back where it came from.
        disconnect(m_connection);
        if (m_orphaned) {
            event->accept();
            return;
        }
        if (m_splitter) {
            m_splitter->replaceWidget(m_splitter->indexOf(m_holder), m_plot);
        } else if (m_layout) {
            delete m_layout->replaceWidget(m_holder, m_plot);
        } else {
            m_plot->setParent(m_parent);
        }
        m_plot->show();
        m_plot->setProperty("darts_full_screen_window", QVariant());
        m_holder->disconnect(this);
        delete m_holder;
        event->accept();
    }

private:
    QCustomPlot* m_plot;
    QWidget* m_holder = nullptr;
    QPointer<QSplitter> m_splitter;
    QPointer<QLayout> m_layout;
    QPointer<QWidget> m_parent;
    QMetaObject::Connection m_connection;
    bool m_orphaned = false;
};

void showPlotFullScreen(QCustomPlot* plot) {
    if (!plot || fullScreenWindowOf(plot)) return;
    auto* window = new PlotFullScreen(plot);
    plot->setProperty("darts_full_screen_window", QVariant::fromValue(static_cast<QObject*>(window)));
    window->showFullScreen();
}

QWidget* fullScreenWindowOf(QCustomPlot* plot) {
    return qobject_cast<PlotFullScreen*>(plot->property("darts_full_screen_window").value<QObject*>());
}

}  // namespace darts::gui

#include "plot_full_screen.moc"
