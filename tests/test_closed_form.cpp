// The closed form: hidden nodes substituted into each output, like terms
// collected, negligible terms dropped, every primitive written, and the result
// worth the same as the model's prediction.

#include "model/closed_form.h"
#include "util/random.h"
#include "test_support.h"

#include <QtTest>

using namespace darts;

namespace {

// A fixed network with the given primitives, one choice and coefficients per edge.
// Edges run x1, x2 into k1, then x1, x2, k1 into k2, and so on.
struct EdgeSpec {
    Primitive primitive;
    std::vector<double> coefficients;
};

SampledModel handBuilt(int nodes, const std::vector<EdgeSpec>& edges, OutputType type = OutputType::Real,
                       std::vector<std::string> inputNames = {"x1", "x2"}, std::vector<std::string> outputNames = {"y"}) {
    SearchConfig c;
    c.num_graph_nodes = nodes;
    c.output_type = type;
    c.primitives.clear();
    for (const EdgeSpec& e : edges)
        if (std::find(c.primitives.begin(), c.primitives.end(), e.primitive) == c.primitives.end())
            c.primitives.push_back(e.primitive);
    Rng rng(3);
    Network net(static_cast<int>(inputNames.size()), static_cast<int>(outputNames.size()), c, rng);
    std::vector<int> choices;
    for (int e = 0; e < net.edgeCount(); ++e) {
        const int m = static_cast<int>(std::find(c.primitives.begin(), c.primitives.end(), edges[e].primitive) -
                                       c.primitives.begin());
        choices.push_back(m);
        for (std::size_t k = 0; k < edges[e].coefficients.size(); ++k)
            net.parameters()[net.coefficientOffset(e, m) + static_cast<int>(k)] = edges[e].coefficients[k];
    }
    net.fixArchitecture(choices);
    return SampledModel(net, inputNames, outputNames);
}

// k1 = 5*x2, k2 = 2*x1 + exp(k1), y = k1 + k2: the seed example's structure.
SampledModel seedStructure() {
    return handBuilt(2, {{Primitive::None, {}},
                         {Primitive::Mult, {5.0}},
                         {Primitive::Mult, {2.0}},
                         {Primitive::None, {}},
                         {Primitive::Exp, {}}});
}

double predictAt(const SampledModel& m, const std::vector<double>& x, int output = 0) {
    Eigen::MatrixXd X(1, static_cast<Eigen::Index>(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i) X(0, static_cast<Eigen::Index>(i)) = x[i];
    return m.predict(X)(0, output);
}

}  // namespace

class TestClosedForm : public QObject {
    Q_OBJECT

private slots:
    void seedStructureIsSubstituted() {
        const ClosedForm form = closedForm(seedStructure());
        QCOMPARE(form.console, (std::vector<std::string>{"y = 2.00*x1 + 5.00*x2 + exp(5.00*x2)"}));
        QCOMPARE(form.latex.size(), std::size_t(1));
        QVERIFY2(form.latex[0].find("x_{1}") != std::string::npos, form.latex[0].c_str());
        QVERIFY2(form.latex[0].find("e^{") != std::string::npos || form.latex[0].find("\\exp") != std::string::npos,
                 form.latex[0].c_str());
        const std::vector<double> x{0.3, -0.2};
        DARTS_COMPARE_REL(evaluateClosedForm(seedStructure(), x)[0], predictAt(seedStructure(), x), 1e-12, 1e-12);
    }

    void likeTermsAreCollected() {
        // k1 = 1.5*x1 + x2, k2 = 0.5*x1 + 0*x2 + k1 - ...: both x1 edges end in one term.
        const SampledModel m = handBuilt(2, {{Primitive::Mult, {1.5}},
                                             {Primitive::None, {}},
                                             {Primitive::Mult, {0.5}},
                                             {Primitive::None, {}},
                                             {Primitive::None, {}}});
        QCOMPARE(closedForm(m).console, (std::vector<std::string>{"y = 2.00*x1"}));
    }

    void negligibleTermsAreDropped() {
        const SampledModel m = handBuilt(1, {{Primitive::Linear, {3.0, 1e-9}}, {Primitive::Mult, {2e-8}}});
        const ClosedForm form = closedForm(m, 3, 1e-6);
        QCOMPARE(form.console, (std::vector<std::string>{"y = 3.00*x1"}));
        DARTS_COMPARE_REL(form.dropThreshold, 3e-6, 1e-12, 0.0);
        const ClosedForm all = closedForm(m, 3, 1e-10);
        QCOMPARE(all.console, (std::vector<std::string>{"y = 3.00*x1 + 2.00e-08*x2 + 1.00e-09"}));
        QVERIFY2(all.latex[0].find("10^{-8}") != std::string::npos, all.latex[0].c_str());
    }

