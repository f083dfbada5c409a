// The DARTS network: analytic gradients against finite differences for every
// output type and both DARTS variants, the edge layout, a fixed network against
// a hand computation, the input feature table, initialisation and argument checks;
// product nodes (their gradients and products) and domain safety (refusals, unbent values).

#include "network/network.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <set>
#include <stdexcept>
#include <vector>

using namespace darts;

namespace {

/// Smooth primitives, so that finite differences are meaningful everywhere.
std::vector<Primitive> smoothPrimitives() {
    return parsePrimitiveList("none,add,subtract,mult,linear,linear_logistic,linear_exp,linear_tanh,linear_sin,softplus");
}

SearchConfig makeConfig(std::vector<Primitive> primitives, int hidden, OutputType output = OutputType::Real,
                        DartsType darts = DartsType::Original, bool trainW = false, bool trainB = false) {
    SearchConfig config;
    config.primitives = std::move(primitives);
    config.num_graph_nodes = hidden;
    config.output_type = output;
    config.darts_type = darts;
    config.train_classifier_coefficients = trainW;
    config.train_classifier_bias = trainB;
    return config;
}

Eigen::MatrixXd uniformMatrix(Eigen::Index rows, Eigen::Index cols, double low, double high, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> draw(low, high);
    Eigen::MatrixXd m(rows, cols);
    for (double& v : m.reshaped()) v = draw(rng);
    return m;
}

/// Targets in the range the output type predicts.
Eigen::MatrixXd targetsFor(OutputType type, Eigen::Index rows, Eigen::Index outputs, std::mt19937_64& rng) {
    switch (type) {
        case OutputType::Real: return uniformMatrix(rows, outputs, -1.0, 2.0, rng);
        case OutputType::ProbabilityDistribution: {
            Eigen::MatrixXd y = uniformMatrix(rows, outputs, 0.0, 1.0, rng);
            return y.array().colwise() / y.rowwise().sum().array();
        }
        default: return uniformMatrix(rows, outputs, 0.0, 1.0, rng);
    }
}

/// Calls f(e, m, primitive info, index into parameters()) for every primitive coefficient.
template <typename F>
void forEachCoefficient(const Network& network, F f) {
    for (int e = 0; e < network.edgeCount(); ++e)
        for (int m = 0; m < network.primitiveCount(); ++m) {
            const PrimitiveInfo& info = primitiveInfo(network.primitives()[m]);
            for (int c = 0; c < info.coefficientCount; ++c) f(info.coefficients[c], network.coefficientOffset(e, m) + c);
        }
}

/// Moves alpha and the coefficients away from their starting values, so that the
/// mixture weights differ per primitive and beta is not 1. Fair DARTS's weights stay
/// around 0.1..0.6 so that the hidden values (and the output function) do not saturate.
void randomizeState(Network& network, std::mt19937_64& rng) {
    network.alpha() = uniformMatrix(network.edgeCount(), network.primitiveCount(), -2.0, 0.5, rng);
    std::uniform_real_distribution<double> coefficient(-1.0, 1.0), beta(0.5, 2.0);
    forEachCoefficient(network, [&](Coefficient role, int k) {
        network.parameters()[k] = role == Coefficient::Beta ? beta(rng) : coefficient(rng);
    });
}

/// The loss as a function of one entry of alpha or of parameters(), for finite differences.
double lossWithAlpha(Network& network, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, int e, int m, double value) {
    const double saved = network.alpha()(e, m);
    network.alpha()(e, m) = value;
    const double loss = network.evaluate(X, Y, Gradients::None);
    network.alpha()(e, m) = saved;
    return loss;
}

double lossWithParameter(Network& network, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, int k, double value) {
    const double saved = network.parameters()[k];
    network.parameters()[k] = value;
    const double loss = network.evaluate(X, Y, Gradients::None);
    network.parameters()[k] = saved;
    return loss;
}

constexpr double kGradientRel = 1e-5;
constexpr double kGradientAbs = 1e-9;

bool isClassifierEntry(const Network& network, int k) { return k >= network.classifierWeightOffset(); }

/// Checks parameterGradient() against finite differences; untrainable entries must be exactly 0.
void checkParameterGradient(Network& network, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    const double loss = network.evaluate(X, Y, Gradients::Coefficients);
    const Eigen::VectorXd analytic = network.parameterGradient();
    QCOMPARE(loss, network.evaluate(X, Y, Gradients::None));
    QCOMPARE(analytic.size(), network.parameters().size());
    for (Eigen::Index k = 0; k < analytic.size(); ++k) {
        if (network.trainableMask()[k] == 0.0) {
            QVERIFY2(isClassifierEntry(network, static_cast<int>(k)), "only W and b may be fixed");
            QCOMPARE(analytic[k], 0.0);
            continue;
        }
        const auto fk = [&](const Eigen::VectorXd& p) {
            return lossWithParameter(network, X, Y, static_cast<int>(k), p[0]);
        };
        const double numeric =
            test::centralDifference(fk, Eigen::VectorXd::Constant(1, network.parameters()[k]), 0);
        DARTS_COMPARE_REL(analytic[k], numeric, kGradientRel, kGradientAbs);
    }
}

/// Checks nodeAlphaGradient() (product nodes' sum/product weights) against finite differences.
void checkNodeAlphaGradient(Network& network, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    network.evaluate(X, Y, Gradients::Architecture);
    const Eigen::MatrixXd analytic = network.nodeAlphaGradient();
    QCOMPARE(analytic.rows(), network.nodeAlpha().rows());
    QCOMPARE(analytic.cols(), Eigen::Index{2});
    for (Eigen::Index j = 0; j < analytic.rows(); ++j)
        for (Eigen::Index c = 0; c < 2; ++c) {
            const auto f = [&](const Eigen::VectorXd& a) {
                const double saved = network.nodeAlpha()(j, c);
                network.nodeAlpha()(j, c) = a[0];
                const double loss = network.evaluate(X, Y, Gradients::None);
                network.nodeAlpha()(j, c) = saved;
                return loss;
            };
            const double numeric =
                test::centralDifference(f, Eigen::VectorXd::Constant(1, network.nodeAlpha()(j, c)), 0);
            DARTS_COMPARE_REL(analytic(j, c), numeric, kGradientRel, kGradientAbs);
        }
}

void checkAlphaGradient(Network& network, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    const double loss = network.evaluate(X, Y, Gradients::Architecture);
    const Eigen::MatrixXd analytic = network.alphaGradient();
    QCOMPARE(loss, network.evaluate(X, Y, Gradients::None));
    QCOMPARE(analytic.rows(), Eigen::Index{network.edgeCount()});
    QCOMPARE(analytic.cols(), Eigen::Index{network.primitiveCount()});
    for (int e = 0; e < network.edgeCount(); ++e)
        for (int m = 0; m < network.primitiveCount(); ++m) {
            const auto f = [&](const Eigen::VectorXd& a) { return lossWithAlpha(network, X, Y, e, m, a[0]); };
            const double numeric = test::centralDifference(f, Eigen::VectorXd::Constant(1, network.alpha()(e, m)), 0);
            DARTS_COMPARE_REL(analytic(e, m), numeric, kGradientRel, kGradientAbs);
        }
}

}  // namespace

