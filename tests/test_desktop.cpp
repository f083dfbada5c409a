// The window as a desktop citizen: preferences that stick and apply at once, help where the question arises
// (a tooltip and an accessible name on every control, What's This on every panel, the help page, the About
// box with the libraries' versions), and the shortcuts the issue asks for, none of them ambiguous.
// With DARTS_SCREENSHOT_DIR set, it also saves pictures of the dialogs to look at.

#include "about_box.h"
#include "help_page.h"
#include "main_window.h"
#include "panels/equation_view.h"
#include "preferences.h"
#include "preferences_dialog.h"

#include <Eigen/Core>
#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QToolButton>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTextBrowser>
#include <QtTest>

using darts::gui::MainWindow;
using darts::gui::Preferences;
using darts::gui::SearchController;
using darts::gui::Theme;

namespace {

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("DARTS_SCREENSHOT_DIR");
    if (!folder.isEmpty()) widget->grab().save(QDir(folder).filePath(name));
}

/// The controls a user operates: every one needs a tooltip and a name a screen reader can say.
QList<QWidget*> controls(QWidget* root) {
    QList<QWidget*> found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                             qobject_cast<QComboBox*>(w) || qobject_cast<QSlider*>(w) || qobject_cast<QLineEdit*>(w);
        // Line edits inside spin boxes and combo boxes belong to them; buttons Qt adds itself
        // (the tab bar's scroll arrows, the table's corner button, the dock's close and float buttons) are Qt's.
        const QString className = QString::fromLatin1(w->metaObject()->className());
        const bool part = qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                          qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QTabBar*>(w->parentWidget()) ||
                          className == QLatin1String("QTableCornerButton") ||
                          className == QLatin1String("QToolBarExtension") ||
                          className == QLatin1String("QDockWidgetTitleButton") || w->objectName().startsWith(QLatin1String("qt_"));
        if (control && !part) found << w;
    }
    return found;
}

/// The colour in the corner of the plot as drawn: its background.
int backgroundLightness(QCustomPlot* plot) {
    return QColor(plot->toPixmap(120, 80).toImage().pixel(1, 1)).lightness();
}

QString describe(QWidget* w) {
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
}

}  // namespace

