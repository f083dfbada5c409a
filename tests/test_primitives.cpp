// The primitives: their table (names, df, groups), values against the formulas of
// the algorithm page, analytic derivatives against finite differences, and the
// behaviour of the batch kernels at the edges of the double range.

#include "ops/primitive.h"
#include "test_support.h"

#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace darts;

namespace {

/// Non-trivial coefficient values, by role (a, b, beta).
struct Coefficients {
    double a = 0.7;
    double b = -0.3;
    double beta = 1.3;
    double exponent = 0.8;
};

/// The coefficients in the order the primitive stores them.
Eigen::VectorXd packed(const PrimitiveInfo& info, const Coefficients& c = {}) {
    Eigen::VectorXd values(info.coefficientCount);
    for (int i = 0; i < info.coefficientCount; ++i) {
        switch (info.coefficients[i]) {
            case Coefficient::A: values[i] = c.a; break;
            case Coefficient::B: values[i] = c.b; break;
            case Coefficient::Beta: values[i] = c.beta; break;
            case Coefficient::Exponent: values[i] = c.exponent; break;
        }
    }
    return values;
}

/// The kernels must accept a null coefficient pointer for the primitives without coefficients.
const double* coefficientPointer(const Eigen::VectorXd& coeff) { return coeff.size() ? coeff.data() : nullptr; }

// Scalar reference formulas, written from the table in section 2 of the algorithm page.
double referenceSoftplus(double t, double beta) { return std::log(1.0 + std::exp(beta * t)) / beta; }
double referenceLn(double t) { return t > 0.0 ? std::log(t + 1e-10) : 0.0; }
double referenceLogistic(double t) { return 1.0 / (1.0 + std::exp(-t)); }

double referenceValue(Primitive p, const Coefficients& c, double x) {
    const double z = c.a * x + c.b;
    switch (p) {
        case Primitive::None: return 0.0;
        case Primitive::Add: return x;
        case Primitive::Subtract: return -x;
        case Primitive::Mult: return c.a * x;
        case Primitive::Linear: return z;
        case Primitive::Relu: return std::max(0.0, x);
        case Primitive::LinearRelu: return std::max(0.0, z);
        case Primitive::Logistic: return referenceLogistic(x);
        case Primitive::LinearLogistic: return referenceLogistic(z);
        case Primitive::Exp: return std::exp(x);
        case Primitive::LinearExp: return std::exp(z);
        case Primitive::Sin: return std::sin(x);
        case Primitive::LinearSin: return std::sin(z);
        case Primitive::Cos: return std::cos(x);
        case Primitive::LinearCos: return std::cos(z);
        case Primitive::Tanh: return std::tanh(x);
        case Primitive::LinearTanh: return std::tanh(z);
        case Primitive::Reciprocal: return 1.0 / x;
        case Primitive::LinearReciprocal: return 1.0 / (c.a * x);
        case Primitive::Ln: return referenceLn(x);
        case Primitive::LinearLn: return referenceLn(c.a * x);
        case Primitive::Softplus: return referenceSoftplus(x, c.beta);
        case Primitive::LinearSoftplus: return referenceSoftplus(c.a * x, c.beta);
        case Primitive::Softminus: return x - referenceSoftplus(x, c.beta);
        case Primitive::LinearSoftminus: return c.a * x - referenceSoftplus(c.a * x, c.beta);
        case Primitive::Power: return x > 0.0 ? c.a * std::pow(x, c.exponent) : 0.0;
        case Primitive::Square: return x * x;
        case Primitive::Cube: return x * x * x;
        case Primitive::Sqrt: return x > 0.0 ? std::sqrt(x) : 0.0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

/// Primitives whose sample points must be positive: the logarithms, the power and the square root.
bool needsPositive(Primitive p) {
    return p == Primitive::Ln || p == Primitive::LinearLn || p == Primitive::Power || p == Primitive::Sqrt;
}

/// Points inside the primitive's domain, away from 0 (reciprocal, ln) and from the
/// kinks of relu (x = 0) and linear_relu (x = 0.3/0.7 with the default coefficients).
Eigen::VectorXd samplePoints(Primitive p) {
    Eigen::VectorXd x(5);
    if (needsPositive(p))
        x << 0.05, 0.3, 0.9, 2.2, 7.5;
    else
        x << -1.7, -0.4, 0.3, 0.9, 2.2;
    return x;
}

/// A random point in the same domain.
double randomPoint(Primitive p, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> magnitude(0.05, 2.5);
    if (needsPositive(p)) return magnitude(rng);
    return std::bernoulli_distribution(0.5)(rng) ? magnitude(rng) : -magnitude(rng);
}

Eigen::VectorXd evaluate(Primitive p, const Eigen::VectorXd& coeff, const Eigen::VectorXd& x) {
    Eigen::VectorXd y(x.size());
    evaluatePrimitive(p, coefficientPointer(coeff), x.data(), y.data(), x.size());
    return y;
}

double evaluateAt(Primitive p, const Eigen::VectorXd& coeff, double x) {
    return evaluate(p, coeff, Eigen::VectorXd::Constant(1, x))[0];
}

/// The results of one backpropagatePrimitive call, starting from the given dx and coeffGrad.
struct Backprop {
    Eigen::VectorXd dx;
    Eigen::VectorXd coeffGrad;
};

Backprop backpropagate(Primitive p, const Eigen::VectorXd& coeff, const Eigen::VectorXd& x, const Eigen::VectorXd& g,
                       Backprop start) {
    const Eigen::VectorXd y = evaluate(p, coeff, x);
    Eigen::VectorXd scratch(x.size());
    backpropagatePrimitive(p, coefficientPointer(coeff), x.data(), y.data(), g.data(),
                           start.coeffGrad.size() ? start.coeffGrad.data() : nullptr, start.dx.data(),
                           scratch.data(), x.size());
    return start;
}

Backprop backpropagateFromZero(Primitive p, const Eigen::VectorXd& coeff, const Eigen::VectorXd& x,
                               const Eigen::VectorXd& g) {
    return backpropagate(p, coeff, x, g, {Eigen::VectorXd::Zero(x.size()), Eigen::VectorXd::Zero(coeff.size())});
}

Eigen::VectorXd randomVector(Eigen::Index n, double low, double high, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> draw(low, high);
    Eigen::VectorXd v(n);
    for (double& value : v) value = draw(rng);
    return v;
}

/// One row per primitive (tagged with its name) that passes `keep`.
template <typename Keep>
void addPrimitiveRows(Keep keep) {
    QTest::addColumn<Primitive>("primitive");
    for (const PrimitiveInfo& info : allPrimitives())
        if (keep(info)) QTest::newRow(std::string(info.name).c_str()) << info.id;
}

void addPrimitiveRows() {
    addPrimitiveRows([](const PrimitiveInfo&) { return true; });
}

bool throwsInvalidArgument(std::string_view text) {
    try {
        parsePrimitiveList(text);
    } catch (const std::invalid_argument&) {
        return true;
    }
    return false;
}

}  // namespace

class TestPrimitives : public QObject {
    Q_OBJECT

private slots:
    void tableIsInEnumOrder();
    void degreesOfFreedom_data() { addPrimitiveRows(); }
    void degreesOfFreedom();
    void groupsAndDefaultSet();
    void initialCoefficients();

    void values_data() { addPrimitiveRows(); }
    void values();
    void logarithmIsZeroOutsideItsDomain();
    void inputDerivative_data() { addPrimitiveRows(); }
    void inputDerivative();
    void coefficientDerivative_data() {
        addPrimitiveRows([](const PrimitiveInfo& info) { return info.coefficientCount > 0; });
    }
    void coefficientDerivative();
    void backpropagationAccumulates_data() { addPrimitiveRows(); }
    void backpropagationAccumulates();
    void batchLengthsGiveSameValues_data() { addPrimitiveRows(); }
    void batchLengthsGiveSameValues();

    void namesAndAliases();
    void unknownNameListsValidNames();
    void primitiveLists();

    void softplusLargeArgumentStaysFinite();
    void expAndLogisticAtExtremes();

    // Domain safety (a domain margin above 0)
    void guardLeavesTheDomainAlone_data() { addRestrictedRows(); }
    void guardLeavesTheDomainAlone();
    void guardIsFiniteAndDifferentiableEverywhere_data() { addRestrictedRows(); }
    void guardIsFiniteAndDifferentiableEverywhere();
    void guardIsContinuousAtTheMargin_data() { addRestrictedRows(); }
    void guardIsContinuousAtTheMargin();
    void columnsAndArgumentsInDomain();
    void expContinuesStraightBeyondTheCap();

private:
    static void addRestrictedRows() {
        addPrimitiveRows([](const PrimitiveInfo& info) { return info.domain != SourceDomain::Any; });
    }
};

void TestPrimitives::tableIsInEnumOrder() {
    const auto& all = allPrimitives();
    QCOMPARE(all.size(), std::size_t{29});
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(static_cast<std::size_t>(all[i].id), i);
        QCOMPARE(&primitiveInfo(all[i].id), &all[i]);
        QVERIFY(!all[i].name.empty());
        QVERIFY(!all[i].formula.empty());
    }
}

void TestPrimitives::degreesOfFreedom() {
    QFETCH(Primitive, primitive);
    const PrimitiveInfo& info = primitiveInfo(primitive);
    QVERIFY(info.coefficientCount >= 0 && info.coefficientCount <= 2);
    QCOMPARE(info.df, primitive == Primitive::None ? 0 : 1 + info.coefficientCount);
}

void TestPrimitives::groupsAndDefaultSet() {
    const std::vector<Primitive> notIdentifiable = {
        Primitive::Reciprocal, Primitive::LinearReciprocal, Primitive::Ln,        Primitive::LinearLn,
        Primitive::Softplus,   Primitive::LinearSoftplus,   Primitive::Softminus, Primitive::LinearSoftminus};
    for (const PrimitiveInfo& info : allPrimitives()) {
        const bool listed = std::find(notIdentifiable.begin(), notIdentifiable.end(), info.id) != notIdentifiable.end();
        QVERIFY2(listed == (info.group == PrimitiveGroup::NotIdentifiable), info.name.data());
        const bool power = info.id == Primitive::Power || info.id == Primitive::Square || info.id == Primitive::Cube ||
                           info.id == Primitive::Sqrt;
        QVERIFY2(power == (info.group == PrimitiveGroup::Power), info.name.data());
    }

    const std::vector<Primitive> expectedDefault = {Primitive::None,   Primitive::Add,           Primitive::Subtract,
                                                    Primitive::Linear, Primitive::LinearLogistic, Primitive::Mult,
                                                    Primitive::LinearRelu};
    QCOMPARE(referenceDefaultPrimitives(), expectedDefault);
}

void TestPrimitives::initialCoefficients() {
    for (double u : {-1.0, -0.25, 0.0, 0.6, 1.0}) {
        QCOMPARE(initialCoefficient(Coefficient::A, u), u);
        QCOMPARE(initialCoefficient(Coefficient::B, u), u);
        QCOMPARE(initialCoefficient(Coefficient::Beta, u), 1.0);
        QCOMPARE(initialCoefficient(Coefficient::Exponent, u), 1.0);  // a power starts as the identity
    }
}

void TestPrimitives::values() {
    QFETCH(Primitive, primitive);
    const Eigen::VectorXd x = samplePoints(primitive);
    const Eigen::VectorXd y = evaluate(primitive, packed(primitiveInfo(primitive)), x);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        // softminus loses a few digits to cancellation: hence 1e-12, not 1e-15.
        DARTS_COMPARE_REL(y[i], referenceValue(primitive, Coefficients{}, x[i]), 1e-12, 1e-15);
}

void TestPrimitives::logarithmIsZeroOutsideItsDomain() {
    const Eigen::VectorXd x = (Eigen::VectorXd(5) << -2.0, -1e-300, 0.0, 1e-300, 1.0).finished();
    const Eigen::VectorXd none(0);
    const Eigen::VectorXd ln = evaluate(Primitive::Ln, none, x);
    for (Eigen::Index i = 0; i < x.size(); ++i) QCOMPARE(ln[i], referenceLn(x[i]));
    QCOMPARE(ln[1], 0.0);
    QCOMPARE(ln[2], 0.0);
    QCOMPARE(ln[3], std::log(1e-10));  // the guard's epsilon dominates a tiny positive argument

    // linear_ln with a < 0 is outside the domain for positive x, inside for negative x.
    const Eigen::VectorXd negativeA = Eigen::VectorXd::Constant(1, -0.7);
    const Eigen::VectorXd lnAx = evaluate(Primitive::LinearLn, negativeA, x);
    QCOMPARE(lnAx[4], 0.0);
    DARTS_COMPARE_REL(lnAx[0], std::log(1.4 + 1e-10), 1e-15, 0.0);
    // ...and its derivatives vanish there instead of turning NaN.
    const Backprop grad = backpropagateFromZero(Primitive::LinearLn, negativeA, x, Eigen::VectorXd::Ones(x.size()));
    QCOMPARE(grad.dx[4], 0.0);
    QVERIFY(grad.dx.allFinite() && grad.coeffGrad.allFinite());
}

void TestPrimitives::inputDerivative() {
    QFETCH(Primitive, primitive);
    std::mt19937_64 rng(11);
    const Eigen::VectorXd coeff = packed(primitiveInfo(primitive));
    const Eigen::VectorXd x = samplePoints(primitive);
    const Eigen::VectorXd g = randomVector(x.size(), -1.5, 1.5, rng);
    const Backprop analytic = backpropagateFromZero(primitive, coeff, x, g);

    const auto f = [&](const Eigen::VectorXd& point) { return evaluateAt(primitive, coeff, point[0]); };
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double numeric = g[i] * test::centralDifference(f, Eigen::VectorXd::Constant(1, x[i]), 0);
        DARTS_COMPARE_REL(analytic.dx[i], numeric, 1e-6, 1e-8);
    }
}

