// Tests of the CSV/TSV reader (parseTable, readTable), the choice of input and
// target columns (selectColumns, splitNames) and the built-in examples.

#include "data/examples.h"
#include "data/table.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace darts;

namespace {

Table parse(std::string_view text, const TableOptions& options = {}) { return parseTable(text, "test.csv", options); }

TableOptions withDecimalComma() {
    TableOptions options;
    options.decimalComma = true;
    return options;
}

TableOptions dropMissing() {
    TableOptions options;
    options.missingValues = MissingValues::Drop;
    return options;
}

/// The message of the DataError that `action` throws; a null string when it throws none.
QString dataErrorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const DataError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

/// True when the message is not null and contains every part.
bool mentionsAll(const QString& message, const QStringList& parts) {
    if (message.isNull()) return false;
    for (const QString& part : parts)
        if (!message.contains(part)) return false;
    return true;
}

QString describe(const QString& message) { return message.isNull() ? QStringLiteral("no DataError thrown") : message; }

QStringList qtNames(const std::vector<std::string>& names) {
    QStringList list;
    for (const auto& n : names) list << QString::fromStdString(n);
    return list;
}

Eigen::MatrixXd matrix(std::initializer_list<std::initializer_list<double>> rows) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : rows) {
        Eigen::Index c = 0;
        for (double v : row) m(r, c++) = v;
        ++r;
    }
    return m;
}

const std::vector<std::string> kNone;

}  // namespace

/// Fails the calling test unless `action` throws a DataError whose message contains every part.
#define VERIFY_DATA_ERROR(action, ...)                                                             \
    do {                                                                                           \
        const QString message_ = dataErrorOf([&] { action; });                                     \
        QVERIFY2(mentionsAll(message_, QStringList{__VA_ARGS__}), qPrintable(describe(message_))); \
    } while (false)

class TestTable : public QObject {
    Q_OBJECT

private slots:
    void separatorFromHeader_data();
    void separatorFromHeader();
    void byteOrderMarkAndCrlf();
    void quotedFields();
    void blankLinesSkipped();
    void numberFormats();
    void emptyText_data();
    void emptyText();
    void headerOnly();
    void numbersOnFirstLine();
    void raggedRow_data();
    void raggedRow();
    void duplicateColumnNames();
    void nonNumericCell();
    void separatorDetected_data();
    void separatorDetected();
    void oneNameHeaderWithSeparatedData();
    void quotedLineBreak();
    void unclosedQuote();
    void decimalComma_data();
    void decimalComma();
    void decimalCommaRejectsPoint();
    void decimalCommaWithCommaSeparator();
    void missingValueRefused();
    void missingValueRowsDropped();
    void quotedAndBlankCellsAreMissing();
    void emptyCellInTextColumnKeepsRow();
    void emptyColumnIsNotNumeric();
    void everyRowMissing();
    void constantColumnsListed();
    void progressAndCancel();
    void nonFiniteCellsAreBad_data();
    void nonFiniteCellsAreBad();
    void defaultSelectionSkipsTextColumns();
    void explicitSelection();
    void unknownColumn();
    void columnBothInputAndTarget();
    void columnSelectedTwice();
    void readTableFromFile();
    void readTableMissingFile();
    void splitNamesTrimsAndSplits();
    void builtInExamples_list();
    void seedExample();
    void weberFechnerExample();
    void unknownExample();
    void embeddedExampleMatchesFile_data();
    void embeddedExampleMatchesFile();
};

void TestTable::separatorFromHeader_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("semicolon") << QByteArray("a;b\n1;2\n3;4\n");
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n3\t4\n");
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4");
}

void TestTable::separatorFromHeader() {
    QFETCH(QByteArray, text);
    const Table t = parse(text.toStdString());
    QCOMPARE(qtNames(t.columnNames), (QStringList{"a", "b"}));
    QCOMPARE(t.values, matrix({{1, 2}, {3, 4}}));
    QVERIFY(t.isNumeric(0) && t.isNumeric(1));
    QCOMPARE(t.source, std::string("test.csv"));
}

void TestTable::byteOrderMarkAndCrlf() {
    const Table t = parse("\xEF\xBB\xBFx,y\r\n1,2\r\n\r\n3,4\r\n");
    QCOMPARE(qtNames(t.columnNames), (QStringList{"x", "y"}));
    QCOMPARE(t.values, matrix({{1, 2}, {3, 4}}));
    QCOMPARE(t.columnIndex("x"), 0);
}

