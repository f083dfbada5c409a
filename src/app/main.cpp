// darts-studio: the desktop application. Thin: the command line, then the window.

#include "main_window.h"
#include "panels/data_panel.h"
#include "preferences.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/// The reverse-DNS id shared by the .desktop file, the AppStream metainfo and the icon's name: with it,
/// Wayland compositors and docks match the window to its launcher and icon.
constexpr auto kApplicationId = "io.github.dartsstudio.DartsStudio";

/// The window icon, from the PNGs compiled in (no SVG icon engine plugin needed).
QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(QLatin1String(kApplicationId)),
                     QSize(size, size));
    return icon;
}

/// Opens what the command line names: a session (.darts) restores data, settings and search; anything
/// else is read as data (CSV, TSV). This is what double-clicking a file in a file manager runs.
bool openFile(darts::gui::MainWindow& window, const QString& path) {
    if (path.endsWith(QStringLiteral(".darts"), Qt::CaseInsensitive)) return window.openSessionFile(path);
    if (path.endsWith(QStringLiteral(".dartssweep"), Qt::CaseInsensitive)) return window.openSweepFile(path);
    return window.dataPanel()->loadFile(path);
}

/// Prints the message box on screen, if any, to stderr and closes it.
void dismissModalMessage() {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box) return;
    std::fprintf(stderr, "darts-studio: %s\n%s\n", qPrintable(box->text()), qPrintable(box->informativeText()));
    box->reject();
}

/// --screenshot: run the search for N epochs, re-sample, save the window, quit.
/// The window can then be checked where there is no screen.
void scheduleScreenshot(darts::gui::MainWindow& window, const QString& path, int epochs) {
    darts::SearchConfig config = window.currentConfig();
    config.max_epochs = epochs;
    window.applyConfig(config);
    auto save = [&window, path] {
        const bool saved = window.grab().save(path);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    QObject::connect(&window.controller(), &darts::gui::SearchController::stateChanged, &window,
                     [&window, save](darts::gui::SearchController::State state) {
                         if (state == darts::gui::SearchController::State::Idle && window.controller().hasModel())
                             QTimer::singleShot(600, &window, save);  // let the last redraws and the graph layout land
                     });
    QTimer::singleShot(300, &window.controller(), &darts::gui::SearchController::start);
}

/// Runs `command` once the controller is idle: opening a session is a command of the search thread,
/// and the controller takes no other until it is done.
void whenIdle(darts::gui::SearchController& controller, void (darts::gui::SearchController::*command)()) {
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto attempt = [&controller, command, connection] {
        if (controller.state() != darts::gui::SearchController::State::Idle || !*connection) return;
        QObject::disconnect(*connection);
        *connection = {};
        (controller.*command)();
    };
    *connection = QObject::connect(&controller, &darts::gui::SearchController::stateChanged, &controller, attempt);
    QTimer::singleShot(0, &controller, attempt);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DARTS Studio"));
    QApplication::setApplicationName(QStringLiteral("DARTS Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DARTS_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1String(kApplicationId));
    QApplication::setWindowIcon(applicationIcon());
    darts::gui::installTranslations(darts::gui::Preferences::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Discover equations from data by DARTS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A session (.darts), sweep results (.dartssweep) or a CSV/TSV data file."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     QApplication::translate("main", "Open a built-in example: seed, weber-fechner, "
                                                                     "stevens, learning-curve."),
                                     QStringLiteral("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Search, re-sample, save a PNG of the window "
                                                                        "to this file, quit."),
                                        QStringLiteral("file.png"));
    const QCommandLineOption afterEpochs(QStringLiteral("after-epochs"),
                                         QApplication::translate("main", "Epochs to search before the screenshot."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QApplication::translate("main", "Start the search at once."));
    const QCommandLineOption continueSearch(
        QStringLiteral("continue"),
        QApplication::translate("main", "Continue the opened session's search at once (as Search > Continue)."));
    const QCommandLineOption autosave(QStringLiteral("autosave-seconds"),
                                      QApplication::translate("main", "Seconds between autosaves of a running search."),
                                      QStringLiteral("s"), QStringLiteral("30"));
    parser.addOptions({example, screenshot, afterEpochs, start, continueSearch, autosave});
    parser.process(app);

    darts::gui::MainWindow window;
    window.show();
    // A file or example that cannot be loaded gets its message; the window stays, with the seed example
    // (a screenshot of something else than was asked for would mislead: that run ends with status 2).
    // A screenshot run has nobody to answer that message: it goes to stderr and its box is dismissed.
    QTimer dismissMessages;
    if (parser.isSet(screenshot)) {
        QObject::connect(&dismissMessages, &QTimer::timeout, [] { dismissModalMessage(); });
        dismissMessages.start(0);  // fires only inside a message box's own event loop, until loading ends
    }
    bool loaded = true;
    if (parser.isSet(example)) loaded = window.dataPanel()->loadExample(parser.value(example));
    if (!parser.positionalArguments().isEmpty())
        loaded = openFile(window, parser.positionalArguments().first()) && loaded;
    dismissMessages.stop();
    if (!loaded && parser.isSet(screenshot)) return 2;
    window.setAutosaveInterval(static_cast<int>(parser.value(autosave).toDouble() * 1000.0));
    if (!parser.isSet(screenshot)) window.offerRecovery();
    if (parser.isSet(start)) whenIdle(window.controller(), &darts::gui::SearchController::start);
    if (parser.isSet(continueSearch)) whenIdle(window.controller(), &darts::gui::SearchController::continueSearch);
    if (parser.isSet(screenshot)) {
        bool ok = false;
        const int epochs = parser.value(afterEpochs).toInt(&ok);
        if (!ok || epochs < 0) {
            std::fprintf(stderr, "darts-studio: --after-epochs needs a whole number, zero or more\n");
            return 2;
        }
        scheduleScreenshot(window, parser.value(screenshot), epochs);
    }
    return app.exec();
}
