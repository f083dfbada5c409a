// Tests of the input panels: the data panel (files, examples, choice of
// columns, recent files, drops), the table model behind its preview, the
// primitives panel and the hyperparameters panel; ends with screenshots of
// each panel at a realistic size in /tmp for a person to look at.

#include "data/examples.h"
#include "panels/data_panel.h"
#include "panels/hyperparameters_panel.h"
#include "panels/primitives_panel.h"
#include "panels/table_model.h"
#include "search/config_fields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace darts;
using namespace darts::gui;

namespace {

/// Closes every message box that opens while it lives, remembering the texts:
/// DataPanel shows its load errors in a modal box whose exec() would otherwise
/// wait for a click. Polls, because the box only exists once exec() runs.
class MessageBoxCloser {
public:
    MessageBoxCloser() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    texts << box->text() + QLatin1Char('\n') + box->informativeText();
                    box->done(QMessageBox::Ok);
                }
        });
        m_timer.start(10);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

/// Every field of a configuration as text (17 digits for reals): equal texts mean equal configurations.
QStringList fieldsOf(const SearchConfig& c) {
    QStringList fields;
    for (const ConfigField& f : configFields())
        fields << QString::fromLatin1(f.name.data(), static_cast<qsizetype>(f.name.size())) + QLatin1Char('=') +
                      QString::fromStdString(f.get(c));
    return fields;
}

/// A comma-separated file of `rows` rows by ten columns, big enough to take a while to read.
QByteArray bigCsv(int rows) {
    QByteArray text = "c1,c2,c3,c4,c5,c6,c7,c8,c9,y\n";
    text.reserve(rows * 90);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 10; ++c) {
            text += QByteArray::number(r * 0.001 + c * 1.2345678, 'g', 9);
            text += c == 9 ? '\n' : ',';
        }
    }
    return text;
}

QString notesOf(const DataPanel& panel) {
    const auto* notes = panel.findChild<QLabel*>(QStringLiteral("dataNotes"));
    return notes && notes->isVisibleTo(&panel) ? notes->text() : QString();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QStringList names(const std::vector<std::string>& list) {
    QStringList result;
    for (const auto& n : list) result << QString::fromStdString(n);
    return result;
}

QListWidgetItem* itemFor(DataPanel& panel, const QString& column) {
    auto* list = panel.findChild<QListWidget*>();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(column)) return list->item(row);
    return nullptr;
}

QCheckBox* primitiveBox(PrimitivesPanel& panel, const char* name) {
    return panel.findChild<QCheckBox*>(QStringLiteral("primitive_") + QLatin1String(name));
}

QPushButton* buttonWithText(QWidget& parent, const QString& text) {
    for (auto* b : parent.findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}

/// The configuration with every field away from its default, and numbers that a fixed number of decimals would lose.
SearchConfig unusualConfig() {
    SearchConfig c;
    c.num_graph_nodes = 7;
    c.primitives = {Primitive::Sin, Primitive::None};
    c.output_type = OutputType::ProbabilityDistribution;
    c.darts_type = DartsType::Fair;
    c.train_classifier_coefficients = true;
    c.train_classifier_bias = true;
    c.batch_size = 17;
    c.max_epochs = 12345;
    c.arch_updates_per_epoch = 3;
    c.param_updates_per_epoch = 777;
    c.param_updates_for_sampled_model = 4321;
    c.arch_learning_rate_max = 1.234567890123e-4;
    c.arch_weight_decay = 0.0;
    c.arch_weight_decay_df = 7.77e-6;
    c.arch_weight_decay_base = 2.5e-5;
    c.arch_momentum = 0.5;
    c.fair_darts_loss_weight = 3.3;
    c.param_learning_rate_max = 0.1234567890123456;
    c.param_learning_rate_min = 1e-6;
    c.param_momentum = 0.95;
    c.param_weight_decay = 0.0;
    c.classifier_weight_decay = 0.0625;
    c.grad_clip = 123.456;
    c.sampling_strategy = SamplingStrategy::Sample;
    c.seed = 18446744073709551615ULL;
    c.polish = false;
    return c;
}

}  // namespace

class TestInputPanels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void tableModelShowsTable();
    void tableModelEmpty();

    void dataPanelLoadsExample_data();
    void dataPanelLoadsExample();
    void dataPanelLoadsFile();
    void dataPanelKeepsDataOnMalformedFile();
    void dataPanelRecentFiles();
    void dataPanelNoInputGivesReason();
    void dataPanelTargetChange();
    void dataPanelSetColumns();
    void dataPanelDrop();
    void dataPanelLoadsInBackground();
    void dataPanelBackgroundErrorKeepsTable();
    void dataPanelCancelKeepsTable();
    void dataPanelTextColumnNotSelectable();
    void dataPanelMissingValuesDropped();
    void dataPanelMissingValuesRefused();
    void dataPanelDecimalCommaRereads();
    void dataPanelMenus();

    void primitivesRoundTrip();
    void primitivesButtons();
    void primitivesLastBoxStaysChecked();
    void primitivesSignalCounts();

    void hyperparametersRoundTrip_data();
    void hyperparametersRoundTrip();
    void hyperparametersKeepBasePrimitives();
    void hyperparametersSpinTextFormat();
    void hyperparametersSliderAndSpinInStep();
    void hyperparametersLogSliderMapping();
    void hyperparametersIntSliders();
    void hyperparametersButtons();
    void hyperparametersSignalCounts();
    void hyperparametersFitANarrowDockAtPresenterSize();

    void screenshots();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
};

void TestInputPanels::initTestCase() {
    // Settings of this test go to a temporary directory under a test organisation: the user's stay untouched.
    QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_input_panels"));
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dataDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
}

// ---- TableModel ----

void TestInputPanels::tableModelShowsTable() {
    // "b" holds text, "c" nothing at all: both are text columns, shown with "—" where there is no number.
    auto table = std::make_shared<const Table>(parseTable("a,b,c\n1,x,\n2.5,4,\n1e-7,5,\n", "t.csv"));
    TableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTable(table);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("1"));
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("2.5"));
    QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("1e-07"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), TableModel::missingText());
    QCOMPARE(model.data(model.index(1, 2)).toString(), TableModel::missingText());
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("4"));
    QVERIFY(model.data(model.index(0, 0), Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QVERIFY(!model.data(model.index(5, 0)).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::EditRole).isValid());  // read-only

    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("a"));
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("b")));
    const QString tip = model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("line 2")) && tip.contains(QStringLiteral("x")), qPrintable(tip));
    const QString tipEmpty = model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tipEmpty.contains(QStringLiteral("line 2")) && tipEmpty.contains(QStringLiteral("empty")),
             qPrintable(tipEmpty));
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("not numeric")));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable, Qt::ItemFlags());
}

