// Sessions: the JSON reader, the engine's state, session files, and the promise
// they exist for: a search continued after reopening gives bit for bit what it
// gives when it was never closed.

#include "data/examples.h"
#include "io/session_file.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "util/json_reader.h"
#include "util/json_writer.h"
#include "util/number_text.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <sys/stat.h>

using namespace darts;

namespace {

bool sameBits(const double* a, const double* b, Eigen::Index count) {
    return count == 0 || std::memcmp(a, b, static_cast<std::size_t>(count) * sizeof(double)) == 0;
}

bool sameBits(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() && sameBits(a.data(), b.data(), a.size());
}

bool sameBits(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    return a.size() == b.size() && sameBits(a.data(), b.data(), a.size());
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && sameBits(a.data(), b.data(), static_cast<Eigen::Index>(a.size()));
}

bool sameBits(double a, double b) { return sameBits(&a, &b, 1); }

/// Which part of two states differs, or empty when they are identical.
QString stateDifference(const SearchState& a, const SearchState& b) {
    if (a.epoch != b.epoch) return "epoch";
    if (!sameBits(a.lossHistory, b.lossHistory)) return "loss history";
    if (!sameBits(a.alpha, b.alpha)) return "alpha";
    if (!sameBits(a.parameters, b.parameters)) return "parameters";
    if (a.adamSteps != b.adamSteps) return "Adam steps";
    if (!sameBits(a.adamFirstMoment, b.adamFirstMoment)) return "Adam first moment";
    if (!sameBits(a.adamSecondMoment, b.adamSecondMoment)) return "Adam second moment";
    if (a.randomState != b.randomState) return "random state";
    if (a.model.has_value() != b.model.has_value()) return "model presence";
    if (a.model && a.model->architecture.choices != b.model->architecture.choices) return "model choices";
    if (a.model && !sameBits(a.model->parameters, b.model->parameters)) return "model parameters";
    return {};
}

#define COMPARE_STATES(a, b)                                                            \
    do {                                                                                \
        const QString difference_ = stateDifference((a), (b));                          \
        QVERIFY2(difference_.isEmpty(), qPrintable("the states differ in " + difference_)); \
    } while (false)

/// Every setting as text: two configurations are the same when these are.
std::vector<std::string> settingsText(const SearchConfig& config) {
    std::vector<std::string> texts;
    for (const ConfigField& f : configFields()) texts.push_back(std::string(f.name) + "=" + f.get(config));
    return texts;
}

QString whatOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const SessionError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

/// Two soft targets from two inputs: a case with several outputs, a trainable
/// output layer and an odd number of rows (so the last batch is short).
Table softTargets() {
    std::ostringstream csv;
    csv << "x1,x2,p1,p2\n";
    for (int i = 0; i < 47; ++i) {
        const double x1 = -1.0 + 2.0 * i / 46.0, x2 = std::sin(1.7 * i);
        const double a = std::exp(1.5 * x1), b = std::exp(-x2);
        csv << formatRoundTrip(x1) << ',' << formatRoundTrip(x2) << ',' << formatRoundTrip(a / (a + b)) << ','
            << formatRoundTrip(b / (a + b)) << '\n';
    }
    return parseTable(csv.str(), "soft targets");
}

struct Case {
    Table table;
    std::vector<std::string> inputs, targets;
    SearchConfig config;
};

Case seedCase(SamplingStrategy strategy) {
    Case c{exampleTable(findExample("seed")), {"x1", "x2"}, {"y"}, {}};
    c.config.primitives = seedDocumentConfig().primitives;
    c.config.num_graph_nodes = 2;
    c.config.max_epochs = 20;
    c.config.batch_size = 16;  // several batches per epoch, so that the shuffles matter
    c.config.param_updates_per_epoch = 15;
    c.config.param_updates_for_sampled_model = 30;
    c.config.sampling_strategy = strategy;
    c.config.seed = 11;
    return c;
}

Case softCase() {
    Case c{softTargets(), {"x1", "x2"}, {"p1", "p2"}, {}};
    c.config.primitives = parsePrimitiveList("none,linear,mult,exp,linear_tanh");
    c.config.num_graph_nodes = 2;
    c.config.output_type = OutputType::ProbabilityDistribution;
    c.config.darts_type = DartsType::Fair;
    c.config.train_classifier_coefficients = true;
    c.config.train_classifier_bias = true;
    c.config.max_epochs = 20;
    c.config.batch_size = 13;
    c.config.arch_updates_per_epoch = 3;
    c.config.param_updates_per_epoch = 7;
    c.config.param_updates_for_sampled_model = 25;
    c.config.sampling_strategy = SamplingStrategy::Sample;
    c.config.seed = 5;
    return c;
}

std::unique_ptr<SearchEngine> engineFor(const Case& c) {
    Selection s = selectColumns(c.table, c.inputs, c.targets);
    return std::make_unique<SearchEngine>(c.config, s.X, s.Y, s.inputNames, s.targetNames);
}

/// A session after a few epochs and a sampled model: every part of the state filled.
std::string sessionText() {
    const Case c = seedCase(SamplingStrategy::Max);
    auto engine = engineFor(c);
    engine->runEpochs(3);
    engine->sampleModel();
    return writeSession(makeSession(c.table, *engine));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    if (at == std::string::npos) throw std::logic_error("test text not found: " + from);
    return text.replace(at, from.size(), to);
}

/// The text with the array after `"key":` (up to its matching bracket) replaced.
std::string withArray(std::string text, const std::string& key, const std::string& array) {
    const std::size_t start = text.find("\"" + key + "\":[");
    if (start == std::string::npos) throw std::logic_error("test key not found: " + key);
    std::size_t pos = text.find('[', start);
    const std::size_t open = pos;
    int depth = 0;
    do {
        depth += text[pos] == '[' ? 1 : text[pos] == ']' ? -1 : 0;
        ++pos;
    } while (depth > 0);
    return text.replace(open, pos - open, array);
}

std::string readFile(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const QString& path, const std::string& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

}  // namespace

class TestSession : public QObject {
    Q_OBJECT

private slots:
    // ---- JSON reader