    void negativeTermsAreSubtracted() {
        const SampledModel m = handBuilt(1, {{Primitive::Linear, {-1.25, -0.5}}, {Primitive::Subtract, {}}});
        QCOMPARE(closedForm(m).console, (std::vector<std::string>{"y = -1.25*x1 - x2 - 0.500"}));
    }

    void everyPrimitiveMatchesThePrediction() {
        for (const PrimitiveInfo& info : allPrimitives()) {
            // Coefficients that keep ln and the reciprocal inside their domains for positive inputs.
            std::vector<double> c;
            for (int k = 0; k < info.coefficientCount; ++k)
                c.push_back(info.coefficients[k] == Coefficient::Beta ? 1.3 : (k == 0 ? 0.8 : 0.3));
            const std::vector<EdgeSpec> edges(5, EdgeSpec{info.id, c});
            const SampledModel m = handBuilt(2, edges);
            ClosedForm form;
            try {
                form = closedForm(m);
            } catch (const std::exception& e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(info.name.data()).arg(e.what())));
            }
            QCOMPARE(form.console.size(), std::size_t(1));
            QCOMPARE(form.latex.size(), std::size_t(1));
            const std::vector<double> x{0.7, 1.3};
            const double closed = evaluateClosedForm(m, x, 0.0)[0];
            QVERIFY2(test::close(closed, predictAt(m, x), 1e-9, 1e-9),
                     qPrintable(QStringLiteral("%1: %2 vs %3 (%4)")
                                    .arg(info.name.data())
                                    .arg(closed, 0, 'g', 17)
                                    .arg(predictAt(m, x), 0, 'g', 17)
                                    .arg(QString::fromStdString(form.console[0]))));
        }
    }

    void primitivesUseTheEquationsNames() {
        const auto line = [](Primitive p, std::vector<double> c) {
            return closedForm(handBuilt(1, {{p, c}, {Primitive::None, {}}})).console.at(0);
        };
        QCOMPARE(line(Primitive::LinearRelu, {2.0, 0.5}), std::string("y = relu(2.00*x1 + 0.500)"));
        QCOMPARE(line(Primitive::LinearLn, {2.0}), std::string("y = ln(2.00*x1)"));
        QCOMPARE(line(Primitive::Logistic, {}), std::string("y = logistic(x1)"));
        QCOMPARE(line(Primitive::LinearSin, {2.0, -0.5}), std::string("y = sin(2.00*x1 - 0.500)"));
    }

    void sigmoidOutputWrapsTheLogistic() {
        const SampledModel m =
            handBuilt(1, {{Primitive::Mult, {2.0}}, {Primitive::Exp, {}}}, OutputType::Sigmoid);
        const ClosedForm form = closedForm(m);
        QCOMPARE(form.console, (std::vector<std::string>{"y = logistic(2.00*x1 + exp(x2))"}));
        QVERIFY2(form.latex[0].rfind("y = \\sigma\\left(", 0) == 0, form.latex[0].c_str());
        const std::vector<double> x{0.4, -0.3};
        DARTS_COMPARE_REL(evaluateClosedForm(m, x)[0], predictAt(m, x), 1e-12, 1e-12);
    }

    void softmaxOutputsNameTheirArguments() {
        const SampledModel m = handBuilt(1, {{Primitive::Mult, {2.0}}, {Primitive::Add, {}}},
                                         OutputType::ProbabilityDistribution, {"x1", "x2"}, {"a", "b"});
        const ClosedForm form = closedForm(m);
        QCOMPARE(form.console.size(), std::size_t(4));
        QCOMPARE(form.console[2], std::string("a = softmax(z1, z2)[1]"));
        const std::vector<double> x{0.4, -0.3};
        const std::vector<double> y = evaluateClosedForm(m, x);
        DARTS_COMPARE_REL(y[1], predictAt(m, x, 1), 1e-12, 1e-12);
    }

    void namesPrintInBothForms() {
        const SampledModel m = handBuilt(1, {{Primitive::Mult, {2.0}}, {Primitive::LinearExp, {1.5, 0.0}}},
                                         OutputType::Real, {"S1", "difference_detected"}, {"response"});
        const ClosedForm form = closedForm(m);
        QCOMPARE(form.console, (std::vector<std::string>{"response = 2.00*S1 + exp(1.50*difference_detected)"}));
        QVERIFY2(form.latex[0].find("S_{1}") != std::string::npos, form.latex[0].c_str());
        QVERIFY2(form.latex[0].find("\\mathrm{difference\\_detected}") != std::string::npos, form.latex[0].c_str());
        QVERIFY2(form.latex[0].rfind("\\mathrm{response} = ", 0) == 0, form.latex[0].c_str());
    }
};

QTEST_APPLESS_MAIN(TestClosedForm)
#include "test_closed_form.moc"