void TestPrimitives::coefficientDerivative() {
    QFETCH(Primitive, primitive);
    std::mt19937_64 rng(12);
    const Eigen::VectorXd coeff = packed(primitiveInfo(primitive));
    const Eigen::VectorXd x = samplePoints(primitive);
    const Eigen::VectorXd g = randomVector(x.size(), -1.5, 1.5, rng);
    const Backprop analytic = backpropagateFromZero(primitive, coeff, x, g);

    // dL/dc with L = sum_i g_i * op(x_i; c)
    const auto loss = [&](const Eigen::VectorXd& c) { return g.dot(evaluate(primitive, c, x)); };
    for (Eigen::Index k = 0; k < coeff.size(); ++k)
        DARTS_COMPARE_REL(analytic.coeffGrad[k], test::centralDifference(loss, coeff, k), 1e-6, 1e-8);
}

void TestPrimitives::backpropagationAccumulates() {
    QFETCH(Primitive, primitive);
    std::mt19937_64 rng(13);
    const Eigen::VectorXd coeff = packed(primitiveInfo(primitive));
    const Eigen::VectorXd x = samplePoints(primitive);
    const Eigen::VectorXd g = randomVector(x.size(), -1.5, 1.5, rng);
    const Backprop fresh = backpropagateFromZero(primitive, coeff, x, g);

    const Backprop start{randomVector(x.size(), -2.0, 2.0, rng), randomVector(coeff.size(), -2.0, 2.0, rng)};
    const Backprop accumulated = backpropagate(primitive, coeff, x, g, start);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        DARTS_COMPARE_REL(accumulated.dx[i], start.dx[i] + fresh.dx[i], 1e-15, 0.0);
    for (Eigen::Index k = 0; k < coeff.size(); ++k)
        DARTS_COMPARE_REL(accumulated.coeffGrad[k], start.coeffGrad[k] + fresh.coeffGrad[k], 1e-15, 0.0);

    // Either output may be left out (null): the other one is unchanged.
    if (coeff.size() > 0) {
        const Eigen::VectorXd y = evaluate(primitive, coeff, x);
        Eigen::VectorXd dx = Eigen::VectorXd::Zero(x.size()), coeffGrad = Eigen::VectorXd::Zero(coeff.size());
        Eigen::VectorXd scratch(x.size());
        backpropagatePrimitive(primitive, coeff.data(), x.data(), y.data(), g.data(), nullptr, dx.data(),
                               scratch.data(), x.size());
        QCOMPARE(dx, fresh.dx);
        backpropagatePrimitive(primitive, coeff.data(), x.data(), y.data(), g.data(), coeffGrad.data(), nullptr,
                               scratch.data(), x.size());
        QCOMPARE(coeffGrad, fresh.coeffGrad);
    }
}