class TestNetwork : public QObject {
    Q_OBJECT

private slots:
    void gradients_data();
    void gradients();
    void productNodeGradients_data();
    void productNodeGradients();
    void productNodeComputesProducts();
    void domainSafetyRefusesAndBends();
    void edgeLayout();
    void hiddenToHiddenEdges();
    void fixedNetworkMatchesHandComputation();
    void inputFeaturesGiveSameResults();
    void initialisation();
    void sameSeedGivesSameNetwork();
    void alphaChangedThroughAReferenceIsSeen();
    void constructorRejectsBadArguments();
};

void TestNetwork::gradients_data() {
    QTest::addColumn<DartsType>("darts");
    QTest::addColumn<OutputType>("output");
    QTest::addColumn<bool>("trainW");
    QTest::addColumn<bool>("trainB");
    for (DartsType darts : {DartsType::Original, DartsType::Fair})
        for (OutputType output : {OutputType::Real, OutputType::Sigmoid, OutputType::Probability,
                                  OutputType::ProbabilitySample, OutputType::ProbabilityDistribution})
            for (bool trainW : {false, true})
                for (bool trainB : {false, true}) {
                    const QString tag = QStringLiteral("%1/%2/W%3/b%4")
                                            .arg(QString::fromUtf8(toString(darts).data()))
                                            .arg(QString::fromUtf8(toString(output).data()))
                                            .arg(trainW ? "trained" : "fixed")
                                            .arg(trainB ? "trained" : "fixed");
                    QTest::newRow(qPrintable(tag)) << darts << output << trainW << trainB;
                }
}

