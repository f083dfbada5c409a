// Tests of darts-cli, run as a separate process: options, the JSON report,
// determinism, a planted model, predictions, column selection, the one-line
// messages (exit status 2) for bad command lines and bad data, restarts and
// their selection, sweeps split into tasks and merged, and the SLURM script.

#include "data/examples.h"
#include "search/search_engine.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <limits>

namespace {

constexpr int kTimeoutMs = 120'000;
constexpr int kExitUsage = 2;
constexpr int kExitNumericalFault = 3;

struct CliRun {
    int exitCode = -1;  ///< -1: crashed or timed out
    QByteArray out;
    QByteArray err;

    QString describe() const {
        return QStringLiteral("exit code %1\n--- stderr:\n%2\n--- stdout (start):\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(err.left(500)), QString::fromUtf8(out.left(300)));
    }
    /// Exit status 2, nothing on stdout, exactly one "darts-cli: ..." line on stderr.
    bool isOneLineUsageError() const {
        return exitCode == kExitUsage && out.isEmpty() && err.startsWith("darts-cli: ") && err.endsWith('\n') &&
               err.count('\n') == 1;
    }
};

/// Runs darts-cli with the arguments and waits for it to end.
CliRun runCli(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(DARTS_CLI_PATH), args);
    CliRun run;
    if (!process.waitForStarted(kTimeoutMs)) return run;
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// The standard output of a --json run as an object; an empty object unless it is exactly one valid JSON object.
QJsonObject jsonOf(const CliRun& run) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) return {};
    return document.object();
}

QStringList stringsOf(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray()) list << item.toString();
    return list;
}

/// "x,y" with x evenly spaced in [-1, 1] and y = 3*x + 1.
QByteArray plantedLineCsv(int rows = 50) {
    QByteArray csv = "x,y\n";
    for (int i = 0; i < rows; ++i) {
        const double x = -1.0 + 2.0 * i / (rows - 1);
        csv += QByteArray::number(x, 'g', 17) + ',' + QByteArray::number(3.0 * x + 1.0, 'g', 17) + '\n';
    }
    return csv;
}

/// Columns a, b, c = a + 2*b and a text column label.
QByteArray columnsWithTextCsv() {
    QByteArray csv = "a,b,c,label\n";
    for (int i = 0; i < 20; ++i) {
        const double a = i / 10.0, b = i % 3;
        csv += QByteArray::number(a) + ',' + QByteArray::number(b) + ',' + QByteArray::number(a + 2 * b) + ',' +
               (i % 2 ? "cat" : "dog") + '\n';
    }
    return csv;
}

const QStringList kQuickSeedFit = {"fit", "--example", "seed", "--max-epochs", "10", "--param-updates-per-epoch", "20",
                                   "--param-updates-for-sampled-model", "20"};
/// Four restarts of a short search of the seed example (two nodes, so that seeds give different models),
/// a quarter of the rows held out.
const QStringList kRestartsWithValidation =
    kQuickSeedFit + QStringList{"--max-epochs", "60", "--num-graph-nodes", "2", "--restarts", "4", "--validation-share", "0.25", "--json"};

/// A sweep of the seed example: 2 x 3 points of a few epochs each.
const QByteArray kSmallPlan = R"({"example": "seed",
 "settings": {"max_epochs": 8, "param_updates_per_epoch": 20, "param_updates_for_sampled_model": 20},
 "grid": {"num_graph_nodes": [1, 2], "seed": [5, 6, 7]}})";

QByteArray fileContents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The index of the smallest value of `key` among the starts (NaN/null never), -1 when none.
int argMin(const QJsonArray& starts, const QString& key) {
    int best = -1;
    for (int i = 0; i < starts.size(); ++i) {
        const QJsonValue value = starts[i].toObject()[key];
        if (value.isDouble() && (best < 0 || value.toDouble() < starts[best].toObject()[key].toDouble())) best = i;
    }
    return best;
}

const QStringList kSeedPrimitives = {"none", "add", "subtract", "mult", "logistic", "exp", "relu"};

}  // namespace

/// The run ended with status 0, nothing on stderr and (for --json) one JSON object on stdout.
#define VERIFY_SUCCESS(run) QVERIFY2((run).exitCode == 0 && (run).err.isEmpty(), qPrintable((run).describe()))
#define VERIFY_JSON(run, json)                                              \
    VERIFY_SUCCESS(run);                                                    \
    const QJsonObject json = jsonOf(run);                                   \
    QVERIFY2(!json.isEmpty(), qPrintable("not one JSON object:\n" + (run).describe()))

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsOptions();
    void versionAndLists();
    void jsonReportOfSeedExample();
    void sameSeedRepeatsRun();
    void plantedLineRecovered();
    void predictions_data();
    void predictions();
    void exportsTheModelAsCode();
    void sessionsContinueExactly();
    void targetAndInputs();
    void decimalCommaAndMissingValues();
    void badInput_data();
    void badInput();
    void textReportWithoutProgressBar();
    void numericalFaultExitsWithThree();
    void restartsPickTheBestByValidation();
    void restartsDoNotDependOnJobs();
    void restartsByBicWithoutHeldOutRows();
    void presetDiscoveryAndTheHallOfFame();
    void validationColumnHoldsOutItsRows();
    void sweepSplitAndMergedEqualsOneTask();
    void mergeNamesTheMissingTask();
    void badPlans_data();
    void badPlans();
    void slurmScript();

