// Tests of laws typed as text (Formula: parsing, evaluation, messages that point at the mistake) and of the
// data sets generated from them (generateTable: grid and random shapes, noise level, determinism).

#include "data/formula.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <string>

using namespace darts;

namespace {

/// The FormulaError that parsing text throws; fails the test when it throws none.
FormulaError errorOf(const std::string& text) {
    try {
        Formula::parse(text);
    } catch (const FormulaError& e) {
        return e;
    }
    return FormulaError(-1, 0, "no error for " + text);
}

double at(const Formula& f, std::initializer_list<double> point) {
    Eigen::MatrixXd X(1, static_cast<Eigen::Index>(point.size()));
    Eigen::Index k = 0;
    for (double v : point) X(0, k++) = v;
    return f.evaluate(X)(0);
}

double sampleSd(const Eigen::VectorXd& v) {
    return std::sqrt((v.array() - v.mean()).square().sum() / static_cast<double>(v.size() - 1));
}

}  // namespace

class TestFormula : public QObject {
    Q_OBJECT
private slots:
    void parsesTargetAndInputs() {
        const Formula f = Formula::parse("y = 2*x1 + exp(5*x2)");
        QCOMPARE(f.targetName(), std::string("y"));
        QCOMPARE(f.inputNames(), (std::vector<std::string>{"x1", "x2"}));
        DARTS_COMPARE_REL(at(f, {0.5, 0.1}), 1.0 + std::exp(0.5), 1e-14, 0.0);
        DARTS_COMPARE_REL(at(f, {-3.0, -1.0}), -6.0 + std::exp(-5.0), 1e-14, 0.0);
    }

    void targetIsOptionalAndNamesAreFree() {
        const Formula f = Formula::parse("intensity_2 * gain + x10 - x2");
        QCOMPARE(f.targetName(), std::string("y"));
        // Natural order: x2 before x10; other names by their letters.
        QCOMPARE(f.inputNames(), (std::vector<std::string>{"gain", "intensity_2", "x2", "x10"}));
        DARTS_COMPARE_REL(at(f, {2.0, 3.0, 5.0, 7.0}), 3.0 * 2.0 + 7.0 - 5.0, 1e-14, 0.0);

        const Formula g = Formula::parse("  response=stimulus^0.3");
        QCOMPARE(g.targetName(), std::string("response"));
        QCOMPARE(g.inputNames(), (std::vector<std::string>{"stimulus"}));
        DARTS_COMPARE_REL(at(g, {8.0}), std::pow(8.0, 0.3), 1e-14, 0.0);
    }

    void everyFunction_data() {
        QTest::addColumn<QString>("law");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        const double x = 0.7;
        QTest::newRow("exp") << "exp(x)" << x << std::exp(x);
        QTest::newRow("log") << "log(x)" << x << std::log(x);
        QTest::newRow("ln") << "ln(x)" << x << std::log(x);
        QTest::newRow("sin") << "sin(x)" << x << std::sin(x);
        QTest::newRow("cos") << "cos(x)" << x << std::cos(x);
        QTest::newRow("tan") << "tan(x)" << x << std::tan(x);
        QTest::newRow("sinh") << "sinh(x)" << x << std::sinh(x);
        QTest::newRow("cosh") << "cosh(x)" << x << std::cosh(x);
        QTest::newRow("tanh") << "tanh(x)" << x << std::tanh(x);
        QTest::newRow("sqrt") << "sqrt(x)" << x << std::sqrt(x);
        QTest::newRow("abs") << "abs(x)" << -x << x;
        QTest::newRow("pow") << "pow(x, 3)" << x << x * x * x;
        QTest::newRow("caret") << "x^2.5" << x << std::pow(x, 2.5);
        QTest::newRow("negative integer power") << "x^3" << -x << -x * x * x;
        QTest::newRow("reciprocal") << "1/x" << x << 1.0 / x;
        QTest::newRow("power of input") << "2^x" << x << std::pow(2.0, x);
        QTest::newRow("logistic") << "logistic(x)" << x << 1.0 / (1.0 + std::exp(-x));
        QTest::newRow("relu +") << "relu(x)" << x << x;
        QTest::newRow("relu -") << "relu(x)" << -x << 0.0;
        QTest::newRow("softplus") << "softplus(x)" << x << std::log1p(std::exp(x));
        QTest::newRow("Pi") << "Pi*x" << x << std::numbers::pi * x;
        QTest::newRow("constants fold") << "x + exp(1) + sqrt(2)" << x << x + std::numbers::e + std::sqrt(2.0);
        QTest::newRow("unary minus") << "-x^2 + -(3)" << x << -x * x - 3.0;
        QTest::newRow("exponent") << "1.5e-1*x" << x << 0.15 * x;
        QTest::newRow("nested") << "tanh(sin(2*x) + log(1 + x^2))" << x
                                << std::tanh(std::sin(2 * x) + std::log(1 + x * x));
    }
    void everyFunction() {
        QFETCH(QString, law);
        QFETCH(double, x);
        QFETCH(double, expected);
        const Formula f = Formula::parse(law.toStdString());
        QCOMPARE(f.inputNames(), std::vector<std::string>{"x"});
        DARTS_COMPARE_REL(at(f, {x}), expected, 1e-13, 1e-15);
    }