void TestNetwork::gradients() {
    QFETCH(DartsType, darts);
    QFETCH(OutputType, output);
    QFETCH(bool, trainW);
    QFETCH(bool, trainB);
    std::mt19937_64 rng(21);
    const int inputs = 2, outputs = output == OutputType::ProbabilityDistribution ? 3 : 2, rows = 17;
    Network network(inputs, outputs, makeConfig(smoothPrimitives(), 3, output, darts, trainW, trainB), rng);
    randomizeState(network, rng);
    const Eigen::MatrixXd X = uniformMatrix(rows, inputs, 0.2, 1.5, rng);
    const Eigen::MatrixXd Y = targetsFor(output, rows, outputs, rng);

    checkAlphaGradient(network, X, Y);
    checkParameterGradient(network, X, Y);
}

void TestNetwork::productNodeGradients_data() {
    QTest::addColumn<OutputType>("output");
    QTest::addColumn<bool>("domainSafety");
    for (OutputType output : {OutputType::Real, OutputType::Sigmoid, OutputType::Probability})
        for (bool safety : {false, true})
            QTest::newRow(qPrintable(QStringLiteral("%1/safety %2")
                                         .arg(QString::fromUtf8(toString(output).data()))
                                         .arg(safety ? "on" : "off")))
                << output << safety;
}

// Product nodes (and, with domain safety, the primitives it guards: ln, powers, reciprocal, sqrt, whose
// arguments on hidden nodes may leave their domains) against finite differences, for alpha, the nodes' weights
// and every coefficient.
void TestNetwork::productNodeGradients() {
    QFETCH(OutputType, output);
    QFETCH(bool, domainSafety);
    std::mt19937_64 rng(31);
    std::vector<Primitive> primitives = smoothPrimitives();
    if (domainSafety)
        for (Primitive p : parsePrimitiveList("linear_ln,reciprocal,power,sqrt,square")) primitives.push_back(p);
    SearchConfig config = makeConfig(primitives, 3, output, DartsType::Original, true, true);
    config.product_nodes = true;
    config.domain_safety = domainSafety;
    Network network(2, 1, config, rng);
    const Eigen::MatrixXd X = uniformMatrix(19, 2, 0.2, 1.5, rng);
    const Eigen::MatrixXd Y = targetsFor(output, 19, 1, rng);
    QVERIFY(network.restrictToDomains(X).empty());  // positive inputs: every primitive is offered
    randomizeState(network, rng);
    QVERIFY(network.hasProductNodes());
    network.nodeAlpha() = uniformMatrix(3, 2, -1.0, 1.0, rng);

    QVERIFY(std::isfinite(network.evaluate(X, Y, Gradients::None)));
    checkAlphaGradient(network, X, Y);
    checkNodeAlphaGradient(network, X, Y);
    checkParameterGradient(network, X, Y);
}