void TestPrimitives::batchLengthsGiveSameValues() {
    QFETCH(Primitive, primitive);
    std::mt19937_64 rng(14);
    const Eigen::VectorXd coeff = packed(primitiveInfo(primitive));
    for (Eigen::Index n : {1, 3, 7, 64, 65}) {
        Eigen::VectorXd x(n);
        for (double& value : x) value = randomPoint(primitive, rng);
        const Eigen::VectorXd g = randomVector(n, -1.5, 1.5, rng);
        const Eigen::VectorXd y = evaluate(primitive, coeff, x);
        const Backprop batch = backpropagateFromZero(primitive, coeff, x, g);
        for (Eigen::Index i = 0; i < n; ++i) {
            const Eigen::VectorXd xi = x.segment(i, 1), gi = g.segment(i, 1);
            DARTS_COMPARE_REL(y[i], evaluate(primitive, coeff, xi)[0], 1e-15, 0.0);
            DARTS_COMPARE_REL(batch.dx[i], backpropagateFromZero(primitive, coeff, xi, gi).dx[0], 1e-15, 0.0);
        }
    }
}

void TestPrimitives::namesAndAliases() {
    QCOMPARE(primitiveFromName("zero"), Primitive::None);
    for (const PrimitiveInfo& info : allPrimitives()) QCOMPARE(primitiveFromName(info.name), info.id);
}

