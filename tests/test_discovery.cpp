// Finding the law (issue 13) in the core: the discovery preset, refinement (it finds a product, a curve of a ratio and a power of a shifted input, is
// deterministic for a seed and independent of the number of threads, stops at once), the collapse
// report, domain safety's notes and refusals, the hall of fame and its place in sessions; and the pin
// that the reference's settings give the seed example exactly the model they gave before all of it.

#include "data/examples.h"
#include "io/session_file.h"
#include "search/presets.h"
#include "search/search_engine.h"
#include "select/hall_of_fame.h"
#include "select/multi_start.h"
#include "test_support.h"

#include <QtTest>

#include <Eigen/Dense>

#include <cmath>
#include <random>
#include <sstream>
#include <stdexcept>

using namespace darts;

namespace {

struct Data {
    Eigen::MatrixXd X, Y;
    Eigen::MatrixXd truth;  ///< the law without noise
};

/// y = 2*x1*x2 with 1% multiplicative noise, x in [0.5, 2]: a law a sum-only graph cannot write.
Data productLaw(int rows = 200) {
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> x(0.5, 2.0);
    std::normal_distribution<double> noise(0.0, 0.01);
    Data d{Eigen::MatrixXd(rows, 2), Eigen::MatrixXd(rows, 1), Eigen::MatrixXd(rows, 1)};
    for (int i = 0; i < rows; ++i) {
        d.X(i, 0) = x(rng);
        d.X(i, 1) = x(rng);
        d.truth(i, 0) = 2.0 * d.X(i, 0) * d.X(i, 1);
        d.Y(i, 0) = d.truth(i, 0) * (1.0 + noise(rng));
    }
    return d;
}

/// The discovery preset's settings for one start (the tests run starts themselves).
SearchConfig discovery(std::uint64_t seed = 0) {
    SearchConfig config = withPreset(findSearchPreset("discovery"), SearchConfig{});
    config.seed = seed;
    return config;
}

bool hasProduct(const SampledModel& model) {
    for (int node = 0; node < model.network().hiddenCount(); ++node)
        if (!model.nodeIsEmpty(node) && model.network().nodeKind(node) == NodeKind::Product) return true;
    return false;
}

HallOfFameEntry entry(std::vector<int> choices, int parameters, int cost, double validationMse) {
    HallOfFameEntry e;
    e.architecture.choices = std::move(choices);
    e.parameterCount = parameters;
    e.operationCount = cost;
    e.operationCost = cost;
    e.trainingMse = validationMse;
    e.validationMse = validationMse;
    e.equation = "y = " + std::to_string(parameters);
    e.origin = "refined";
    return e;
}

}  // namespace