// A fixed product node multiplies its edges; none is no factor (not a factor 0).
void TestNetwork::productNodeComputesProducts() {
    std::mt19937_64 rng(32);
    SearchConfig config = makeConfig(parsePrimitiveList("none,mult,linear_exp,reciprocal"), 2, OutputType::Real,
                                     DartsType::Original, true, true);
    config.product_nodes = true;
    Network network(2, 1, config, rng);
    const int none = 0, mult = 1, exp = 2, reciprocal = 3;
    // k1 = 2*x1 * exp(-0.5*x2 + 0.1), k2 = 1/k1 (x1, x2 none): a product and a ratio.
    Architecture architecture{{mult, exp, none, none, reciprocal},
                              {int(NodeKind::Product), int(NodeKind::Product)}, {}, {}};
    network.fixArchitecture(architecture);
    network.parameters()[network.coefficientOffset(0, mult)] = 2.0;
    network.parameters()[network.coefficientOffset(1, exp)] = -0.5;
    network.parameters()[network.coefficientOffset(1, exp) + 1] = 0.1;
    const Eigen::MatrixXd X = (Eigen::MatrixXd(3, 2) << 0.3, 1.1, 1.5, 0.2, 1.4, 0.7).finished();
    const Eigen::MatrixXd k = network.hiddenValues(X);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        const double k1 = 2.0 * X(i, 0) * std::exp(-0.5 * X(i, 1) + 0.1);
        DARTS_COMPARE_REL(k(i, 0), k1, 1e-14, 0.0);
        DARTS_COMPARE_REL(k(i, 1), 1.0 / k1, 1e-14, 0.0);
    }
    QCOMPARE(network.nodeKind(0), NodeKind::Product);
}

// Domain safety refuses a primitive on a column outside its domain (and says which), never bends values
// inside the domain, and keeps an argument that leaves it finite and on the right side of the pole.
void TestNetwork::domainSafetyRefusesAndBends() {
    std::mt19937_64 rng(33);
    SearchConfig config = makeConfig(parsePrimitiveList("none,linear,ln,sqrt,reciprocal"), 1);
    config.domain_safety = true;
    const int ln = 2, sqrt = 3, reciprocal = 4;
    Network network(3, 1, config, rng);
    // x1 positive, x2 with negative values, x3 zero included.
    const Eigen::MatrixXd X = (Eigen::MatrixXd(3, 3) << 0.5, -1.0, 0.0, 2.0, 3.0, 1.0, 4.0, 1.0, 2.0).finished();
    const std::vector<Network::Refusal> refusals = network.restrictToDomains(X);
    std::set<std::pair<int, int>> refused;
    for (const Network::Refusal& r : refusals) refused.insert({r.input, r.primitive});
    const std::set<std::pair<int, int>> expected = {{1, ln}, {1, sqrt}, {1, reciprocal}, {2, ln}, {2, reciprocal}};
    QCOMPARE(refused, expected);
    for (int m = 0; m < network.primitiveCount(); ++m) {
        QCOMPARE(network.isAvailable(0, m), true);
        QCOMPARE(network.isAvailable(1, m), !expected.count({1, m}));
    }
    // A refused primitive has no weight in the mixture.
    const Eigen::MatrixXd weights = network.mixtureWeights();
    QCOMPARE(weights(1, ln), 0.0);
    QVERIFY(std::fabs(weights.row(1).sum() - 1.0) < 1e-12);

    // An edge left with nothing to offer is refused outright.
    std::mt19937_64 rng2(34);
    SearchConfig lnOnly = makeConfig(parsePrimitiveList("ln"), 1);
    lnOnly.domain_safety = true;
    Network lnNetwork(3, 1, lnOnly, rng2);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lnNetwork.restrictToDomains(X));

    // Inside the domain values are exact; on hidden nodes ln of a negative value stays finite.
    std::mt19937_64 rng3(35);
    SearchConfig twoNodes = makeConfig(parsePrimitiveList("none,linear,ln"), 2);
    twoNodes.domain_safety = true;
    Network chain(1, 1, twoNodes, rng3);
    const Eigen::MatrixXd x = (Eigen::MatrixXd(3, 1) << 0.5, 1.0, 2.0).finished();
    QVERIFY(chain.restrictToDomains(x).empty());
    chain.fixArchitecture({2, 1, 2});  // k1 = ln(x), k2 = linear(x) + ln(k1): ln(k1) sees ln(0.5) < 0
    chain.parameters()[chain.coefficientOffset(1, 1)] = 0.0;
    chain.parameters()[chain.coefficientOffset(1, 1) + 1] = 0.0;
    const Eigen::MatrixXd k = chain.hiddenValues(x);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        QCOMPARE(k(i, 0), std::log(x(i, 0)));
        QVERIFY(std::isfinite(k(i, 1)));
    }
    QCOMPARE(k(2, 1), std::log(std::log(2.0)));  // inside the domain: not bent
    QCOMPARE(chain.edgeOutsideDomain(x), 2);     // and the model says which edge left it
    QCOMPARE(chain.edgeOutsideDomain(x.bottomRows(1)), -1);
}