void TestInputPanels::tableModelEmpty() {
    TableModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setTable(std::make_shared<const Table>(parseTable("a\n1\n", "t.csv")));
    QCOMPARE(model.rowCount(), 1);
    model.setTable(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

// ---- DataPanel ----

void TestInputPanels::dataPanelLoadsExample_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("target");
    QTest::newRow("seed") << "seed" << 100 << QStringList{"x1", "x2"} << "y";
    QTest::newRow("weber-fechner") << "weber-fechner" << 210 << QStringList{"S1", "S2"} << "difference_detected";
    QTest::newRow("stevens") << "stevens" << 40 << QStringList{"intensity"} << "perceived_magnitude";
    QTest::newRow("learning-curve") << "learning-curve" << 60 << QStringList{"trial"} << "accuracy";
}

void TestInputPanels::dataPanelLoadsExample() {
    QFETCH(QString, name);
    QFETCH(int, rows);
    QFETCH(QStringList, inputs);
    QFETCH(QString, target);
    const Example& example = findExample(name.toStdString());

    DataPanel panel;
    QStringList order;
    std::optional<SearchConfig> preset;
    connect(&panel, &DataPanel::dataChanged, [&] { order << QStringLiteral("data"); });
    connect(&panel, &DataPanel::examplePresetAvailable, [&](const SearchConfig& c) {
        order << QStringLiteral("preset");
        preset = c;
    });
    QVERIFY(panel.loadExample(name));
    QCOMPARE(order, (QStringList{"data", "preset"}));
    QVERIFY(preset);
    QCOMPARE(fieldsOf(*preset), fieldsOf(example.config));

    QVERIFY(panel.table());
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), rows);
    QCOMPARE(panel.sourceName(), QString::fromUtf8(example.title.data(), static_cast<qsizetype>(example.title.size())));
    QCOMPARE(panel.inputColumns(), inputs);
    QCOMPARE(panel.targetColumn(), target);

    const QString law = QString::fromUtf8(example.law.data(), static_cast<qsizetype>(example.law.size()));
    QCOMPARE(panel.law(), law);
    bool lawShown = false;
    for (auto* label : panel.findChildren<QLabel*>())
        lawShown |= label->text().contains(law) && label->isVisibleTo(&panel);
    QVERIFY2(lawShown, "the example's law is shown in a label");

    QString reason;
    const auto selection = panel.selection(&reason);
    QVERIFY2(selection, qPrintable(reason));
    QCOMPARE(names(selection->inputNames), inputs);
    QCOMPARE(names(selection->targetNames), QStringList{target});
    QCOMPARE(static_cast<int>(selection->X.rows()), rows);
    QCOMPARE(static_cast<int>(selection->X.cols()), inputs.size());

    // Statistics: one row per chosen column, inputs first.
    auto* stats = panel.findChild<QTableWidget*>();
    QVERIFY(stats);
    QCOMPARE(stats->rowCount(), inputs.size() + 1);
    QCOMPARE(stats->item(stats->rowCount() - 1, 0)->text(), target);
    const double max = panel.table()->values.col(panel.table()->columnIndex(target.toStdString())).maxCoeff();
    QCOMPARE(stats->item(stats->rowCount() - 1, 3)->text(), QString::number(max, 'g', 6));

    auto* preview = panel.findChild<QTableView*>();
    QVERIFY(preview && preview->model());
    QCOMPARE(preview->model()->rowCount(), rows);
}

void TestInputPanels::dataPanelLoadsFile() {
    // A text column (shown but unusable) and a constant column (usable, with a warning).
    const QString path =
        writeFile(m_dataDir, QStringLiteral("mixed.csv"), "x,label,k,y\n1,a,5,2\n2,b,5,4\n3,c,5,6.5\n4,d,5,8\n");
    DataPanel panel;
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    QSignalSpy preset(&panel, &DataPanel::examplePresetAvailable);
    QVERIFY(panel.loadFile(path));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(preset.count(), 0);
    QCOMPARE(panel.sourceName(), QStringLiteral("mixed.csv"));
    QVERIFY(panel.law().isEmpty());
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), 4);
    QCOMPARE(panel.targetColumn(), QStringLiteral("y"));
    QCOMPARE(panel.inputColumns(), (QStringList{"x", "k"}));

    QListWidgetItem* label = itemFor(panel, QStringLiteral("label"));
    QVERIFY(label);
    QVERIFY(!(label->flags() & Qt::ItemIsEnabled));
    QCOMPARE(label->checkState(), Qt::Unchecked);
    QVERIFY2(label->toolTip().contains(QStringLiteral("line 2")), qPrintable(label->toolTip()));
    QListWidgetItem* k = itemFor(panel, QStringLiteral("k"));
    QVERIFY(!k->icon().isNull());
    QVERIFY(k->toolTip().contains(QStringLiteral("5")));
    QVERIFY(itemFor(panel, QStringLiteral("x"))->toolTip() != k->toolTip());

    // The target combo box offers the numeric columns only.
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("targetColumn"));
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i) offered << combo->itemText(i);
    QCOMPARE(offered, (QStringList{"x", "k", "y"}));

    const auto selection = panel.selection();
    QVERIFY(selection);
    QCOMPARE(selection->X(2, 0), 3.0);
    QCOMPARE(selection->Y(2, 0), 6.5);

    // Row count shown.
    bool rowsShown = false;
    for (auto* l : panel.findChildren<QLabel*>()) rowsShown |= l->text().contains(QStringLiteral("4 rows"));
    QVERIFY(rowsShown);
}

void TestInputPanels::dataPanelKeepsDataOnMalformedFile() {
    DataPanel panel;
    QVERIFY(panel.loadExample(QStringLiteral("seed")));
    const auto before = panel.table();
    const QString path = writeFile(m_dataDir, QStringLiteral("ragged.csv"), "a,b,c\n1,2,3\n4,5\n7,8,9\n");
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    bool loaded = true;
    {
        MessageBoxCloser closer;
        loaded = panel.loadFile(path);
        QCOMPARE(closer.texts.size(), 1);
        const QString message = closer.texts.first();
        QVERIFY2(message.contains(QStringLiteral("ragged.csv")) && message.contains(QStringLiteral("line 3")),
                 qPrintable(message));
    }
    QVERIFY(!loaded);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(panel.table(), before);
    QVERIFY(panel.sourceName().startsWith(QStringLiteral("Seed example")));
    QVERIFY(!QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(path));

    // A file that does not exist: the same, and the panel still works afterwards.
    {
        MessageBoxCloser closer;
        QVERIFY(!panel.loadFile(m_dataDir.filePath(QStringLiteral("missing.csv"))));
        QCOMPARE(closer.texts.size(), 1);
    }
    QCOMPARE(panel.table(), before);
    {
        MessageBoxCloser closer;
        QVERIFY(!panel.loadExample(QStringLiteral("no-such-example")));
        QCOMPARE(closer.texts.size(), 1);
    }
    QCOMPARE(panel.table(), before);
}