class TestDesktop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_desktop"));
        QSettings().clear();
    }

    void preferencesOutliveTheSession() {
        QSettings().clear();
        QCOMPARE(Preferences::load(), Preferences{});
        Preferences p;
        p.theme = Theme::Dark;
        p.plotRefreshRate = 10;
        p.equationDigits = 7;
        p.exportFolder = QDir::tempPath();
        p.language = QStringLiteral("de");
        p.save();
        QCOMPARE(Preferences::load(), p);
        // A value out of range (an edited file, an older version) falls back to the default.
        QSettings().setValue(QStringLiteral("preferences/plotRefreshRate"), 5000);
        QCOMPARE(Preferences::load().plotRefreshRate, Preferences{}.plotRefreshRate);
        QSettings().clear();
    }

    void theDialogShowsAndReturnsThePreferences() {
        Preferences p;
        p.theme = Theme::Light;
        p.plotRefreshRate = 12;
        p.equationDigits = 6;
        p.exportFolder = QDir::tempPath();
        p.language = QStringLiteral("de");
        darts::gui::PreferencesDialog dialog(p);
        QCOMPARE(dialog.preferences(), p);
        dialog.findChild<QSpinBox*>()->setValue(25);  // the refresh rate comes first
        QCOMPARE(dialog.preferences().plotRefreshRate, 25);
        dialog.show();
        saveScreenshot(&dialog, QStringLiteral("preferences.png"));
    }

    void exportsStartInThePreferredFolderThenTheLastUsed() {
        QTemporaryDir preferred, used;
        Preferences p;
        p.exportFolder = preferred.path();
        p.save();
        QCOMPARE(darts::gui::exportStartFolder(), preferred.path());
        darts::gui::rememberExportFolder(used.path());
        QCOMPARE(darts::gui::exportStartFolder(), used.path());
        darts::gui::rememberExportFolder(QString());
        QSettings().clear();
    }

    void preferencesApplyToTheWindowAtOnce() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        darts::SearchConfig config = window.currentConfig();
        config.max_epochs = 30;
        window.applyConfig(config);
        window.controller().start();
        QTRY_VERIFY_WITH_TIMEOUT(window.controller().hasModel() &&
                                     window.controller().state() == SearchController::State::Idle, 30000);

        Preferences p;
        p.equationDigits = 2;
        window.applyPreferences(p);
        const QString short_ = window.equationView()->consoleText();
        p.equationDigits = 9;
        p.plotRefreshRate = 10;
        p.theme = Theme::Dark;
        window.applyPreferences(p);
        const QString long_ = window.equationView()->consoleText();
        QVERIFY2(long_.size() > short_.size() + 10, qPrintable(short_ + QStringLiteral("\n") + long_));
        QCOMPARE(window.controller().refreshInterval(), 100);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
            QVERIFY(backgroundLightness(plot) < 80);
        QTest::qWait(100);  // the new palette reaches the widgets through events
        saveScreenshot(&window, QStringLiteral("window-dark.png"));

        p.theme = Theme::Light;
        window.applyPreferences(p);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
            QVERIFY(backgroundLightness(plot) > 180);
        window.applyPreferences(Preferences{});
    }

    void everyControlHasATooltipAndAnAccessibleName() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSet<QAction*> menuActions;
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            for (QAction* a : menu->actions()) menuActions.insert(a);
        QStringList missing;
        for (QWidget* w : controls(&window)) {
            auto* button = qobject_cast<QAbstractButton*>(w);
            const QString name = !w->accessibleName().isEmpty() ? w->accessibleName()
                                 : button                        ? button->text().remove(QLatin1Char('&'))
                                                                 : QString();
            if (w->toolTip().isEmpty()) missing << QStringLiteral("no tooltip: ") + describe(w) + QStringLiteral(" ") + name;
            if (name.trimmed().isEmpty()) missing << QStringLiteral("no accessible name: ") + describe(w);
            // Keyboard users reach it with Tab, or, for a tool bar's button, through its action in a menu.
            auto* tool = qobject_cast<QToolButton*>(w);
            const bool inMenu = tool && tool->defaultAction() && menuActions.contains(tool->defaultAction());
            if (!(w->focusPolicy() & Qt::TabFocus) && !inMenu)
                missing << QStringLiteral("not reachable by keyboard: ") + describe(w);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void everyPanelHasWhatsThisHelp() {
        MainWindow window;
        QStringList missing;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            if (!dock->widget() || dock->widget()->whatsThis().isEmpty()) missing << dock->windowTitle();
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        const QList<QWidget*> views = {reinterpret_cast<QWidget*>(window.lossPlot()),
                                       reinterpret_cast<QWidget*>(window.weightsPlot()),
                                       reinterpret_cast<QWidget*>(window.graphPanel()),
                                       reinterpret_cast<QWidget*>(window.equationView()),
                                       reinterpret_cast<QWidget*>(window.modelPlots())};
        for (QWidget* view : views)
            if (view->whatsThis().isEmpty()) missing << QString::fromLatin1(view->metaObject()->className());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void theShortcutsAreThereAndUnambiguous() {
        MainWindow window;
        QMap<QString, QString> byShortcut;  // shortcut -> action text
        QStringList clashes;
        for (QAction* a : window.findChildren<QAction*>()) {
            for (const QKeySequence& key : a->shortcuts()) {
                const QString k = key.toString();
                if (byShortcut.contains(k) && byShortcut[k] != a->text()) clashes << k;
                byShortcut[k] = a->text().remove(QLatin1Char('&'));
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
        const QMap<QString, QString> expected = {{QStringLiteral("F5"), QStringLiteral("Start")},
                                                 {QStringLiteral("Shift+F5"), QStringLiteral("Stop")},
                                                 {QStringLiteral("F10"), QStringLiteral("Step")},
                                                 {QStringLiteral("Ctrl+R"), QStringLiteral("Re-sample (max)")},
                                                 {QStringLiteral("Ctrl+O"), QStringLiteral("Open…")},
                                                 {QStringLiteral("Ctrl+S"), QStringLiteral("Save session")},
                                                 {QStringLiteral("Ctrl+E"), QStringLiteral("Equations as text…")},
                                                 {QStringLiteral("F1"), QStringLiteral("How DARTS searches")},
                                                 {QStringLiteral("Ctrl+,"), QStringLiteral("Preferences…")}};
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(byShortcut.value(it.key()), it.value());
    }

    void theHelpPageExplainsWithAPicture() {
        darts::gui::HelpPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* browser = page.findChild<QTextBrowser*>();
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        for (const char* words : {"architecture weight", "softmax", "arch_weight_decay_df", "max", "sample",
                                  "discretization gap"})
            QVERIFY2(text.contains(QLatin1String(words), Qt::CaseInsensitive), words);
        const QImage picture = browser->document()
                                   ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("graph.png")))
                                   .value<QImage>();
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() > 200 && picture.height() > 100);
        // Not a blank picture: the graph's dark lines and labels are there.
        int dark = 0;
        for (int y = 0; y < picture.height(); y += 2)
            for (int x = 0; x < picture.width(); x += 2) dark += qGray(picture.pixel(x, y)) < 128;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        saveScreenshot(&page, QStringLiteral("help.png"));
    }

    void theAboutBoxNamesTheLibrariesAndTheLicence() {
        const QString about = darts::gui::aboutHtml();
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION)));
        QVERIFY(about.contains(QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
        QVERIFY(about.contains(QRegularExpression(QStringLiteral("Graphviz</td><td>&nbsp;\\d+\\.\\d+"))));
        QVERIFY(about.contains(QRegularExpression(QStringLiteral("GiNaC</td><td>&nbsp;\\d+\\.\\d+"))));
        QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
    }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