void TestNetwork::edgeLayout() {
    std::mt19937_64 rng(1);
    const Network network(2, 1, makeConfig(smoothPrimitives(), 3), rng);
    QCOMPARE(network.edgeCount(), 2 * 3 + 3);
    // Node by node; for each, the inputs first, then the earlier hidden nodes (source >= inputCount()).
    const std::vector<std::pair<int, int>> expected = {{0, 0}, {1, 0},                  // k1 <- x1, x2
                                                       {0, 1}, {1, 1}, {2, 1},          // k2 <- x1, x2, k1
                                                       {0, 2}, {1, 2}, {2, 2}, {3, 2}};  // k3 <- x1, x2, k1, k2
    QCOMPARE(network.edges().size(), expected.size());
    for (std::size_t e = 0; e < expected.size(); ++e) {
        QCOMPARE(network.edges()[e].source, expected[e].first);
        QCOMPARE(network.edges()[e].target, expected[e].second);
    }
    QCOMPARE(network.alpha().rows(), Eigen::Index{9});
    QCOMPARE(network.alpha().cols(), Eigen::Index{network.primitiveCount()});

    for (int d : {1, 3, 4})
        for (int K : {1, 2, 5}) {
            std::mt19937_64 r(2);
            QCOMPARE(Network(d, 1, makeConfig(smoothPrimitives(), K), r).edgeCount(), K * d + K * (K - 1) / 2);
        }
}

void TestNetwork::hiddenToHiddenEdges() {
    // k1 = x1, k2 = exp(k1), k3 = x2 + k2: a hidden source feeds the hidden node source - inputCount().
    std::mt19937_64 rng(3);
    Network network(2, 1, makeConfig(parsePrimitiveList("none,add,exp"), 3), rng);
    const int none = 0, add = 1, exp = 2;
    network.fixArchitecture({add, none, none, none, exp, none, add, none, add});
    const Eigen::MatrixXd X = (Eigen::MatrixXd(3, 2) << 0.3, 1.1, -0.5, 0.2, 1.4, -0.7).finished();
    const Eigen::MatrixXd k = network.hiddenValues(X);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        DARTS_COMPARE_REL(k(i, 0), X(i, 0), 1e-15, 0.0);
        DARTS_COMPARE_REL(k(i, 1), std::exp(X(i, 0)), 1e-15, 0.0);
        DARTS_COMPARE_REL(k(i, 2), X(i, 1) + std::exp(X(i, 0)), 1e-15, 0.0);
    }
}

void TestNetwork::fixedNetworkMatchesHandComputation() {
    std::mt19937_64 rng(4);
    const Eigen::MatrixXd X = (Eigen::MatrixXd(4, 2) << 0.3, 1.1, -0.5, 0.2, 1.4, -0.7, 2.0, 0.0).finished();
    const double a = 1.7;
    for (OutputType output : {OutputType::Real, OutputType::Sigmoid}) {
        Network network(2, 1, makeConfig(parsePrimitiveList("none,mult,exp"), 1, output), rng);
        network.fixArchitecture({1, 2});  // mult on x1, exp on x2
        QVERIFY(network.isFixed());
        network.parameters()[network.coefficientOffset(0, 1)] = a;
        network.parameters()[network.coefficientOffset(1, 1)] = 100.0;  // an unchosen instance: no effect

        const Eigen::MatrixXd expectedWeights = (Eigen::MatrixXd(2, 3) << 0, 1, 0, 0, 0, 1).finished();
        QCOMPARE(network.mixtureWeights(), expectedWeights);

        const Eigen::MatrixXd prediction = network.predict(X);
        const Eigen::MatrixXd Y = Eigen::MatrixXd::Constant(X.rows(), 1, 0.25);
        double squaredError = 0.0;
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            const double layer = a * X(i, 0) + std::exp(X(i, 1));
            const double expected = output == OutputType::Real ? layer : 1.0 / (1.0 + std::exp(-layer));
            DARTS_COMPARE_REL(prediction(i, 0), expected, 1e-14, 0.0);
            squaredError += (expected - Y(i, 0)) * (expected - Y(i, 0));
        }
        DARTS_COMPARE_REL(network.evaluate(X, Y, Gradients::None), squaredError / X.rows(), 1e-13, 0.0);
    }
}

