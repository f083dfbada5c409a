// darts-gui-bench: how fast a search runs with the window open, against the
// same search run directly (as darts-cli runs it). The window redraws at most
// 30 times a second, so it should cost the search little (target: at least
// 80% of the direct speed). Runs headless (QT_QPA_PLATFORM=offscreen by default).
//
//   darts-gui-bench [--example NAME] [--repeats N]

#include "main_window.h"
#include "panels/data_panel.h"

#include "data/examples.h"
#include "search/search_engine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double directSeconds(const darts::Example& example) {
    const darts::Selection data = darts::selectColumns(darts::exampleTable(example), {}, {});
    darts::SearchEngine engine(example.config, data.X, data.Y, data.inputNames, data.targetNames);
    const auto start = std::chrono::steady_clock::now();
    engine.fit();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double windowSeconds(const QString& example) {
    darts::gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.dataPanel()->loadExample(example);
    QApplication::processEvents();
    auto& controller = window.controller();
    QEventLoop loop;
    QObject::connect(&controller, &darts::gui::SearchController::stateChanged, &loop,
                     [&](darts::gui::SearchController::State s) {
                         if (s == darts::gui::SearchController::State::Idle) loop.quit();
                     });
    QElapsedTimer clock;
    clock.start();
    controller.start();
    loop.exec();
    return clock.elapsed() / 1000.0;
}

}  // namespace

int main(int argc, char** argv) {
    if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DartsStudioBench"));
    std::string name = "weber-fechner";
    int repeats = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--example") name = argv[i + 1];
        else if (flag == "--repeats") repeats = std::max(1, std::atoi(argv[i + 1]));
    }
    const darts::Example& example = darts::findExample(name);
    std::vector<double> direct, windowed;
    for (int i = 0; i < repeats; ++i) {
        direct.push_back(directSeconds(example));
        windowed.push_back(windowSeconds(QString::fromStdString(name)));
    }
    const double d = median(direct), w = median(windowed);
    std::printf("%s: direct median %.3f s, with the window open median %.3f s (%d runs each): %.0f%% of the direct "
                "speed (target 80%%: %s)\n",
                name.c_str(), d, w, repeats, 100.0 * d / w, d / w >= 0.8 ? "met" : "MISSED");
    return 0;
}