    void evaluatesManyRows() {
        const Formula f = Formula::parse("y = x1 * x2 - 1");
        Eigen::MatrixXd X(3, 2);
        X << 1, 2, 3, 4, -1, 5;
        const Eigen::VectorXd y = f.evaluate(X);
        QCOMPARE(y(0), 1.0);
        QCOMPARE(y(1), 11.0);
        QCOMPARE(y(2), -6.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, f.evaluate(Eigen::MatrixXd(3, 1)));
        // Outside the domain: NaN, no exception (plots simply leave a gap).
        QVERIFY(std::isnan(at(Formula::parse("log(x)"), {-1.0})));
    }

    void copiesShareTheCompiledLaw() {
        Formula copy;
        QVERIFY(!copy.isValid());
        {
            const Formula f = Formula::parse("y = 3*x");
            copy = f;
        }
        QVERIFY(copy.isValid());
        QCOMPARE(at(copy, {2.0}), 6.0);
        QCOMPARE(copy.text(), std::string("y = 3*x"));
    }

    void errorsPointAtTheMistake_data() {
        QTest::addColumn<QString>("law");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("mentions");
        //                                         1234567890123456789
        QTest::newRow("unknown function") << "y = 2*x1 + foo(x2)" << 12 << 3 << "unknown function \"foo\"";
        QTest::newRow("too many arguments") << "y = exp(x1, x2)" << 5 << 3 << "exp takes 1 argument, not 2";
        QTest::newRow("missing operator") << "y = 2 x1" << 7 << 2 << "unexpected \"x1\"";
        QTest::newRow("number then name") << "y = 3 + 2x1" << 10 << 2 << "'*' is missing";
        QTest::newRow("double operator") << "y = x1 +* 2" << 9 << 1 << "unexpected \"*\"";
        QTest::newRow("trailing operator") << "y = 2*x1 + " << 12 << 1 << "ends where an operand";
        QTest::newRow("open parenthesis") << "y = (x1 + 2" << 12 << 1 << "')' is missing";
        QTest::newRow("extra parenthesis") << "y = x1 + 2)" << 11 << 1 << "unexpected \")\"";
        QTest::newRow("bad character") << "y = x1 $ 2" << 8 << 1 << "unexpected \"$\"";
        QTest::newRow("second equals") << "y = x1 = 2" << 8 << 1 << "one '='";
        QTest::newRow("target is expression") << "2*y = x1" << 1 << 3 << "target's name alone";
        QTest::newRow("target is input") << "y = 2*y + x" << 7 << 1 << "cannot also be an input";
        QTest::newRow("nothing right") << "y =  " << 4 << 1 << "nothing right of '='";
        QTest::newRow("bad argument separator") << "y = pow(x1 x2)" << 12 << 2 << "expected ')' or ','";
        QTest::newRow("imaginary unit") << "y = 2*I + x" << 7 << 1 << "imaginary unit";
        QTest::newRow("number") << "y = x 1.5e3" << 7 << 5 << "unexpected";
    }
    void errorsPointAtTheMistake() {
        QFETCH(QString, law);
        QFETCH(int, column);
        QFETCH(int, length);
        QFETCH(QString, mentions);
        const FormulaError e = errorOf(law.toStdString());
        const QString what = QString::fromStdString(e.what());
        QVERIFY2(e.column() == column, qPrintable(QStringLiteral("column %1, expected %2: %3").arg(e.column()).arg(column).arg(what)));
        QVERIFY2(e.length() == length, qPrintable(QStringLiteral("length %1, expected %2: %3").arg(e.length()).arg(length).arg(what)));
        QVERIFY2(what.contains(mentions), qPrintable(what));
        QVERIFY2(what.startsWith(QStringLiteral("column %1: ").arg(column)), qPrintable(what));
    }