void TestTable::quotedFields() {
    const Table t = parse("\"name, with comma\",\"say \"\"hi\"\"\",y\n"
                          "\"1.5\",2,3\n"
                          "\"x,1\",4,5\n");
    QCOMPARE(qtNames(t.columnNames), (QStringList{"name, with comma", "say \"hi\"", "y"}));
    QCOMPARE(t.rowCount(), Eigen::Index(2));
    QCOMPARE(t.values(0, 0), 1.5);
    QCOMPARE(t.values.col(1), Eigen::Vector2d(2, 4));
    // A quoted cell holding the separator stays one cell, kept as written.
    QVERIFY(!t.isNumeric(0));
    QCOMPARE(t.firstBadCell[0]->text, std::string("x,1"));
    QCOMPARE(t.firstBadCell[0]->line, std::size_t(3));
}

void TestTable::blankLinesSkipped() {
    const Table t = parse("\n  \na,b\n\n1,2\n \t \n3,4\n\n\n");
    QCOMPARE(t.values, matrix({{1, 2}, {3, 4}}));
    // Line numbers in messages still count the blank lines.
    VERIFY_DATA_ERROR(parse("a,b\n\n1,2\n\n5\n"), "line 5");
}

void TestTable::numberFormats() {
    const Table t = parse("a,b,c,d\n+1.5,1e3,-2.5E-2, 7 \n+0,.5,1.e1,-0\n");
    QVERIFY(t.isNumeric(0) && t.isNumeric(1) && t.isNumeric(2) && t.isNumeric(3));
    QCOMPARE(t.values, matrix({{1.5, 1000, -0.025, 7}, {0, 0.5, 10, 0}}));
}

void TestTable::emptyText_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray("  \n\t\n \r\n\n");
    QTest::newRow("byte-order mark only") << QByteArray("\xEF\xBB\xBF");
}

void TestTable::emptyText() {
    QFETCH(QByteArray, text);
    VERIFY_DATA_ERROR(parse(text.toStdString()), "test.csv", "empty");
}

void TestTable::headerOnly() {
    VERIFY_DATA_ERROR(parse("a,b\n"), "no data rows");
    VERIFY_DATA_ERROR(parse("a,b\n\n  \n"), "no data rows");
}

void TestTable::numbersOnFirstLine() {
    VERIFY_DATA_ERROR(parse("1,2\n3,4\n"), "line 1", "must name the columns");
    VERIFY_DATA_ERROR(parse("\n+1.5;2e3\n3;4\n"), "line 2", "must name the columns");
}

void TestTable::raggedRow_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("too few") << QByteArray("a,b,c\n1,2,3\n4,5\n") << QStringList{"line 3", "has 2 fields", "3 columns"};
    QTest::newRow("too many") << QByteArray("a,b\n1,2\n3,4\n5,6,7\n") << QStringList{"line 4", "has 3 fields", "2 columns"};
    QTest::newRow("trailing separator") << QByteArray("a;b\n1;2;\n") << QStringList{"line 2", "has 3 fields"};
}

void TestTable::raggedRow() {
    QFETCH(QByteArray, text);
    QFETCH(QStringList, mentions);
    const QString message = dataErrorOf([&] { parse(text.toStdString()); });
    QVERIFY2(mentionsAll(message, mentions), qPrintable(describe(message)));
}

void TestTable::duplicateColumnNames() {
    VERIFY_DATA_ERROR(parse("a,b,a\n1,2,3\n"), "'a'", "twice");
    VERIFY_DATA_ERROR(parse("a, b ,b\n1,2,3\n"), "'b'", "twice");  // names are trimmed
}

void TestTable::nonNumericCell() {
    const Table t = parse("a,b,y\n1,2,3\n4,oops,6\n7,later,9\n");
    QCOMPARE(t.rowCount(), Eigen::Index(3));
    QVERIFY(t.isNumeric(0));
    QVERIFY(!t.isNumeric(1));
    QVERIFY(t.isNumeric(2));
    QVERIFY(std::isnan(t.values(1, 1)));
    QCOMPARE(t.values(1, 0), 4.0);
    QCOMPARE(t.firstBadCell[1]->line, std::size_t(3));  // the first bad cell, not the last
    QCOMPARE(t.firstBadCell[1]->text, std::string("oops"));

    VERIFY_DATA_ERROR(selectColumns(t, {"a", "b"}, {"y"}), "line 3", "'b'", "oops");
    VERIFY_DATA_ERROR(selectColumns(t, {"a"}, {"b"}), "line 3", "'b'", "oops");
    // Not selected: no complaint.
    const Selection s = selectColumns(t, {"a"}, {"y"});
    QCOMPARE(s.X, matrix({{1}, {4}, {7}}));
}