void TestNetwork::inputFeaturesGiveSameResults() {
    std::mt19937_64 rng(5);
    const auto primitives = parsePrimitiveList("none,add,mult,exp,logistic,relu,linear,softplus");
    Network network(2, 2, makeConfig(primitives, 3, OutputType::Real, DartsType::Original, true, true), rng);
    randomizeState(network, rng);
    const Eigen::MatrixXd X = uniformMatrix(23, 2, 0.2, 1.5, rng);
    const Eigen::MatrixXd Y = targetsFor(OutputType::Real, 23, 2, rng);
    const Eigen::MatrixXd table = network.withInputFeatures(X);
    QVERIFY2(table.cols() > X.cols(), "the feature table must actually be built for this test to mean anything");
    QCOMPARE(table.leftCols(2), X);
    // Nothing is kept for x and -x, nor beyond X's own size again on big data: the inputs serve as they are.
    QCOMPARE(Network(2, 1, makeConfig(parsePrimitiveList("none,add,subtract,mult"), 2, OutputType::Real,
                                      DartsType::Original, true, true), rng)
                 .withInputFeatures(X)
                 .size(),
             Eigen::Index{0});
    const Network oneInput(1, 1, makeConfig(parsePrimitiveList("none,add,exp,logistic,relu"), 2, OutputType::Real,
                                            DartsType::Original, true, true), rng);
    QCOMPARE(oneInput.withInputFeatures(Eigen::MatrixXd::Ones(800000, 1)).size(), Eigen::Index{0});
    QCOMPARE(oneInput.withInputFeatures(Eigen::MatrixXd::Ones(1000, 1)).cols(), Eigen::Index{4});

    for (Gradients want : {Gradients::Architecture, Gradients::Coefficients}) {
        const double plainLoss = network.evaluate(X, Y, want);
        const Eigen::MatrixXd plainAlphaGrad = network.alphaGradient();
        const Eigen::VectorXd plainParamGrad = network.parameterGradient();
        const double tableLoss = network.evaluate(table, Y, want);
        DARTS_COMPARE_REL(tableLoss, plainLoss, 1e-14, 0.0);
        const Eigen::MatrixXd& alphaGrad = network.alphaGradient();
        const Eigen::VectorXd& paramGrad = network.parameterGradient();
        for (Eigen::Index i = 0; i < alphaGrad.size(); ++i)
            DARTS_COMPARE_REL(alphaGrad.reshaped()[i], plainAlphaGrad.reshaped()[i], 1e-14, 1e-300);
        for (Eigen::Index k = 0; k < paramGrad.size(); ++k)
            DARTS_COMPARE_REL(paramGrad[k], plainParamGrad[k], 1e-14, 1e-300);
    }
    const Eigen::MatrixXd plainPrediction = network.predict(X);
    const Eigen::MatrixXd tablePrediction = network.predict(table);
    for (Eigen::Index i = 0; i < plainPrediction.size(); ++i)
        DARTS_COMPARE_REL(tablePrediction.reshaped()[i], plainPrediction.reshaped()[i], 1e-14, 0.0);
}