void TestPrimitives::unknownNameListsValidNames() {
    try {
        primitiveFromName("linear_expo");
        QFAIL("an unknown name must throw std::invalid_argument");
    } catch (const std::invalid_argument& error) {
        const std::string message = error.what();
        for (const char* name : {"linear_exp", "none", "softminus", "linear_relu"})
            QVERIFY2(message.find(name) != std::string::npos, message.c_str());
    }
}

void TestPrimitives::primitiveLists() {
    const std::vector<Primitive> expected = {Primitive::None, Primitive::Add, Primitive::Mult};
    QCOMPARE(parsePrimitiveList("none, add,mult"), expected);
    QCOMPARE(parsePrimitiveList(primitiveListToString(expected)), expected);
    QCOMPARE(parsePrimitiveList("linear_exp"), std::vector<Primitive>{Primitive::LinearExp});

    for (const char* bad : {"add,add", "none,zero", "add,,mult", "", "add,", " ,add", "add,bogus"})
        QVERIFY2(throwsInvalidArgument(bad), bad);
}

void TestPrimitives::softplusLargeArgumentStaysFinite() {
    // beta*x = 800: exp(800) overflows, so the reference's ln(1 + exp(beta*x)) is inf.
    const Coefficients c{1.0, 0.0, 2.0};
    const double x = 400.0;
    const Eigen::VectorXd ones = Eigen::VectorXd::Ones(1);
    for (Primitive p : {Primitive::Softplus, Primitive::LinearSoftplus, Primitive::Softminus, Primitive::LinearSoftminus}) {
        const Eigen::VectorXd coeff = packed(primitiveInfo(p), c);
        const double y = evaluateAt(p, coeff, x);
        const bool plus = p == Primitive::Softplus || p == Primitive::LinearSoftplus;
        QVERIFY2(std::isfinite(y), primitiveInfo(p).name.data());
        DARTS_COMPARE_REL(y, plus ? x : 0.0, 1e-15, 0.0);
        const Backprop grad = backpropagateFromZero(p, coeff, Eigen::VectorXd::Constant(1, x), ones);
        QVERIFY2(grad.dx.allFinite() && grad.coeffGrad.allFinite(), primitiveInfo(p).name.data());
    }
}

