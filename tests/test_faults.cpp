// Numerical faults in the engine: exp overflow, reciprocal of zero, ln outside
// its domain, NaN in the data, huge learning rates. Each ends the search cleanly
// with a message naming the cause, keeps the last finite state, and leaves
// re-sampling and refitting working.

#include "data/examples.h"
#include "data/table.h"
#include "search/search_engine.h"
#include "test_support.h"

#include <QtTest>

#include <limits>
#include <stdexcept>
#include <string>

using namespace darts;

namespace {

struct Data {
    Eigen::MatrixXd X, Y;
};

/// y = 3x + 1 on x evenly spaced in [-1, 1].
Data line(int rows = 20) {
    Data d{Eigen::VectorXd::LinSpaced(rows, -1.0, 1.0), {}};
    d.Y = (3.0 * d.X.array() + 1.0).matrix();
    return d;
}

SearchConfig quick(std::vector<Primitive> primitives, int epochs = 5) {
    SearchConfig c;
    c.primitives = std::move(primitives);
    c.num_graph_nodes = 1;
    c.max_epochs = epochs;
    c.param_updates_per_epoch = 20;
    c.param_updates_for_sampled_model = 20;
    return c;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

#define VERIFY_CONTAINS(text, part) QVERIFY2(contains((text), (part)), (std::string("'") + (part) + "' not in: " + (text)).c_str())

// RunStatus has no text form for QCOMPARE: the message says what happened instead.
#define VERIFY_STATUS(outcome, expected) \
    QVERIFY2((outcome).status == (expected), (std::string(toString((outcome).status)) + ": " + (outcome).message).c_str())

bool modelIsFinite(const SearchEngine& engine) {
    return engine.model() && engine.model()->predict(engine.inputs()).allFinite() &&
           engine.model()->network().parameters().allFinite();
}

/// The index of primitive p in the engine's list.
Eigen::Index indexOf(const SearchEngine& engine, Primitive p) {
    const auto& list = engine.config().primitives;
    return std::find(list.begin(), list.end(), p) - list.begin();
}

}  // namespace

class TestFaults : public QObject {
    Q_OBJECT

private slots:
    void expOverflowNamesPrimitiveEdgeAndEpoch() {
        Data d = line();
        d.X(3, 0) = 800.0;  // exp(800) is beyond double precision
        SearchEngine engine(quick({Primitive::None, Primitive::Exp}), d.X, d.Y);
        const Eigen::MatrixXd alphaBefore = engine.network().alpha();
        const RunOutcome outcome = engine.runEpochs(5);
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "the loss became infinite at epoch 1");
        VERIFY_CONTAINS(outcome.message, "exp overflowed on edge x1 -> k1 (at x1 = 800)");
        QCOMPARE(engine.epoch(), 0);  // the failing epoch is not counted
        QVERIFY(engine.lossHistory().empty());
        QVERIFY(engine.network().alpha() == alphaBefore);
        QVERIFY(engine.network().parameters().allFinite());
    }