    void readsEveryKindOfValue() {
        const JsonValue v =
            parseJson(" {\"n\": null, \"t\": true, \"f\": false, \"x\": -12.5e1, \"s\": \"hi\", \"a\": [1, [], {}],"
                      " \"o\": {\"z\": 1, \"a\": 2}}\r\n");
        QVERIFY(v.isObject());
        QCOMPARE(v.asObject().size(), std::size_t{7});
        QVERIFY(v.find("n")->isNull());
        QCOMPARE(v.find("t")->asBool(), true);
        QCOMPARE(v.find("f")->asBool(), false);
        QCOMPARE(v.find("x")->asNumber(), -125.0);
        QCOMPARE(v.find("s")->asString(), std::string("hi"));
        const JsonValue::Array& a = v.find("a")->asArray();
        QCOMPARE(a.size(), std::size_t{3});
        QCOMPARE(a[0].asNumber(), 1.0);
        QVERIFY(a[1].isArray() && a[1].asArray().empty());
        QVERIFY(a[2].isObject() && a[2].asObject().empty());
        // Members keep the order of the text.
        const JsonValue::Object& o = v.find("o")->asObject();
        QCOMPARE(o[0].first, std::string("z"));
        QCOMPARE(o[1].first, std::string("a"));
        QVERIFY(v.find("missing") == nullptr);
        QVERIFY(a[0].find("n") == nullptr);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, v.asNumber());
        // Scalars at the top, and a byte-order mark.
        QCOMPARE(parseJson("\xEF\xBB\xBF 7 ").asNumber(), 7.0);
        QCOMPARE(parseJson("\"\"").asString(), std::string());
    }

    void decodesEscapes() {
        const JsonValue v = parseJson("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9\\u20AC\\ud83d\\ude00 \\u0000\"");
        const std::string expected = std::string("q\" b\\ s/ \b\f\n\r\t A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 ") + '\0';
        QCOMPARE(v.asString(), expected);
        // Bytes beyond ASCII pass through unchecked, as the writer passes them.
        QCOMPARE(parseJson("\"\xC3\xA9 \xE9\"").asString(), std::string("\xC3\xA9 \xE9"));
    }