private:
    /// Writes the content to a file in the temporary directory and returns its path.
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
};

QString TestCli::writeFile(const QString& name, const QByteArray& content) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(DARTS_CLI_PATH)), DARTS_CLI_PATH);
}

void TestCli::helpListsOptions() {
    const CliRun run = runCli({"--help"});
    VERIFY_SUCCESS(run);
    for (const char* option : {"--num-graph-nodes", "--arch-learning-rate-max", "--sampling-strategy", "--seed", "--json",
                               "--primitives", "--max-epochs", "--param-updates-for-sampled-model", "--target",
                               "--inputs", "--predict", "--predictions-out", "--quiet", "--example", "--restarts",
                               "--jobs", "--select", "--validation-column", "--validation-share", "--task-index",
                               "--task-count", "--slurm", "--partition", "--time", "merge DIR"})
        QVERIFY2(run.out.contains(QByteArray(option) + ' '), option);
    QVERIFY(!run.out.contains("--num_graph_nodes"));  // kebab-case, not the reference's snake_case

    const CliRun fitHelp = runCli({"fit", "--help"});
    VERIFY_SUCCESS(fitHelp);
    QCOMPARE(fitHelp.out, run.out);
}

void TestCli::versionAndLists() {
    const CliRun version = runCli({"--version"});
    VERIFY_SUCCESS(version);
    QVERIFY(version.out.startsWith("darts-cli "));

    const CliRun examples = runCli({"examples"});
    VERIFY_SUCCESS(examples);
    QVERIFY(examples.out.contains("seed") && examples.out.contains("weber-fechner"));

    const CliRun primitives = runCli({"primitives"});
    VERIFY_SUCCESS(primitives);
    for (const QString& name : kSeedPrimitives) QVERIFY2(primitives.out.contains(name.toUtf8()), qPrintable(name));
}

void TestCli::jsonReportOfSeedExample() {
    const CliRun run = runCli({"fit", "--example", "seed", "--max-epochs", "20", "--param-updates-per-epoch", "50", "--json"});
    VERIFY_JSON(run, json);
    QCOMPARE(run.out.trimmed().count('\n'), 0);  // one line: one object

    QCOMPARE(json["status"].toString(), QStringLiteral("completed"));
    const QStringList equations = stringsOf(json["equations"]);
    QVERIFY(!equations.isEmpty());
    QVERIFY2(equations.first().startsWith("k1 = "), qPrintable(equations.first()));
    QVERIFY(json["latex"].isArray());
    QCOMPARE(json["latex"].toArray().size(), equations.size());
    QVERIFY(json["mse"].isDouble() && json["mse"].toDouble() >= 0.0);
    QVERIFY(json["r2"].isDouble() && json["r2"].toDouble() <= 1.0);
    QVERIFY(json["fit_seconds"].isDouble() && json["fit_seconds"].toDouble() >= 0.0);
    QCOMPARE(json["epochs"].toInt(), 20);
    QCOMPARE(stringsOf(json["inputs"]), (QStringList{"x1", "x2"}));
    QCOMPARE(stringsOf(json["targets"]), (QStringList{"y"}));

    // One hidden node fed by the two inputs: two edges.
    const QJsonArray edges = json["edges"].toArray();
    QCOMPARE(edges.size(), 2);
    const QHash<QString, int> coefficientCount = {{"none", 0},     {"add", 0}, {"subtract", 0}, {"mult", 1},
                                                  {"logistic", 0}, {"exp", 0}, {"relu", 0}};
    for (int e = 0; e < edges.size(); ++e) {
        const QJsonObject edge = edges[e].toObject();
        QCOMPARE(edge["node"].toString(), QStringLiteral("k1"));
        QCOMPARE(edge["source"].toString(), e == 0 ? QStringLiteral("x1") : QStringLiteral("x2"));
        const QString primitive = edge["primitive"].toString();
        QVERIFY2(kSeedPrimitives.contains(primitive), qPrintable(primitive));
        QVERIFY(edge["coefficients"].isArray());
        QCOMPARE(edge["coefficients"].toArray().size(), coefficientCount.value(primitive));

        const QJsonObject weights = edge["weights"].toObject();
        QStringList names = weights.keys();
        names.sort();
        QStringList expectedNames = kSeedPrimitives;
        expectedNames.sort();
        QCOMPARE(names, expectedNames);
        double sum = 0.0;
        for (const QJsonValue w : weights) {
            QVERIFY(w.isDouble());
            QVERIFY2(w.toDouble() >= 0.0 && w.toDouble() <= 1.0, qPrintable(QString::number(w.toDouble())));
            sum += w.toDouble();
        }
        DARTS_COMPARE_REL(sum, 1.0, 0.0, 1e-9);
    }

    const QJsonArray losses = json["loss_history"].toArray();
    QCOMPARE(losses.size(), 20);
    for (const QJsonValue loss : losses) QVERIFY(loss.isDouble() && std::isfinite(loss.toDouble()));

    // The example's preset, with the command-line overrides on top.
    const QJsonObject settings = json["settings"].toObject();
    QCOMPARE(settings["num_graph_nodes"].toString(), QStringLiteral("1"));
    QCOMPARE(settings["primitives"].toString(), kSeedPrimitives.join(','));
    QCOMPARE(settings["max_epochs"].toString(), QStringLiteral("20"));
    QCOMPARE(settings["param_updates_per_epoch"].toString(), QStringLiteral("50"));
}

