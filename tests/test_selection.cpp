// Model selection in the core: held-out validation rows, many starts on threads, sweep plans,
// their results files and how task parts merge, the Pareto front.

#include "data/examples.h"
#include "io/session_file.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "select/multi_start.h"
#include "select/sweep.h"
#include "util/json_writer.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <set>

using namespace darts;

namespace {

SearchData seedData() {
    Selection s = selectColumns(exampleTable(findExample("seed")), {}, {});
    return {s.X, s.Y, s.inputNames, s.targetNames, {}};
}

SearchConfig quick(int epochs = 15) {
    SearchConfig c = seedDocumentConfig();
    c.max_epochs = epochs;
    c.param_updates_for_sampled_model = 30;
    c.validation_share = 0.25;
    return c;
}

/// Everything of a state, as text: equal texts mean equal states, bit for bit.
std::string stateText(const StartResult& r) {
    JsonWriter json;
    writeSearchStateJson(json, r.state, r.config);
    return json.text();
}

const char* kPlan = R"({"example": "seed",
  "settings": {"max_epochs": 8, "param_updates_for_sampled_model": 20, "validation_share": 0.2},
  "grid": {"num_graph_nodes": [1, 2], "seed": [0, 1, 2]}})";

StartResult withScores(double validationMse, int coefficients) {
    StartResult r;
    r.state.model = SampledModelState{};
    r.scores.validationMse = validationMse;
    r.scores.parameterCount = coefficients;
    return r;
}

}  // namespace

class TestSelection : public QObject {
    Q_OBJECT

private slots:
    void validationRowsAreHeldOutTheSameWayWhateverTheSeed() {
        const SearchData d = seedData();
        SearchConfig a = quick(), b = quick();
        b.seed = 7;
        SearchEngine one(a, d.X, d.Y), other(b, d.X, d.Y);
        const auto rows = d.X.rows();
        QCOMPARE(one.validationInputs().rows(), static_cast<Eigen::Index>(std::llround(0.25 * rows)));
        QCOMPARE(one.trainingInputs().rows() + one.validationInputs().rows(), rows);
        QVERIFY(one.heldOutRows() == other.heldOutRows());
        QVERIFY(one.validationInputs() == other.validationInputs());
        // Another validation_seed holds out other rows.
        SearchConfig c = quick();
        c.validation_seed = 3;
        SearchEngine third(c, d.X, d.Y);
        QVERIFY(third.heldOutRows() != one.heldOutRows());
    }

    void validationLossIsReportedEveryEpochAndSaved() {
        const SearchData d = seedData();
        SearchEngine engine(quick(10), d.X, d.Y);
        std::vector<double> reported;
        QVERIFY(engine.fit([&](const EpochReport& r) { reported.push_back(r.validationLoss); }).completed());
        QCOMPARE(reported.size(), std::size_t{10});
        QVERIFY(reported == engine.validationLossHistory());
        for (double v : reported) QVERIFY(std::isfinite(v) && v > 0.0);

        // A session keeps the history; the engine it makes continues exactly like this one.
        const Session session = readSession(writeSession(makeSession(exampleTable(findExample("seed")), engine)));
        const std::unique_ptr<SearchEngine> copy = makeEngine(session);
        QVERIFY(copy->validationLossHistory() == engine.validationLossHistory());
        engine.runEpochs(3);
        copy->runEpochs(3);
        QVERIFY(copy->validationLossHistory() == engine.validationLossHistory());
        QVERIFY(copy->lossHistory() == engine.lossHistory());
    }

    void withoutHeldOutRowsNothingChanges() {
        const SearchData d = seedData();
        SearchConfig c = quick(5);
        c.validation_share = 0.0;
        SearchEngine engine(c, d.X, d.Y);
        QVERIFY(!engine.hasValidation());
        QVERIFY(engine.trainingInputs() == engine.inputs());
        double reported = 0.0;
        engine.runEpochs(1, [&](const EpochReport& r) { reported = r.validationLoss; });
        QVERIFY(std::isnan(reported));
        QVERIFY(engine.validationLossHistory().empty());
    }

