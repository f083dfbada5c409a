// What users read of a model: equations (console and LaTeX), the DOT graph,
// the parameter count, fit figures; and the JSON writer behind the CLI.

#include "model/graph_text.h"
#include "model/sampled_model.h"
#include "network/output_function.h"
#include "util/json_writer.h"
#include "util/random.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace darts;

namespace {

// A fixed network on inputs x1, x2 with one hidden node: `first` on x1, `second` on x2.
SampledModel twoEdgeModel(Primitive first, Primitive second, std::vector<double> firstCoefficients,
                          SearchConfig config = {}) {
    config.num_graph_nodes = 1;
    config.primitives = {first, second};
    Rng rng(1);
    Network net(2, 1, config, rng);
    net.fixArchitecture({0, 1});
    for (std::size_t i = 0; i < firstCoefficients.size(); ++i)
        net.parameters()[net.coefficientOffset(0, 0) + static_cast<int>(i)] = firstCoefficients[i];
    return SampledModel(net, {"x1", "x2"}, {"y"});
}

}  // namespace

class TestModel : public QObject {
    Q_OBJECT

private slots:
    void equationsInBothNotations() {
        const SampledModel m = twoEdgeModel(Primitive::Mult, Primitive::Exp, {2.0});
        QCOMPARE(m.equations(), (std::vector<std::string>{"k1 = 2*x1 + exp(x2)", "y = k1"}));
        QCOMPARE(m.latexEquations(), (std::vector<std::string>{"k_{1} = 2 x_{1} + e^{x_{2}}", "y = k_{1}"}));
        Eigen::MatrixXd X(1, 2);
        X << 0.5, 0.25;
        DARTS_COMPARE_REL(m.predict(X)(0, 0), 1.0 + std::exp(0.25), 1e-15, 0.0);
    }

    void signsAreFoldedIntoTheSum() {
        const SampledModel m = twoEdgeModel(Primitive::Linear, Primitive::Subtract, {2.5, -0.3});
        QCOMPARE(m.equations().front(), std::string("k1 = 2.5*x1 - 0.3 - x2"));
        const SampledModel n = twoEdgeModel(Primitive::Mult, Primitive::None, {-1.5});
        QCOMPARE(n.equations().front(), std::string("k1 = -1.5*x1"));
        const SampledModel empty = twoEdgeModel(Primitive::None, Primitive::None, {});
        QCOMPARE(empty.equations().front(), std::string("k1 = 0"));
    }

    void everyPrimitiveHasAnEquation() {
        for (const PrimitiveInfo& info : allPrimitives()) {
            if (info.id == Primitive::None) continue;
            const SampledModel m = twoEdgeModel(info.id, Primitive::None, {0.5, 2.0});
            const std::string console = m.equations().front();
            const std::string latex = m.latexEquations().front();
            QVERIFY2(console.find("x1") != std::string::npos, console.c_str());
            QVERIFY2(latex.find("x_{1}") != std::string::npos, latex.c_str());
            QVERIFY2(console != "k1 = 0", info.name.data());
        }
    }

    void outputFunctionAndTrainedOutputLayer() {
        SearchConfig c;
        c.output_type = OutputType::Sigmoid;
        c.train_classifier_coefficients = true;
        c.train_classifier_bias = true;
        SampledModel m = twoEdgeModel(Primitive::Add, Primitive::None, {}, c);
        m.network().parameters()[m.network().classifierWeightOffset()] = 0.5;
        m.network().parameters()[m.network().classifierBiasOffset()] = 0.25;
        QCOMPARE(m.equations().back(), std::string("y = logistic(0.5*k1 + 0.25)"));
        QCOMPARE(m.parameterCount(), 2);  // add has no coefficient; W and b are trained
        QCOMPARE(twoEdgeModel(Primitive::Linear, Primitive::LinearExp, {1, 1}).parameterCount(), 4);
    }