void TestCli::sameSeedRepeatsRun() {
    const CliRun first = runCli(kQuickSeedFit + QStringList{"--seed", "7", "--json"});
    const CliRun second = runCli(kQuickSeedFit + QStringList{"--seed", "7", "--json"});
    const CliRun other = runCli(kQuickSeedFit + QStringList{"--seed", "8", "--json"});
    VERIFY_JSON(first, a);
    VERIFY_JSON(second, b);
    VERIFY_JSON(other, c);

    QCOMPARE(a["settings"].toObject()["seed"].toString(), QStringLiteral("7"));
    QCOMPARE(b["equations"].toArray(), a["equations"].toArray());
    QCOMPARE(b["loss_history"].toArray(), a["loss_history"].toArray());
    QCOMPARE(b["mse"].toDouble(), a["mse"].toDouble());
    QCOMPARE(b["edges"].toArray(), a["edges"].toArray());
    QVERIFY(c["loss_history"].toArray() != a["loss_history"].toArray());
}

void TestCli::plantedLineRecovered() {
    const QString data = writeFile("planted.csv", plantedLineCsv());
    const CliRun run =
        runCli({"fit", data, "--primitives", "none,linear", "--num-graph-nodes", "1", "--max-epochs", "30", "--json"});
    VERIFY_JSON(run, json);
    QVERIFY2(json["r2"].toDouble() > 0.999999, qPrintable(QString::number(json["r2"].toDouble(), 'g', 17)));

    const QJsonArray edges = json["edges"].toArray();
    QCOMPARE(edges.size(), 1);
    const QJsonObject edge = edges[0].toObject();
    QCOMPARE(edge["source"].toString(), QStringLiteral("x"));
    QCOMPARE(edge["primitive"].toString(), QStringLiteral("linear"));
    const QJsonArray coefficients = edge["coefficients"].toArray();
    QCOMPARE(coefficients.size(), 2);
    DARTS_COMPARE_REL(coefficients[0].toDouble(), 3.0, 1e-6, 0.0);
    DARTS_COMPARE_REL(coefficients[1].toDouble(), 1.0, 1e-6, 0.0);
}

void TestCli::predictions_data() {
    QTest::addColumn<QByteArray>("newCsv");
    QTest::newRow("input columns only") << QByteArray("x\n2\n-0.5\n0\n");
    QTest::newRow("training layout") << QByteArray("x,y\n2,0\n-0.5,0\n0,0\n");
    QTest::newRow("text column first") << QByteArray("name,x\nu,2\nv,-0.5\nw,0\n");
    QTest::newRow("numeric non-input column first") << QByteArray("id,x\n1,2\n2,-0.5\n3,0\n");
}

void TestCli::predictions() {
    QFETCH(QByteArray, newCsv);
    const QString data = writeFile("line.csv", plantedLineCsv());
    const QString newData = writeFile("new.csv", newCsv);
    const QString outPath = m_dir.filePath("predictions.csv");
    QFile::remove(outPath);

    const CliRun run = runCli({"fit", data, "--primitives", "none,linear", "--num-graph-nodes", "1", "--max-epochs", "30",
                               "--json", "--predict", newData, "--predictions-out", outPath});
    VERIFY_JSON(run, json);

    QFile out(outPath);
    QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(outPath));
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QByteArray("y"));  // the target column's name
    const double xs[] = {2.0, -0.5, 0.0};
    for (int r = 0; r < 3; ++r) {
        bool ok = false;
        const double predicted = lines[r + 1].toDouble(&ok);
        QVERIFY2(ok, lines[r + 1].constData());
        DARTS_COMPARE_REL(predicted, 3.0 * xs[r] + 1.0, 1e-6, 1e-9);
    }
}

void TestCli::targetAndInputs() {
    const QString data = writeFile("columns.csv", columnsWithTextCsv());
    const QStringList fit = {"fit", data, "--primitives", "none,linear", "--num-graph-nodes", "1", "--max-epochs", "5",
                             "--json"};

    // The default target is the last column, here text.
    const CliRun textTarget = runCli(fit);
    QVERIFY2(textTarget.isOneLineUsageError(), qPrintable(textTarget.describe()));
    QVERIFY2(textTarget.err.contains("'label'") && textTarget.err.contains("line 2"), textTarget.err.constData());

    const CliRun byTarget = runCli(fit + QStringList{"--target", "c"});
    VERIFY_JSON(byTarget, defaultInputs);
    QCOMPARE(stringsOf(defaultInputs["inputs"]), (QStringList{"a", "b"}));  // the text column is skipped
    QCOMPARE(stringsOf(defaultInputs["targets"]), (QStringList{"c"}));
    QCOMPARE(defaultInputs["edges"].toArray().size(), 2);

    const CliRun byBoth = runCli(fit + QStringList{"--inputs", "a", "--target", "c"});
    VERIFY_JSON(byBoth, chosen);
    QCOMPARE(stringsOf(chosen["inputs"]), (QStringList{"a"}));
    QCOMPARE(stringsOf(chosen["targets"]), (QStringList{"c"}));
    QCOMPARE(chosen["edges"].toArray()[0].toObject()["source"].toString(), QStringLiteral("a"));

    const CliRun unknown = runCli(fit + QStringList{"--target", "nope"});
    QVERIFY2(unknown.isOneLineUsageError(), qPrintable(unknown.describe()));
    QVERIFY2(unknown.err.contains("'nope'") && unknown.err.contains("a, b, c, label"), unknown.err.constData());
}