void TestPrimitives::expAndLogisticAtExtremes() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    // Long enough (and not a multiple of 4) to pass through the vectorised loop and its tail.
    const Eigen::VectorXd pattern = (Eigen::VectorXd(3) << 1000.0, -1000.0, nan).finished();
    const Eigen::VectorXd x = pattern.replicate(5, 1);
    const Eigen::VectorXd none(0);
    const Eigen::VectorXd e = evaluate(Primitive::Exp, none, x);
    const Eigen::VectorXd s = evaluate(Primitive::Logistic, none, x);
    for (Eigen::Index i = 0; i < x.size(); i += 3) {
        QCOMPARE(e[i], inf);
        QCOMPARE(e[i + 1], 0.0);
        QVERIFY(std::isnan(e[i + 2]));
        QCOMPARE(s[i], 1.0);
        QCOMPARE(s[i + 1], 0.0);
        QVERIFY(std::isnan(s[i + 2]));
    }
}

namespace {

constexpr double kMargin = 0.1;  // wide, so that the bent stretch is easy to hit

Eigen::VectorXd evaluateGuarded(Primitive p, const Eigen::VectorXd& coeff, const Eigen::VectorXd& x) {
    Eigen::VectorXd y(x.size());
    evaluatePrimitive(p, coefficientPointer(coeff), x.data(), y.data(), x.size(), kMargin);
    return y;
}

}  // namespace