    void readsWhatTheWriterWrites() {
        std::string every;
        for (int ch = 1; ch < 256; ++ch) every += static_cast<char>(ch);
        JsonWriter json;
        json.beginObject().key(every).value(every).key("list").beginArray().value(1).value(true).null().endArray();
        json.endObject();
        const JsonValue v = parseJson(json.text());
        QCOMPARE(v.find(every)->asString(), every);
        QCOMPARE(v.find("list")->asArray().size(), std::size_t{3});
    }

    void readsNesting() {
        const JsonValue v = parseJson("{\"a\":[1,{\"b\":[[2,3],[]],\"c\":{\"d\":{\"e\":\"deep\"}}}]}");
        const JsonValue& inner = v.find("a")->asArray()[1];
        QCOMPARE(inner.find("b")->asArray()[0].asArray()[1].asNumber(), 3.0);
        QCOMPARE(inner.find("c")->find("d")->find("e")->asString(), std::string("deep"));
    }

    void reportsErrorsWithTheirPosition_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << "  " << 1 << 3 << "empty";
        QTest::newRow("unclosed array") << "[1,2" << 1 << 5 << "not closed";
        QTest::newRow("unclosed object") << "{\"a\":1" << 1 << 7 << "not closed";
        QTest::newRow("unknown word") << "{\n  \"a\": tru\n}" << 2 << 8 << "unknown word";
        QTest::newRow("trailing comma") << "[1,]" << 1 << 4 << "expected a value";
        QTest::newRow("missing comma") << "[1 2]" << 1 << 4 << "expected ',' or ']'";
        QTest::newRow("missing colon") << "{\"a\" 1}" << 1 << 6 << "':'";
        QTest::newRow("unquoted key") << "{a:1}" << 1 << 2 << "key in double quotes";
        QTest::newRow("leading zero") << "01" << 1 << 2 << "start with 0";
        QTest::newRow("bare minus") << "-" << 1 << 2 << "digit after '-'";
        QTest::newRow("bare point") << "[1.]" << 1 << 4 << "decimal point";
        QTest::newRow("empty exponent") << "1e+" << 1 << 4 << "exponent";
        QTest::newRow("NaN") << "NaN" << 1 << 1 << "expected a value";
        QTest::newRow("too large") << "[1e400]" << 1 << 2 << "beyond the range";
        QTest::newRow("unclosed string") << "\"abc" << 1 << 5 << "not closed";
        QTest::newRow("raw tab in string") << "\"a\tb\"" << 1 << 3 << "control character";
        QTest::newRow("raw newline in string") << "[\n\"a\nb\"]" << 2 << 3 << "control character";
        QTest::newRow("unknown escape") << "\"ab\\x\"" << 1 << 4 << "unknown escape";
        QTest::newRow("short \\u") << "\"\\u12\"" << 1 << 6 << "four hexadecimal digits";
        QTest::newRow("lone high surrogate") << "\"\\ud800x\"" << 1 << 2 << "high surrogate";
        QTest::newRow("lone low surrogate") << "\"\\udc00\"" << 1 << 2 << "low surrogate";
        QTest::newRow("repeated key") << "{\"a\":1,\"a\":2}" << 1 << 8 << "appears twice";
        QTest::newRow("two values") << "1 2" << 1 << 3 << "after the JSON value";
    }

    void reportsErrorsWithTheirPosition() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, problem);
        try {
            parseJson(text.toStdString());
            QFAIL("no JsonError");
        } catch (const JsonError& e) {
            QVERIFY2(QString::fromStdString(e.problem()).contains(problem), e.what());
            QCOMPARE(static_cast<int>(e.line()), line);
            QCOMPARE(static_cast<int>(e.column()), column);
            QVERIFY(QString(e.what()).startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
        }
    }

    void rejectsDeepNesting() {
        const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
        QVERIFY(parseJson(nested(kMaxJsonDepth)).isArray());
        QVERIFY_THROWS_EXCEPTION(JsonError, parseJson(nested(kMaxJsonDepth + 1)));
        // Hostile input far beyond the limit ends in an error, not a stack overflow.
        QVERIFY_THROWS_EXCEPTION(JsonError, parseJson(std::string(1000000, '[')));
        std::string objects;
        for (int i = 0; i <= kMaxJsonDepth; ++i) objects += "{\"a\":";
        QVERIFY_THROWS_EXCEPTION(JsonError, parseJson(objects + "1" + std::string(kMaxJsonDepth + 1, '}')));
    }

    void numbersRoundTripBitForBit() {
        std::vector<double> values = {0.1,     1e-300, 5e-324, -0.0, 0.0, 1.7976931348623157e308, -1.7976931348623157e308,
                                      2.2250738585072014e-308, 2.225073858507201e-308, 1.0 / 3.0, -123456789.125, 1e22,
                                      9007199254740993.0, 4.35, 0.30000000000000004};
        std::mt19937_64 bits(2024);
        while (values.size() < 20000) {
            double x;
            const std::uint64_t pattern = bits();
            std::memcpy(&x, &pattern, sizeof x);
            if (std::isfinite(x)) values.push_back(x);
        }
        JsonWriter json;
        json.array(values);
        const JsonValue::Array read = parseJson(json.text()).asArray();
        QCOMPARE(read.size(), values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            QVERIFY2(sameBits(read[i].asNumber(), values[i]), qPrintable(QString::fromStdString(formatRoundTrip(values[i]))));
        QVERIFY(std::signbit(parseJson("-0.0").asNumber()));
        QVERIFY(sameBits(parseJson("5e-324").asNumber(), std::numeric_limits<double>::denorm_min()));
        QVERIFY(sameBits(parseJson("1.7976931348623157e308").asNumber(), std::numeric_limits<double>::max()));
    }

    // ---- The engine's state

    void stateRoundTripsThroughRestore() {
        const Case c = seedCase(SamplingStrategy::Sample);
        auto a = engineFor(c);
        auto b = engineFor(c);
        const SearchState fresh = b->state();
        QCOMPARE(fresh.adamSteps, 0LL);
        QVERIFY(!fresh.model);
        a->runEpochs(4);
        a->sampleModel();
        const SearchState s = a->state();
        QCOMPARE(s.epoch, 4);
        QCOMPARE(s.lossHistory.size(), std::size_t{4});
        QCOMPARE(s.adamSteps, 4LL);
        QVERIFY(s.model.has_value());
        b->restore(s);
        COMPARE_STATES(b->state(), s);
        QCOMPARE(b->epoch(), 4);
        QVERIFY(b->model() != nullptr);
        QCOMPARE(b->model()->equations(), a->model()->equations());
        // Restoring the fresh state takes the engine back to its start.
        b->restore(fresh);
        COMPARE_STATES(b->state(), fresh);
        QVERIFY(b->model() == nullptr);
    }

    void restoreRejectsAStateThatDoesNotFit_data() {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("alpha shape") << 0 << "alpha is 4 x 7";
        QTest::newRow("parameters") << 1 << "coefficient vector has 3 entries";
        QTest::newRow("moment") << 2 << "first moment is 1 x 1";
        QTest::newRow("random state") << 3 << "random generator";
        QTest::newRow("choice") << 4 << "edge 2 is primitive number 8";
        QTest::newRow("history") << 5 << "loss history has 2 entries for 3 epochs";
    }

    void restoreRejectsAStateThatDoesNotFit() {
        QFETCH(int, damage);
        QFETCH(QString, message);
        const Case c = seedCase(SamplingStrategy::Max);
        auto engine = engineFor(c);
        engine->runEpochs(3);
        engine->sampleModel();
        const SearchState before = engine->state();
        SearchState s = before;
        switch (damage) {
            case 0: s.alpha.conservativeResize(4, Eigen::NoChange); break;
            case 1: s.parameters.resize(3); break;
            case 2: s.adamFirstMoment.resize(1, 1); break;
            case 3: s.randomState = "12 34 x"; break;
            case 4: s.model->architecture.choices[1] = 7; break;
            case 5: s.lossHistory.pop_back(); break;
        }
        try {
            engine->restore(s);
            QFAIL("no exception");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
        COMPARE_STATES(engine->state(), before);  // left as it was
    }

    // ---- The promise: continuing after reopening is bit for bit continuing

    void continuingAfterReopeningIsBitIdentical_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("seed, max") << 0;
        QTest::newRow("seed, sample") << 1;
        QTest::newRow("fair, two soft targets, sample") << 2;
    }

    void continuingAfterReopeningIsBitIdentical() {
        QFETCH(int, which);
        const Case c = which == 2 ? softCase() : seedCase(which == 0 ? SamplingStrategy::Max : SamplingStrategy::Sample);
        auto a = engineFor(c);
        QVERIFY(a->fit().completed());  // 20 epochs and a sampled model

        const std::string text = writeSession(makeSession(c.table, *a));
        const Session reopened = readSession(text);
        QCOMPARE(writeSession(reopened), text);
        auto b = makeEngine(reopened);
        COMPARE_STATES(b->state(), a->state());

        // Refitting the restored model, then 20 more epochs and a new model.
        for (SearchEngine* engine : {a.get(), b.get()}) {
            QVERIFY(engine->refitModel(10).completed());
            QVERIFY(engine->fit().completed());
        }
        QCOMPARE(b->epoch(), 40);
        QVERIFY(a->lossHistory() == b->lossHistory());
        QVERIFY(sameBits(a->lossHistory(), b->lossHistory()));
        QVERIFY(sameBits(a->network().alpha(), b->network().alpha()));
        QVERIFY(sameBits(a->network().parameters(), b->network().parameters()));
        QVERIFY(a->model()->network().choices() == b->model()->network().choices());
        QVERIFY(sameBits(a->model()->network().parameters(), b->model()->network().parameters()));
        QCOMPARE(a->model()->equations(), b->model()->equations());
        COMPARE_STATES(a->state(), b->state());
        // The continuation really moved: a reopened session is not a frozen one.
        QVERIFY(!sameBits(a->network().alpha(), reopened.state->alpha));
    }

    void aSessionWithoutStateStartsAfresh() {
        const Case c = seedCase(SamplingStrategy::Max);
        auto a = engineFor(c);
        a->runEpochs(2);
        const Session s = readSession(writeSession(makeSession(c.table, *a, false)));
        QVERIFY(!s.state);
        QVERIFY(writeSession(makeSession(c.table, *a, false)).find("\"search\"") == std::string::npos);
        auto b = makeEngine(s);
        QCOMPARE(b->epoch(), 0);
        COMPARE_STATES(b->state(), engineFor(c)->state());
    }

    void epochsWithoutStepsKeepTheirNaNLoss() {
        Case c = seedCase(SamplingStrategy::Max);
        c.config.arch_updates_per_epoch = 0;
        c.config.param_updates_per_epoch = 0;
        auto engine = engineFor(c);
        engine->runEpochs(2);
        QVERIFY(std::isnan(engine->lossHistory()[1]));
        const std::string text = writeSession(makeSession(c.table, *engine));
        QVERIFY(text.find("\"loss_history\":[null,null]") != std::string::npos);
        const Session read = readSession(text);
        QCOMPARE(read.state->lossHistory.size(), std::size_t{2});
        QVERIFY(std::isnan(read.state->lossHistory[0]) && std::isnan(read.state->lossHistory[1]));
        QCOMPARE(makeEngine(read)->epoch(), 2);
    }

    // ---- Session files

    void sessionsKeepTheWholeTable() {
        Case c = seedCase(SamplingStrategy::Max);
        c.table = parseTable("x1,label,x2,y\n1,a,2,3\n2,,0.5,1e-300\n3,7,-0,4\n4,c,5e-324,2\n", "mixed.csv");
        auto engine = engineFor(c);
        const Session read = readSession(writeSession(makeSession(c.table, *engine)));
        QCOMPARE(read.version, kSessionVersion);
        QCOMPARE(read.data.source, std::string("mixed.csv"));
        QCOMPARE(read.data.columnNames, c.table.columnNames);
        QCOMPARE(read.data.values.rows(), Eigen::Index{4});
        for (Eigen::Index r = 0; r < 4; ++r)
            for (Eigen::Index col = 0; col < 4; ++col) {
                const double want = c.table.values(r, col), got = read.data.values(r, col);
                QVERIFY(std::isnan(want) ? std::isnan(got) : sameBits(want, got));
            }
        QVERIFY(read.data.isNumeric(0) && !read.data.isNumeric(1));
        QCOMPARE(read.data.firstBadCell[1]->line, c.table.firstBadCell[1]->line);
        QCOMPARE(read.data.firstBadCell[1]->text, std::string("a"));
        QCOMPARE(read.inputs, (std::vector<std::string>{"x1", "x2"}));
        QCOMPARE(read.targets, std::vector<std::string>{"y"});
        QCOMPARE(settingsText(read.config), settingsText(c.config));
    }

    void savesAndLoadsThroughAFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("run.darts").toStdString();
        const Case c = seedCase(SamplingStrategy::Sample);
        auto a = engineFor(c);
        a->fit();
        saveSessionFile(path, makeSession(c.table, *a));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"run.darts"});
        const Session loaded = loadSessionFile(path);
        QVERIFY(loaded.state.has_value());
        COMPARE_STATES(*loaded.state, a->state());
        auto b = makeEngine(loaded);
        a->fit();
        b->fit();
        COMPARE_STATES(a->state(), b->state());

        const QString missing = whatOf([&] { loadSessionFile(dir.filePath("none.darts").toStdString()); });
        QVERIFY2(missing.contains("none.darts") && missing.contains("cannot open"), qPrintable(missing));
        writeFile(dir.filePath("bad.darts"), "{\"format\":\"darts-studio-session\",\"version\":99}");
        const QString newer = whatOf([&] { loadSessionFile(dir.filePath("bad.darts").toStdString()); });
        QVERIFY2(newer.startsWith(dir.filePath("bad.darts") + ": this session was written by a newer"), qPrintable(newer));
    }

    void corruptSessionsAreRefusedWithAReason_data() {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << 0 << "not valid JSON at line 1, column";
        QTest::newRow("wrong tag") << 1 << "not a DARTS Studio session: its \"format\" is \"darts-studio-sessions\"";
        QTest::newRow("newer version")
            << 2 << "this session was written by a newer DARTS Studio (version 99); this one reads up to version 1";
        QTest::newRow("missing setting") << 3 << "settings.batch_size is missing";
        QTest::newRow("bad setting") << 4 << "settings.batch_size: invalid value 'sixty'";
        QTest::newRow("alpha shape") << 5 << "search: alpha is 2 x 2, but the network has 5 edges x 7 primitives";
        QTest::newRow("null in alpha") << 6 << "search.alpha[0][1] is null, expected a number";
        QTest::newRow("ragged alpha") << 7 << "search.alpha[1] has 1 numbers, but search.alpha[0] has 2";
        QTest::newRow("unknown column") << 8 << "unknown column 'x3'";
        QTest::newRow("unknown setting") << 9 << "settings: unknown setting 'speed'";
        QTest::newRow("mistyped field") << 10 << "search.epoch is a string, expected a number";
        QTest::newRow("not an object") << 11 << "the text holds an array, not an object";
        QTest::newRow("no tag") << 12 << "it has no \"format\" field";
        QTest::newRow("missing data") << 13 << "data is missing";
        QTest::newRow("model primitive") << 14 << "search.model.primitives[0]: 'linear' is not among the primitives";
        QTest::newRow("ragged data") << 15 << "data.rows[0] has 2 cells, but there are 3 columns";
        QTest::newRow("invalid settings together") << 16 << "settings: ";
        QTest::newRow("fractional epoch") << 17 << "search.epoch is 2.5, expected a whole number";
        QTest::newRow("history epochs without weights")
            << 18 << "weights_history_epochs: not one epoch per entry of weights_history";
        QTest::newRow("fractional history epoch") << 19 << "weights_history_epochs[0] is 1.5, expected a whole number";
    }

    void corruptSessionsAreRefusedWithAReason() {
        QFETCH(int, damage);
        QFETCH(QString, message);
        const std::string good = sessionText();
        QVERIFY(!whatOf([&] { readSession(good); }).size());
        std::string text;
        switch (damage) {
            case 0: text = good.substr(0, good.size() / 2); break;
            case 1: text = replaced(good, "\"darts-studio-session\"", "\"darts-studio-sessions\""); break;
            case 2: text = replaced(good, "\"version\":1", "\"version\":99"); break;
            case 3: text = replaced(good, "\"batch_size\":\"16\",", ""); break;
            case 4: text = replaced(good, "\"batch_size\":\"16\"", "\"batch_size\":\"sixty\""); break;
            case 5: text = withArray(good, "alpha", "[[1,2],[3,4]]"); break;
            case 6: {
                const std::size_t at = good.find("\"alpha\":[[") + 10;
                text = good.substr(0, at) + good.substr(at, good.find(',', at) - at + 1) + "null," +
                       good.substr(good.find(',', good.find(',', at) + 1) + 1);
                break;
            }
            case 7: text = withArray(good, "alpha", "[[1,2],[3]]"); break;
            case 8: text = replaced(good, "\"inputs\":[\"x1\",\"x2\"]", "\"inputs\":[\"x1\",\"x3\"]"); break;
            case 9: text = replaced(good, "\"settings\":{", "\"settings\":{\"speed\":\"fast\","); break;
            case 10: text = replaced(good, "\"epoch\":3", "\"epoch\":\"3\""); break;
            case 11: text = "[1,2]"; break;
            case 12: text = replaced(good, "\"format\":\"darts-studio-session\",", ""); break;
            case 13: text = replaced(good, "\"data\":{", "\"dat\":{"); break;
            case 14: text = withArray(good, "primitives", "[\"linear\",\"none\",\"none\",\"none\",\"none\"]"); break;
            case 15: text = withArray(good, "rows", "[[1,2]]"); break;
            case 16:
                text = replaced(good, "\"param_learning_rate_min\":\"0.01\"", "\"param_learning_rate_min\":\"-1\"");
                break;
            case 17: text = replaced(good, "\"epoch\":3", "\"epoch\":2.5"); break;
            case 18: text = good.substr(0, good.rfind('}')) + ",\"weights_history_epochs\":[1]}"; break;
            case 19: text = good.substr(0, good.rfind('}')) + ",\"weights_history_epochs\":[1.5]}"; break;
        }
        const QString what = whatOf([&] { readSession(text); });
        QVERIFY2(what.contains(message), qPrintable("message: " + what));
    }

    void refusesToWriteWhatCouldNotBeReadBack() {
        const Case c = seedCase(SamplingStrategy::Max);
        auto engine = engineFor(c);
        engine->runEpochs(2);
        Session s = makeSession(c.table, *engine);
        s.state->adamSecondMoment(1, 1) = std::numeric_limits<double>::infinity();
        QVERIFY(whatOf([&] { writeSession(s); }).contains("Adam's second moment holds a value that is not finite"));
        s = makeSession(c.table, *engine);
        s.targets = {"x2"};
        QVERIFY(whatOf([&] { writeSession(s); }).contains("cannot be both input and target"));
        // A table that is not the one the search ran on.
        Table other = c.table;
        other.values(3, 0) += 1.0;
        QVERIFY(whatOf([&] { makeSession(other, *engine); }).contains("do not hold the data the search ran on"));
    }

    void savingIntoAMissingDirectoryLeavesNothing() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("missing/run.darts").toStdString();
        const std::string text = sessionText();
        const QString what = whatOf([&] { saveSessionFile(path, readSession(text)); });
        QVERIFY2(what.startsWith("cannot write '" + QString::fromStdString(path) + "': No such file or directory"),
                 qPrintable(what));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        // A path that is a directory: the temporary file is made, the rename fails, and it is removed.
        QVERIFY(QDir(dir.path()).mkdir("taken"));
        const QString taken = whatOf([&] { saveSessionFile(dir.filePath("taken").toStdString(), readSession(text)); });
        QVERIFY2(taken.startsWith("cannot write"), qPrintable(taken));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"taken"});
    }

    void savingReplacesAnExistingFileWhole() {
        QTemporaryDir dir;
        const QString path = dir.filePath("run.darts");
        writeFile(path, std::string(1 << 20, 'x'));  // longer than the session: no old tail may remain
        QVERIFY(::chmod(path.toLocal8Bit().constData(), 0640) == 0);
        const Session s = readSession(sessionText());
        saveSessionFile(path.toStdString(), s);
        QCOMPARE(readFile(path), writeSession(s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"run.darts"});
        struct stat info {};
        QVERIFY(::stat(path.toLocal8Bit().constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, 0640u);  // the user's permissions survive the replacement
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "test_session.moc"