void TestCli::decimalCommaAndMissingValues() {
    // A German spreadsheet's export: semicolons, decimal commas, one row with an empty cell.
    const QString data = writeFile("german.csv", "x;y\n0,5;2,5\n1,5;\n2,5;6,5\n3,5;8,5\n4,5;10,5\n");
    const QStringList fit = {"fit", data, "--primitives", "none,linear", "--num-graph-nodes", "1", "--max-epochs", "5"};

    const CliRun refused = runCli(fit + QStringList{"--decimal-comma"});
    QVERIFY2(refused.isOneLineUsageError(), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("line 3") && refused.err.contains("'y'"), refused.err.constData());

    const CliRun dropped = runCli(fit + QStringList{"--decimal-comma", "--missing", "drop"});
    QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.describe()));  // with a note on stderr
    QVERIFY2(dropped.err.contains("1 row(s) with a missing value dropped (the first on line 3)"), dropped.err.constData());
    QVERIFY2(dropped.out.contains("4 rows"), dropped.out.constData());

    const CliRun wrongChoice = runCli(fit + QStringList{"--missing", "ignore"});
    QVERIFY2(wrongChoice.isOneLineUsageError(), qPrintable(wrongChoice.describe()));
    QVERIFY(wrongChoice.err.contains("drop or refuse"));
}

void TestCli::badInput_data() {
    // In args, DATA stands for a file holding csv, MISSING for a path with no file.
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    const QByteArray good = "x,y\n1,2\n3,4\n5,7\n";
    const QStringList fit = {"fit", "DATA"};

    QTest::newRow("missing file") << good << QStringList{"fit", "MISSING"} << QStringList{"missing.csv", "cannot open"};
    QTest::newRow("empty file") << QByteArray() << fit << QStringList{"empty"};
    QTest::newRow("whitespace file") << QByteArray(" \n\n") << fit << QStringList{"empty"};
    QTest::newRow("header only") << QByteArray("x,y\n") << fit << QStringList{"no data rows"};
    QTest::newRow("no header") << QByteArray("1,2\n3,4\n") << fit << QStringList{"line 1", "name the columns"};
    QTest::newRow("non-numeric cell") << QByteArray("x,y\n1,2\n3,abc\n") << fit
                                      << QStringList{"line 3", "'y'", "'abc'"};
    QTest::newRow("empty cell") << QByteArray("x,y\n1,2\n,4\n") << fit + QStringList{"--inputs", "x"}
                                << QStringList{"line 3", "'x'", "empty"};
    QTest::newRow("ragged row") << QByteArray("x,y\n1,2\n3,4,5\n") << fit << QStringList{"line 3", "3 fields"};
    QTest::newRow("unknown column") << good << fit + QStringList{"--inputs", "x,z"} << QStringList{"'z'", "x, y"};
    QTest::newRow("unknown option") << good << fit + QStringList{"--frobnicate", "1"} << QStringList{"--frobnicate"};
    QTest::newRow("bad integer") << good << fit + QStringList{"--max-epochs", "abc"} << QStringList{"'abc'", "max_epochs"};
    QTest::newRow("negative epochs") << good << fit + QStringList{"--max-epochs=-1"}
                                     << QStringList{"max_epochs", "negative"};
    QTest::newRow("bad choice") << good << fit + QStringList{"--sampling-strategy", "best"}
                                << QStringList{"'best'", "max, sample"};
    QTest::newRow("output type class") << good << fit + QStringList{"--output-type", "class"}
                                       << QStringList{"class", "not supported"};
    QTest::newRow("unknown primitive") << good << fit + QStringList{"--primitives", "none,foo"}
                                       << QStringList{"'foo'", "none, add", "linear", "exp"};
    QTest::newRow("missing value") << good << fit + QStringList{"--seed"} << QStringList{"--seed", "needs a value"};
    QTest::newRow("no data, no example") << good << QStringList{"fit"} << QStringList{"a data file, --example NAME or --session"};
    QTest::newRow("data and example") << good << fit + QStringList{"--example", "seed"} << QStringList{"only one of"};
    QTest::newRow("unknown example") << good << QStringList{"fit", "--example", "nope"}
                                     << QStringList{"'nope'", "seed, weber-fechner"};
    QTest::newRow("predict without output") << good << fit + QStringList{"--predict", "DATA"}
                                            << QStringList{"--predictions-out"};
    QTest::newRow("no command") << good << QStringList{} << QStringList{"no command"};
    QTest::newRow("unknown command") << good << QStringList{"fti", "DATA"} << QStringList{"'fti'"};
}

void TestCli::badInput() {
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const QString data = writeFile("bad.csv", csv);
    args.replaceInStrings(QRegularExpression("^DATA$"), data);
    args.replaceInStrings(QRegularExpression("^MISSING$"), m_dir.filePath("missing.csv"));

    const CliRun run = runCli(args);
    QVERIFY2(run.isOneLineUsageError(), qPrintable(run.describe()));
    for (const QString& part : mentions)
        QVERIFY2(run.err.contains(part.toUtf8()), qPrintable("expected '" + part + "' in: " + run.err));
}

