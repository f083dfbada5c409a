// darts-gui-bench: how fast a search runs with the window open, against the
// same search run directly (as darts-cli runs it). The window redraws at most
// 30 times a second, so it should cost the search little (target: at least
// 80% of the direct speed). Runs headless (QT_QPA_PLATFORM=offscreen by default).
//
// With --rows N it measures instead how the window answers on a big table of N random rows
// (10 columns, c9 the target): how long Start, Stop and Re-sample hold the window's thread, and
// the longest time the window went without answering while each ran (target: 100 ms at 1,000,000).
//
//   darts-gui-bench [--example NAME] [--repeats N]
//   darts-gui-bench --rows N [--repeats N]

#include "main_window.h"
#include "panels/data_panel.h"

#include "data/examples.h"
#include "search/search_engine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
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

using darts::gui::SearchController;

/// The longest time the window's thread went without running its event loop: a 1 ms timer notes every gap.
class StallMeter {
public:
    StallMeter() {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void reset() {
        m_clock.start();
        m_longest = 0;
        m_timer.start();
    }
    double longestMs() { return static_cast<double>(std::max(m_longest, m_clock.elapsed())); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

std::shared_ptr<const darts::Table> randomTable(Eigen::Index rows) {
    auto table = std::make_shared<darts::Table>();
    table->source = "random";
    constexpr int kColumns = 10;
    table->values.resize(rows, kColumns);
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (Eigen::Index r = 0; r < rows; ++r)
        for (int c = 0; c < kColumns; ++c) table->values(r, c) = uniform(random);
    for (int c = 0; c < kColumns; ++c) table->columnNames.push_back("c" + std::to_string(c));
    table->firstBadCell.assign(kColumns, std::nullopt);
    return table;
}

/// Runs the event loop until the controller is in `state` (or 60 s passed).
void waitForState(SearchController& controller, SearchController::State state) {
    QElapsedTimer clock;
    clock.start();
    while (controller.state() != state && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// Runs the event loop for a while, as a user looking at the window would.
void idle(int milliseconds) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds) QApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct Answer {
    std::vector<double> callMs, stallMs, doneMs;
    void print(const char* name) const {
        std::printf("  %-10s the call holds the window %6.1f ms; longest unanswered stretch %6.1f ms; done after %7.1f ms\n",
                    name, median(callMs), median(stallMs), median(doneMs));
    }
};

/// Start, Stop and Re-sample on a big table, each timed `repeats` times.
void measureAnswers(Eigen::Index rows, int repeats) {
    darts::gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer clock;
    clock.start();
    window.dataPanel()->setTable(randomTable(rows), QStringLiteral("random"));
    idle(200);
    std::printf("darts-gui-bench: %lld rows x 10 columns, set up and shown in %.2f s (table generated in the bench)\n",
                static_cast<long long>(rows), clock.elapsed() / 1000.0);
    SearchController& controller = window.controller();
    StallMeter meter;
    Answer start, stop, resample;
    const auto timeCall = [&](Answer& answer, const std::function<void()>& call, SearchController::State until) {
        meter.reset();
        QElapsedTimer c;
        c.start();
        call();
        answer.callMs.push_back(static_cast<double>(c.nsecsElapsed()) / 1e6);
        waitForState(controller, until);
        answer.doneMs.push_back(static_cast<double>(c.nsecsElapsed()) / 1e6);
        idle(300);  // the views take in what arrived
        answer.stallMs.push_back(meter.longestMs());
    };
    for (int i = 0; i < repeats; ++i) {
        darts::SearchConfig config = controller.config();
        config.max_epochs = 100000;  // still running when Stop comes
        controller.setConfig(config);
        timeCall(start, [&] { controller.start(); }, SearchController::State::Running);
        idle(500);
        timeCall(stop, [&] { controller.stop(); }, SearchController::State::Idle);
        timeCall(resample, [&] { controller.resample(darts::SamplingStrategy::Max); }, SearchController::State::Idle);
    }
    std::printf("medians of %d (target: an answer within 100 ms):\n", repeats);
    start.print("Start");
    stop.print("Stop");
    resample.print("Re-sample");
}

}  // namespace

int main(int argc, char** argv) {
    if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DartsStudioBench"));
    std::string name = "weber-fechner";
    int repeats = 3;
    long rows = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--example") name = argv[i + 1];
        else if (flag == "--repeats") repeats = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--rows") rows = std::max(1L, std::atol(argv[i + 1]));
    }
    if (rows > 0) {
        measureAnswers(rows, repeats);
        return 0;
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
