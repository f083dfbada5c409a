// Nothing lost: darts-studio killed (SIGKILL) in the middle of a search leaves
// its autosave behind, and the next start finds it and restores the search.

#include "main_window.h"

#include "io/session_file.h"
#include "search/search_engine.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <optional>

using darts::gui::MainWindow;
using darts::gui::SearchController;

namespace {

/// Equal bit for bit, NaN included (an epoch without steps reports NaN).
bool sameDouble(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

}  // namespace

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
        const auto autosave = [&]() -> std::optional<darts::Session> {
            const QStringList files = folder.entryList({"recovery-*.darts"}, QDir::Files);
            if (files.isEmpty()) return std::nullopt;
            // Written atomically (a rename), so a file that exists is always one whole session.
            return darts::loadSessionFile(folder.filePath(files.first()).toStdString());
        };
        QElapsedTimer clock;
        clock.start();
        std::optional<darts::Session> first;
        while (!(first = autosave()) && clock.elapsed() < 30000) QTest::qWait(20);
        QVERIFY2(first && first->state, "no autosave appeared");
        // Later autosaves replace it as the search goes on.
        std::optional<darts::Session> later;
        while (clock.elapsed() < 60000) {
            later = autosave();
            if (later && later->state->epoch > first->state->epoch) break;
            QTest::qWait(20);
        }
        QVERIFY2(later && later->state->epoch > first->state->epoch, "the autosave did not move on with the search");
        studio.kill();  // SIGKILL, in the middle of the search: no chance to clean up
        QVERIFY(studio.waitForFinished());

        const QString found = MainWindow::findRecoveryFile();
        QVERIFY(!found.isEmpty());
        const darts::Session session = darts::loadSessionFile(found.toStdString());
        QVERIFY(session.state.has_value());
        QVERIFY(session.state->epoch >= later->state->epoch);  // the last autosave, not an earlier one
        QVERIFY(session.state->epoch < session.config.max_epochs);  // killed mid-search indeed
        QCOMPARE(session.inputs, (std::vector<std::string>{"S1", "S2"}));

        // A new start offers it; the user accepts.
        MainWindow window;
        bool offered = false;
        QTimer accept;
        accept.setInterval(20);
        connect(&accept, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                offered = box->text().contains(QStringLiteral("last autosave"));
                box->button(QMessageBox::Yes)->click();
            }
        });
        accept.start();
        QVERIFY(window.offerRecovery());
        accept.stop();
        QVERIFY(offered);
        QVERIFY(!QFile::exists(found));  // offered once: restored, then gone
        QVERIFY(MainWindow::findRecoveryFile().isEmpty());

        // The search as of that autosave: epoch, every loss, the architecture weights, the settings.
        const SearchController& controller = window.controller();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SearchController::State::Idle, 10000);
        QTRY_COMPARE(controller.history().size(), static_cast<std::size_t>(session.state->epoch));
        QCOMPARE(controller.history().epochs.back(), session.state->epoch);
        QCOMPARE(controller.history().losses.size(), session.state->lossHistory.size());
        for (std::size_t i = 0; i < session.state->lossHistory.size(); ++i)
            QVERIFY2(sameDouble(controller.history().losses[i], session.state->lossHistory[i]), qPrintable(QString::number(i)));
        QVERIFY(controller.history().weights.back() ==
                darts::mixtureWeightsOf(session.state->alpha, session.config.darts_type));
        QCOMPARE(window.currentConfig().num_graph_nodes, 5);
        QCOMPARE(window.currentConfig().max_epochs, session.config.max_epochs);

        // And it goes on from there exactly as the killed program would have: one more epoch
        // gives the loss that the saved state gives in a fresh engine.
        const std::unique_ptr<darts::SearchEngine> reference = darts::makeEngine(session);
        QVERIFY(reference->runEpochs(1).completed());
        window.controller().step();
        QTRY_COMPARE_WITH_TIMEOUT(controller.history().size(), static_cast<std::size_t>(session.state->epoch + 1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SearchController::State::Idle, 10000);
        QVERIFY2(sameDouble(controller.history().losses.back(), reference->lossHistory().back()),
                 qPrintable(QStringLiteral("%1 vs %2").arg(controller.history().losses.back(), 0, 'g', 17)
                                .arg(reference->lossHistory().back(), 0, 'g', 17)));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"