void TestInputPanels::dataPanelRecentFiles() {
    QSettings().remove(QStringLiteral("recentFiles"));
    DataPanel panel;
    QStringList paths;
    for (int i = 0; i < 10; ++i)
        paths << writeFile(m_dataDir, QStringLiteral("recent%1.csv").arg(i), "u,v\n1,2\n2,3\n");
    QVERIFY(panel.loadFile(paths[0]));
    QVERIFY(panel.loadFile(paths[1]));
    QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(recent, (QStringList{QFileInfo(paths[1]).absoluteFilePath(), QFileInfo(paths[0]).absoluteFilePath()}));
    QVERIFY(panel.loadFile(paths[0]));  // moves to the front, not listed twice
    recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.first(), QFileInfo(paths[0]).absoluteFilePath());

    QMenu* menu = panel.recentFilesMenu();
    QStringList menuPaths;
    for (QAction* a : menu->actions())
        if (a->data().isValid()) menuPaths << a->data().toString();
    QCOMPARE(menuPaths, recent);
    QCOMPARE(menu->actions().last()->text(), QStringLiteral("Clear list"));

    for (const QString& p : paths) QVERIFY(panel.loadFile(p));
    recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(recent.size(), DataPanel::kMaxRecentFiles);
    QCOMPARE(recent.first(), QFileInfo(paths[9]).absoluteFilePath());

    // Choosing an entry loads it.
    QAction* third = nullptr;
    for (QAction* a : menu->actions())
        if (a->data().toString() == recent[2]) third = a;
    QVERIFY(third);
    third->trigger();  // read in the background, like File > Open
    QTRY_COMPARE(panel.sourceName(), QFileInfo(recent[2]).fileName());

    menu->actions().last()->trigger();  // Clear list
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
    int entries = 0;
    for (QAction* a : menu->actions()) entries += a->data().isValid();
    QCOMPARE(entries, 0);
}

void TestInputPanels::dataPanelNoInputGivesReason() {
    DataPanel panel;
    QString reason;
    QVERIFY(!panel.selection(&reason));
    QVERIFY(!reason.isEmpty());

    QVERIFY(panel.loadExample(QStringLiteral("seed")));
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    itemFor(panel, QStringLiteral("x1"))->setCheckState(Qt::Unchecked);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.inputColumns(), QStringList{"x2"});
    QVERIFY(panel.selection());
    itemFor(panel, QStringLiteral("x2"))->setCheckState(Qt::Unchecked);
    QCOMPARE(changed.count(), 2);
    QVERIFY(panel.inputColumns().isEmpty());
    reason.clear();
    QVERIFY(!panel.selection(&reason));
    QVERIFY2(reason.contains(QStringLiteral("input")), qPrintable(reason));
    // The problem is also shown in the panel.
    bool shown = false;
    for (auto* l : panel.findChildren<QLabel*>()) shown |= l->text() == reason && l->isVisibleTo(&panel);
    QVERIFY(shown);
    QCOMPARE(panel.findChild<QTableWidget*>()->rowCount(), 1);  // only the target left in the statistics
}

void TestInputPanels::dataPanelTargetChange() {
    DataPanel panel;
    QVERIFY(panel.loadExample(QStringLiteral("seed")));
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("targetColumn"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("x2")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.targetColumn(), QStringLiteral("x2"));
    QCOMPARE(panel.inputColumns(), QStringList{"x1"});  // the new target left the inputs
    QListWidgetItem* x2 = itemFor(panel, QStringLiteral("x2"));
    QVERIFY(!(x2->flags() & Qt::ItemIsEnabled));
    QCOMPARE(x2->checkState(), Qt::Unchecked);
    QListWidgetItem* y = itemFor(panel, QStringLiteral("y"));
    QVERIFY(y->flags() & Qt::ItemIsEnabled);  // the old target is free again
    y->setCheckState(Qt::Checked);
    QCOMPARE(panel.inputColumns(), (QStringList{"x1", "y"}));
    const auto selection = panel.selection();
    QVERIFY(selection);
    QCOMPARE(names(selection->targetNames), QStringList{"x2"});
}

void TestInputPanels::dataPanelSetColumns() {
    DataPanel panel;
    panel.setColumns({QStringLiteral("x")}, QStringLiteral("y"));  // no table: nothing happens, nothing thrown
    QVERIFY(panel.loadExample(QStringLiteral("weber-fechner")));
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    panel.setColumns({QStringLiteral("S2")}, QStringLiteral("difference_detected"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.inputColumns(), QStringList{"S2"});
    panel.setColumns({QStringLiteral("difference_detected"), QStringLiteral("nope")}, QStringLiteral("S1"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel.targetColumn(), QStringLiteral("S1"));
    QCOMPARE(panel.inputColumns(), QStringList{"difference_detected"});
}

void TestInputPanels::dataPanelDrop() {
    const QString path = writeFile(m_dataDir, QStringLiteral("dropped.tsv"), "p\tq\n1\t2\n3\t4\n5\t7\n");
    DataPanel panel;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QTRY_COMPARE(panel.sourceName(), QStringLiteral("dropped.tsv"));  // read in the background
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), 3);

    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.org/data.csv"))});
    QDragEnterEvent enterWeb(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    enterWeb.setAccepted(false);
    QApplication::sendEvent(&panel, &enterWeb);
    QVERIFY(!enterWeb.isAccepted());
}

void TestInputPanels::dataPanelLoadsInBackground() {
    const QString path = writeFile(m_dataDir, QStringLiteral("big.csv"), bigCsv(300000));
    DataPanel panel;
    QVERIFY(panel.loadExample(QStringLiteral("seed")));
    const auto before = panel.table();
    auto* progress = panel.findChild<QProgressBar*>(QStringLiteral("loadingProgress"));
    QVERIFY(progress);
    QVERIFY(!progress->isVisibleTo(&panel));

    // A timer that only fires while the event loop runs: if reading blocked it, it would not tick before the end.
    int ticks = 0, ticksWhenLoaded = -1;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    connect(&panel, &DataPanel::fileLoaded, [&] { ticksWhenLoaded = ticks; });
    QSignalSpy loaded(&panel, &DataPanel::fileLoaded);
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    timer.start(5);

    panel.loadFileInBackground(path);
    // Back at once, the old data still shown, the progress visible.
    QVERIFY(panel.isLoading());
    QCOMPARE(panel.table(), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(progress->isVisibleTo(&panel));

    QVERIFY(loaded.wait(120000));
    QVERIFY2(ticksWhenLoaded >= 3, qPrintable(QStringLiteral("timer ticks during the read: %1").arg(ticksWhenLoaded)));
    QCOMPARE(loaded.first().first().toString(), path);
    QVERIFY(!panel.isLoading());
    QVERIFY(!progress->isVisibleTo(&panel));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.sourceName(), QStringLiteral("big.csv"));
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), 300000);
    QCOMPARE(panel.targetColumn(), QStringLiteral("y"));
}