void TestCli::textReportWithoutProgressBar() {
    const CliRun run = runCli(kQuickSeedFit);
    VERIFY_SUCCESS(run);  // stderr is a pipe, not a terminal: no progress bar
    for (const char* part : {"Data: seed, 100 rows", "completed after 10 epochs", "k1 =", "y = k1", "R^2"})
        QVERIFY2(run.out.contains(part), qPrintable(QString(part) + " missing in:\n" + run.out));
    QVERIFY(jsonOf(run).isEmpty());
}

void TestCli::numericalFaultExitsWithThree() {
    // 1/x on data with x = 0: the search stops at once; the report is of the last finite state.
    QByteArray csv = "x,y\n";
    for (int i = -5; i <= 5; ++i) csv += QByteArray::number(i) + ',' + QByteArray::number(2 * i + 1) + '\n';
    const QString data = writeFile("zero.csv", csv);
    const QStringList fit = {"fit", data, "--primitives", "none,reciprocal", "--num-graph-nodes", "1", "--max-epochs", "5"};
    const CliRun text = runCli(fit);
    QVERIFY2(text.exitCode == kExitNumericalFault, qPrintable(text.describe()));
    QVERIFY2(text.err.startsWith("darts-cli: the search stopped: the loss became infinite at epoch 1") &&
                 text.err.contains("reciprocal divided by zero on edge x -> k1 (at x = 0)") && text.err.count('\n') == 1,
             qPrintable(text.describe()));
    QVERIFY2(text.out.contains("Search: numerical fault after 0 epochs") && text.out.contains("reciprocal divided by zero"),
             qPrintable(text.describe()));

    const CliRun json = runCli(fit + QStringList{"--json"});
    QVERIFY2(json.exitCode == kExitNumericalFault, qPrintable(json.describe()));
    const QJsonObject report = jsonOf(json);
    QCOMPARE(report["status"].toString(), QStringLiteral("numerical fault"));
    QVERIFY(report["status_message"].toString().contains("reciprocal divided by zero"));
    QCOMPARE(report["epochs"].toInt(), 0);

    // Restarts that all fault: each is listed with its message, and the exit status is the same.
    const CliRun restarts = runCli(fit + QStringList{"--restarts", "2", "--json"});
    QVERIFY2(restarts.exitCode == kExitNumericalFault, qPrintable(restarts.describe()));
    const QJsonArray starts = jsonOf(restarts)["starts"].toArray();
    QCOMPARE(starts.size(), 2);
    for (const QJsonValue& start : starts) {
        QCOMPARE(start.toObject()["status"].toString(), QStringLiteral("numerical fault"));
        QVERIFY(start.toObject()["status_message"].toString().contains("reciprocal divided by zero"));
    }
    const CliRun table = runCli(fit + QStringList{"--restarts", "2"});
    QVERIFY2(table.exitCode == kExitNumericalFault && table.out.contains("Starts: 2") &&
                 table.out.count("numerical fault: the loss became infinite at epoch 1") == 2,
             qPrintable(table.describe()));
}

// Four seeds, a quarter of the rows held out: the report is of the start with the lowest validation MSE,
// and the validation MSE reported for the chosen model (recomputed from its restored search) is that minimum.
void TestCli::restartsPickTheBestByValidation() {
    const CliRun run = runCli(kRestartsWithValidation);
    VERIFY_JSON(run, json);
    QCOMPARE(json["select_by"].toString(), QStringLiteral("validation"));
    const QJsonArray starts = json["starts"].toArray();
    QCOMPARE(starts.size(), 4);
    for (int i = 0; i < starts.size(); ++i) {
        QCOMPARE(starts[i].toObject()["seed"].toInt(), darts::findExample("seed").config.seed + i);
        QCOMPARE(starts[i].toObject()["status"].toString(), QStringLiteral("completed"));
    }
    const int best = argMin(starts, "validation_mse");
    QVERIFY(best >= 0);
    QSet<double> distinct;  // the choice means something only when the starts differ
    for (const QJsonValue& start : starts) distinct.insert(start.toObject()["validation_mse"].toDouble());
    QVERIFY(distinct.size() > 1);
    QCOMPARE(json["selected"].toInt(), best);
    const QJsonObject chosen = starts[best].toObject();
    QCOMPARE(json["validation_mse"].toDouble(), chosen["validation_mse"].toDouble());
    QCOMPARE(stringsOf(json["equations"]), stringsOf(chosen["equations"]));
    QCOMPARE(json["parameter_count"].toInt(), chosen["parameter_count"].toInt());
    QCOMPARE(json["held_out_rows"].toInt(), 25);  // a quarter of the example's 100 rows
    QCOMPARE(json["settings"].toObject()["seed"].toString(), QString::number(chosen["seed"].toInt()));

    // The text report: the table of starts, the chosen one marked, then the usual report with its validation MSE.
    QStringList text = kRestartsWithValidation;
    text.removeAll("--json");
    const CliRun plain = runCli(text);
    VERIFY_SUCCESS(plain);
    QVERIFY2(plain.out.contains("Starts: 4, the best by validation MSE marked *"), plain.out.constData());
    QVERIFY(plain.out.contains(QByteArray("  * ") + QByteArray::number(chosen["seed"].toInt()).rightJustified(8, ' ')));
    QVERIFY(plain.out.contains("Validation MSE ") && plain.out.contains("on the 25 held-out rows"));
    QVERIFY(plain.out.contains("Model:"));
}