void TestPrimitives::guardLeavesTheDomainAlone() {
    QFETCH(Primitive, primitive);
    // Arguments at least the margin inside the domain (for ln(a*x) and 1/(a*x), a = 0.7: a*x >= 0.14).
    const Eigen::VectorXd x = (Eigen::VectorXd(5) << 0.2, 0.5, 1.0, 3.0, 9.0).finished();
    const Eigen::VectorXd coeff = packed(primitiveInfo(primitive));
    const Eigen::VectorXd guarded = evaluateGuarded(primitive, coeff, x), plain = evaluate(primitive, coeff, x);
    // Equal but for the reference's 1e-10 inside ln, which domain safety has no need of.
    for (Eigen::Index i = 0; i < x.size(); ++i) DARTS_COMPARE_REL(guarded[i], plain[i], 1e-9, 1e-9);
    QVERIFY(argumentInDomain(primitive, coefficientPointer(coeff), x.data(), x.size(), kMargin));
}

void TestPrimitives::guardIsFiniteAndDifferentiableEverywhere() {
    QFETCH(Primitive, primitive);
    std::mt19937_64 rng(15);
    const Eigen::VectorXd coeff = packed(primitiveInfo(primitive));
    // Outside the domain, inside the bend, and far off (where the unguarded forms are NaN, 0 or huge);
    // away from the few points where the bend meets the function (checked by the next test).
    const Eigen::VectorXd x = (Eigen::VectorXd(7) << -50.0, -2.0, -0.31, -0.05, 0.03, 0.09, 4.0).finished();
    const Eigen::VectorXd y = evaluateGuarded(primitive, coeff, x);
    QVERIFY2(y.allFinite(), primitiveInfo(primitive).name.data());
    QVERIFY(!argumentInDomain(primitive, coefficientPointer(coeff), x.data(), x.size(), kMargin));

    const Eigen::VectorXd g = randomVector(x.size(), -1.5, 1.5, rng);
    Eigen::VectorXd dx = Eigen::VectorXd::Zero(x.size()), coeffGrad = Eigen::VectorXd::Zero(coeff.size()), scratch(x.size());
    backpropagatePrimitive(primitive, coefficientPointer(coeff), x.data(), y.data(), g.data(),
                           coeff.size() ? coeffGrad.data() : nullptr, dx.data(), scratch.data(), x.size(), kMargin);
    QVERIFY(dx.allFinite() && coeffGrad.allFinite());
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const auto f = [&](const Eigen::VectorXd& point) { return evaluateGuarded(primitive, coeff, point)[0]; };
        const double numeric = g[i] * test::centralDifference(f, Eigen::VectorXd::Constant(1, x[i]), 0);
        DARTS_COMPARE_REL(dx[i], numeric, 1e-6, 1e-8);
    }
    const auto loss = [&](const Eigen::VectorXd& c) { return g.dot(evaluateGuarded(primitive, c, x)); };
    for (Eigen::Index k = 0; k < coeff.size(); ++k)
        DARTS_COMPARE_REL(coeffGrad[k], test::centralDifference(loss, coeff, k), 1e-6, 1e-8);
}

// With domain safety exp does not overflow: beyond kExpCap it is its tangent line, with a matching slope,
// and an argument there counts as outside the domain (the model would not compute what it prints).
void TestPrimitives::expContinuesStraightBeyondTheCap() {
    for (Primitive primitive : {Primitive::Exp, Primitive::LinearExp}) {
        const Eigen::VectorXd coeff = primitive == Primitive::Exp ? Eigen::VectorXd() : (Eigen::VectorXd(2) << 1.0, 0.0).finished();
        const Eigen::VectorXd x = (Eigen::VectorXd(4) << 1.0, kExpCap - 1e-7, kExpCap + 1e-7, 800.0).finished();
        const Eigen::VectorXd y = evaluateGuarded(primitive, coeff, x);
        QVERIFY(y.allFinite());
        DARTS_COMPARE_REL(y[0], std::exp(1.0), 1e-15, 0.0);  // below the cap: untouched
        DARTS_COMPARE_REL(y[1], y[2], 1e-6, 0.0);
        DARTS_COMPARE_REL(y[3], std::exp(kExpCap) * (1.0 + 800.0 - kExpCap), 1e-12, 0.0);
        Eigen::VectorXd dx = Eigen::VectorXd::Zero(4), scratch(4), coeffGrad = Eigen::VectorXd::Zero(coeff.size());
        const Eigen::VectorXd ones = Eigen::VectorXd::Ones(4);
        backpropagatePrimitive(primitive, coefficientPointer(coeff), x.data(), y.data(), ones.data(),
                               coeff.size() ? coeffGrad.data() : nullptr, dx.data(), scratch.data(), 4, kMargin);
        DARTS_COMPARE_REL(dx[1], dx[2], 1e-6, 0.0);
        DARTS_COMPARE_REL(dx[3], std::exp(kExpCap), 1e-12, 0.0);
        QVERIFY(argumentInDomain(primitive, coefficientPointer(coeff), x.data(), 2, kMargin));
        QVERIFY(!argumentInDomain(primitive, coefficientPointer(coeff), x.data(), 3, kMargin));
        // Without domain safety: the reference's exp, which overflows.
        QVERIFY(std::isinf(evaluate(primitive, coeff, x)[3]));
    }
}