void TestInputPanels::dataPanelBackgroundErrorKeepsTable() {
    const QString good = writeFile(m_dataDir, QStringLiteral("good.csv"), "u,v\n1,2\n2,3\n3,5\n");
    const QString bad = writeFile(m_dataDir, QStringLiteral("bad.csv"), "u,v\n1,2\n3\n");
    DataPanel panel;
    QVERIFY(panel.loadFile(good));
    panel.setColumns({QStringLiteral("u")}, QStringLiteral("v"));
    const auto before = panel.table();
    QSignalSpy failed(&panel, &DataPanel::fileLoadFailed);
    QSignalSpy changed(&panel, &DataPanel::dataChanged);
    MessageBoxCloser closer;
    panel.loadFileInBackground(bad);
    QVERIFY(failed.wait(30000));
    QCOMPARE(closer.texts.size(), 1);
    QVERIFY2(closer.texts.first().contains(QStringLiteral("bad.csv: line 3")), qPrintable(closer.texts.first()));
    QVERIFY(closer.texts.first().contains(QStringLiteral("data shown before are kept")));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("line 3")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(panel.table(), before);
    QCOMPARE(panel.sourceName(), QStringLiteral("good.csv"));
    QCOMPARE(panel.inputColumns(), QStringList{QStringLiteral("u")});
    QVERIFY(panel.selection());
}

void TestInputPanels::dataPanelCancelKeepsTable() {
    const QString path = writeFile(m_dataDir, QStringLiteral("big_cancel.csv"), bigCsv(300000));
    DataPanel panel;
    QVERIFY(panel.loadExample(QStringLiteral("stevens")));
    const auto before = panel.table();
    QSignalSpy loaded(&panel, &DataPanel::fileLoaded);
    QSignalSpy failed(&panel, &DataPanel::fileLoadFailed);
    panel.loadFileInBackground(path);
    QVERIFY(panel.isLoading());
    panel.cancelLoading();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!panel.isLoading());
    QTest::qWait(1000);  // a read that went on would have delivered its table by now
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(panel.table(), before);
    QVERIFY(panel.sourceName().startsWith(QStringLiteral("Stevens")));

    // Disabled while a command runs: the read stops too, the data stay put.
    panel.loadFileInBackground(path);
    QVERIFY(panel.isLoading());
    panel.setEnabled(false);
    QVERIFY(!panel.isLoading());
    QCOMPARE(failed.count(), 2);
    QTest::qWait(1000);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(panel.table(), before);
}

void TestInputPanels::dataPanelTextColumnNotSelectable() {
    const QString path = writeFile(m_dataDir, QStringLiteral("text.csv"), "x,city,y\n1,Paris,2\n2,Rome,4\n3,Oslo,7\n");
    DataPanel panel;
    QVERIFY(panel.loadFile(path));
    QListWidgetItem* city = itemFor(panel, QStringLiteral("city"));
    QVERIFY(city);
    QVERIFY(!(city->flags() & Qt::ItemIsEnabled));
    QVERIFY2(city->toolTip().contains(QStringLiteral("Paris")) &&
                 city->toolTip().contains(QStringLiteral("neither an input nor the target")),
             qPrintable(city->toolTip()));
    // Asked for by name, it is still not taken.
    panel.setColumns({QStringLiteral("x"), QStringLiteral("city")}, QStringLiteral("city"));
    QCOMPARE(panel.inputColumns(), QStringList{QStringLiteral("x")});
    QCOMPARE(panel.targetColumn(), QStringLiteral("y"));
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("targetColumn"));
    QCOMPARE(combo->findText(QStringLiteral("city")), -1);
    QVERIFY2(notesOf(panel).contains(QStringLiteral("\u201ccity\u201d is not numeric")), qPrintable(notesOf(panel)));
}

void TestInputPanels::dataPanelMissingValuesDropped() {
    const QString path = writeFile(m_dataDir, QStringLiteral("gaps.csv"), "x,k,y\n1,5,2\n2,5,\n3,5,6\n,5,8\n5,5,10\n");
    DataPanel panel;
    panel.setReadOptions(false, MissingValues::Drop);
    QVERIFY(panel.loadFile(path));
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), 3);
    const QString notes = notesOf(panel);
    QVERIFY2(
        notes.contains(QStringLiteral("2 rows dropped for missing values")) && notes.contains(QStringLiteral("line 3")),
        qPrintable(notes));
    // The constant column is warned about, in the notes and in the list.
    QVERIFY2(notes.contains(QStringLiteral("\u201ck\u201d")) && notes.contains(QStringLiteral("same value")),
             qPrintable(notes));
    QVERIFY(!itemFor(panel, QStringLiteral("k"))->icon().isNull());
    bool rowsShown = false;
    for (auto* l : panel.findChildren<QLabel*>()) rowsShown |= l->text().contains(QStringLiteral("3 rows"));
    QVERIFY(rowsShown);

    // A complete file: no note about dropped rows.
    QVERIFY(panel.loadFile(writeFile(m_dataDir, QStringLiteral("full.csv"), "x,y\n1,2\n2,3\n")));
    QVERIFY(!notesOf(panel).contains(QStringLiteral("dropped")));
}

void TestInputPanels::dataPanelMissingValuesRefused() {
    const QString path = writeFile(m_dataDir, QStringLiteral("gaps_refused.csv"), "x,y\n1,2\n2,\n3,6\n");
    DataPanel panel;
    QVERIFY(panel.loadExample(QStringLiteral("seed")));
    const auto before = panel.table();
    panel.setReadOptions(false, MissingValues::Refuse);
    QCOMPARE(panel.readOptions().missingValues, MissingValues::Refuse);
    QCOMPARE(QSettings().value(QStringLiteral("data/missingValues")).toString(), QStringLiteral("refuse"));
    {
        MessageBoxCloser closer;
        QVERIFY(!panel.loadFile(path));
        QCOMPARE(closer.texts.size(), 1);
        const QString message = closer.texts.first();
        QVERIFY2(message.contains(QStringLiteral("line 3, column 'y'")) &&
                     message.contains(QStringLiteral("missing value")) &&
                     message.contains(QStringLiteral("Drop those rows")),
                 qPrintable(message));
    }
    QCOMPARE(panel.table(), before);

    // The same file with the other choice.
    panel.setReadOptions(false, MissingValues::Drop);
    QVERIFY(panel.loadFile(path));
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), 2);
    QVERIFY(notesOf(panel).contains(QStringLiteral("1 row dropped for missing values (line 3)")));
}

