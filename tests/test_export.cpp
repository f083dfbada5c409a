// The model as code: the exported Python (run by python3 with NumPy) and C
// (compiled with cc) give the same predictions as the model itself, for every
// primitive and output type; the LaTeX block and the predictions CSV.

#include "model/code_export.h"
#include "util/number_text.h"
#include "util/random.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace darts;

namespace {

// Debian's interpreter, which python3-numpy serves (a python3 earlier on PATH may lack NumPy).
const QString kPython = QStringLiteral("/usr/bin/python3");

struct Case {
    QString name;
    SampledModel model;
};

// Two inputs, two hidden nodes; every edge uses `p` (k2 also reads k1), with
// coefficients that keep each primitive inside its domain on inputs in [0.2, 1.5].
SampledModel modelWith(Primitive p, OutputType type, int outputs) {
    SearchConfig c;
    c.num_graph_nodes = 2;
    c.primitives = {p};
    c.output_type = type;
    c.train_classifier_coefficients = true;
    c.train_classifier_bias = true;
    Rng rng(7);
    Network net(2, outputs, c, rng);
    for (int e = 0; e < net.edgeCount(); ++e) {
        const int offset = net.coefficientOffset(e, 0);
        const PrimitiveInfo& info = primitiveInfo(p);
        for (int k = 0; k < info.coefficientCount; ++k)
            net.parameters()[offset + k] = info.coefficients[k] == Coefficient::Beta ? 1.3 : (k == 0 ? 0.8 : 0.3);
    }
    net.fixArchitecture(std::vector<int>(static_cast<std::size_t>(net.edgeCount()), 0));
    std::vector<std::string> outputNames;
    for (int o = 0; o < outputs; ++o) outputNames.push_back("y" + std::to_string(o + 1));
    return SampledModel(net, {"x1", "x2"}, outputNames);
}

std::vector<Case> allCases() {
    std::vector<Case> cases;
    for (const PrimitiveInfo& info : allPrimitives())
        cases.push_back({QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size())),
                         modelWith(info.id, OutputType::Real, 1)});
    cases.push_back({"sigmoid", modelWith(Primitive::LinearTanh, OutputType::Sigmoid, 1)});
    cases.push_back({"distribution", modelWith(Primitive::Linear, OutputType::ProbabilityDistribution, 3)});
    return cases;
}

Eigen::MatrixXd inputs() {
    Rng rng(11);
    Eigen::MatrixXd X(25, 2);
    for (Eigen::Index i = 0; i < X.size(); ++i) X.data()[i] = uniform(rng, 0.2, 1.5);
    return X;
}

void write(const QString& path, const std::string& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(text));
}

// Parses whitespace-separated numbers, one row per line.
std::vector<std::vector<double>> parseRows(const QByteArray& text) {
    std::vector<std::vector<double>> rows;
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty()) continue;
        std::vector<double> row;
        for (const QByteArray& cell : line.simplified().split(' ')) row.push_back(cell.toDouble());
        rows.push_back(row);
    }
    return rows;
}