class TestDiscovery : public QObject {
    Q_OBJECT

private slots:
    void presetTurnsOnTheDiscoverySettings() {
        const SearchPreset& preset = findSearchPreset("discovery");
        SearchConfig base;
        base.num_graph_nodes = 5;
        base.seed = 9;
        const SearchConfig c = withPreset(preset, base);
        QVERIFY(c.product_nodes && c.domain_safety && c.refine);
        QVERIFY(c.train_classifier_coefficients && c.train_classifier_bias);
        QCOMPARE(c.validation_share, 0.2);
        QCOMPARE(c.num_graph_nodes, 3);  // the preset's, over what was there
        QCOMPARE(c.seed, std::uint64_t{9});  // what the preset does not name stays
        QVERIFY(std::find(c.primitives.begin(), c.primitives.end(), Primitive::Power) != c.primitives.end());
        QCOMPARE(preset.restarts, 8);
        // The reference's defaults have none of it.
        const SearchConfig reference;
        QVERIFY(!reference.product_nodes && !reference.domain_safety && !reference.refine);
        QCOMPARE(reference.parsimony, 0.0);
        try {
            findSearchPreset("fast");
            QFAIL("an unknown preset was accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("discovery") != std::string::npos, e.what());
        }
    }

    void refinementFindsAProduct() {
        const Data d = productLaw();
        SearchEngine engine(discovery(), d.X, d.Y, {"x1", "x2"}, {"y"});
        int reports = 0, lastEvaluated = 0;
        const RunOutcome outcome = engine.fit({}, [&](const RefineProgress& p) {
            ++reports;
            QVERIFY(p.evaluated > lastEvaluated && p.evaluated <= p.budget);
            lastEvaluated = p.evaluated;
        });
        QVERIFY2(outcome.completed(), outcome.message.c_str());
        QVERIFY(reports > 0);
        const SampledModel& model = *engine.model();
        QVERIFY(hasProduct(model));
        // The law has no offset: refinement holds the output's bias at 0, and the model has a factor and an
        // output weight at most.
        QCOMPARE(model.network().architecture().outputBiases, std::vector<int>{0});
        QCOMPARE(model.network().classifierBias(0), 0.0);
        QVERIFY2(model.parameterCount() <= 2, model.equations().back().c_str());
        QVERIFY(fitMetrics(model.predict(d.X), d.truth).r2 > 0.9995);
        // Every model tried is in the hall of fame; the chosen one is on its front.
        const HallOfFame& fame = engine.hallOfFame();
        QVERIFY(fame.entries().size() > 5);
        bool chosenOnFront = false;
        for (int i : fame.front())
            chosenOnFront = chosenOnFront || fame.entries()[i].architecture == model.network().architecture();
        QVERIFY(chosenOnFront);
    }

    void refinementFindsACurveOfARatio() {
        // A forgetting curve exp(-t/S): a line in t/S (the ratio on its own) pays too little for greedy growth
        // to take it on the way, so the curve of the ratio is tried in one step.
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> strength(1.0, 4.0), delay(0.5, 5.0);
        std::normal_distribution<double> noise(0.0, 0.003);
        Data d{Eigen::MatrixXd(200, 2), Eigen::MatrixXd(200, 1), Eigen::MatrixXd(200, 1)};
        for (int i = 0; i < 200; ++i) {
            d.X(i, 0) = strength(rng);
            d.X(i, 1) = delay(rng);
            d.truth(i, 0) = std::exp(-d.X(i, 1) / d.X(i, 0));
            d.Y(i, 0) = d.truth(i, 0) + noise(rng);
        }
        SearchEngine engine(discovery(), d.X, d.Y, {"S", "t"}, {"y"});
        QVERIFY(engine.fit().completed());
        const SampledModel& model = *engine.model();
        const std::vector<std::string> lines = model.equations();
        std::string text;
        for (const std::string& line : lines) text += line + "; ";
        QVERIFY2(hasProduct(model), text.c_str());
        QVERIFY2(text.find("exp(") != std::string::npos, text.c_str());
        QVERIFY2(model.parameterCount() <= 4, text.c_str());
        QVERIFY2(fitMetrics(model.predict(d.X), d.truth).r2 > 0.9999, text.c_str());
    }

    void refinementFindsAPowerOfAShiftedInput() {
        // Power forgetting 0.9*(1 + t)^-0.5: a power of a line in t, which growth reaches in one step.
        std::mt19937_64 rng(12);
        std::uniform_real_distribution<double> delay(1.0, 10.0);
        std::normal_distribution<double> noise(0.0, 0.001);
        Data d{Eigen::MatrixXd(200, 1), Eigen::MatrixXd(200, 1), Eigen::MatrixXd(200, 1)};
        for (int i = 0; i < 200; ++i) {
            d.X(i, 0) = delay(rng);
            d.truth(i, 0) = 0.9 / std::sqrt(1.0 + d.X(i, 0));
            d.Y(i, 0) = d.truth(i, 0) + noise(rng);
        }
        SearchEngine engine(discovery(), d.X, d.Y, {"t"}, {"y"});
        QVERIFY(engine.fit().completed());
        const SampledModel& model = *engine.model();
        std::string text;
        for (const std::string& line : model.equations()) text += line + "; ";
        QVERIFY2(text.find("^(-0.") != std::string::npos, text.c_str());
        QVERIFY2(fitMetrics(model.predict(d.X), d.truth).r2 > 0.9999, text.c_str());
    }

    void refinementIsDeterministicAndIndependentOfThreads() {
        const Data d = productLaw(120);
        SearchConfig config = discovery(3);
        config.max_epochs = 60;
        SearchEngine a(config, d.X, d.Y), b(config, d.X, d.Y);
        a.fit();
        b.fit();
        QVERIFY(a.model()->network().architecture() == b.model()->network().architecture());
        QVERIFY(a.model()->network().parameters() == b.model()->network().parameters());
        QCOMPARE(a.hallOfFame().csv(), b.hallOfFame().csv());

        ParallelSearch search(SearchData{d.X, d.Y, {"x1", "x2"}, {"y"}, {}});
        const std::vector<SearchConfig> configs = restartConfigs(config, 3);
        const std::vector<StartResult> one = search.run(configs, 1);
        const std::vector<StartResult> two = search.run(configs, 2);
        QCOMPARE(one.size(), std::size_t{3});
        for (std::size_t i = 0; i < one.size(); ++i) {
            QVERIFY(one[i].hasModel() && two[i].hasModel());
            QVERIFY(one[i].equations == two[i].equations);
            QVERIFY(one[i].state.model->parameters == two[i].state.model->parameters);
            QCOMPARE(HallOfFame(one[i].state.hallOfFame).csv(), HallOfFame(two[i].state.hallOfFame).csv());
        }
        QCOMPARE(bestStart(one, SelectBy::Validation), bestStart(two, SelectBy::Validation));
    }

    void refinementStopsAtOnce() {
        const Data d = productLaw(120);
        SearchConfig config = discovery(1);
        config.max_epochs = 20;
        SearchEngine engine(config, d.X, d.Y);
        int reports = 0;
        const RunOutcome outcome = engine.fit({}, [&](const RefineProgress&) {
            ++reports;
            engine.requestStop();
        });
        QCOMPARE(outcome.status, RunStatus::Stopped);
        QCOMPARE(reports, 1);  // no candidate after the stop
        QVERIFY2(outcome.message.find("stopped refining") != std::string::npos, outcome.message.c_str());
        QVERIFY(engine.model() != nullptr);  // the best so far is kept, and usable
        QVERIFY(engine.model()->predict(d.X).allFinite());
    }

    void aConstantModelIsReported() {
        const Data d = productLaw(60);
        SearchConfig config;
        config.primitives = {Primitive::None};
        config.max_epochs = 2;
        SearchEngine engine(config, d.X, d.Y);
        const RunOutcome outcome = engine.fit();
        QVERIFY(outcome.message.find(kConstantModelNote) != std::string::npos);
    }

    void domainSafetySaysWhatItRefused() {
        Data d = productLaw(60);
        d.X(7, 1) = -0.25;  // x2 now has a negative value: no log, power or reciprocal on it
        SearchEngine engine(discovery(), d.X, d.Y, {"dose", "delta"}, {"y"});
        const std::vector<std::string>& notes = engine.domainNotes();
        QVERIFY(!notes.empty());
        for (const std::string& note : notes) {
            QVERIFY2(note.find("'delta'") != std::string::npos, note.c_str());
            QVERIFY2(note.find("-0.25") != std::string::npos, note.c_str());  // the column's range
        }
        QVERIFY(engine.fit().completed());
        QVERIFY(engine.model()->predict(d.X).allFinite());

        SearchConfig lnOnly = discovery();
        lnOnly.primitives = {Primitive::Ln};
        try {
            SearchEngine refused(lnOnly, d.X, d.Y, {"dose", "delta"}, {"y"});
            QFAIL("ln alone on a column with negative values was accepted");
        } catch (const std::invalid_argument& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("'delta'") != std::string::npos && message.find("-0.25") != std::string::npos,
                     e.what());
        }
    }