void TestNetwork::initialisation() {
    const auto primitives = parsePrimitiveList("none,add,mult,linear,softplus,linear_softminus,linear_exp");
    for (bool trainable : {false, true}) {
        std::mt19937_64 rng(6);
        const int K = 3, outputs = 2;
        const Network network(2, outputs, makeConfig(primitives, K, OutputType::Real, DartsType::Original,
                                                     trainable, trainable), rng);
        QVERIFY((network.alpha().array().abs() < 0.01).all());
        QVERIFY(network.alpha().array().abs().maxCoeff() > 0.0);

        int count = 0;
        forEachCoefficient(network, [&](Coefficient role, int k) {
            const double value = network.parameters()[k];
            if (role == Coefficient::Beta)
                QCOMPARE(value, 1.0);
            else
                QVERIFY2(value >= -1.0 && value <= 1.0, qPrintable(QString::number(value)));
            QCOMPARE(network.trainableMask()[k], 1.0);
            ++count;
        });
        QCOMPARE(network.classifierWeightOffset(), count);  // the coefficients come first, then W, then b
        QCOMPARE(network.parameters().size(), Eigen::Index{count + outputs * K + outputs});

        const double bound = 1.0 / std::sqrt(double(K));
        for (int o = 0; o < outputs; ++o) {
            for (int j = 0; j < K; ++j) {
                const double w = network.classifierWeight(o, j);
                QCOMPARE(w, network.parameters()[network.classifierWeightOffset() + j * outputs + o]);
                if (trainable)
                    QVERIFY(std::fabs(w) <= bound);
                else
                    QCOMPARE(w, 1.0);
            }
            if (trainable)
                QVERIFY(std::fabs(network.classifierBias(o)) <= bound);
            else
                QCOMPARE(network.classifierBias(o), 0.0);
        }
        const double classifierMask = trainable ? 1.0 : 0.0;
        QVERIFY((network.trainableMask().tail(outputs * K + outputs) == classifierMask).all());
    }
}

void TestNetwork::sameSeedGivesSameNetwork() {
    const SearchConfig config = makeConfig(smoothPrimitives(), 3, OutputType::Real, DartsType::Original, true, true);
    std::mt19937_64 rng1(77), rng2(77), rng3(78);
    const Network first(2, 1, config, rng1), second(2, 1, config, rng2), other(2, 1, config, rng3);
    QCOMPARE(first.alpha(), second.alpha());
    QCOMPARE(first.parameters(), second.parameters());
    QVERIFY(first.alpha() != other.alpha());
    QVERIFY(first.parameters() != other.parameters());
}

void TestNetwork::constructorRejectsBadArguments() {
    std::mt19937_64 rng(8);
    const SearchConfig good = makeConfig(smoothPrimitives(), 2);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network(0, 1, good, rng));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network(2, 0, good, rng));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network(2, 1, makeConfig(smoothPrimitives(), 0), rng));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network(2, 1, makeConfig({}, 2), rng));
}

QTEST_APPLESS_MAIN(TestNetwork)
// The optimisers change alpha through a reference held across evaluations:
// the next evaluation must mix with the new weights, not cached ones.
void TestNetwork::alphaChangedThroughAReferenceIsSeen() {
    std::mt19937_64 rng(5);
    Network network(2, 1, makeConfig(smoothPrimitives(), 2), rng);
    const Eigen::MatrixXd X = uniformMatrix(16, 2, 0.2, 1.5, rng);
    const Eigen::MatrixXd Y = targetsFor(OutputType::Real, 16, 1, rng);
    Eigen::MatrixXd& alpha = network.alpha();
    network.evaluate(X, Y, Gradients::Architecture);
    alpha(0, 1) += 2.0;
    const double loss = network.evaluate(X, Y, Gradients::Coefficients);
    Network fresh = network;  // a copy computes its weights from scratch
    QCOMPARE(fresh.mixtureWeights(), mixtureWeightsOf(alpha, DartsType::Original));
    QCOMPARE(network.mixtureWeights(), mixtureWeightsOf(alpha, DartsType::Original));
    QCOMPARE(loss, fresh.evaluate(X, Y, Gradients::None));
}

#include "test_network.moc"