void TestInputPanels::dataPanelDecimalCommaRereads() {
    const QString path = writeFile(m_dataDir, QStringLiteral("komma.csv"), "a;b;y\n1,5;1;2,25\n2,5;2;3,5\n4;3;1,75\n");
    DataPanel panel;
    panel.setReadOptions(false, MissingValues::Drop);
    QVERIFY(panel.loadFile(path));
    // Without the option "1,5" is text, and the tooltip suggests the option.
    QListWidgetItem* a = itemFor(panel, QStringLiteral("a"));
    QVERIFY(!(a->flags() & Qt::ItemIsEnabled));
    QVERIFY2(a->toolTip().contains(QStringLiteral("Decimal comma")), qPrintable(a->toolTip()));
    QCOMPARE(panel.targetColumn(), QStringLiteral("b"));

    // Ticking the box reads the shown file again.
    QSignalSpy loaded(&panel, &DataPanel::fileLoaded);
    panel.findChild<QCheckBox*>(QStringLiteral("decimalComma"))->setChecked(true);
    QVERIFY(loaded.wait(30000));
    QVERIFY(panel.readOptions().decimalComma);
    QVERIFY(panel.table()->isNumeric(0) && panel.table()->isNumeric(2));
    QCOMPARE(panel.table()->values(0, 0), 1.5);
    QCOMPARE(panel.table()->values(2, 2), 1.75);
    QVERIFY(itemFor(panel, QStringLiteral("a"))->flags() & Qt::ItemIsEnabled);

    // Columns chosen before a re-read stay chosen.
    panel.setColumns({QStringLiteral("a")}, QStringLiteral("y"));
    panel.setReadOptions(true, MissingValues::Refuse);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(panel.inputColumns(), QStringList{QStringLiteral("a")});
    QCOMPARE(panel.targetColumn(), QStringLiteral("y"));
    panel.setReadOptions(false, MissingValues::Drop);  // leave the settings as the other tests expect
    QVERIFY(loaded.wait(30000));
}

void TestInputPanels::dataPanelMenus() {
    DataPanel panel;
    QMenu* examples = panel.examplesMenu();
    QCOMPARE(examples->actions().size(), static_cast<int>(builtInExamples().size()));
    for (std::size_t i = 0; i < builtInExamples().size(); ++i) {
        const Example& e = builtInExamples()[i];
        QAction* a = examples->actions()[static_cast<int>(i)];
        QCOMPARE(a->text(), QString::fromUtf8(e.title.data(), static_cast<qsizetype>(e.title.size())));
        QVERIFY(a->toolTip().contains(QString::fromUtf8(e.law.data(), static_cast<qsizetype>(e.law.size()))));
        QCOMPARE(a->statusTip(), a->toolTip());
    }
    QSignalSpy preset(&panel, &DataPanel::examplePresetAvailable);
    examples->actions()[2]->trigger();
    QCOMPARE(preset.count(), 1);
    QCOMPARE(static_cast<int>(panel.table()->rowCount()), 40);
}

// ---- PrimitivesPanel ----

void TestInputPanels::primitivesRoundTrip() {
    PrimitivesPanel panel;
    QCOMPARE(panel.primitives(), referenceDefaultPrimitives());
    // The order given is kept: it fixes alpha's columns, so an example's tuned seed must see the same order.
    const std::vector<Primitive> stevens = findExample("stevens").config.primitives;
    panel.setPrimitives(stevens);
    QCOMPARE(panel.primitives(), stevens);
    panel.setPrimitives(seedDocumentConfig().primitives);
    QCOMPARE(panel.primitives(), seedDocumentConfig().primitives);
    // A box checked afterwards joins at the end.
    primitiveBox(panel, "sin")->click();
    std::vector<Primitive> expected = seedDocumentConfig().primitives;
    expected.push_back(Primitive::Sin);
    QCOMPARE(panel.primitives(), expected);
    // Repeats are dropped.
    panel.setPrimitives({Primitive::Exp, Primitive::Exp, Primitive::Add});
    QCOMPARE(panel.primitives(), (std::vector<Primitive>{Primitive::Exp, Primitive::Add}));
    // Every box exists, named and described.
    for (const auto& info : allPrimitives()) {
        QCheckBox* box = primitiveBox(panel, std::string(info.name).c_str());
        QVERIFY(box);
        QVERIFY(!box->toolTip().isEmpty());
        QVERIFY(!box->accessibleName().isEmpty());
    }
    // The risky group says why.
    bool found = false;
    for (auto* group : panel.findChildren<QGroupBox*>())
        if (group->title().startsWith(QStringLiteral("Not identifiable"))) {
            found = true;
            QVERIFY(group->toolTip().contains(QStringLiteral("same function")));
            QVERIFY(group->findChild<QCheckBox*>(QStringLiteral("primitive_ln")));
        }
    QVERIFY(found);
}

void TestInputPanels::primitivesButtons() {
    PrimitivesPanel panel;
    QSignalSpy changed(&panel, &PrimitivesPanel::primitivesChanged);
    buttonWithText(panel, QStringLiteral("All"))->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.primitives().size(), allPrimitives().size());
    // The boxes checked before keep their places at the front.
    const auto reference = referenceDefaultPrimitives();
    QVERIFY(std::equal(reference.begin(), reference.end(), panel.primitives().begin()));

    buttonWithText(panel, QStringLiteral("None"))->click();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel.primitives(), std::vector<Primitive>{Primitive::None});

    buttonWithText(panel, QStringLiteral("Reference default"))->click();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(panel.primitives(), referenceDefaultPrimitives());

    panel.setPrimitives({});  // stays valid
    QCOMPARE(panel.primitives(), std::vector<Primitive>{Primitive::None});
}

void TestInputPanels::primitivesLastBoxStaysChecked() {
    PrimitivesPanel panel;
    panel.setPrimitives({Primitive::Exp});
    QSignalSpy changed(&panel, &PrimitivesPanel::primitivesChanged);
    QCheckBox* exp = primitiveBox(panel, "exp");
    exp->click();
    QVERIFY(exp->isChecked());
    QCOMPARE(panel.primitives(), std::vector<Primitive>{Primitive::Exp});
    QCOMPARE(changed.count(), 0);
    exp->setChecked(false);  // also programmatically, and by keyboard (both go through toggled)
    QVERIFY(exp->isChecked());
    QTest::keyClick(exp, Qt::Key_Space);
    QVERIFY(exp->isChecked());
    QCOMPARE(changed.count(), 0);
    // Once another box is on, exp may go.
    primitiveBox(panel, "add")->click();
    exp->click();
    QCOMPARE(panel.primitives(), std::vector<Primitive>{Primitive::Add});
    QCOMPARE(changed.count(), 2);
}