/// The program's standard output, or nothing when it could not run or failed.
std::optional<QByteArray> run(const QString& program, const QStringList& arguments, const QString& directory) {
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) return std::nullopt;
    if (process.exitCode() != 0) {
        qWarning().noquote() << program << process.readAllStandardError();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// Checks `rows` (case by case, row by row, output by output) against each model's predict.
void compare(const std::vector<Case>& cases, const Eigen::MatrixXd& X, const std::vector<std::vector<double>>& rows) {
    QCOMPARE(rows.size(), cases.size() * static_cast<std::size_t>(X.rows()));
    std::size_t r = 0;
    for (const Case& c : cases) {
        const Eigen::MatrixXd expected = c.model.predict(X);
        for (Eigen::Index i = 0; i < X.rows(); ++i, ++r) {
            QCOMPARE(static_cast<Eigen::Index>(rows[r].size()), expected.cols());
            for (Eigen::Index o = 0; o < expected.cols(); ++o)
                QVERIFY2(test::close(rows[r][o], expected(i, o), 1e-9, 1e-12),
                         qPrintable(QString("%1 row %2: %3 vs %4").arg(c.name).arg(i).arg(rows[r][o], 0, 'g', 17)
                                        .arg(expected(i, o), 0, 'g', 17)));
        }
    }
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void pythonMatchesPredict() {
        if (!run(kPython, {"-c", "import numpy"}, QDir::tempPath()))
            QSKIP("python3-numpy is not installed (packaging/install-build-deps.sh installs it)");
        QTemporaryDir dir;
        const std::vector<Case> cases = allCases();
        const Eigen::MatrixXd X = inputs();
        QString driver = "import numpy as np\nimport importlib\nX = np.loadtxt('x.txt', ndmin=2)\n";
        for (std::size_t k = 0; k < cases.size(); ++k) {
            write(dir.filePath(QString("model%1.py").arg(k)), pythonSource(cases[k].model));
            driver += QString("for row in importlib.import_module('model%1').predict(X):\n"
                              "    print(' '.join(repr(float(v)) for v in row))\n").arg(k);
        }
        std::string x;
        for (Eigen::Index i = 0; i < X.rows(); ++i) x += formatRoundTrip(X(i, 0)) + " " + formatRoundTrip(X(i, 1)) + "\n";
        write(dir.filePath("x.txt"), x);
        write(dir.filePath("driver.py"), driver.toStdString());
        const std::optional<QByteArray> output = run(kPython, {"driver.py"}, dir.path());
        QVERIFY(output);
        compare(cases, X, parseRows(*output));
    }

    void cMatchesPredict() {
        QTemporaryDir dir;
        const std::vector<Case> cases = allCases();
        const Eigen::MatrixXd X = inputs();
        // Each model's darts_predict is renamed at compile time, so that one program runs them all.
        QString driver = "#include <stdio.h>\n";
        QStringList sources;
        for (std::size_t k = 0; k < cases.size(); ++k) {
            const QString file = QString("model%1.c").arg(k);
            std::string source = cSource(cases[k].model);
            source.insert(0, "#define darts_predict darts_predict_" + std::to_string(k) + "\n");
            write(dir.filePath(file), source);
            sources << file;
            driver += QString("void darts_predict_%1(const double *x, double *y);\n").arg(k);
        }
        driver += "int main(void) {\n    double x[2], y[8];\n";
        for (std::size_t k = 0; k < cases.size(); ++k) {
            driver += QString("    {\n        FILE *in = fopen(\"x.txt\", \"r\");\n"
                              "        while (fscanf(in, \"%lf %lf\", &x[0], &x[1]) == 2) {\n"
                              "            darts_predict_%1(x, y);\n"
                              "            for (int o = 0; o < %2; ++o) printf(\"%.17g \", y[o]);\n"
                              "            printf(\"\\n\");\n        }\n        fclose(in);\n    }\n")
                          .arg(k)
                          .arg(cases[k].model.network().outputCount());
        }
        driver += "    return 0;\n}\n";
        std::string x;
        for (Eigen::Index i = 0; i < X.rows(); ++i) x += formatRoundTrip(X(i, 0)) + " " + formatRoundTrip(X(i, 1)) + "\n";
        write(dir.filePath("x.txt"), x);
        write(dir.filePath("main.c"), driver.toStdString());
        QVERIFY(run("cc", QStringList{"-std=c99", "-Wall", "-Werror", "-o", "models", "main.c"} + sources + QStringList{"-lm"},
                    dir.path()));
        const std::optional<QByteArray> output = run(dir.filePath("models"), {}, dir.path());
        QVERIFY(output);
        compare(cases, X, parseRows(*output));
    }

    void latexBlockAlignsTheEquations() {
        const SampledModel m = modelWith(Primitive::Mult, OutputType::Real, 1);
        const std::string latex = latexBlock(m);
        QVERIFY(latex.rfind("\\begin{align}\n", 0) == 0);
        QVERIFY(latex.find("k_{1} &= ") != std::string::npos);
        QVERIFY(latex.find("y_{1} &= ") != std::string::npos);
        QVERIFY(latex.find("\\end{align}") != std::string::npos);
    }

    void predictionsCsvHasResiduals() {
        const SampledModel m = modelWith(Primitive::Linear, OutputType::Real, 1);
        const Eigen::MatrixXd X = inputs().topRows(3);
        const Eigen::MatrixXd Y = Eigen::MatrixXd::Constant(3, 1, 2.0);
        const QStringList lines = QString::fromStdString(predictionsCsv(m, X, Y)).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QString("x1,x2,y1,y1_predicted,y1_residual"));
        const QStringList cells = lines[1].split(',');
        const double predicted = cells[3].toDouble(), residual = cells[4].toDouble();
        QCOMPARE(predicted, m.predict(X)(0, 0));
        DARTS_COMPARE_REL(residual, 2.0 - predicted, 1e-15, 1e-15);
    }
};

QTEST_APPLESS_MAIN(TestExport)
#include "test_export.moc"