// --preset discovery turns on product nodes, refinement and held-out rows; explicit options still win;
// the hall of fame (every start's) comes in the JSON report and as a CSV file.
void TestCli::presetDiscoveryAndTheHallOfFame() {
    QByteArray csv = "x1,x2,y\n";  // y = 2*x1*x2 on positive inputs, so that domain safety refuses nothing
    for (int i = 0; i < 60; ++i) {
        const double x1 = 0.5 + (i % 10) * 0.15, x2 = 0.5 + (i / 10) * 0.25;
        csv += QByteArray::number(x1) + ',' + QByteArray::number(x2) + ',' + QByteArray::number(2 * x1 * x2, 'g', 17) + '\n';
    }
    const QString data = writeFile("product.csv", csv);
    const QString fame = m_dir.filePath("fame.csv");
    const CliRun run = runCli({"fit", data, "--preset", "discovery", "--restarts", "2", "--max-epochs", "40",
                               "--num-graph-nodes", "2", "--export-hall-of-fame", fame, "--json"});
    VERIFY_JSON(run, json);
    const QJsonObject settings = json["settings"].toObject();
    QCOMPARE(settings["product_nodes"].toString(), QStringLiteral("true"));
    QCOMPARE(settings["refine"].toString(), QStringLiteral("true"));
    QCOMPARE(settings["validation_share"].toString(), QStringLiteral("0.2"));
    QCOMPARE(settings["num_graph_nodes"].toString(), QStringLiteral("2"));  // the explicit option over the preset's 3
    QCOMPARE(json["starts"].toArray().size(), 2);                          // and over its 8 starts
    QVERIFY(json["r2"].toDouble() > 0.9999);

    const QJsonArray entries = json["hall_of_fame"].toArray();
    QVERIFY(entries.size() > 5);
    QSet<int> seeds;
    int onFront = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        for (const char* key : {"equation", "complexity", "parameter_count", "operation_count", "training_mse",
                                "validation_mse", "on_front", "seed", "origin"})
            QVERIFY2(entry.contains(key), key);
        seeds.insert(entry["seed"].toInt());
        onFront += entry["on_front"].toBool();
    }
    QCOMPARE(seeds.size(), 2);  // both starts' models
    QVERIFY(onFront >= 1);
    const QList<QByteArray> lines = fileContents(fame).trimmed().split('\n');
    QCOMPARE(lines.size(), entries.size() + 1);
    QVERIFY2(lines.front().contains("complexity") && lines.front().contains("equation"), lines.front().constData());

    QVERIFY(runCli({"fit", data, "--preset", "fastest"}).isOneLineUsageError());
    const CliRun unknown = runCli({"fit", data, "--preset", "fastest"});
    QVERIFY2(unknown.err.contains("discovery"), unknown.err.constData());
}

void TestCli::restartsDoNotDependOnJobs() {
    const CliRun one = runCli(kRestartsWithValidation + QStringList{"--jobs", "1"});
    const CliRun two = runCli(kRestartsWithValidation + QStringList{"--jobs", "2"});
    VERIFY_JSON(one, a);
    VERIFY_JSON(two, b);
    QCOMPARE(a["starts"], b["starts"]);
    QCOMPARE(a["selected"], b["selected"]);
    QCOMPARE(a["equations"], b["equations"]);
    QCOMPARE(a["loss_history"], b["loss_history"]);
}

void TestCli::restartsByBicWithoutHeldOutRows() {
    const CliRun run = runCli(kQuickSeedFit + QStringList{"--restarts", "3", "--json"});
    VERIFY_JSON(run, json);
    QCOMPARE(json["select_by"].toString(), QStringLiteral("bic"));
    const QJsonArray starts = json["starts"].toArray();
    QCOMPARE(starts.size(), 3);
    QCOMPARE(json["selected"].toInt(), argMin(starts, "bic"));
    QVERIFY(json["validation_mse"].isNull());
    QVERIFY(starts[0].toObject()["validation_mse"].isNull());

    // Validation without held-out rows is a mistake on the command line, said before any search.
    const CliRun mistake = runCli(kQuickSeedFit + QStringList{"--restarts", "3", "--select", "validation"});
    QVERIFY2(mistake.isOneLineUsageError(), qPrintable(mistake.describe()));
    QVERIFY(mistake.err.contains("--select validation needs held-out rows"));
}

// The rows whose split cell is not 0 are held out; the split column is no input.
void TestCli::validationColumnHoldsOutItsRows() {
    QByteArray csv = "x,split,y\n";
    for (int i = 0; i < 40; ++i)
        csv += QByteArray::number(i / 20.0) + ',' + (i % 4 == 0 ? "1" : "0") + ',' + QByteArray::number(3.0 * i / 20.0 + 1) + '\n';
    const QString data = writeFile("split.csv", csv);
    const QStringList fit = {"fit", data, "--max-epochs", "5", "--validation-column", "split"};
    const CliRun run = runCli(fit + QStringList{"--json"});
    VERIFY_JSON(run, json);
    QCOMPARE(stringsOf(json["inputs"]), QStringList{"x"});
    QCOMPARE(json["held_out_rows"].toInt(), 10);
    QVERIFY(json["validation_mse"].isDouble());

    const CliRun asInput = runCli(fit + QStringList{"--inputs", "x,split"});
    QVERIFY2(asInput.isOneLineUsageError() && asInput.err.contains("'split'") && asInput.err.contains("an input"),
             qPrintable(asInput.describe()));
    const CliRun asTarget = runCli(fit + QStringList{"--target", "split"});
    QVERIFY2(asTarget.isOneLineUsageError() && asTarget.err.contains("a target"), qPrintable(asTarget.describe()));
}