void TestTable::separatorDetected_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("rows");
    // Text cells holding another candidate separator do not fool the count.
    QTest::newRow("tab, commas in text") << QByteArray("name\tx\na,b\t1\nc,d\t2\n") << QStringList{"name", "x"} << 2;
    QTest::newRow("semicolon, commas in text")
        << QByteArray("name;x;y\na,b;1;2\nc;3;4\n") << QStringList{"name", "x", "y"} << 2;
    QTest::newRow("comma, semicolons in text")
        << QByteArray("x,note\n1,a;b;c\n2,d\n") << QStringList{"x", "note"} << 2;
    QTest::newRow("one column") << QByteArray("y\n1\n2\n3\n") << QStringList{"y"} << 3;
    QTest::newRow("crlf and quoted names")
        << QByteArray("\"a\";\"b\"\r\n\"1\";\"2\"\r\n") << QStringList{"a", "b"} << 1;
}

void TestTable::separatorDetected() {
    QFETCH(QByteArray, text);
    QFETCH(QStringList, names);
    QFETCH(int, rows);
    const Table t = parse(text.toStdString());
    QCOMPARE(qtNames(t.columnNames), names);
    QCOMPARE(t.rowCount(), Eigen::Index(rows));
}

void TestTable::oneNameHeaderWithSeparatedData() {
    // The header names one column, the data have two: the data's separator is found and the row reported.
    VERIFY_DATA_ERROR(parse("y\n1;2\n3;4\n"), "line 2", "has 2 fields", "names 1 column");
    VERIFY_DATA_ERROR(parse("y\n1\t2\n"), "line 2", "has 2 fields");
    // With a decimal comma, a comma in one-column data is a decimal mark, not a separator.
    const Table t = parse("y\n1,5\n-2,25\n", withDecimalComma());
    QCOMPARE(t.values, matrix({{1.5}, {-2.25}}));
}

void TestTable::quotedLineBreak() {
    const Table t = parse("note,y\n\"two\nlines\",1\r\nplain,oops\n");
    QCOMPARE(t.rowCount(), Eigen::Index(2));
    QVERIFY(!t.isNumeric(0));
    QCOMPARE(t.firstBadCell[0]->text, std::string("two\nlines"));
    QCOMPARE(t.firstBadCell[0]->line, std::size_t(2));
    // Lines after it keep their numbers in the file.
    QCOMPARE(t.firstBadCell[1]->line, std::size_t(4));
}

void TestTable::unclosedQuote() { VERIFY_DATA_ERROR(parse("a,b\n1,2\n\"3,4\n5,6\n"), "line 3", "never closed"); }

void TestTable::decimalComma_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("semicolon") << QByteArray("x;y\n1,5;-2,25\n3;4e1\n");
    QTest::newRow("tab") << QByteArray("x\ty\n1,5\t-2,25\n3\t4e1\n");
    QTest::newRow("semicolon, BOM, CRLF") << QByteArray("\xEF\xBB\xBFx;y\r\n1,5;-2,25\r\n\r\n3;4e1\r\n");
    QTest::newRow("comma, quoted numbers") << QByteArray("x,y\n\"1,5\",\"-2,25\"\n3,\"4e1\"\n");
}

void TestTable::decimalComma() {
    QFETCH(QByteArray, text);
    const Table t = parse(text.toStdString(), withDecimalComma());
    QCOMPARE(qtNames(t.columnNames), (QStringList{"x", "y"}));
    QCOMPARE(t.values, matrix({{1.5, -2.25}, {3, 40}}));

    // Without the option the same cells are text.
    if (QByteArray(QTest::currentDataTag()) != "comma, quoted numbers") {
        const Table plain = parse(text.toStdString());
        QVERIFY(!plain.isNumeric(0));
        QCOMPARE(plain.firstBadCell[0]->text, std::string("1,5"));
    }
}