    void faultInALaterEpochKeepsTheEpochsBefore() {
        // Three clean epochs, then linear_exp's a is pushed so far that exp(a*x + b) overflows.
        const Data d = line();
        SearchEngine engine(quick({Primitive::None, Primitive::LinearExp}), d.X, d.Y);
        QVERIFY(engine.runEpochs(3).completed());
        SearchState state = engine.state();
        const int offset = engine.network().coefficientOffset(0, static_cast<int>(indexOf(engine, Primitive::LinearExp)));
        state.parameters[offset] = 1000.0;
        engine.restore(state);
        const RunOutcome outcome = engine.runEpochs(5);
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "at epoch 4");
        VERIFY_CONTAINS(outcome.message, "linear_exp overflowed on edge x1 -> k1");
        // Everything is as it was after epoch 3: alpha, Adam, the history.
        QCOMPARE(engine.epoch(), 3);
        QCOMPARE(engine.lossHistory(), state.lossHistory);
        QVERIFY(engine.network().alpha() == state.alpha);
        QCOMPARE(engine.architectureOptimizer().stepCount(), state.adamSteps);
        QVERIFY(engine.network().parameters().allFinite());
        // The search is still usable: re-sampling and refitting work, on the finite state.
        const RunOutcome sampled = engine.sampleModel();
        QVERIFY(sampled.status != RunStatus::Stopped);
        QVERIFY(engine.model() != nullptr);
        QVERIFY(engine.model()->network().parameters().allFinite());
    }

    void reciprocalOfZeroSaysDividedByZero() {
        Data d = line();
        d.X(4, 0) = 0.0;
        SearchEngine engine(quick({Primitive::None, Primitive::Reciprocal}), d.X, d.Y);
        const RunOutcome outcome = engine.fit();
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "at epoch 1");
        VERIFY_CONTAINS(outcome.message, "reciprocal divided by zero on edge x1 -> k1 (at x1 = 0)");
        QVERIFY(engine.model() != nullptr);  // a model of the last finite state, for a look at least
    }

    void lnOutsideItsDomainIsGuarded() {
        // ln(x) for x <= 0 is 0, as in the reference (ln(x + 1e-10) where x > 0): no fault.
        Data d = line(40);  // x from -1 to 1, zero and negatives included
        d.X(10, 0) = 0.0;
        for (Primitive p : {Primitive::Ln, Primitive::LinearLn}) {
            SearchEngine engine(quick({Primitive::None, Primitive::Linear, p}, 10), d.X, d.Y);
            const RunOutcome outcome = engine.fit();
            QVERIFY2(outcome.completed(), outcome.message.c_str());
            QCOMPARE(engine.lossHistory().size(), std::size_t{10});
            for (double loss : engine.lossHistory()) QVERIFY(std::isfinite(loss));
            QVERIFY(modelIsFinite(engine));
            // Forced onto ln, the model still predicts finite values at x <= 0.
            SearchState state = engine.state();
            state.alpha.setZero();
            state.alpha(0, indexOf(engine, p)) = 10.0;
            engine.restore(state);
            engine.sampleModel();
            QCOMPARE(engine.model()->primitive(0), p);
            QVERIFY(modelIsFinite(engine));
        }
    }

    void nanInTheDataIsRefusedBeforeASearch_data() {
        QTest::addColumn<bool>("inTarget");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NaN input") << false << std::numeric_limits<double>::quiet_NaN()
                                   << "input column 'x2', row 4 is NaN (missing)";
        QTest::newRow("infinite target") << true << std::numeric_limits<double>::infinity()
                                         << "target column 'y', row 4 is infinite";
    }

    void nanInTheDataIsRefusedBeforeASearch() {
        QFETCH(bool, inTarget);
        QFETCH(double, value);
        QFETCH(QString, expected);
        Eigen::MatrixXd X = Eigen::MatrixXd::Ones(10, 2), Y = Eigen::MatrixXd::Ones(10, 1);
        (inTarget ? Y(3, 0) : X(3, 1)) = value;
        QCOMPARE(QString::fromStdString(nonFiniteDataProblem(X, Y, {"x1", "x2"}, {"y"})).contains(expected), true);
        try {
            SearchEngine engine(quick({Primitive::None, Primitive::Add}), X, Y, {"x1", "x2"}, {"y"});
            QFAIL("the engine accepted non-finite data");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
        X(3, 1) = Y(3, 0) = 1.0;
        QVERIFY(nonFiniteDataProblem(X, Y).empty());
    }

    void nanInATableIsRefusedWhenSelected() {
        // "nan" and an empty cell in a file: selecting that column names the line; other columns still work.
        const Table table = parseTable("a,b,y\n1,2,3\n2,nan,5\n3,,7\n4,5,9\n", "cells.csv");
        try {
            selectColumns(table, {"a", "b"}, {"y"});
            QFAIL("a column with NaN was selected");
        } catch (const DataError& e) {
            QVERIFY2(QString(e.what()).contains("line 3") && QString(e.what()).contains("'b'"), e.what());
        }
        const Selection clean = selectColumns(table, {"a"}, {"y"});
        QVERIFY(nonFiniteDataProblem(clean.X, clean.Y).empty());
    }

    void hugeArchitectureLearningRate() {
        const Data d = line();
        SearchConfig c = quick({Primitive::None, Primitive::Add, Primitive::Linear}, 50);
        c.arch_learning_rate_max = 1e307;
        SearchEngine engine(c, d.X, d.Y);
        const RunOutcome outcome = engine.fit();
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "architecture");
        VERIFY_CONTAINS(outcome.message, "arch_learning_rate_max = 1e+307");
        QVERIFY(engine.network().alpha().allFinite());
        QVERIFY(engine.network().parameters().allFinite());
        QVERIFY(engine.model() != nullptr);
        // A sane rate continues the same search from its last finite state.
        c.arch_learning_rate_max = 1e-3;
        engine.setConfig(c);
        const int epochs = engine.epoch();
        QVERIFY(engine.runEpochs(2).completed());
        QCOMPARE(engine.epoch(), epochs + 2);
    }

    void hugeCoefficientLearningRate() {
        const Data d = line();
        SearchConfig c = quick({Primitive::None, Primitive::Linear}, 5);
        c.param_learning_rate_max = 1e300;
        c.param_learning_rate_min = 1e300;
        c.grad_clip = 1e300;
        SearchEngine engine(c, d.X, d.Y);
        const Eigen::MatrixXd alphaBefore = engine.network().alpha();
        const RunOutcome outcome = engine.runEpochs(5);
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "coefficient step");
        VERIFY_CONTAINS(outcome.message, "epoch 1");
        // Either the step itself overflowed, or the predictions it led to did: both say so.
        QVERIFY2(contains(outcome.message, "param_learning_rate_max = 1e+300 may be too large") ||
                     contains(outcome.message, "overflow the squared error"),
                 outcome.message.c_str());
        QVERIFY(engine.network().parameters().allFinite());
        QVERIFY(engine.network().alpha().allFinite());
    }

    void nonFiniteModelDoesNotReplaceAFiniteOne() {
        // x = 0 is in the data: a model on 1/x cannot predict it, one on x can.
        Data d = line(21);
        QCOMPARE(d.X(10, 0), 0.0);
        SearchEngine engine(quick({Primitive::Add, Primitive::Reciprocal}, 1), d.X, d.Y);
        SearchState state = engine.state();
        state.alpha.setZero();
        state.alpha(0, indexOf(engine, Primitive::Add)) = 5.0;
        engine.restore(state);
        QVERIFY(engine.sampleModel().completed());
        QCOMPARE(engine.model()->primitive(0), Primitive::Add);
        QVERIFY(modelIsFinite(engine));

        state = engine.state();
        state.alpha.setZero();
        state.alpha(0, indexOf(engine, Primitive::Reciprocal)) = 5.0;
        engine.restore(state);
        const RunOutcome outcome = engine.sampleModel();
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "the previous model is kept");
        QCOMPARE(engine.model()->primitive(0), Primitive::Add);
        QVERIFY(modelIsFinite(engine));
        // And the kept model refits as before.
        QVERIFY(engine.refitModel(10).completed());
        QVERIFY(modelIsFinite(engine));
    }

    void faultInTheRefitNamesTheCause() {
        Data d = line(21);  // x = 0 in row 11
        // linear_reciprocal has a coefficient, so the refit has steps to take (and fail).
        SearchEngine engine(quick({Primitive::LinearReciprocal}, 1), d.X, d.Y);
        const RunOutcome outcome = engine.sampleModel();
        VERIFY_STATUS(outcome, RunStatus::NumericalFault);
        VERIFY_CONTAINS(outcome.message, "refitting the sampled model: the loss became infinite at coefficient step 1");
        VERIFY_CONTAINS(outcome.message, "linear_reciprocal divided by zero on edge x1 -> k1 (at x1 = 0)");
        // Without an earlier model, the one of the last finite state is kept for a look.
        QVERIFY(engine.model() != nullptr);
        QVERIFY(engine.model()->network().parameters().allFinite());
    }
};

QTEST_APPLESS_MAIN(TestFaults)
#include "test_faults.moc"