    void dotGraphFollowsTheReferenceLayout() {
        const SampledModel m = twoEdgeModel(Primitive::Mult, Primitive::None, {2.0});
        const std::string dot = m.dot();
        QVERIFY(dot.find("rankdir=LR") != std::string::npos);
        QVERIFY(dot.find("#F1EDB9") != std::string::npos);
        QVERIFY(dot.find("#BBCCF9") != std::string::npos);
        QVERIFY(dot.find("#CBE7C7") != std::string::npos);
        QVERIFY(dot.find("in0 -> k0 [id=\"e0\", label=\"2.00*x\"]") != std::string::npos);
        QVERIFY(dot.find("in1 -> k0") == std::string::npos);  // none draws no arrow
        QVERIFY(dot.find("k0 -> out0 [label=\"1.00\"]") != std::string::npos);
    }

    void mixtureGraphShowsEveryEdgeByWeight() {
        SearchConfig c;
        c.num_graph_nodes = 2;
        c.primitives = {Primitive::None, Primitive::Exp, Primitive::Mult};
        Rng rng(3);
        const Network net(1, 1, c, rng);
        Eigen::MatrixXd weights(3, 3);
        weights << 0.1, 0.8, 0.1,  // x -> k1 led by exp
            0.6, 0.2, 0.2,         // x -> k2 led by none
            0.2, 0.3, 0.5;         // k1 -> k2 led by mult
        const std::string dot = mixtureDot(net, weights, {"x"}, {"y"});
        QVERIFY(dot.find("in0 -> k0 [id=\"e0\", label=\"exp 80%\"") != std::string::npos);
        QVERIFY(dot.find("in0 -> k1 [id=\"e1\", label=\"none 60%\"") != std::string::npos);
        QVERIFY(dot.find("k0 -> k1 [id=\"e2\", label=\"mult 50%\"") != std::string::npos);
        QVERIFY(dot.find("penwidth=3.30") != std::string::npos);  // 0.5 + 3.5 * 0.8
        QVERIFY(dot.find("k1 -> out0") != std::string::npos);
        QVERIFY(rowSoftmax(Eigen::MatrixXd::Zero(2, 4)).isApproxToConstant(0.25));
    }

    void numbersAndNamesInLatex() {
        QCOMPARE(NumberStyle{}.format(1.5e-5, Notation::Latex), std::string("1.5 \\cdot 10^{-5}"));
        QCOMPARE(NumberStyle{}.format(-0.0), std::string("0"));
        QCOMPARE((NumberStyle{true, 2}.format(3.14159)), std::string("3.14"));
        QCOMPARE(latexName("x1"), std::string("x_{1}"));
        QCOMPARE(latexName("S2"), std::string("S_{2}"));
        QCOMPARE(latexName("difference_detected"), std::string("\\mathrm{difference\\_detected}"));
    }

    void fitFigures() {
        Eigen::MatrixXd y(4, 1);
        y << 1, 2, 3, 4;
        const FitMetrics perfect = fitMetrics(y, y);
        QCOMPARE(perfect.mse, 0.0);
        QCOMPARE(perfect.r2, 1.0);
        const FitMetrics mean = fitMetrics(Eigen::MatrixXd::Constant(4, 1, 2.5), y);
        QCOMPARE(mean.r2, 0.0);
        QCOMPARE(mean.mse, 1.25);
    }

    void jsonWriterIsValidJson() {
        JsonWriter json;
        json.beginObject();
        json.key("text").value("quote \" backslash \\ newline \n tab \t bell \x07");
        json.key("numbers").array(std::vector<double>{1.5, std::nan(""), 1e300 * 1e10});
        json.key("nested").beginObject().key("flag").value(true).key("count").value(3).endObject();
        json.key("empty").beginArray().endArray();
        json.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json.text()), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o["text"].toString(), QString("quote \" backslash \\ newline \n tab \t bell \x07"));
        QCOMPARE(o["numbers"].toArray()[0].toDouble(), 1.5);
        QVERIFY(o["numbers"].toArray()[1].isNull());
        QVERIFY(o["numbers"].toArray()[2].isNull());
        QCOMPARE(o["nested"].toObject()["count"].toInt(), 3);
        QVERIFY(o["empty"].toArray().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestModel)
#include "test_model.moc"