void TestTable::decimalCommaRejectsPoint() {
    // "1.234" could be a thousands separator in such a file: text, not a guess.
    const Table t = parse("x;y\n1.234;1\n2;2\n", withDecimalComma());
    QVERIFY(!t.isNumeric(0));
    QCOMPARE(t.firstBadCell[0]->text, std::string("1.234"));
}

void TestTable::decimalCommaWithCommaSeparator() {
    // A comma-separated file with unquoted decimal commas cannot be read: the message says why.
    VERIFY_DATA_ERROR(parse("x,y\n1,5,2,5\n", withDecimalComma()), "line 2", "has 4 fields", "decimal comma");
    // Integers in a comma-separated file read fine with the option on.
    QCOMPARE(parse("x,y\n1,2\n", withDecimalComma()).values, matrix({{1, 2}}));
}

void TestTable::missingValueRefused() {
    // The default: the first empty cell in file order is named, whatever its column.
    VERIFY_DATA_ERROR(parse("a,b,y\n1,2,3\n4,5,\n7,,9\n"), "test.csv", "line 3", "'y'", "empty", "missing value");
    VERIFY_DATA_ERROR(parse("a,b,y\n1,2,3\n4,,6\n7,8,\n"), "line 3", "'b'", "missing value");
}

void TestTable::missingValueRowsDropped() {
    const Table t = parse("a,b,y\n1,2,3\n\n4,,6\n7,8,\n10,11,12\n", dropMissing());
    QCOMPARE(t.values, matrix({{1, 2, 3}, {10, 11, 12}}));
    QCOMPARE(t.droppedRows, std::size_t(2));
    QCOMPARE(t.firstDroppedLine, std::size_t(4));
    QVERIFY(t.isNumeric(0) && t.isNumeric(1) && t.isNumeric(2));
    // Nothing to drop: nothing counted.
    const Table complete = parse("a,y\n1,2\n", dropMissing());
    QCOMPARE(complete.droppedRows, std::size_t(0));
    QCOMPARE(complete.firstDroppedLine, std::size_t(0));
}

void TestTable::quotedAndBlankCellsAreMissing() {
    VERIFY_DATA_ERROR(parse("a,y\n1,\"\"\n2,3\n"), "line 2", "'y'", "empty");
    VERIFY_DATA_ERROR(parse("a,y\n1,2\n3,  \n"), "line 3", "'y'", "empty");
    const Table t = parse("a,y\n1,\"\"\n2, \t\n3,4\n", dropMissing());
    QCOMPARE(t.values, matrix({{3, 4}}));
    QCOMPARE(t.droppedRows, std::size_t(2));
}

void TestTable::emptyCellInTextColumnKeepsRow() {
    // A text column cannot be used anyway: its empty cells drop nothing and refuse nothing.
    for (const TableOptions& options : {TableOptions{}, dropMissing()}) {
        const Table t = parse("a,label,y\n1,,3\n4,x,6\n", options);
        QCOMPARE(t.rowCount(), Eigen::Index(2));
        QCOMPARE(t.droppedRows, std::size_t(0));
        QVERIFY(!t.isNumeric(1));
        QCOMPARE(t.firstBadCell[1]->text, std::string("x"));
        QCOMPARE(selectColumns(t, kNone, kNone).X, matrix({{1}, {4}}));
    }
}

void TestTable::emptyColumnIsNotNumeric() {
    const Table t = parse("a,nothing,y\n1,,2\n3,,4\n");
    QCOMPARE(t.rowCount(), Eigen::Index(2));
    QVERIFY(!t.isNumeric(1));
    QCOMPARE(t.firstBadCell[1]->line, std::size_t(2));
    QVERIFY(t.firstBadCell[1]->text.empty());
    VERIFY_DATA_ERROR(selectColumns(t, {"a", "nothing"}, kNone), "line 2", "'nothing'", "empty");
}

void TestTable::everyRowMissing() {
    VERIFY_DATA_ERROR(parse("a,y\n1,\n,2\n", dropMissing()), "every row", "line 2", "'y'");
}

void TestTable::constantColumnsListed() {
    const Table t = parse("a,k,label,z,y\n1,5,x,0,2\n2,5,x,-0,3\n3,5,x,0,4\n");
    // "label" is the same text throughout, but text columns are reported as text, not as constant.
    QCOMPARE(constantColumns(t), (std::vector<std::size_t>{1, 3}));
    QVERIFY(constantColumns(parse("a,y\n1,2\n2,3\n")).empty());
}