void TestPrimitives::guardIsContinuousAtTheMargin() {
    QFETCH(Primitive, primitive);
    const PrimitiveInfo& info = primitiveInfo(primitive);
    // The argument's value at which the bend takes over: the margin (or minus it, for 1/x), divided
    // by a where the primitive scales its input first.
    const Eigen::VectorXd coeff = packed(info);
    const double scale = primitive == Primitive::LinearLn || primitive == Primitive::LinearReciprocal ? coeff[0] : 1.0;
    for (const double edge : {kMargin / scale, -kMargin / scale}) {
        if (edge < 0 && info.domain != SourceDomain::OneSign) continue;
        const double h = 1e-9;
        const Eigen::VectorXd around = (Eigen::VectorXd(2) << edge - h, edge + h).finished();
        const Eigen::VectorXd y = evaluateGuarded(primitive, coeff, around);
        DARTS_COMPARE_REL(y[0], y[1], 1e-6, 1e-9);
        // ...and so is the slope: the bend starts with the function's own.
        const Eigen::VectorXd ones = Eigen::VectorXd::Ones(2);
        Eigen::VectorXd dx = Eigen::VectorXd::Zero(2), scratch(2);
        backpropagatePrimitive(primitive, coefficientPointer(coeff), around.data(), y.data(), ones.data(), nullptr,
                               dx.data(), scratch.data(), 2, kMargin);
        DARTS_COMPARE_REL(dx[0], dx[1], 1e-6, 1e-9);
    }
}

void TestPrimitives::columnsAndArgumentsInDomain() {
    const Eigen::VectorXd positive = (Eigen::VectorXd(3) << 0.5, 2.0, 9.0).finished();
    const Eigen::VectorXd withZero = (Eigen::VectorXd(3) << 0.0, 2.0, 9.0).finished();
    const Eigen::VectorXd negative = -positive;
    const Eigen::VectorXd mixed = (Eigen::VectorXd(3) << -1.0, 2.0, 9.0).finished();
    QVERIFY(columnInDomain(SourceDomain::Positive, positive));
    QVERIFY(!columnInDomain(SourceDomain::Positive, withZero));
    QVERIFY(columnInDomain(SourceDomain::NonNegative, withZero));
    QVERIFY(!columnInDomain(SourceDomain::NonNegative, mixed));
    QVERIFY(columnInDomain(SourceDomain::OneSign, negative));
    QVERIFY(!columnInDomain(SourceDomain::OneSign, withZero));
    QVERIFY(!columnInDomain(SourceDomain::OneSign, mixed));
    QVERIFY(columnInDomain(SourceDomain::Any, mixed));
    QVERIFY(!domainText(SourceDomain::Positive).empty());

    // ln(a*x) on negative values is inside its domain when a is negative too; without a margin 0 counts as outside.
    const double a = -2.0;
    QVERIFY(argumentInDomain(Primitive::LinearLn, &a, negative.data(), negative.size(), 0.0));
    QVERIFY(!argumentInDomain(Primitive::LinearLn, &a, positive.data(), positive.size(), 0.0));
    QVERIFY(!argumentInDomain(Primitive::Reciprocal, nullptr, withZero.data(), withZero.size(), 0.0));
    QVERIFY(argumentInDomain(Primitive::Sqrt, nullptr, withZero.data(), withZero.size(), 0.0));
    QVERIFY(argumentInDomain(Primitive::Exp, nullptr, mixed.data(), mixed.size(), 0.0));
}

QTEST_APPLESS_MAIN(TestPrimitives)
#include "test_primitives.moc"
