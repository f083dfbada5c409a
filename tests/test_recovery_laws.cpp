// The law set of darts-recovery-bench is well formed: every law parses with one range per input, its C++ code
// computes what its text says (and so does its form, with its true constants), its data are finite and the same
// bit for bit on every call, its extrapolation points lie in the bands outside the training range, and its
// construction uses only primitives it searches with.

#include "recovery_laws.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <set>
#include <string>

using namespace darts;
using namespace darts::bench;

class TestRecoveryLaws : public QObject {
    Q_OBJECT

private slots:
    void lawsParseWithOneRangePerInput() {
        QVERIFY(recoveryLaws().size() >= 8);
        std::set<std::string_view> names;
        for (const RecoveryLaw& law : recoveryLaws()) {
            QVERIFY2(names.insert(law.name).second, std::string(law.name).c_str());
            const Formula formula = Formula::parse(law.text);
            const std::size_t inputs = formula.inputNames().size();
            QVERIFY(inputs >= 1 && inputs <= static_cast<std::size_t>(kMaxInputs));
            QCOMPARE(law.ranges.size(), inputs);
            QCOMPARE(inputNames(law), formula.inputNames());
            for (std::size_t k = 0; k < inputs; ++k) QVERIFY(law.ranges[k].from < law.ranges[k].to);
            // Every law but the classic ones has its form, and is searched in the settings' own space.
            QCOMPARE(law.form != nullptr, law.set != LawSet::Classic);
            QCOMPARE(law.primitives.empty(), law.set != LawSet::Classic);
            QCOMPARE(&findRecoveryLaw(law.name), &law);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findRecoveryLaw("no-such-law"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noiselessValues(recoveryLaws().front(), Eigen::MatrixXd(1, 3)));
        // Ten classic laws, and laws to tune on and to test with.
        const auto count = [](LawSet set) {
            return std::ranges::count_if(recoveryLaws(), [set](const RecoveryLaw& law) { return law.set == set; });
        };
        QCOMPARE(count(LawSet::Classic), 10);
        QVERIFY(count(LawSet::Tuning) >= 5);
        QVERIFY(count(LawSet::Test) >= 8);
        QVERIFY(count(LawSet::Holdout) >= 5);
        QVERIFY(count(LawSet::Fresh) >= 5);
        QVERIFY(count(LawSet::Blind) >= 8);
    }

    void formsWithTheirConstantsAreTheLaws() {
        for (const RecoveryLaw& law : recoveryLaws()) {
            if (!law.form) continue;
            const Eigen::MatrixXd X = inRangeInputs(law);
            const Eigen::VectorXd y = noiselessValues(law, X);
            double point[kMaxInputs];
            for (Eigen::Index row = 0; row < X.rows(); ++row) {
                for (Eigen::Index k = 0; k < X.cols(); ++k) point[k] = X(row, k);
                QVERIFY2(std::fabs(law.form(point, law.constants.data()) - y[row]) <= 1e-12 * (1.0 + std::fabs(y[row])),
                         std::string(law.name).c_str());
                for (Eigen::Index k = 0; k < X.cols(); ++k)
                    QVERIFY(X(row, k) >= law.ranges[static_cast<std::size_t>(k)].from &&
                            X(row, k) <= law.ranges[static_cast<std::size_t>(k)].to);
            }
        }
    }

    void trainingDataAreFiniteInRangeAndDeterministic() {
        for (const RecoveryLaw& law : recoveryLaws()) {
            const LawData data = trainingData(law);
            QCOMPARE(data.X.rows(), Eigen::Index{kTrainingRows});
            QCOMPARE(data.X.cols(), static_cast<Eigen::Index>(law.ranges.size()));
            QCOMPARE(data.y.size(), Eigen::Index{kTrainingRows});
            QVERIFY2(data.X.allFinite() && data.y.allFinite(), std::string(law.name).c_str());
            for (std::size_t k = 0; k < law.ranges.size(); ++k) {
                const auto column = data.X.col(static_cast<Eigen::Index>(k));
                QVERIFY(column.minCoeff() >= law.ranges[k].from && column.maxCoeff() <= law.ranges[k].to);
            }
            // Bit for bit, or the report would not repeat.
            const LawData again = trainingData(law);
            QVERIFY(again.X == data.X && again.y == data.y);
            // Noise as stated: none, or about the stated share of the law's spread.
            const Eigen::VectorXd clean = noiselessValues(law, data.X);
            const Eigen::VectorXd noise = data.y - clean;
            if (law.noise == 0.0) {
                QVERIFY(noise.isZero(0.0));
            } else {
                const double spread = std::sqrt((clean.array() - clean.mean()).square().mean());
                const double sd = std::sqrt(noise.array().square().mean());
                QVERIFY2(sd > 0.7 * law.noise * spread && sd < 1.3 * law.noise * spread, std::string(law.name).c_str());
            }
        }
    }

    void codeAgreesWithTheLawsText() {
        // The table prints the text; the data come from the code: they must be the same law.
        for (const RecoveryLaw& law : recoveryLaws()) {
            const Eigen::MatrixXd X = trainingData(law).X;
            const Eigen::VectorXd byText = Formula::parse(law.text).evaluate(X);
            QVERIFY2(byText.isApprox(noiselessValues(law, X), 1e-12), std::string(law.name).c_str());
            const Eigen::MatrixXd out = extrapolationInputs(law);
            QVERIFY2(Formula::parse(law.text).evaluate(out).isApprox(noiselessValues(law, out), 1e-12),
                     std::string(law.name).c_str());
        }
    }

    void extrapolationPointsLieInTheBandsOnBothSides() {
        for (const RecoveryLaw& law : recoveryLaws()) {
            const Eigen::MatrixXd X = extrapolationInputs(law);
            QCOMPARE(X.rows(), Eigen::Index{kExtrapolationRows});
            QVERIFY(extrapolationInputs(law) == X);
            for (Eigen::Index k = 0; k < X.cols(); ++k) {
                const InputRange& r = law.ranges[static_cast<std::size_t>(k)];
                const double band = kBandShare * (r.to - r.from);
                int below = 0, above = 0;
                for (Eigen::Index row = 0; row < X.rows(); ++row) {
                    const double x = X(row, k);
                    QVERIFY(x >= r.from - band && x <= r.to + band);
                    QVERIFY2(x <= r.from || x >= r.to, std::string(law.name).c_str());
                    (x <= r.from ? below : above)++;
                }
                QVERIFY(below > 0 && above > 0);
            }
            const Eigen::VectorXd y = noiselessValues(law, X);
            QVERIFY2(y.allFinite(), std::string(law.name).c_str());
            QVERIFY(y.maxCoeff() > y.minCoeff());  // R^2 needs a spread
        }
    }

    void constructionsUseOnlySearchedPrimitives() {
        for (const RecoveryLaw& law : recoveryLaws()) {
            const SearchConfig reference = referenceConfig(law), discovery = discoveryConfig(law);
            reference.validate();
            discovery.validate();
            QVERIFY(reference.validation_share > 0.0 && discovery.validation_share > 0.0);  // chosen by validation loss
            QVERIFY(reference.output_type == law.output && discovery.output_type == law.output);
            QVERIFY(!reference.product_nodes && discovery.product_nodes);
            // Every search space holds the linear primitives and none.
            for (const SearchConfig* config : {&reference, &discovery})
                for (const Primitive p : parsePrimitiveList(kLinearPrimitives))
                    QVERIFY(std::find(config->primitives.begin(), config->primitives.end(), p) != config->primitives.end());
            const std::string text(law.construction);
            int used = 0;
            for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
                std::size_t start = open;
                while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '_'))
                    --start;
                const std::string name = text.substr(start, open - start);
                if (name.empty() || (name == "logistic" && law.output != OutputType::Real)) continue;  // a bracket, the output function
                const Primitive p = primitiveFromName(name);
                QVERIFY2(std::find(discovery.primitives.begin(), discovery.primitives.end(), p) != discovery.primitives.end(),
                         (std::string(law.name) + ": " + name).c_str());
                if (law.set == LawSet::Classic)
                    QVERIFY2(std::find(reference.primitives.begin(), reference.primitives.end(), p) != reference.primitives.end(),
                             (std::string(law.name) + ": " + name).c_str());
                ++used;
            }
            QVERIFY(used > 0 || text.find('*') != std::string::npos);  // a bare product names no primitive
            // A second (third) node is needed only when the construction names one.
            if (text.find("k2") != std::string::npos) QVERIFY(discovery.num_graph_nodes >= 2);
            if (text.find("k3") != std::string::npos) QVERIFY(discovery.num_graph_nodes >= 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecoveryLaws)
#include "test_recovery_laws.moc"