void TestTable::progressAndCancel() {
    std::string text = "x,y\n";
    for (int i = 0; i < 100000; ++i) text += std::to_string(i) + "," + std::to_string(2 * i) + "\n";
    std::vector<double> fractions;
    TableOptions options;
    options.progress = [&](double fraction) {
        fractions.push_back(fraction);
        return true;
    };
    const Table t = parse(text, options);
    QCOMPARE(t.rowCount(), Eigen::Index(100000));
    QCOMPARE(t.values(99999, 1), 199998.0);
    QVERIFY(fractions.size() >= 5);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QVERIFY(fractions.front() > 0.0 && fractions.back() <= 1.0);

    int calls = 0;
    options.progress = [&](double) { return ++calls < 2; };
    QVERIFY_THROWS_EXCEPTION(ReadCancelled, parse(text, options));
    QCOMPARE(calls, 2);
}

void TestTable::nonFiniteCellsAreBad_data() {
    QTest::addColumn<QString>("cell");
    for (const char* cell : {"nan", "NaN", "inf", "-inf", "+inf", "Infinity", "1e999"}) QTest::newRow(cell) << QString(cell);
}

void TestTable::nonFiniteCellsAreBad() {
    QFETCH(QString, cell);
    const Table t = parse(("x,y\n1,2\n3," + cell + "\n").toStdString());
    QVERIFY(!t.isNumeric(1));
    VERIFY_DATA_ERROR(selectColumns(t, kNone, kNone), "line 3", "'y'", "'" + cell + "'");
}

void TestTable::defaultSelectionSkipsTextColumns() {
    const Table t = parse("a,label,b,y\n1,cat,2,3\n4,dog,5,6\n");
    const Selection s = selectColumns(t, kNone, kNone);
    QCOMPARE(qtNames(s.inputNames), (QStringList{"a", "b"}));
    QCOMPARE(qtNames(s.targetNames), (QStringList{"y"}));
    QCOMPARE(s.X, matrix({{1, 2}, {4, 5}}));
    QCOMPARE(s.Y, matrix({{3}, {6}}));

    // Default inputs with a chosen target: every other numeric column, in file order.
    const Selection byTarget = selectColumns(t, kNone, {"a"});
    QCOMPARE(qtNames(byTarget.inputNames), (QStringList{"b", "y"}));
    QCOMPARE(byTarget.Y, matrix({{1}, {4}}));

    VERIFY_DATA_ERROR(selectColumns(parse("label,y\ncat,1\n"), kNone, kNone), "no numeric column");
}

void TestTable::explicitSelection() {
    const Table t = parse("a,b,c,d\n1,2,3,4\n5,6,7,8\n");
    const Selection s = selectColumns(t, {"c", "a"}, {"d", "b"});
    QCOMPARE(qtNames(s.inputNames), (QStringList{"c", "a"}));
    QCOMPARE(qtNames(s.targetNames), (QStringList{"d", "b"}));
    QCOMPARE(s.X, matrix({{3, 1}, {7, 5}}));
    QCOMPARE(s.Y, matrix({{4, 2}, {8, 6}}));

    const Selection names = selectColumns(t, splitNames("a, b"), splitNames("c"));
    QCOMPARE(qtNames(names.inputNames), (QStringList{"a", "b"}));
    QCOMPARE(names.Y, matrix({{3}, {7}}));
}

void TestTable::unknownColumn() {
    const Table t = parse("a,b,y\n1,2,3\n");
    VERIFY_DATA_ERROR(selectColumns(t, {"a", "nope"}, kNone), "'nope'", "a, b, y");
    VERIFY_DATA_ERROR(selectColumns(t, kNone, {"Y"}), "'Y'", "a, b, y");  // names are case-sensitive
}

void TestTable::columnBothInputAndTarget() {
    const Table t = parse("a,b,y\n1,2,3\n");
    VERIFY_DATA_ERROR(selectColumns(t, {"a", "y"}, kNone), "'y'", "both input and target");
    VERIFY_DATA_ERROR(selectColumns(t, {"a"}, {"b", "a"}), "'a'", "both input and target");
}

void TestTable::columnSelectedTwice() {
    const Table t = parse("a,b,y\n1,2,3\n");
    VERIFY_DATA_ERROR(selectColumns(t, {"a", "a"}, kNone), "'a'", "twice");
    VERIFY_DATA_ERROR(selectColumns(t, {"a"}, {"y", "y"}), "'y'", "twice");
}