    void randomShapeAndDeterminism() {
        const Formula f = Formula::parse("y = 2*x1 + exp(5*x2)");
        GenerationSettings s;
        s.ranges = {{-1.0, 1.0}, {0.0, 0.5}};
        s.sampling = Sampling::Random;
        s.count = 500;
        s.noise = 0.0;
        s.seed = 7;
        const Table t = generateTable(f, s);
        QCOMPARE(t.rowCount(), Eigen::Index(500));
        QCOMPARE(t.columnNames, (std::vector<std::string>{"x1", "x2", "y"}));
        QCOMPARE(t.firstBadCell.size(), std::size_t(3));
        QVERIFY(t.isNumeric(2));
        QVERIFY(t.values.col(0).minCoeff() >= -1.0 && t.values.col(0).maxCoeff() <= 1.0);
        QVERIFY(t.values.col(1).minCoeff() >= 0.0 && t.values.col(1).maxCoeff() <= 0.5);
        // Spread over the range, not stuck in one corner.
        QVERIFY(t.values.col(0).minCoeff() < -0.9 && t.values.col(0).maxCoeff() > 0.9);
        // Without noise the target is the law itself.
        QVERIFY((t.values.col(2) - f.evaluate(t.values.leftCols(2))).cwiseAbs().maxCoeff() == 0.0);

        QCOMPARE(generateTable(f, s).values, t.values);
        s.seed = 8;
        QVERIFY(generateTable(f, s).values != t.values);
    }

    void gridShape() {
        const Formula f = Formula::parse("z = a - b");
        GenerationSettings s;
        s.ranges = {{0.0, 1.0}, {10.0, 20.0}};
        s.sampling = Sampling::Grid;
        s.count = 3;
        QCOMPARE(generatedRowCount(f, s), 9LL);
        const Table t = generateTable(f, s);
        QCOMPARE(t.rowCount(), Eigen::Index(9));
        QCOMPARE(t.columnNames, (std::vector<std::string>{"a", "b", "z"}));
        // The first input varies slowest; both ends of each range are on the grid.
        Eigen::MatrixXd expected(9, 3);
        expected << 0, 10, -10, 0, 15, -15, 0, 20, -20, 0.5, 10, -9.5, 0.5, 15, -14.5, 0.5, 20, -19.5, 1, 10, -9, 1, 15,
            -14, 1, 20, -19;
        QCOMPARE(t.values, expected);

        s.count = 1;
        QVERIFY_THROWS_EXCEPTION(DataError, generateTable(f, s));
        s.count = 1001;
        QVERIFY(generatedRowCount(f, s) > maxGeneratedRows);
        QVERIFY_THROWS_EXCEPTION(DataError, generateTable(f, s));
    }

    void noiseLevel() {
        const Formula f = Formula::parse("y = 3*x");
        GenerationSettings s;
        s.ranges = {{0.0, 1.0}};
        s.count = 20000;
        s.seed = 3;
        s.noiseScale = NoiseScale::Absolute;
        s.noise = 0.25;
        Table t = generateTable(f, s);
        Eigen::VectorXd noise = t.values.col(1) - f.evaluate(t.values.leftCols(1));
        DARTS_COMPARE_REL(sampleSd(noise), 0.25, 0.03, 0.0);
        QVERIFY(std::abs(noise.mean()) < 0.01);

        // Relative: a fraction of the noiseless target's spread (3 * sd of U(0,1) = 3/sqrt(12)).
        s.noiseScale = NoiseScale::RelativeToSpread;
        s.noise = 0.1;
        t = generateTable(f, s);
        noise = t.values.col(1) - f.evaluate(t.values.leftCols(1));
        DARTS_COMPARE_REL(sampleSd(noise), 0.1 * 3.0 / std::sqrt(12.0), 0.03, 0.0);

        s.noise = -1.0;
        QVERIFY_THROWS_EXCEPTION(DataError, generateTable(f, s));
    }

    void nonFiniteNamesThePoint() {
        const Formula f = Formula::parse("y = log(x1) + x2");
        GenerationSettings s;
        s.ranges = {{0.0, 1.0}, {2.0, 3.0}};
        s.sampling = Sampling::Grid;
        s.count = 2;
        try {
            generateTable(f, s);
            QFAIL("no error for log(0)");
        } catch (const FormulaError& e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.contains(QStringLiteral("x1 = 0, x2 = 2")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("infinite")), qPrintable(what));
        }
        s.ranges = {{0.5, 1.0}, {2.0, 3.0}};
        QCOMPARE(generateTable(f, s).rowCount(), Eigen::Index(4));
    }

    void settingsMustFit() {
        const Formula f = Formula::parse("y = x1 + x2");
        GenerationSettings s;
        s.ranges = {{0.0, 1.0}};
        QVERIFY_THROWS_EXCEPTION(DataError, generateTable(f, s));
        QVERIFY_THROWS_EXCEPTION(DataError, generateTable(Formula::parse("y = 3"), GenerationSettings{}));
    }

    void tenThousandRows() {
        // A larger law over many rows stays finite and complete.
        const Formula f = Formula::parse("y = 2*x1 + exp(5*x2) + tanh(x1*x2) / (1 + x2^2)");
        GenerationSettings s;
        s.ranges = {{-1.0, 1.0}, {-1.0, 1.0}};
        s.count = 10000;
        s.noise = 0.05;
        const Table t = generateTable(f, s);
        QCOMPARE(t.rowCount(), Eigen::Index(10000));
        QVERIFY(t.values.allFinite());
    }
};

QTEST_GUILESS_MAIN(TestFormula)
#include "test_formula.moc"
