// The search engine: recovery of planted models, determinism, warm start,
// sampling semantics, stop requests, numerical faults and the polish.

#include "data/examples.h"
#include "model/polish.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "test_support.h"

#include <QtTest>

#include <Eigen/Dense>

#include <chrono>
#include <limits>
#include <set>
#include <thread>

using namespace darts;

namespace {

struct Data {
    Eigen::MatrixXd X, Y;
};

Data line(int rows = 50) {
    Data d{Eigen::VectorXd::LinSpaced(rows, -1.0, 1.0), {}};
    d.Y = (3.0 * d.X.array() + 1.0).matrix();
    return d;
}

Data seedExample() {
    const Selection s = selectColumns(exampleTable(findExample("seed")), {}, {});
    return {s.X, s.Y};
}

SearchConfig quick(std::vector<Primitive> primitives, int nodes = 1, int epochs = 20) {
    SearchConfig c;
    c.primitives = std::move(primitives);
    c.num_graph_nodes = nodes;
    c.max_epochs = epochs;
    c.param_updates_per_epoch = 20;
    return c;
}

const std::vector<Primitive> kSeedPrimitives = seedDocumentConfig().primitives;

}  // namespace

class TestSearch : public QObject {
    Q_OBJECT

private slots:
    void recoversAPlantedLine() {
        const Data d = line();
        SearchEngine engine(quick({Primitive::None, Primitive::Linear}, 1, 30), d.X, d.Y);
        QVERIFY(engine.fit().completed());
        const SampledModel& model = *engine.model();
        QCOMPARE(model.primitive(0), Primitive::Linear);
        const std::vector<double> c = model.coefficients(0);
        DARTS_COMPARE_REL(c[0], 3.0, 1e-7, 1e-9);
        DARTS_COMPARE_REL(c[1], 1.0, 1e-7, 1e-9);
        QVERIFY(fitMetrics(model.predict(d.X), d.Y).r2 > 0.9999999);
    }