// The grid run as three tasks (three processes) and merged is, byte for byte, the grid run as one task.
void TestCli::sweepSplitAndMergedEqualsOneTask() {
    QTemporaryDir dir;
    const QString plan = dir.filePath("small.json");
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kSmallPlan) == kSmallPlan.size());
    file.close();

    const QString parts = dir.filePath("parts");
    for (int task = 0; task < 3; ++task) {
        const CliRun run = runCli({"sweep", plan, "--task-index", QString::number(task), "--task-count", "3", "--jobs",
                                   "2", "--out", parts});
        VERIFY_SUCCESS(run);
        QVERIFY2(run.out.contains(QString("Task %1 of 3: 2 of the 6 grid points searched").arg(task).toUtf8()), run.out.constData());
        QVERIFY(QFile::exists(parts + QString("/part-%1-of-3.dartssweep").arg(task)));
    }
    const CliRun merge = runCli({"merge", parts});
    VERIFY_SUCCESS(merge);
    for (const char* part : {"Merged 3 part(s): 6 grid points", "Best by training MSE", "Pareto front", "num_graph_nodes="})
        QVERIFY2(merge.out.contains(part), qPrintable(QString(part) + " missing in:\n" + merge.out));

    const CliRun whole = runCli({"sweep", plan});  // the default: all of it, beside the plan in small-results/
    VERIFY_SUCCESS(whole);
    const QByteArray single = fileContents(dir.filePath("small-results/part-0-of-1.dartssweep"));
    QVERIFY(!single.isEmpty());
    QVERIFY2(fileContents(parts + "/sweep.dartssweep") == single, "the merged parts differ from the sweep run as one task");

    // -o names the merged file; a merged file beside the parts is not taken for a part.
    const QString named = dir.filePath("named.dartssweep");
    VERIFY_SUCCESS(runCli({"merge", parts, "-o", named}));
    QCOMPARE(fileContents(named), single);
}

void TestCli::mergeNamesTheMissingTask() {
    QTemporaryDir dir;
    const QString plan = dir.filePath("plan.json");
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kSmallPlan) == kSmallPlan.size());
    file.close();
    for (int task : {0, 2})
        VERIFY_SUCCESS(runCli({"sweep", plan, "--task-index", QString::number(task), "--task-count", "3", "--out", dir.filePath("parts")}));
    const CliRun merge = runCli({"merge", dir.filePath("parts")});
    QVERIFY2(merge.isOneLineUsageError() && merge.err.contains("task 1 of 3 is missing"), qPrintable(merge.describe()));
    QVERIFY(!QFile::exists(dir.filePath("parts/sweep.dartssweep")));

    const CliRun empty = runCli({"merge", dir.path()});
    QVERIFY2(empty.isOneLineUsageError() && empty.err.contains("no part-I-of-N.dartssweep files"), qPrintable(empty.describe()));
}

void TestCli::badPlans_data() {
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("mentions");
    const QByteArray good = kSmallPlan;
    QTest::newRow("not JSON") << QByteArray("{\"example\": ") << QStringList{} << QStringList{"plan.json", "not JSON"};
    QTest::newRow("no data") << QByteArray(R"({"grid": {"seed": [1]}})") << QStringList{} << QStringList{"\"data\"", "\"example\""};
    QTest::newRow("no grid") << QByteArray(R"({"example": "seed"})") << QStringList{} << QStringList{"'grid' is missing"};
    QTest::newRow("unknown example") << QByteArray(R"({"example": "nope", "grid": {"seed": [1]}})") << QStringList{}
                                     << QStringList{"example", "'nope'"};
    QTest::newRow("unknown setting") << QByteArray(R"({"example": "seed", "grid": {"frobnicate": [1, 2]}})")
                                     << QStringList{} << QStringList{"grid", "unknown setting 'frobnicate'"};
    QTest::newRow("bad grid value") << QByteArray(R"({"example": "seed", "grid": {"max_epochs": [5, "abc"]}})")
                                    << QStringList{} << QStringList{"grid.max_epochs[1]", "'abc'"};
    QTest::newRow("bad setting") << QByteArray(R"({"example": "seed", "settings": {"max_epochs": -1}, "grid": {"seed": [1]}})")
                                 << QStringList{} << QStringList{"settings: max_epochs", "negative"};
    QTest::newRow("empty axis") << QByteArray(R"({"example": "seed", "grid": {"seed": []}})") << QStringList{}
                                << QStringList{"grid.seed", "at least one value"};
    QTest::newRow("missing data file") << QByteArray(R"({"data": "nowhere.csv", "grid": {"seed": [1]}})") << QStringList{}
                                       << QStringList{"nowhere.csv"};
    QTest::newRow("task out of range") << good << QStringList{"--task-index", "3", "--task-count", "3"}
                                       << QStringList{"--task-index 3", "of 3"};
    QTest::newRow("unknown option") << good << QStringList{"--frobnicate", "1"} << QStringList{"--frobnicate", "sweep"};
    QTest::newRow("slurm option without --slurm") << good << QStringList{"--partition", "short"} << QStringList{"--slurm"};
    QTest::newRow("missing plan") << QByteArray() << QStringList{} << QStringList{"plan.json", "cannot open"};
}

