// Replays every input that once crashed a reader (tests/fuzz/regressions), and
// the fuzzers' seed corpora, through both readers exactly as the fuzz targets
// do: each may be refused with the reader's own error, nothing else.

#include "fuzz/fuzz_inputs.h"

#include <QtTest>

#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void inputs_data() {
        QTest::addColumn<QString>("path");
        const std::filesystem::path fuzzDir = std::filesystem::path(DARTS_SOURCE_DIR) / "tests" / "fuzz";
        int count = 0;
        for (const char* folder : {"regressions", "corpus/table", "corpus/session"})
            for (const auto& entry : std::filesystem::directory_iterator(fuzzDir / folder))
                if (entry.is_regular_file() && entry.path().filename() != "README.md") {
                    const std::string name = std::string(folder) + "/" + entry.path().filename().string();
                    QTest::newRow(name.c_str()) << QString::fromStdString(entry.path().string());
                    ++count;
                }
        QVERIFY2(count > 0, "no inputs found under tests/fuzz");
    }

    void inputs() {
        QFETCH(QString, path);
        const std::string text = readFile(path.toStdString());
        try {
            darts::fuzz::readTableInput(text);
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QStringLiteral("table reader: unexpected exception: ") + e.what()));
        }
        try {
            darts::fuzz::readSessionInput(text);
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QStringLiteral("session loader: unexpected exception: ") + e.what()));
        }
    }

    /// The session seeds must load, or the session fuzzer would only ever see refusals.
    void sessionSeedsLoad() {
        const std::filesystem::path dir = std::filesystem::path(DARTS_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "session";
        int loaded = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().extension() != ".darts") continue;
            try {
                darts::readSession(readFile(entry.path()));
                ++loaded;
            } catch (const darts::SessionError& e) {
                QFAIL(qPrintable(QString::fromStdString(entry.path().filename().string()) + ": " + e.what()));
            }
        }
        QVERIFY(loaded >= 2);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
