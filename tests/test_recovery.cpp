// Nothing lost: darts-studio killed (SIGKILL) in the middle of a search leaves
// its autosave behind, and the next start finds it and restores the search.

#include "main_window.h"

#include "io/session_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using darts::gui::MainWindow;
using darts::gui::SearchController;

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The names darts-studio uses, so that both look in the same folder.
        QCoreApplication::setOrganizationName(QStringLiteral("DARTS Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("DARTS Studio"));
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
    }

    void killedMidSearchIsRestored() {
        QProcess studio;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        studio.setProcessEnvironment(environment);
        studio.start(QStringLiteral(DARTS_STUDIO_PATH),
                     {"--example", "weber-fechner", "--start", "--autosave-seconds", "0.2"});
        QVERIFY(studio.waitForStarted());

        const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
        QElapsedTimer clock;
        clock.start();
        while (folder.entryList({"recovery-*.darts"}, QDir::Files).isEmpty() && clock.elapsed() < 30000)
            QTest::qWait(50);
        QVERIFY2(!folder.entryList({"recovery-*.darts"}, QDir::Files).isEmpty(), "no autosave appeared");
        QTest::qWait(300);  // a later autosave, further into the search
        studio.kill();      // SIGKILL: no chance to clean up
        QVERIFY(studio.waitForFinished());

        const QString found = MainWindow::findRecoveryFile();
        QVERIFY(!found.isEmpty());
        const darts::Session session = darts::loadSessionFile(found.toStdString());
        QVERIFY(session.state.has_value());
        QVERIFY(session.state->epoch > 0);
        QCOMPARE(session.inputs, (std::vector<std::string>{"S1", "S2"}));

        MainWindow window;
        QVERIFY(window.openSessionFile(found));
        QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), SearchController::State::Idle, 10000);
        QTRY_COMPARE(window.controller().history().size(), static_cast<std::size_t>(session.state->epoch));
        QCOMPARE(window.currentConfig().num_graph_nodes, 5);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"