void TestCli::badPlans() {
    QFETCH(QByteArray, plan);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath("plan.json");
    if (!plan.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(plan) == plan.size());
    }
    const CliRun run = runCli(QStringList{"sweep", path} + extra);
    QVERIFY2(run.isOneLineUsageError(), qPrintable(run.describe()));
    for (const QString& part : mentions)
        QVERIFY2(run.err.contains(part.toUtf8()), qPrintable("expected '" + part + "' in: " + run.err));
    QVERIFY(!QFileInfo::exists(dir.filePath("plan-results/part-0-of-1.dartssweep")));
}

// The job-array script runs this very binary on the plan, each array task its share, and says how to go on.
void TestCli::slurmScript() {
    QTemporaryDir dir;
    const QString plan = dir.filePath("grid.json");
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kSmallPlan) == kSmallPlan.size());
    file.close();
    const QString out = dir.filePath("out"), script = dir.filePath("run.sbatch");
    const CliRun run = runCli({"sweep", plan, "--slurm", "--task-count", "2", "--jobs", "3", "--out", out, "--partition",
                               "short", "--time", "00:10:00", "-o", script});
    VERIFY_SUCCESS(run);
    const QByteArray text = fileContents(script);
    const QString cli = QFileInfo(QStringLiteral(DARTS_CLI_PATH)).canonicalFilePath();
    for (const QString& line : {QStringLiteral("#!/bin/bash"), QStringLiteral("#SBATCH --array=0-1"),
                                QStringLiteral("#SBATCH --cpus-per-task=3"), QStringLiteral("#SBATCH --partition=short"),
                                QStringLiteral("#SBATCH --time=00:10:00"), "#SBATCH --output=" + out + "/slurm-%A_%a.out",
                                "exec '" + cli + "' sweep '" + plan +
                                    "' --task-index \"$SLURM_ARRAY_TASK_ID\" --task-count 2 --jobs 3 --out '" + out + "'"})
        QVERIFY2(text.contains(line.toUtf8()), qPrintable(line + " missing in:\n" + text));
    QVERIFY(QFileInfo(script).isExecutable());
    QVERIFY(QFileInfo(out).isDir());  // SLURM writes the logs there and needs the folder to exist
    QVERIFY(run.out.contains("sbatch '" + script.toUtf8() + "'"));
    QVERIFY(run.out.contains("merge '" + out.toUtf8() + "'"));

    // Defaults: a task per grid point, one core each, the script beside the plan.
    VERIFY_SUCCESS(runCli({"sweep", plan, "--slurm"}));
    const QByteArray defaults = fileContents(dir.filePath("grid.sbatch"));
    QVERIFY2(defaults.contains("#SBATCH --array=0-5\n") && defaults.contains("#SBATCH --cpus-per-task=1\n") &&
                 defaults.contains("grid-results"),
             defaults.constData());
}

QTEST_MAIN(TestCli)
void TestCli::exportsTheModelAsCode() {
    QTemporaryDir dir;
    const QString py = dir.filePath("model.py"), c = dir.filePath("model.c"), tex = dir.filePath("model.tex");
    const CliRun run = runCli({"fit", "--example", "seed", "--max-epochs", "5", "--quiet", "--export-python", py,
                               "--export-c", c, "--export-latex", tex});
    VERIFY_SUCCESS(run);
    auto contents = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QVERIFY(contents(py).contains("def predict(X):"));
    QVERIFY(contents(c).contains("void darts_predict(const double *x, double *y)"));
    QVERIFY(contents(tex).contains("\\begin{align}"));
    const CliRun unwritable = runCli({"fit", "--example", "seed", "--max-epochs", "1", "--export-c",
                                      dir.filePath("no/such/folder/model.c")});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(unwritable.err.contains("cannot write"));
}

// A saved run continued from its session file is the same search as one that
// never stopped: fit() twice in one process.
void TestCli::sessionsContinueExactly() {
    QTemporaryDir dir;
    const QString session = dir.filePath("run.darts");
    const CliRun first = runCli({"fit", "--example", "seed", "--max-epochs", "10", "--param-updates-per-epoch", "50",
                                 "--quiet", "--save", session});
    VERIFY_SUCCESS(first);
    const CliRun second = runCli({"fit", "--session", session, "--json"});
    VERIFY_SUCCESS(second);
    const QJsonObject json = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(json["epochs"].toInt(), 20);

    darts::SearchConfig config = darts::findExample("seed").config;
    config.max_epochs = 10;
    config.param_updates_per_epoch = 50;
    const darts::Selection data = darts::selectColumns(darts::exampleTable(darts::findExample("seed")), {}, {});
    darts::SearchEngine engine(config, data.X, data.Y, data.inputNames, data.targetNames);
    engine.fit();
    engine.fit();
    const QJsonArray history = json["loss_history"].toArray();
    QCOMPARE(static_cast<std::size_t>(history.size()), engine.lossHistory().size());
    for (qsizetype i = 0; i < history.size(); ++i)
        QCOMPARE(history[i].toDouble(), engine.lossHistory()[static_cast<std::size_t>(i)]);

    QFile corrupt(dir.filePath("corrupt.darts"));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\"format\": \"darts-studio-session\", \"version\": 1, \"data\": [");
    corrupt.close();
    const CliRun bad = runCli({"fit", "--session", corrupt.fileName()});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err.count('\n'), 1);
}

#include "test_cli.moc"