    void aSplitMaskChoosesTheRowsAndMustLeaveSomeToTrainOn() {
        Eigen::MatrixXd X = Eigen::VectorXd::LinSpaced(10, 0.0, 1.0), Y = 2.0 * X;
        std::vector<bool> mask(10, false);
        mask[2] = mask[7] = true;
        SearchEngine engine(quick(), X, Y, {}, {}, mask);  // the mask wins over validation_share
        QCOMPARE(engine.validationInputs().rows(), Eigen::Index{2});
        QCOMPARE(engine.validationInputs()(1, 0), X(7, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 SearchEngine(quick(), X, Y, {}, {}, std::vector<bool>(10, true)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SearchEngine(quick(), X, Y, {}, {}, std::vector<bool>(3, false)));
    }

    void changingTheShareSplitsAgainAndStartsAfresh() {
        const SearchData d = seedData();
        SearchEngine engine(quick(), d.X, d.Y);
        engine.runEpochs(2);
        SearchConfig c = quick();
        c.validation_share = 0.5;
        engine.setConfig(c);
        QCOMPARE(engine.epoch(), 0);
        QCOMPARE(engine.validationInputs().rows(), static_cast<Eigen::Index>(std::llround(0.5 * d.X.rows())));
        c.validation_share = 0.95;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.setConfig(c));
    }

    void oldSessionsWithoutTheNewSettingsStillRead() {
        const SearchData d = seedData();
        SearchEngine engine(quick(0), d.X, d.Y);
        std::string text = writeSession(makeSession(exampleTable(findExample("seed")), engine, false));
        for (const char* key : {",\"validation_share\":\"0.25\"", ",\"validation_seed\":\"0\""}) {
            const auto at = text.find(key);
            QVERIFY2(at != std::string::npos, key);
            text.erase(at, std::strlen(key));
        }
        const Session session = readSession(text);
        QCOMPARE(session.config.validation_share, 0.0);
    }

    void startsGiveTheSameResultsWhateverTheThreads() {
        const std::vector<SearchConfig> configs = restartConfigs(quick(), 4);
        QCOMPARE(configs[3].seed, std::uint64_t{3});
        ParallelSearch serial(seedData()), parallel(seedData());
        std::atomic<int> reports{0};
        const std::vector<StartResult> a = serial.run(configs, 1);
        const std::vector<StartResult> b = parallel.run(configs, 2, [&](const StartProgress&) { ++reports; });
        QCOMPARE(reports.load(), 4 * 15);
        QCOMPARE(b.size(), std::size_t{4});
        std::set<std::string> distinct;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QVERIFY(a[i].hasModel());
            QCOMPARE(stateText(a[i]), stateText(b[i]));
            QCOMPARE(a[i].scores.validationMse, b[i].scores.validationMse);
            distinct.insert(stateText(a[i]));
        }
        QCOMPARE(distinct.size(), std::size_t{4});  // the seeds differ, so do the searches
        // And a start is exactly the engine one would run by hand with that seed.
        const SearchData d = seedData();
        SearchEngine byHand(configs[2], d.X, d.Y, d.inputNames, d.targetNames);
        byHand.fit();
        QVERIFY(byHand.model()->equations() == a[2].equations);
        QCOMPARE(scoreModel(byHand).validationMse, a[2].scores.validationMse);
    }

