// The German translation is complete and shown: lupdate finds no string in the sources that the .ts file
// lacks or leaves unfinished, every translation keeps its source's placeholders, and the window in German
// shows no English text. With DARTS_SCREENSHOT_DIR set, it saves a picture of the German window.

#include "main_window.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source;
    QStringList translations;  // several for plural forms
    bool finished = false;
};

QList<Message> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) current = Message{context, {}, {}, false};
        else if (xml.name() == QLatin1String("source")) current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.finished = type.isEmpty();
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) text += xml.text();
                if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
                    current.translations << text;
                    text.clear();
                }
            }
            if (current.translations.isEmpty()) current.translations << text;
            messages << current;
        }
    }
    return messages;
}

QStringList placeholders(const QString& text) {
    QStringList found;
    auto matches = QRegularExpression(QStringLiteral("%L?\\d|%n")).globalMatch(text);
    while (matches.hasNext()) found << matches.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QString plain(QString text) { return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed(); }

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_translations"));
    }

    void noGermanStringIsMissingOrUnfinished() {
        // lupdate against a copy, so that the check sees the sources as they are now, not as when the
        // .ts file was last updated.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(DARTS_SOURCE_DIR "/translations/darts_studio_de.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(DARTS_LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(DARTS_SOURCE_DIR "/src/gui"), QStringLiteral(DARTS_SOURCE_DIR "/src/app"),
                       QStringLiteral(DARTS_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QList<Message> messages = readTs(copy);
        QVERIFY(messages.size() > 400);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(70);
            if (!m.finished) {
                problems << QStringLiteral("missing or unfinished: ") + where;
                continue;
            }
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) problems << QStringLiteral("empty: ") + where;
                else if (placeholders(t) != placeholders(m.source) &&
                         !(m.source.contains(QStringLiteral("%n")) && placeholders(t) == QStringList()))
                    problems << QStringLiteral("placeholders differ: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s); run the update_translations target "
                                                               "and translate:\n")
                                                    .arg(problems.size()) +
                                                problems.join(QLatin1Char('\n'))));
    }

    void theGermanWindowShowsNoEnglish() {
        QCOMPARE(darts::gui::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        // English texts that German changes: seeing one of them means a string escaped translation.
        // (Unless German uses the same word elsewhere: "Primitive" is also the plural of "Primitiv".)
        QSet<QString> english, german;
        for (const Message& m : readTs(QStringLiteral(DARTS_SOURCE_DIR "/translations/darts_studio_de.ts"))) {
            for (const QString& t : m.translations) german.insert(plain(t));
            if (plain(m.translations.value(0)) != plain(m.source)) english.insert(plain(m.source));
        }

        darts::gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);

        QStringList shown;
        for (QLabel* label : window.findChildren<QLabel*>())
            if (label->isVisible()) shown << label->text();
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
            if (button->isVisible()) shown << button->text() << button->toolTip();
        for (QGroupBox* box : window.findChildren<QGroupBox*>()) shown << box->title();
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) shown << dock->windowTitle();
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>())
            for (int i = 0; i < tabs->count(); ++i) shown << tabs->tabText(i);
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
            shown << menu->title();
            for (QAction* a : menu->actions()) shown << a->text() << a->statusTip();
        }
        for (QWidget* w : window.findChildren<QWidget*>())
            if (w->isVisible()) shown << w->toolTip() << w->whatsThis();

        // Words that German text does not contain; untranslated text caught even when not in the .ts file.
        const QRegularExpression englishWords(QStringLiteral("\\b(the|and|of|with|from|to|is|are|this|Open|Save|"
                                                             "Search|Step|Edit|View|Help|File)\\b"));
        QStringList untranslated;
        for (const QString& text : shown) {
            if (text.isEmpty()) continue;
            if (german.contains(plain(text))) continue;
            if (english.contains(plain(text)) || plain(text).contains(englishWords)) untranslated << text;
        }
        untranslated.removeDuplicates();
        const QString folder = qEnvironmentVariable("DARTS_SCREENSHOT_DIR");
        if (!folder.isEmpty()) window.grab().save(QDir(folder).filePath(QStringLiteral("window-de.png")));
        darts::gui::installTranslations(QStringLiteral("en"));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