void TestInputPanels::primitivesSignalCounts() {
    PrimitivesPanel panel;
    QSignalSpy changed(&panel, &PrimitivesPanel::primitivesChanged);
    panel.setPrimitives(weberFechnerConfig().primitives);  // many boxes change: one signal
    QCOMPARE(changed.count(), 1);
    primitiveBox(panel, "tanh")->click();
    QCOMPARE(changed.count(), 2);
    primitiveBox(panel, "tanh")->click();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(panel.primitives(), weberFechnerConfig().primitives);
    // Clicking the formula toggles too.
    QLabel* formula = nullptr;
    for (auto* l : panel.findChildren<QLabel*>())
        if (l->text() == QStringLiteral("cos(x)")) formula = l;
    QVERIFY(formula);
    QTest::mouseClick(formula, Qt::LeftButton);
    QVERIFY(primitiveBox(panel, "cos")->isChecked());
    QCOMPARE(changed.count(), 4);
}

// ---- HyperparametersPanel ----

void TestInputPanels::hyperparametersRoundTrip_data() {
    QTest::addColumn<int>("which");
    QTest::newRow("defaults") << 0;
    QTest::newRow("seed document") << 1;
    QTest::newRow("weber-fechner") << 2;
    QTest::newRow("unusual") << 3;
    QTest::newRow("stevens") << 4;
    QTest::newRow("learning-curve") << 5;
}

void TestInputPanels::hyperparametersRoundTrip() {
    QFETCH(int, which);
    const SearchConfig configs[] = {
        SearchConfig{},  seedDocumentConfig(),          weberFechnerConfig(),
        unusualConfig(), findExample("stevens").config, findExample("learning-curve").config};
    const SearchConfig& c = configs[which];
    HyperparametersPanel panel;
    // From a different state, so that every widget has to change.
    panel.setConfig(which == 3 ? SearchConfig{} : unusualConfig());
    QSignalSpy changed(&panel, &HyperparametersPanel::configChanged);
    panel.setConfig(c);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(fieldsOf(panel.config(c)), fieldsOf(c));
    // Shown and read again by the spin boxes' own text: typing what is shown gives the same number.
    for (auto* spin : panel.findChildren<QDoubleSpinBox*>())
        QCOMPARE(spin->valueFromText(spin->textFromValue(spin->value())), spin->value());
}

void TestInputPanels::hyperparametersKeepBasePrimitives() {
    HyperparametersPanel panel;
    SearchConfig base = unusualConfig();
    base.primitives = {Primitive::LinearLn, Primitive::Cos};
    const SearchConfig c = panel.config(base);
    QCOMPARE(c.primitives, base.primitives);
    QCOMPARE(c.num_graph_nodes, SearchConfig{}.num_graph_nodes);  // everything else from the widgets
    QCOMPARE(panel.config().primitives, referenceDefaultPrimitives());
}

void TestInputPanels::hyperparametersSpinTextFormat() {
    HyperparametersPanel panel;
    auto* df = panel.findChild<QDoubleSpinBox*>(QStringLiteral("arch_weight_decay_df"));
    auto* lr = panel.findChild<QDoubleSpinBox*>(QStringLiteral("param_learning_rate_max"));
    auto* base = panel.findChild<QDoubleSpinBox*>(QStringLiteral("arch_weight_decay_base"));
    QVERIFY(df && lr && base);
    QCOMPARE(df->text(), QStringLiteral("3e-4"));
    QCOMPARE(lr->text(), QStringLiteral("0.025"));
    QCOMPARE(base->text(), QStringLiteral("0"));
    QCOMPARE(df->valueFromText(QStringLiteral("2.5e-5")), 2.5e-5);
    QCOMPARE(df->valueFromText(QStringLiteral("0.00025")), 2.5e-4);
    // Typed text is accepted on Enter.
    df->findChild<QLineEdit*>()->selectAll();
    QTest::keyClicks(df, QStringLiteral("7e-5"));
    QTest::keyClick(df, Qt::Key_Return);
    QCOMPARE(df->value(), 7e-5);
    QCOMPARE(panel.config().arch_weight_decay_df, 7e-5);
    // Logarithmic stepping along 1, 2, 3, 5.
    df->setValue(3e-4);
    df->stepBy(1);
    QCOMPARE(df->value(), 5e-4);
    df->stepBy(1);
    QCOMPARE(df->value(), 1e-3);
    df->stepBy(-2);
    QCOMPARE(df->value(), 3e-4);
    base->setValue(0.0);
    base->stepBy(1);
    QVERIFY(base->value() > 0.0);
    base->stepBy(-1);
    QCOMPARE(base->value(), 0.0);
    QValidator::State state;
    int pos = 0;
    QString text = QStringLiteral("abc");
    state = df->validate(text, pos);
    QCOMPARE(state, QValidator::Invalid);
    text = QStringLiteral("3e-");
    QCOMPARE(df->validate(text, pos), QValidator::Intermediate);
    text = QStringLiteral("3e-4");
    QCOMPARE(df->validate(text, pos), QValidator::Acceptable);

    // Seed: 64-bit, bad text is refused on leaving the field.
    auto* seed = panel.findChild<QLineEdit*>(QStringLiteral("seed"));
    QVERIFY(seed);
    seed->setText(QStringLiteral("18446744073709551615"));
    emit seed->editingFinished();
    QCOMPARE(panel.config().seed, 18446744073709551615ULL);
    seed->setText(QStringLiteral("18446744073709551616"));  // 2^64: too large
    emit seed->editingFinished();
    QCOMPARE(seed->text(), QStringLiteral("18446744073709551615"));
    QCOMPARE(panel.config().seed, 18446744073709551615ULL);
}