void TestTable::readTableFromFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("data.tsv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFp\tq\r\n0.5\t-1\r\n2\t3e-1\r\n");
    file.close();

    const Table t = readTable(path.toStdString());
    QCOMPARE(t.source, path.toStdString());
    QCOMPARE(qtNames(t.columnNames), (QStringList{"p", "q"}));
    QCOMPARE(t.values, matrix({{0.5, -1}, {2, 0.3}}));
}

void TestTable::readTableMissingFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("missing.csv");
    VERIFY_DATA_ERROR(readTable(path.toStdString()), path, "cannot open");
    VERIFY_DATA_ERROR(readTable(dir.path().toStdString() + "/no/such/dir/data.csv"), "no/such/dir/data.csv");
}

void TestTable::splitNamesTrimsAndSplits() {
    QCOMPARE(qtNames(splitNames("a, b,c")), (QStringList{"a", "b", "c"}));
    QCOMPARE(qtNames(splitNames("single")), (QStringList{"single"}));
    QVERIFY(splitNames("").empty());
    QVERIFY(splitNames("   ").empty());
}

void TestTable::builtInExamples_list() {
    QStringList names;
    for (const Example& e : builtInExamples()) {
        names << QString::fromUtf8(e.name.data(), static_cast<qsizetype>(e.name.size()));
        QVERIFY(!e.title.empty());
        QVERIFY(!e.law.empty());
        QVERIFY(!e.csv.empty());
        QCOMPARE(&findExample(e.name), &e);
    }
    QCOMPARE(names, (QStringList{"seed", "weber-fechner", "stevens", "learning-curve"}));
}

void TestTable::seedExample() {
    const Table t = exampleTable(findExample("seed"));
    QCOMPARE(t.source, std::string("seed"));
    QCOMPARE(qtNames(t.columnNames), (QStringList{"x1", "x2", "y"}));
    QCOMPARE(t.rowCount(), Eigen::Index(100));
    for (std::size_t c = 0; c < 3; ++c) QVERIFY(t.isNumeric(c));
    // The law of the example: y = 2*x1 + exp(5*x2).
    for (Eigen::Index r = 0; r < t.rowCount(); ++r)
        DARTS_COMPARE_REL(t.values(r, 2), 2 * t.values(r, 0) + std::exp(5 * t.values(r, 1)), 1e-12, 1e-12);

    const Selection s = selectColumns(t, kNone, kNone);
    QCOMPARE(qtNames(s.inputNames), (QStringList{"x1", "x2"}));
    QCOMPARE(qtNames(s.targetNames), (QStringList{"y"}));
}

void TestTable::weberFechnerExample() {
    const Table t = exampleTable(findExample("weber-fechner"));
    QCOMPARE(qtNames(t.columnNames), (QStringList{"S1", "S2", "difference_detected"}));
    QCOMPARE(t.rowCount(), Eigen::Index(210));
    for (std::size_t c = 0; c < 3; ++c) QVERIFY(t.isNumeric(c));
    QVERIFY(t.values.allFinite());
}

void TestTable::unknownExample() { VERIFY_DATA_ERROR(findExample("nope"), "'nope'", "seed", "weber-fechner"); }

void TestTable::embeddedExampleMatchesFile_data() {
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("file");
    QTest::newRow("seed") << "seed" << "seed.csv";
    QTest::newRow("weber-fechner") << "weber-fechner" << "weber_fechner.csv";
    QTest::newRow("stevens") << "stevens" << "stevens_power_law.csv";
    QTest::newRow("learning-curve") << "learning-curve" << "learning_curve.csv";
}

void TestTable::embeddedExampleMatchesFile() {
    QFETCH(QString, example);
    QFETCH(QString, file);
    const Table embedded = exampleTable(findExample(example.toStdString()));
    const Table onDisk = readTable(std::string(DARTS_SOURCE_DIR) + "/resources/examples/" + file.toStdString());
    QCOMPARE(qtNames(embedded.columnNames), qtNames(onDisk.columnNames));
    QCOMPARE(embedded.rowCount(), onDisk.rowCount());
    QVERIFY(embedded.values == onDisk.values);  // bit for bit: the same text parsed the same way
}

QTEST_APPLESS_MAIN(TestTable)
#include "test_table.moc"