    void hallOfFameKeepsTheBestPerArchitectureAndItsFront() {
        HallOfFame fame;
        fame.add(entry({1, 0}, 2, 1, 0.50));
        fame.add(entry({1, 0}, 2, 1, 0.40));  // the same architecture, better: replaces it
        fame.add(entry({1, 1}, 3, 2, 0.45));  // more complex and worse: not on the front
        fame.add(entry({2, 1}, 4, 3, 0.10));
        fame.add(entry({2, 2}, 1, 0, 0.90));
        fame.add(entry({0, 2}, 1, 0, std::nan("")));  // no finite error: not kept
        QCOMPARE(fame.entries().size(), std::size_t{4});
        QCOMPARE(fame.entries()[0].validationMse, 0.40);
        std::vector<int> complexities;
        for (int i : fame.front()) complexities.push_back(fame.entries()[i].complexity());
        QCOMPARE(complexities, (std::vector<int>{1, 3, 7}));

        std::istringstream csv(fame.csv());
        std::string line;
        std::getline(csv, line);
        QVERIFY2(line.find("complexity") != std::string::npos && line.find("equation") != std::string::npos,
                 line.c_str());
        int rows = 0, onFront = 0;
        while (std::getline(csv, line)) {
            ++rows;
            onFront += line.find(",yes,") != std::string::npos;
        }
        QCOMPARE(rows, 4);
        QCOMPARE(onFront, 3);

        // Merging in either order gives the same entries.
        HallOfFame other;
        other.add(entry({1, 0}, 2, 1, 0.30));
        other.add(entry({3, 3}, 2, 2, 0.20));
        HallOfFame ab = fame, ba = other;
        ab.merge(other);
        ba.merge(fame);
        QCOMPARE(ab.entries().size(), std::size_t{5});
        QCOMPARE(ba.entries().size(), ab.entries().size());
        for (const HallOfFameEntry& e : ab.entries()) {
            const auto same = std::find_if(ba.entries().begin(), ba.entries().end(),
                                           [&](const HallOfFameEntry& o) { return o.architecture == e.architecture; });
            QVERIFY(same != ba.entries().end());
            QCOMPARE(same->validationMse, e.validationMse);
        }
    }

