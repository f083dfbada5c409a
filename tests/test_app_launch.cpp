// darts-studio FILE, as a file manager runs it when a file is double-clicked: a .darts file opens as a
// session, anything else as data. Each case runs the built program headless with --screenshot, which
// ends with status 0 once the window has searched and saved its picture, or 2 when the file could not
// be opened (its message then on stderr).

#include "data/examples.h"
#include "io/session_file.h"
#include "select/sweep.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestAppLaunch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // A session of the Weber-Fechner example, a search not yet started, in a few short epochs.
        const darts::Example& example = darts::findExample("weber-fechner");
        darts::Session session;
        session.data = darts::exampleTable(example);
        session.inputs = {"S1", "S2"};
        session.targets = {"difference_detected"};
        session.config = example.config;
        session.config.max_epochs = 2;
        session.config.num_graph_nodes = 1;
        darts::saveSessionFile(path("run.darts").toStdString(), session);
    }

    void sessionOpensFromTheCommandLine() {
        const Run run = studio({path("run.darts"), "--screenshot", path("session.png"), "--after-epochs", "2"});
        QVERIFY2(run.status == 0, qPrintable(run.errors));
        QVERIFY(!QImage(path("session.png")).isNull());
    }

    void upperCaseSuffixIsASessionToo() {
        QVERIFY(QFile::copy(path("run.darts"), path("RUN.DARTS")));
        const Run run = studio({path("RUN.DARTS"), "--screenshot", path("upper.png"), "--after-epochs", "1"});
        QVERIFY2(run.status == 0, qPrintable(run.errors));
    }

    void brokenSessionIsReadAsASessionAndRefused() {
        QFile broken(path("broken.darts"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format":"darts-studio-session","version":1,"data":)");
        broken.close();
        const Run run = studio({path("broken.darts"), "--screenshot", path("broken.png")});
        QCOMPARE(run.status, 2);
        // The session reader's message, not the data reader's.
        QVERIFY2(run.errors.contains("Could not open") && run.errors.contains("not valid JSON"),
                 qPrintable(run.errors));
        QVERIFY(!QFile::exists(path("broken.png")));
    }

    void sweepResultsOpenFromTheCommandLine() {
        // Two tiny searches as darts-cli would run them, in one results file with its data.
        const darts::Table table = darts::exampleTable(darts::findExample("seed"));
        darts::SweepPlan plan;
        plan.example = "seed";
        plan.base = darts::findExample("seed").config;
        plan.base.max_epochs = 2;
        plan.axes = {{"seed", {"0", "1"}}};
        darts::ParallelSearch search(darts::sweepData(plan, table));
        darts::saveSweepResultsFile(path("run.dartssweep").toStdString(), darts::runSweepTask(plan, table, search, 0, 1, 1));
        const Run run = studio({path("run.dartssweep"), "--screenshot", path("sweep.png"), "--after-epochs", "1"});
        QVERIFY2(run.status == 0, qPrintable(run.errors));
        QVERIFY(!QImage(path("sweep.png")).isNull());

        // A broken one is read as sweep results and refused with the sweep reader's message.
        QFile broken(path("broken.dartssweep"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format":"darts-studio-session"})");
        broken.close();
        const Run refused = studio({path("broken.dartssweep"), "--screenshot", path("broken_sweep.png")});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.errors.contains("Could not open") && refused.errors.contains("sweep"), qPrintable(refused.errors));
    }

    void csvStillOpensAsData() {
        QFile csv(path("line.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("x,y\n");
        for (int i = 0; i < 20; ++i) csv.write(QByteArray::number(i) + ',' + QByteArray::number(2 * i + 1) + '\n');
        csv.close();
        const Run run = studio({path("line.csv"), "--screenshot", path("csv.png"), "--after-epochs", "1"});
        QVERIFY2(run.status == 0, qPrintable(run.errors));
    }

    void sessionUnderAnotherNameIsReadAsData() {
        // The suffix decides: the same JSON named .csv goes to the data reader, which refuses it.
        QVERIFY(QFile::copy(path("run.darts"), path("session.csv")));
        const Run run = studio({path("session.csv"), "--screenshot", path("as_csv.png")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.errors.contains("Could not load"), qPrintable(run.errors));
    }

private:
    struct Run {
        int status = -1;
        QString errors;
    };

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs darts-studio headless, with its settings and autosaves inside the test's folder.
    Run studio(const QStringList& arguments) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("XDG_CONFIG_HOME", path("config"));
        environment.insert("XDG_DATA_HOME", path("data"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DARTS_STUDIO_PATH), arguments);
        if (!process.waitForStarted()) return {};
        // A file that opens neither way would leave a message box waiting: the timeout fails the test.
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, "darts-studio did not finish: " + QString::fromLocal8Bit(process.readAllStandardError())};
        }
        if (process.exitStatus() != QProcess::NormalExit) return {-1, "darts-studio crashed"};
        return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAppLaunch)
#include "test_app_launch.moc"