    void sameSeedSameResultsBitForBit() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 2, 15);
        c.seed = 42;
        SearchEngine a(c, d.X, d.Y), b(c, d.X, d.Y);
        a.fit();
        b.fit();
        QVERIFY(a.lossHistory() == b.lossHistory());
        QVERIFY(a.network().alpha() == b.network().alpha());
        QVERIFY(a.network().parameters() == b.network().parameters());
        QVERIFY(a.model()->network().parameters() == b.model()->network().parameters());
        c.seed = 43;
        SearchEngine other(c, d.X, d.Y);
        other.fit();
        QVERIFY(other.lossHistory() != a.lossHistory());
    }

    void callbackReportsEveryEpoch() {
        const Data d = seedExample();
        SearchEngine engine(quick(kSeedPrimitives, 1, 7), d.X, d.Y);
        std::vector<int> epochs;
        std::vector<double> losses;
        engine.runEpochs(7, [&](const EpochReport& r) {
            epochs.push_back(r.epoch);
            losses.push_back(r.loss);
            QCOMPARE(r.alpha.rows(), 2);
            QCOMPARE(r.alpha.cols(), static_cast<Eigen::Index>(kSeedPrimitives.size()));
        });
        QCOMPARE(epochs, (std::vector<int>{1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(losses == engine.lossHistory());
    }

    void architectureUpdateMovesOnlyTheWeights() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 1, 5);
        c.batch_size = static_cast<int>(d.X.rows());  // one batch: the epoch's shuffle does not change it
        c.arch_updates_per_epoch = 1;
        SearchEngine engine(c, d.X, d.Y);
        engine.runEpochs(2);
        const Eigen::MatrixXd alphaBefore = engine.network().alpha();
        const Eigen::VectorXd parametersBefore = engine.network().parameters();
        const std::vector<double> historyBefore = engine.lossHistory();

        const RunOutcome outcome = engine.architectureUpdate();
        QVERIFY(outcome.completed());
        QVERIFY(std::isfinite(outcome.lastLoss));
        QVERIFY(engine.network().alpha() != alphaBefore);
        QVERIFY(engine.network().parameters() == parametersBefore);
        QCOMPARE(engine.epoch(), 2);
        QVERIFY(engine.lossHistory() == historyBefore);

        // It is the architecture half of an epoch: an epoch without coefficient steps gives the same weights.
        SearchConfig archOnly = c;
        archOnly.param_updates_per_epoch = 0;
        SearchEngine twin(c, d.X, d.Y);
        twin.runEpochs(2);
        twin.setConfig(archOnly);
        QVERIFY(twin.runEpochs(1).completed());
        // (Equal up to rounding: the epoch's shuffle sums the same rows in another order.)
        QVERIFY((twin.network().alpha() - engine.network().alpha()).norm() <=
                1e-12 * (1.0 + engine.network().alpha().norm()));
        QVERIFY((twin.network().alpha() - alphaBefore).norm() > 1e-6);

        engine.requestStop();
        QCOMPARE(engine.architectureUpdate().status, RunStatus::Stopped);
    }

    void fittingAgainContinuesTheSearch() {
        // Two fits of 5 epochs are exactly: 5 epochs, a model, 5 more epochs, a model.
        const Data d = seedExample();
        const SearchConfig c = quick(kSeedPrimitives, 2, 5);
        SearchEngine twice(c, d.X, d.Y), stepwise(c, d.X, d.Y);
        twice.fit();
        twice.fit();
        stepwise.runEpochs(5);
        stepwise.sampleModel();
        stepwise.runEpochs(5);
        stepwise.sampleModel();
        QCOMPARE(twice.epoch(), 10);
        QCOMPARE(twice.lossHistory().size(), std::size_t{10});
        QVERIFY(twice.network().alpha() == stepwise.network().alpha());
        QVERIFY(twice.model()->equations() == stepwise.model()->equations());
    }

    void zeroEpochsOnlyResamplesAndRefits() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 2, 10);
        SearchEngine engine(c, d.X, d.Y);
        engine.fit();
        const Eigen::MatrixXd alpha = engine.network().alpha();
        const Eigen::VectorXd coefficients = engine.network().parameters();
        c.max_epochs = 0;
        c.param_updates_for_sampled_model = 50;
        engine.setConfig(c);
        QVERIFY(engine.fit().completed());
        QCOMPARE(engine.epoch(), 10);
        QVERIFY(engine.network().alpha() == alpha);
        QVERIFY(engine.network().parameters() == coefficients);  // the search network keeps its coefficients
        QVERIFY(engine.model() != nullptr);
    }

    void maxAfterSampleGivesTheSameArchitecture() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 3, 10);
        SearchEngine engine(c, d.X, d.Y);
        engine.fit();
        const std::vector<int> maxChoice = engine.model()->network().choices();
        c.max_epochs = 0;
        c.sampling_strategy = SamplingStrategy::Sample;
        engine.setConfig(c);
        std::set<std::vector<int>> sampled;
        for (int i = 0; i < 20; ++i) {
            engine.fit();
            sampled.insert(engine.model()->network().choices());
        }
        // Ten epochs leave the weights close to uniform, so draws differ.
        QVERIFY(sampled.size() > 1);
        c.sampling_strategy = SamplingStrategy::Max;
        engine.setConfig(c);
        engine.fit();
        QVERIFY(engine.model()->network().choices() == maxChoice);
    }

    void maxPicksTheLargestWeightOnEveryEdge() {
        const Data d = seedExample();
        SearchEngine engine(quick(kSeedPrimitives, 2, 10), d.X, d.Y);
        engine.fit();
        const Eigen::MatrixXd& alpha = engine.network().alpha();
        for (int e = 0; e < engine.network().edgeCount(); ++e) {
            Eigen::Index best;
            alpha.row(e).maxCoeff(&best);
            QCOMPARE(engine.model()->network().choices()[e], static_cast<int>(best));
        }
    }

    void stopRequestFromAnotherThreadEndsTheRun() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 2, 1000000);
        SearchEngine engine(c, d.X, d.Y);
        std::thread stopper([&engine] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            engine.requestStop();
        });
        const RunOutcome outcome = engine.fit();
        stopper.join();
        QCOMPARE(outcome.status, RunStatus::Stopped);
        QVERIFY(outcome.message.find("stopped") != std::string::npos);
        QVERIFY(engine.epoch() < c.max_epochs);
        QVERIFY(engine.network().alpha().allFinite());
        // A pending request holds until cleared; then the engine runs again.
        QCOMPARE(engine.runEpochs(1).status, RunStatus::Stopped);
        engine.clearStop();
        QVERIFY(engine.runEpochs(1).completed());
    }

    void overflowEndsTheSearchCleanly_data() {
        QTest::addColumn<QString>("primitive");
        QTest::addColumn<double>("x");
        QTest::newRow("reciprocal of zero") << "reciprocal" << 0.0;
        QTest::newRow("exp of 800") << "exp" << 800.0;
    }

    void overflowEndsTheSearchCleanly() {
        QFETCH(QString, primitive);
        QFETCH(double, x);
        Data d = line(20);
        d.X(3, 0) = x;
        SearchEngine engine(quick({Primitive::None, primitiveFromName(primitive.toStdString())}, 1, 5), d.X, d.Y);
        const Eigen::MatrixXd alphaBefore = engine.network().alpha();
        const RunOutcome outcome = engine.fit();
        QCOMPARE(outcome.status, RunStatus::NumericalFault);
        QVERIFY2(outcome.message.find("epoch 1") != std::string::npos, outcome.message.c_str());
        QVERIFY2(outcome.message.find("infinite") != std::string::npos ||
                     outcome.message.find("NaN") != std::string::npos,
                 outcome.message.c_str());
        QVERIFY(engine.network().alpha() == alphaBefore);  // the failing step was not applied
        QVERIFY(engine.network().parameters().allFinite());
        QVERIFY(engine.model() != nullptr);  // a model of the last finite state
    }

    void polishReachesTheLeastSquaresOptimum() {
        // With mult on both inputs the model is k1 = a*x1 + b*x2: its optimum is linear least squares.
        const Data d = seedExample();
        SearchConfig c = seedDocumentConfig();
        c.primitives = {Primitive::Mult};
        c.max_epochs = 3;
        c.param_updates_per_epoch = 50;
        const Eigen::Vector2d optimum = (d.X.transpose() * d.X).ldlt().solve(d.X.transpose() * d.Y.col(0));
        SearchEngine polished(c, d.X, d.Y);
        polished.fit();
        DARTS_COMPARE_REL(polished.model()->coefficients(0)[0], optimum[0], 1e-7, 0.0);
        DARTS_COMPARE_REL(polished.model()->coefficients(1)[0], optimum[1], 1e-7, 0.0);
        c.polish = false;
        c.param_updates_for_sampled_model = 1000;
        SearchEngine plain(c, d.X, d.Y);
        plain.fit();
        // Plain SGD stops short of the optimum (the reference's result); the polished fit does not.
        const double plainA = plain.model()->coefficients(0)[0];
        QVERIFY2(!test::close(plainA, optimum[0], 1e-3), qPrintable(QString("%1 vs %2").arg(plainA).arg(optimum[0])));
        QVERIFY(fitMetrics(plain.model()->predict(d.X), d.Y).mse > fitMetrics(polished.model()->predict(d.X), d.Y).mse);
    }


    void searchesShareOneCopyOfTheData() {
        // The starts of a multi-start read the same matrices; without held-out rows the training rows are
        // those matrices too, not a copy.
        const Data d = seedExample();
        const auto X = std::make_shared<const Eigen::MatrixXd>(d.X);
        const auto Y = std::make_shared<const Eigen::MatrixXd>(d.Y);
        SearchConfig c = seedDocumentConfig();
        SearchEngine a(c, X, Y);
        c.seed = 1;
        SearchEngine b(c, X, Y);
        QCOMPARE(&a.inputs(), X.get());
        QCOMPARE(&b.inputs(), X.get());
        QCOMPARE(&a.trainingInputs(), X.get());
        QCOMPARE(&b.trainingTargets(), Y.get());
        c.validation_share = 0.2;
        SearchEngine held(c, X, Y);
        QCOMPARE(&held.inputs(), X.get());
        QCOMPARE(held.trainingInputs().rows() + held.validationInputs().rows(), X->rows());
        // With held-out rows, engines given one split (as a multi-start's starts are) share its rows too,
        // and hold out the rows an engine drawing its own split would.
        const std::shared_ptr<const RowSplit> split = RowSplit::make(*X, *Y, c.validation_share, c.validation_seed);
        SearchEngine first(c, X, Y, split);
        c.seed = 2;
        SearchEngine second(c, X, Y, split);
        QCOMPARE(&first.trainingInputs(), &split->trainX);
        QCOMPARE(&second.trainingInputs(), &split->trainX);
        QCOMPARE(&second.validationTargets(), &split->validY);
        QVERIFY(first.heldOutRows() == held.heldOutRows());
        QCOMPARE(first.validationInputs(), held.validationInputs());
        // A split from a split column stays when the validation settings change; one drawn by them is redrawn.
        std::vector<bool> column(static_cast<std::size_t>(X->rows()), false);
        column[0] = column[3] = true;
        const std::shared_ptr<const RowSplit> marked = RowSplit::make(*X, *Y, 0.0, 0, column);
        SearchEngine byColumn(c, X, Y, marked);
        SearchConfig other = c;
        other.validation_share = 0.5;
        byColumn.setConfig(other);
        QCOMPARE(byColumn.rowSplit(), marked);
        first.setConfig(other);
        QVERIFY(first.rowSplit() != split);
        QCOMPARE(first.validationInputs().rows(), X->rows() / 2);
        // A split of other data is refused.
        const auto fewer = std::make_shared<const Eigen::MatrixXd>(X->topRows(10));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SearchEngine(c, fewer, fewer, split));
    }

    void polishOnABigTableWorksOnAFixedSample() {
        // 100,000 rows of y = 3*x1 - 2*x2 + noise: the polish sees kPolishSampleRows of them, the same ones
        // every time, and lands near the least-squares optimum of all of them (within the sample's error).
        Rng rng(11);
        const Eigen::Index rows = 100000;
        QVERIFY(rows > kPolishSampleRows);
        Eigen::MatrixXd X(rows, 2), Y(rows, 1);
        for (Eigen::Index i = 0; i < rows; ++i) {
            X(i, 0) = uniform(rng, -1.0, 1.0);
            X(i, 1) = uniform(rng, -1.0, 1.0);
            Y(i, 0) = 3.0 * X(i, 0) - 2.0 * X(i, 1) + 0.1 * standardNormal(rng);
        }
        SearchConfig c = seedDocumentConfig();
        c.primitives = {Primitive::Mult};
        c.max_epochs = 1;
        c.param_updates_per_epoch = 5;
        c.param_updates_for_sampled_model = 1;
        const Eigen::Vector2d optimum = (X.transpose() * X).ldlt().solve(X.transpose() * Y.col(0));
        SearchEngine a(c, X, Y), b(c, X, Y);
        a.fit();
        b.fit();
        QVERIFY(a.model()->network().parameters() == b.model()->network().parameters());
        DARTS_COMPARE_REL(a.model()->coefficients(0)[0], optimum[0], 1e-2, 0.0);
        DARTS_COMPARE_REL(a.model()->coefficients(1)[0], optimum[1], 1e-2, 0.0);
    }
    void coefficientsAreTrainedWhatEverLeads() {
        // The reference skips coefficient training when the leading primitives have none;
        // here mult's coefficient moves even while exp leads on both edges.
        const Data d = seedExample();
        SearchConfig c = quick({Primitive::Exp, Primitive::Mult}, 1, 1);
        SearchEngine engine(c, d.X, d.Y);
        const Eigen::VectorXd before = engine.network().parameters();
        engine.runEpochs(1);
        QVERIFY(engine.network().parameters().head(2) != before.head(2));
    }

    void fairDartsAndOtherOutputTypesRun() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 2, 5);
        c.darts_type = DartsType::Fair;
        SearchEngine fair(c, d.X, d.Y);
        QVERIFY(fair.fit().completed());
        Data binary = line(40);
        binary.Y = (binary.X.array() > 0.0).cast<double>().matrix();
        c.darts_type = DartsType::Original;
        c.output_type = OutputType::Sigmoid;
        SearchEngine sigmoid(c, binary.X, binary.Y);
        QVERIFY(sigmoid.fit().completed());
        const Eigen::MatrixXd p = sigmoid.model()->predict(binary.X);
        QVERIFY((p.array() >= 0.0).all() && (p.array() <= 1.0).all());
    }

    void severalTargetColumns() {
        Data d = line(30);
        d.Y.conservativeResize(Eigen::NoChange, 2);
        d.Y.col(1) = (-2.0 * d.X.array()).matrix();
        SearchConfig c = quick({Primitive::None, Primitive::Linear}, 2, 20);
        c.train_classifier_coefficients = true;
        c.train_classifier_bias = true;
        SearchEngine engine(c, d.X, d.Y, {"x"}, {"u", "v"});
        QVERIFY(engine.fit().completed());
        QCOMPARE(engine.model()->predict(d.X).cols(), 2);
        QVERIFY(fitMetrics(engine.model()->predict(d.X), d.Y).r2 > 0.999);
        QCOMPARE(engine.model()->equations().back().substr(0, 4), std::string("v = "));
    }

    void settingsThatShapeTheNetworkReset() {
        const Data d = seedExample();
        SearchConfig c = quick(kSeedPrimitives, 1, 3);
        SearchEngine engine(c, d.X, d.Y);
        engine.fit();
        c.max_epochs = 4;
        c.arch_learning_rate_max = 0.01;
        engine.setConfig(c);
        QCOMPARE(engine.epoch(), 3);
        c.num_graph_nodes = 2;
        engine.setConfig(c);
        QCOMPARE(engine.epoch(), 0);
        QCOMPARE(engine.network().hiddenCount(), 2);
        QVERIFY(engine.model() == nullptr);
    }

    void badSettingsAndDataAreRejected() {
        const Data d = line(10);
        SearchConfig c;
        c.batch_size = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SearchEngine(c, d.X, d.Y));
        c = {};
        c.primitives.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SearchEngine(c, d.X, d.Y));
        Eigen::MatrixXd bad = d.X;
        bad(2, 0) = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SearchEngine({}, bad, d.Y));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SearchEngine({}, d.X, d.Y.topRows(5)));
        try {
            outputTypeFromString("class");
            QFAIL("class accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY(std::string(e.what()).find("not supported") != std::string::npos);
        }
    }

    void everySettingHasATextForm() {
        // What the command line and files rely on: each field reads back what it was given,
        // also where that differs from the default.
        SearchConfig c = weberFechnerConfig();
        c.seed = 7;
        c.polish = false;
        c.darts_type = DartsType::Fair;
        c.output_type = OutputType::ProbabilitySample;
        c.sampling_strategy = SamplingStrategy::Sample;
        c.train_classifier_bias = true;
        c.arch_weight_decay_df = 1.25e-3;
        for (const ConfigField& f : configFields()) {
            const std::string text = f.get(c);
            SearchConfig copy;
            f.set(copy, text);
            QCOMPARE(f.get(copy), text);
        }
        QCOMPARE(findConfigField("darts_type")->get(c), std::string("fair"));
        QCOMPARE(findConfigField("arch_weight_decay_df")->get(c), std::string("0.00125"));
        QVERIFY(findConfigField("num-graph-nodes") == findConfigField("num_graph_nodes"));
        QVERIFY(findConfigField("nope") == nullptr);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findConfigField("max_epochs")->set(c, "ten"));
    }
};

QTEST_APPLESS_MAIN(TestSearch)
#include "test_search.moc"