    void theFrontIgnoresGainsOfRounding() {
        HallOfFame fame;
        fame.add(entry({0, 0}, 0, 0, 0.64));            // the constant
        fame.add(entry({1, 0}, 1, 1, 0.64 - 1e-17));    // a coefficient near 0 that takes the last bits off it
        fame.add(entry({2, 0}, 0, 3, 0.16));
        fame.add(entry({2, 1}, 0, 4, 1e-32));           // the law, exactly
        fame.add(entry({2, 2}, 2, 4, 1e-34));           // the law again, with rounding a little kinder
        fame.add(entry({3, 2}, 2, 6, 2e-34));
        std::vector<int> complexities;
        for (int i : fame.front()) complexities.push_back(fame.entries()[static_cast<std::size_t>(i)].complexity());
        QCOMPARE(complexities, (std::vector<int>{0, 3, 4}));
    }

    void sessionsKeepTheHallOfFameAndProductNodes() {
        const Data d = productLaw(100);
        Table table;
        table.source = "product";
        table.columnNames = {"x1", "x2", "y"};
        table.values.resize(d.X.rows(), 3);
        table.values << d.X, d.Y;
        table.firstBadCell.resize(3);
        SearchConfig config = discovery(2);
        config.max_epochs = 40;
        SearchEngine engine(config, d.X, d.Y, {"x1", "x2"}, {"y"});
        engine.fit();
        const Session read = readSession(writeSession(makeSession(table, engine)));
        const std::unique_ptr<SearchEngine> back = makeEngine(read);
        QCOMPARE(back->hallOfFame().csv(), engine.hallOfFame().csv());
        // Architectures come back whole, node kinds and output biases held at 0 included.
        QCOMPARE(back->hallOfFame().entries().size(), engine.hallOfFame().entries().size());
        bool someBiasHeld = false;
        for (std::size_t i = 0; i < engine.hallOfFame().entries().size(); ++i) {
            const Architecture& a = engine.hallOfFame().entries()[i].architecture;
            QVERIFY(back->hallOfFame().entries()[i].architecture == a);
            someBiasHeld = someBiasHeld || a.outputBiases == std::vector<int>{0};
        }
        QVERIFY(someBiasHeld);
        QVERIFY(back->network().nodeAlpha() == engine.network().nodeAlpha());
        QVERIFY(back->model()->equations() == engine.model()->equations());
        QVERIFY(back->model()->network().architecture() == engine.model()->network().architecture());
        // A hall-of-fame entry loads as that model, with its coefficients.
        const HallOfFameEntry& first = back->hallOfFame().entries().front();
        back->loadModel(first);
        std::string equation;
        for (const std::string& line : back->model()->equations()) equation += (equation.empty() ? "" : "; ") + line;
        QCOMPARE(equation, first.equation);
    }

    // Without the preset nothing changed: the seed example with its document's settings gives, bit for
    // bit, the model it gave before product nodes, powers, domain safety, refinement and the hall of fame
    // existed (values taken from darts-cli of that time), and so does the document's refit of it.
    void referenceSettingsGiveTheSeedExampleAsBefore() {
        const Example& example = findExample("seed");
        const Selection s = selectColumns(exampleTable(example), {}, {});
        SearchEngine engine(example.config, s.X, s.Y, s.inputNames, s.targetNames);
        QVERIFY(engine.fit().completed());
        const auto expect = [&](const std::vector<std::string>& equations, double c1, double c2) {
            const SampledModel& model = *engine.model();
            QCOMPARE(model.equations(), equations);
            if (c1 == c1) QCOMPARE(model.coefficients(0), std::vector<double>{c1});
            QCOMPARE(model.coefficients(1), std::vector<double>{c2});
        };
        expect({"k1 = -19.37*x1 + 99.44*x2", "y = k1"}, -19.36587351840685, 99.43850839432288);
        const SearchState searched = engine.state();

        SearchConfig refit = example.config;
        refit.max_epochs = 0;
        refit.param_updates_for_sampled_model = 1000;
        engine.setConfig(refit);
        QVERIFY(engine.fit().completed());
        expect({"k1 = -19.37*x1 + 99.44*x2", "y = k1"}, -19.3658736065002, 99.43850846910745);

        refit.sampling_strategy = SamplingStrategy::Sample;
        refit.param_updates_for_sampled_model = 800;
        engine.setConfig(refit);
        engine.restore(searched);  // the document samples from the search, not from the refit
        QVERIFY(engine.fit().completed());
        QCOMPARE(engine.model()->primitive(0), Primitive::Add);
        expect({"k1 = x1 + 84.97*x2", "y = k1"}, std::nan(""), 84.96801934259035);
    }
};

QTEST_APPLESS_MAIN(TestDiscovery)
#include "test_discovery.moc"