void TestInputPanels::hyperparametersSliderAndSpinInStep() {
    HyperparametersPanel panel;
    QSignalSpy changed(&panel, &HyperparametersPanel::configChanged);
    auto* nodes = panel.findChild<QSpinBox*>(QStringLiteral("num_graph_nodes"));
    auto* nodesSlider = panel.findChild<QSlider*>(QStringLiteral("num_graph_nodes_slider"));
    QVERIFY(nodes && nodesSlider);
    QCOMPARE(nodesSlider->value(), 2);
    nodesSlider->setValue(5);
    QCOMPARE(nodes->value(), 5);
    QCOMPARE(changed.count(), 1);
    nodes->setValue(8);
    QCOMPARE(nodesSlider->value(), 8);
    QCOMPARE(changed.count(), 2);
    nodes->setValue(20);  // beyond the slider: the slider waits at its end, the value is kept
    QCOMPARE(nodesSlider->value(), nodesSlider->maximum());
    QCOMPARE(panel.config().num_graph_nodes, 20);

    auto* momentum = panel.findChild<QDoubleSpinBox*>(QStringLiteral("param_momentum"));
    auto* momentumSlider = panel.findChild<QSlider*>(QStringLiteral("param_momentum_slider"));
    QCOMPARE(momentumSlider->value(), 900);
    momentumSlider->setValue(975);
    QCOMPARE(momentum->value(), 0.975);
    momentum->setValue(0.5);
    QCOMPARE(momentumSlider->value(), 500);

    // Every slider sits where its spin box says after setConfig.
    panel.setConfig(unusualConfig());
    auto* lr = panel.findChild<QDoubleSpinBox*>(QStringLiteral("param_learning_rate_max"));
    auto* lrSlider = panel.findChild<QSlider*>(QStringLiteral("param_learning_rate_max_slider"));
    const double t = (std::log10(0.1234567890123456) + 5.0) / 5.0;
    QCOMPARE(lrSlider->value(), 1 + static_cast<int>(std::lround(t * 999)));
    QCOMPARE(lr->value(), 0.1234567890123456);  // the slider did not round the value
}

void TestInputPanels::hyperparametersLogSliderMapping() {
    HyperparametersPanel panel;
    auto* spin = panel.findChild<QDoubleSpinBox*>(QStringLiteral("arch_learning_rate_max"));
    auto* slider = panel.findChild<QSlider*>(QStringLiteral("arch_learning_rate_max_slider"));
    QVERIFY(spin && slider);
    // Positions 1..1000 span 1e-5..1 logarithmically; position 0 means 0.
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), 1000);
    auto position = [](double v) { return 1 + static_cast<int>(std::lround((std::log10(v) + 5.0) / 5.0 * 999)); };
    QCOMPARE(slider->value(), position(3e-3));
    spin->setValue(1e-3);
    QCOMPARE(slider->value(), position(1e-3));
    slider->setValue(1000);
    QCOMPARE(spin->value(), 1.0);
    slider->setValue(1);
    QCOMPARE(spin->value(), 1e-5);
    slider->setValue(0);
    QCOMPARE(spin->value(), 0.0);
    slider->setValue(500);  // 10^(-5 + 5 * 499/999) = 0.00314..., shown with two digits
    QCOMPARE(spin->value(), 0.0031);
    // A decade is the same distance everywhere.
    spin->setValue(1e-4);
    const int p4 = slider->value();
    spin->setValue(1e-2);
    const int p2 = slider->value();
    spin->setValue(1e-1);
    QVERIFY(std::abs((p2 - p4) - 2 * (slider->value() - p2)) <= 1);
    // Beyond the slider's span the value stays exact.
    spin->setValue(5.0);
    QCOMPARE(slider->value(), 1000);
    QCOMPARE(panel.config().arch_learning_rate_max, 5.0);

    // The weight decay of the base penalty: 0 at the far left.
    auto* base = panel.findChild<QDoubleSpinBox*>(QStringLiteral("arch_weight_decay_base"));
    auto* baseSlider = panel.findChild<QSlider*>(QStringLiteral("arch_weight_decay_base_slider"));
    QCOMPARE(baseSlider->value(), 0);
    baseSlider->setValue(baseSlider->maximum());
    QCOMPARE(base->value(), 0.1);
    baseSlider->setValue(0);
    QCOMPARE(base->value(), 0.0);

    // Gradient clip: no zero (it must stay above zero).
    auto* clip = panel.findChild<QDoubleSpinBox*>(QStringLiteral("grad_clip"));
    auto* clipSlider = panel.findChild<QSlider*>(QStringLiteral("grad_clip_slider"));
    clipSlider->setValue(0);
    QCOMPARE(clip->value(), 0.01);
}

void TestInputPanels::hyperparametersIntSliders() {
    HyperparametersPanel panel;
    auto* epochs = panel.findChild<QSpinBox*>(QStringLiteral("max_epochs"));
    auto* slider = panel.findChild<QSlider*>(QStringLiteral("max_epochs_slider"));
    QVERIFY(epochs && slider);
    slider->setValue(0);
    QCOMPARE(epochs->value(), 0);
    slider->setValue(slider->maximum());
    QCOMPARE(epochs->value(), 100000);
    int last = -1;
    for (int p = 0; p <= slider->maximum(); p += 50) {  // monotonic
        slider->setValue(p);
        QVERIFY(epochs->value() >= last);
        last = epochs->value();
    }
    epochs->setValue(300);
    const int p300 = slider->value();
    QVERIFY2(p300 > 450 && p300 < 550, qPrintable(QString::number(p300)));  // log scale: 300 of 100000 near the middle
    QCOMPARE(epochs->value(), 300);
    QCOMPARE(panel.config().max_epochs, 300);

    auto* batch = panel.findChild<QSpinBox*>(QStringLiteral("batch_size"));
    auto* batchSlider = panel.findChild<QSlider*>(QStringLiteral("batch_size_slider"));
    batchSlider->setValue(0);
    QCOMPARE(batch->value(), 1);
    QCOMPARE(batch->minimum(), 1);
    QCOMPARE(batch->maximum(), 100000);
    QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("arch_updates_per_epoch"))->maximum(), 10000);
    QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("max_epochs"))->maximum(), 100000);
    QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("num_graph_nodes"))->minimum(), 1);
}

void TestInputPanels::hyperparametersButtons() {
    HyperparametersPanel panel;
    QSignalSpy reset(&panel, &HyperparametersPanel::resetRequested);
    std::vector<SearchConfig> presets;
    connect(&panel, &HyperparametersPanel::presetRequested, [&](const SearchConfig& c) { presets.push_back(c); });
    QSignalSpy changed(&panel, &HyperparametersPanel::configChanged);
    panel.findChild<QPushButton*>(QStringLiteral("resetButton"))->click();
    QCOMPARE(reset.count(), 1);
    panel.findChild<QPushButton*>(QStringLiteral("seedPresetButton"))->click();
    panel.findChild<QPushButton*>(QStringLiteral("weberFechnerPresetButton"))->click();
    QCOMPARE(presets.size(), std::size_t{2});
    QCOMPARE(fieldsOf(presets[0]), fieldsOf(seedDocumentConfig()));
    QCOMPARE(fieldsOf(presets[1]), fieldsOf(weberFechnerConfig()));
    QCOMPARE(changed.count(), 0);  // the owner applies them
    // Output types offered: the reference's minus "class".
    auto* output = panel.findChild<QComboBox*>(QStringLiteral("output_type"));
    QCOMPARE(output->count(), 5);
    QCOMPARE(output->findText(QStringLiteral("class")), -1);
}

