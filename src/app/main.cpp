// darts-studio: the desktop application. Thin: the command line, then the window.

#include "main_window.h"
#include "panels/data_panel.h"
#include "preferences.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

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

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DARTS Studio"));
    QApplication::setApplicationName(QStringLiteral("DARTS Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DARTS_VERSION));
    darts::gui::installTranslations(darts::gui::Preferences::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Discover equations from data by DARTS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A CSV or TSV data file."),
                                 QStringLiteral("[FILE.csv]"));
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
    const QCommandLineOption autosave(QStringLiteral("autosave-seconds"),
                                      QApplication::translate("main", "Seconds between autosaves of a running search."),
                                      QStringLiteral("s"), QStringLiteral("30"));
    parser.addOptions({example, screenshot, afterEpochs, start, autosave});
    parser.process(app);

    darts::gui::MainWindow window;
    window.show();
    // A file or example that cannot be loaded gets its message; the window stays, with the seed example
    // (a screenshot of something else than was asked for would mislead: that run ends with status 2).
    bool loaded = true;
    if (parser.isSet(example)) loaded = window.dataPanel()->loadExample(parser.value(example));
    if (!parser.positionalArguments().isEmpty())
        loaded = window.dataPanel()->loadFile(parser.positionalArguments().first()) && loaded;
    if (!loaded && parser.isSet(screenshot)) return 2;
    window.setAutosaveInterval(static_cast<int>(parser.value(autosave).toDouble() * 1000.0));
    if (!parser.isSet(screenshot)) window.offerRecovery();
    if (parser.isSet(start)) QTimer::singleShot(0, &window.controller(), &darts::gui::SearchController::start);
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