    void theBestIsTheLowestScore() {
        std::vector<StartResult> results{withScores(0.5, 3), withScores(0.1, 9), withScores(NAN, 1), StartResult{}};
        results[0].scores.bic = -10.0;
        results[1].scores.bic = 5.0;
        QCOMPARE(bestStart(results, SelectBy::Validation), 1);
        QCOMPARE(bestStart(results, SelectBy::Bic), 0);
        QCOMPARE(bestStart({StartResult{}}, SelectBy::Bic), -1);  // no model: nothing to choose
        // A start that faulted loses to any that completed, however low its score.
        results[2] = withScores(0.01, 1);
        results[2].status = RunStatus::NumericalFault;
        QCOMPARE(bestStart(results, SelectBy::Validation), 1);
        QCOMPARE(bestStart({results[2], results[3]}, SelectBy::Validation), 0);
        QVERIFY(selectByFromString("bic") == SelectBy::Bic);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, selectByFromString("aic"));
    }

    void aStopEndsEveryStart() {
        ParallelSearch search(seedData());
        const auto configs = restartConfigs(quick(100000), 3);
        const std::vector<StartResult> results =
            search.run(configs, 2, [&](const StartProgress& p) { if (p.epoch == 3) search.requestStop(); });
        for (const StartResult& r : results) QVERIFY2(r.status == RunStatus::Stopped, r.message.c_str());
    }

    void aStartWithBadSettingsSaysWhy() {
        SearchConfig bad = quick();
        bad.validation_share = 0.9;
        Eigen::MatrixXd X(1, 1), Y(1, 1);
        X << 1.0;
        Y << 2.0;
        ParallelSearch search({X, Y, {}, {}, {}});
        const std::vector<StartResult> results = search.run({bad}, 1);
        QVERIFY(!results[0].hasModel());
        QVERIFY2(results[0].message.find("none is left to train on") != std::string::npos, results[0].message.c_str());
    }

    void plansNameTheirPoints() {
        const SweepPlan plan = readSweepPlan(kPlan);
        QCOMPARE(plan.pointCount(), std::size_t{6});
        QCOMPARE(plan.axes[0].name, std::string("num_graph_nodes"));
        // The last axis varies fastest.
        QCOMPARE(plan.pointConfig(4).num_graph_nodes, 2);
        QCOMPARE(plan.pointConfig(4).seed, std::uint64_t{1});
        QCOMPARE(plan.pointConfig(4).max_epochs, 8);
        QCOMPARE(plan.pointConfig(4).primitives, seedDocumentConfig().primitives);  // the example's run
        QVERIFY(plan.pointValues(5) == (std::vector<std::string>{"2", "2"}));
        // A plan written and read back is the same plan.
        QCOMPARE(writeSweepPlan(readSweepPlan(writeSweepPlan(plan))), writeSweepPlan(plan));
    }

    void badPlansNameTheField_data() {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown setting") << R"({"example":"seed","grid":{"num_nodes":[1]}})" << "unknown setting 'num_nodes'";
        QTest::newRow("bad value") << R"({"example":"seed","grid":{"seed":[0,"x"]}})" << "grid.seed[1]: invalid value 'x'";
        QTest::newRow("empty axis") << R"({"example":"seed","grid":{"seed":[]}})" << "grid.seed: an axis needs";
        QTest::newRow("no data") << R"({"grid":{"seed":[1]}})" << "either \"data\"";
        QTest::newRow("bad example") << R"({"example":"nope","grid":{"seed":[1]}})" << "example:";
        QTest::newRow("bad point") << R"({"example":"seed","grid":{"validation_share":[0.5, 2]}})"
                                   << "validation_share must be between";
        QTest::newRow("not json") << R"({"example":)" << "not JSON";
    }
    void badPlansNameTheField() {
        QFETCH(QString, plan);
        QFETCH(QString, message);
        try {
            readSweepPlan(plan.toStdString());
            QFAIL("the plan was accepted");
        } catch (const SweepError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }

    void tasksShareTheGridWithoutOverlap() {
        std::vector<int> seen(10, 0);
        for (int t = 0; t < 3; ++t)
            for (std::size_t i : taskPoints(10, t, 3)) ++seen[i];
        for (int count : seen) QCOMPARE(count, 1);
        QVERIFY(taskPoints(2, 2, 3).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, taskPoints(10, 3, 3));
    }

    void partsMergeIntoTheSweepRunAsOneTask() {
        const SweepPlan plan = readSweepPlan(kPlan);
        const Table table = exampleTable(findExample("seed"));
        ParallelSearch whole(sweepData(plan, table));
        const std::string oneTask = writeSweepResults(runSweepTask(plan, table, whole, 0, 1, 2));
        std::vector<SweepResults> parts;
        for (int t = 0; t < 3; ++t) {
            ParallelSearch search(sweepData(plan, table));
            // Through the file format, as the parts of a cluster run come back.
            parts.push_back(readSweepResults(writeSweepResults(runSweepTask(plan, table, search, t, 3, 1))));
            QCOMPARE(parts.back().data.has_value(), t == 0);
        }
        QCOMPARE(writeSweepResults(mergeSweepResults(parts)), oneTask);
        // A results file reads back as it was written.
        QCOMPARE(writeSweepResults(readSweepResults(oneTask)), oneTask);

        std::vector<SweepResults> missing{parts[0], parts[2]};
        try {
            mergeSweepResults(missing);
            QFAIL("merged without task 1");
        } catch (const SweepError& e) {
            QVERIFY2(std::string(e.what()).find("task 1 of 3 is missing") != std::string::npos, e.what());
        }
        std::vector<SweepResults> twice{parts[0], parts[1], parts[1], parts[2]};
        QVERIFY_THROWS_EXCEPTION(SweepError, mergeSweepResults(twice));

        // Every point's state restores into an engine with its settings, model and all.
        const SweepResults merged = readSweepResults(oneTask);
        const SweepPoint& point = merged.points[4];
        const SearchData d = sweepData(merged.plan, *merged.data);
        SearchEngine engine(point.result.config, d.X, d.Y, d.inputNames, d.targetNames);
        engine.restore(point.result.state);
        QVERIFY(engine.model()->equations() == point.result.equations);
    }

    void aSplitColumnHoldsOutItsRows() {
        const Table table = parseTable("x,y,split\n0,1,0\n1,3,1\n2,5,0\n3,7,0\n4,9,1\n", "t.csv");
        const SweepPlan plan = readSweepPlan(R"({"data":"t.csv","inputs":["x"],"targets":["y"],
            "validation_column":"split","grid":{"seed":[0]}})");
        const SearchData d = sweepData(plan, table);
        QVERIFY(d.heldOut == (std::vector<bool>{false, true, false, false, true}));
        QCOMPARE(d.X.cols(), Eigen::Index{1});
        // Left to their defaults, the split column is neither an input nor the target, though it comes last.
        const SearchData byDefault = selectSearchData(table, {}, {}, "split");
        QVERIFY(byDefault.targetNames == std::vector<std::string>{"y"});
        QVERIFY(byDefault.inputNames == std::vector<std::string>{"x"});

        // A session remembers the column, so that the search continues on the same rows.
        SearchEngine engine(plan.base, d.X, d.Y, {"x"}, {"y"}, d.heldOut);
        const Session session = readSession(writeSession(makeSession(table, engine, true, "split")));
        QCOMPARE(session.validationColumn, std::string("split"));
        QVERIFY(makeEngine(session)->heldOutRows() == d.heldOut);
        QVERIFY_THROWS_EXCEPTION(SessionError, makeSession(table, engine, true, "x"));  // marks other rows
        Session misuse = session;
        misuse.validationColumn = "y";  // a target cannot also mark the split
        QVERIFY_THROWS_EXCEPTION(SessionError, writeSession(misuse));
    }

    void theParetoFrontKeepsWhatNothingSimplerBeats() {
        std::vector<SweepPoint> points;
        const std::pair<double, int> scores[] = {{0.5, 2}, {0.4, 2}, {0.3, 5}, {0.35, 4}, {0.6, 1}, {0.3, 7}, {NAN, 1}};
        for (std::size_t i = 0; i < std::size(scores); ++i)
            points.push_back({i, withScores(scores[i].first, scores[i].second)});
        QVERIFY(paretoFront(points) == (std::vector<std::size_t>{4, 1, 3, 2}));
    }
};

QTEST_APPLESS_MAIN(TestSelection)
#include "test_selection.moc"