void TestInputPanels::hyperparametersFitANarrowDockAtPresenterSize() {
    HyperparametersPanel panel;
    panel.resize(500, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int normalWidth = panel.minimumSizeHint().width();
    QFont large = panel.font();
    large.setPointSizeF(large.pointSizeF() * 1.6);  // what presenter view does to the application font
    panel.setFont(large);
    QApplication::processEvents();
    const int presenterWidth = panel.minimumSizeHint().width();
    qInfo("hyperparameters panel minimum width: %d normal, %d at 1.6x", normalWidth, presenterWidth);
    // Was 590 at 1.6x: the presets' row and label beside field. A third of a projector's 1920 pixels at most.
    QVERIFY2(presenterWidth <= 460, qPrintable(QString::number(presenterWidth)));

    // Squeezed to that width, nothing is cut off: the page fits its view, and each spin box shows its value whole.
    panel.resize(presenterWidth, 800);
    QApplication::processEvents();
    auto* scroll = panel.findChild<QScrollArea*>();
    QVERIFY(scroll);
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
    for (QDoubleSpinBox* spin : panel.findChildren<QDoubleSpinBox*>()) {
        if (spin->objectName() != QLatin1String("arch_learning_rate_max")) continue;
        spin->setValue(0.00025);
        QVERIFY2(spin->width() >= spin->fontMetrics().horizontalAdvance(spin->text()) + 20,
                 qPrintable(QStringLiteral("%1 for %2").arg(spin->width()).arg(spin->text())));
    }
    for (QWidget* w : scroll->widget()->findChildren<QWidget*>()) {
        if (!w->isVisible() || qobject_cast<QGroupBox*>(w)) continue;
        const QRect inPage(w->mapTo(scroll->widget(), QPoint(0, 0)), w->size());
        QVERIFY2(inPage.right() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 (%2) ends at %3 of %4")
                                .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                                .arg(inPage.right())
                                .arg(scroll->viewport()->width())));
    }
    // Every button is there, within the panel.
    for (QPushButton* button : panel.findChildren<QPushButton*>())
        QVERIFY2(button->geometry().right() <= panel.width() && button->width() >= button->minimumSizeHint().width(),
                 qPrintable(button->text()));
}

void TestInputPanels::hyperparametersSignalCounts() {
    HyperparametersPanel panel;
    QSignalSpy changed(&panel, &HyperparametersPanel::configChanged);
    panel.findChild<QComboBox*>(QStringLiteral("darts_type"))->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(panel.config().darts_type == DartsType::Fair);
    panel.findChild<QCheckBox*>(QStringLiteral("polish"))->click();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel.config().polish, false);
    panel.findChild<QSlider*>(QStringLiteral("grad_clip_slider"))->setValue(700);
    QCOMPARE(changed.count(), 3);
    // Settings that only matter together with others follow them.
    auto* fair = panel.findChild<QDoubleSpinBox*>(QStringLiteral("fair_darts_loss_weight"));
    QVERIFY(fair->isEnabled());
    panel.findChild<QComboBox*>(QStringLiteral("darts_type"))->setCurrentIndex(0);
    QVERIFY(!fair->isEnabled());
    auto* classifierDecay = panel.findChild<QDoubleSpinBox*>(QStringLiteral("classifier_weight_decay"));
    QVERIFY(!classifierDecay->isEnabled());
    panel.findChild<QCheckBox*>(QStringLiteral("train_classifier_bias"))->click();
    QVERIFY(classifierDecay->isEnabled());
    // Every control explains itself.
    for (auto* w : panel.findChildren<QWidget*>()) {
        if (!(qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QSlider*>(w) || qobject_cast<QComboBox*>(w) ||
              qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)))
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no tooltip")));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no name")));
    }
    QVERIFY(!panel.whatsThis().isEmpty());
}

// ---- Screenshots ----

void TestInputPanels::screenshots() {
    DataPanel data;
    QVERIFY(data.loadExample(QStringLiteral("seed")));
    data.resize(500, 700);
    data.show();
    QVERIFY(QTest::qWaitForWindowExposed(&data));
    QVERIFY(data.grab().save(QStringLiteral("/tmp/panel_data.png")));

    // A file with a text column and a constant column, to see how those look.
    const QString path = writeFile(m_dataDir, QStringLiteral("survey.csv"),
                                   "age,group,session,reaction_time\n21,a,1,0.41\n34,b,1,0.52\n28,a,1,0.47\n"
                                   "45,b,1,0.61\n19,a,1,\n52,c,1,0.66\n");
    data.setReadOptions(false, MissingValues::Drop);
    QVERIFY(data.loadFile(path));
    QCoreApplication::processEvents();  // let the layout follow the new table, as the event loop would
    QVERIFY(data.grab().save(QStringLiteral("/tmp/panel_data_file.png")));
    // While a big file is read: the progress under the options, the table shown before still there.
    data.loadFileInBackground(writeFile(m_dataDir, QStringLiteral("big_screenshot.csv"), bigCsv(300000)));
    QCoreApplication::processEvents();
    QVERIFY(data.grab().save(QStringLiteral("/tmp/panel_data_loading.png")));
    data.cancelLoading();

    PrimitivesPanel primitives;
    primitives.resize(350, 600);
    primitives.show();
    QVERIFY(QTest::qWaitForWindowExposed(&primitives));
    QVERIFY(primitives.grab().save(QStringLiteral("/tmp/panel_primitives.png")));

    HyperparametersPanel hyper;
    hyper.resize(420, 800);
    hyper.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hyper));
    QVERIFY(hyper.grab().save(QStringLiteral("/tmp/panel_hyperparameters.png")));
    hyper.setConfig(unusualConfig());
    QCoreApplication::processEvents();
    // The whole scrolled page, to see the groups below the fold too.
    auto* page = hyper.findChild<QScrollArea*>()->widget();
    QVERIFY(page->grab().save(QStringLiteral("/tmp/panel_hyperparameters_unusual_page.png")));
    QVERIFY(
        primitives.findChild<QScrollArea*>()->widget()->grab().save(QStringLiteral("/tmp/panel_primitives_page.png")));
    DataPanel empty;
    empty.resize(500, 400);
    QVERIFY(empty.grab().save(QStringLiteral("/tmp/panel_data_empty.png")));

    for (QWidget* w : {static_cast<QWidget*>(&data), static_cast<QWidget*>(&primitives), static_cast<QWidget*>(&hyper)})
        QVERIFY(!w->whatsThis().isEmpty());
}

QTEST_MAIN(TestInputPanels)
#include "test_input_panels.moc"
