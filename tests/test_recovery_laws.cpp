// The law set of darts-recovery-bench is well formed: every law parses with one range per input, its C++ code
// computes what its text says, its data are finite and the same bit for bit on every call, its extrapolation
// points lie in the bands outside the training range, and its construction uses only primitives it searches with.

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
            QVERIFY(inputs >= 1 && inputs <= 3);
            QCOMPARE(law.ranges.size(), inputs);
            for (std::size_t k = 0; k < inputs; ++k) {
                QCOMPARE(formula.inputNames()[k], "x" + std::to_string(k + 1));
                QVERIFY(law.ranges[k].from < law.ranges[k].to);
            }
            QCOMPARE(&findRecoveryLaw(law.name), &law);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findRecoveryLaw("no-such-law"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noiselessValues(recoveryLaws().front(), Eigen::MatrixXd(1, 3)));
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
        const std::vector<Primitive> shared = parsePrimitiveList(kSharedPrimitives);
        for (const RecoveryLaw& law : recoveryLaws()) {
            const SearchConfig config = recoveryConfig(law);
            config.validate();
            QVERIFY(config.validation_share > 0.0);  // the multi-start chooses by validation loss
            QVERIFY(recoveryConfig(law, true).primitives == shared);
            // The law's own space holds the linear primitives and none, as every law's does.
            for (const Primitive p : parsePrimitiveList(kLinearPrimitives))
                QVERIFY(std::find(config.primitives.begin(), config.primitives.end(), p) != config.primitives.end());
            const std::string text(law.construction);
            int used = 0;
            for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
                std::size_t start = open;
                while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '_'))
                    --start;
                const std::string name = text.substr(start, open - start);
                const Primitive p = primitiveFromName(name);
                for (const std::vector<Primitive>* space : {&config.primitives, &shared})
                    QVERIFY2(std::find(space->begin(), space->end(), p) != space->end(),
                             (std::string(law.name) + ": " + name).c_str());
                ++used;
            }
            QVERIFY(used > 0);
            // A second node is needed only when the construction names one.
            if (text.find("k2") != std::string::npos) QVERIFY(config.num_graph_nodes >= 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecoveryLaws)
#include "test_recovery_laws.moc"
