// File > New data from formula, headless: the dialog checks the law as it is typed and points at a mistake,
// lists the law's inputs with ranges, makes grid or random tables, and the window loads the table with the true
// law drawn dashed in the model's response plot.

#include "formula_dialog.h"
#include "main_window.h"

#include "panels/data_panel.h"
#include "panels/model_plots.h"

#include <qcustomplot.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <cmath>

using namespace darts;
using darts::gui::FormulaDialog;
using darts::gui::MainWindow;

namespace {

QAction* actionNamed(MainWindow& window, const QString& text) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text().remove('&') == text) return a;
    return nullptr;
}

QString screenshotPath(const QString& name) { return QDir::temp().filePath(name); }

}  // namespace

class TestFormulaDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DartsStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_formula_dialog"));
    }

    void goodLawMakesTheTable() {
        FormulaDialog dialog;
        dialog.lawEdit()->setText(QStringLiteral("z = 3*a - b^2"));
        QVERIFY(dialog.canAccept());
        QTableWidget* ranges = dialog.rangesTable();
        QCOMPARE(ranges->rowCount(), 2);
        QCOMPARE(ranges->item(0, 0)->text(), QStringLiteral("a"));
        QCOMPARE(ranges->item(1, 0)->text(), QStringLiteral("b"));
        QVERIFY(dialog.setRange(QStringLiteral("a"), -2.0, 2.0));
        QVERIFY(dialog.setRange(QStringLiteral("b"), 10.0, 20.0));
        QVERIFY(!dialog.setRange(QStringLiteral("c"), 0.0, 1.0));
        dialog.setSampling(Sampling::Grid);
        dialog.setCount(5);
        dialog.setNoisePercent(0.0);

        QVERIFY(dialog.table().has_value());
        const Table& grid = *dialog.table();
        QCOMPARE(grid.rowCount(), Eigen::Index(25));
        QCOMPARE(grid.columnNames, (std::vector<std::string>{"a", "b", "z"}));
        QCOMPARE(grid.values(0, 0), -2.0);
        QCOMPARE(grid.values(24, 1), 20.0);
        QCOMPARE(grid.values(24, 2), 3.0 * 2.0 - 400.0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("rows"))->text().contains(QStringLiteral("25")));
        QCOMPARE(dialog.formula()->targetName(), std::string("z"));

        dialog.setSampling(Sampling::Random);
        dialog.setCount(40);
        dialog.setNoisePercent(10.0);
        const Table random = *dialog.table();
        QCOMPARE(random.rowCount(), Eigen::Index(40));
        QVERIFY(random.values.col(1).minCoeff() >= 10.0 && random.values.col(1).maxCoeff() <= 20.0);
        // Noise: the target is not exactly the law any more.
        const Eigen::VectorXd law = dialog.formula()->evaluate(random.values.leftCols(2));
        QVERIFY((random.values.col(2) - law).cwiseAbs().maxCoeff() > 0.0);

        // Retyping the law keeps the range typed for an input that stays.
        dialog.lawEdit()->setText(QStringLiteral("z = 3*a"));
        QCOMPARE(ranges->rowCount(), 1);
        QCOMPARE(qobject_cast<QDoubleSpinBox*>(ranges->cellWidget(0, 1))->value(), -2.0);
    }

    void badLawPointsAtTheMistakeAndDisablesOk() {
        FormulaDialog dialog;
        dialog.resize(600, 500);
        dialog.lawEdit()->setText(QStringLiteral("y = 2*x1 + foo(x2)"));
        QVERIFY(!dialog.canAccept());
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.table().has_value());
        const QString message = dialog.messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("Column 12")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("foo")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("c00000")), qPrintable(message));  // shown in red
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("formula_dialog_error.png"))));

        // Fixed: OK again.
        dialog.lawEdit()->setText(QStringLiteral("y = 2*x1 + exp(x2)"));
        QVERIFY(dialog.canAccept());
        QVERIFY(!dialog.messageLabel()->text().contains(QStringLiteral("Column")));

        // A law undefined in the chosen range is a problem too, named by its point.
        dialog.lawEdit()->setText(QStringLiteral("y = log(x1)"));
        dialog.setSampling(Sampling::Grid);
        dialog.setCount(3);
        QVERIFY(!dialog.canAccept());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("x1 = 0")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.setRange(QStringLiteral("x1"), 1.0, 2.0));
        QVERIFY(dialog.canAccept());
    }

    void windowLoadsTheTableAndOverlaysTheLaw() {
        MainWindow window;
        window.resize(1300, 850);
        window.show();
        QAction* action = actionNamed(window, QStringLiteral("New data from formula…"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

        // Through the menu: fill the modal dialog when it opens, then press its OK button.
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = window.findChild<FormulaDialog*>();
            if (!dialog) return;
            dialog->lawEdit()->setText(QStringLiteral("y = 2*x1 + exp(x2)"));
            dialog->setRange(QStringLiteral("x1"), -1.0, 1.0);
            dialog->setRange(QStringLiteral("x2"), 0.0, 2.0);
            dialog->setCount(150);
            dialog->setNoisePercent(5.0);
            filled = true;
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        action->trigger();
        QVERIFY(filled);

        const auto table = window.dataPanel()->table();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), Eigen::Index(150));
        QCOMPARE(table->columnNames, (std::vector<std::string>{"x1", "x2", "y"}));
        QCOMPARE(window.dataPanel()->targetColumn(), QStringLiteral("y"));
        QCOMPARE(window.dataPanel()->law(), QStringLiteral("y = 2*x1 + exp(x2)"));
        QVERIFY(window.controller().data() != nullptr);
        QCOMPARE(window.controller().data()->X.rows(), 150);

        // The response plot draws the true law dashed along x1 (x2 held at its median), before any search.
        QCustomPlot* response = window.modelPlots()->responsePlot();
        QCOMPARE(response->graphCount(), 3);
        QCPGraph* law = response->graph(2);
        QCOMPARE(law->dataCount(), gui::ModelPlots::responsePoints);
        QCOMPARE(law->pen().style(), Qt::DashLine);
        QVERIFY(law->visible());
        QVERIFY(response->legend->hasItemWithPlottable(law));
        const QSlider* held = window.modelPlots()->findChild<QSlider*>(QStringLiteral("hold:x2"));
        QVERIFY(held);
        const double x2 = held->property("heldValue").toDouble();
        const auto first = law->data()->constBegin();
        // The curve spans the data's range of x1, like the model's.
        const double low = table->values.col(0).minCoeff(), high = table->values.col(0).maxCoeff();
        QVERIFY(low >= -1.0 && high <= 1.0);
        QCOMPARE(first->key, low);
        QVERIFY(std::abs(first->value - (2.0 * low + std::exp(x2))) < 1e-9);
        const auto last = law->data()->constEnd() - 1;
        QCOMPARE(last->key, high);
        QVERIFY(std::abs(last->value - (2.0 * high + std::exp(x2))) < 1e-9);

        window.showModelTab(true);
        if (auto* tabs = window.modelPlots()->findChild<QTabWidget*>()) tabs->setCurrentIndex(2);
        response->replot();
        QTest::qWait(50);
        QVERIFY(window.modelPlots()->grab().save(screenshotPath(QStringLiteral("formula_true_law.png"))));

        // Other data drop the law, or bring their own (a built-in example).
        QVERIFY(window.dataPanel()->loadExample(QStringLiteral("seed")));
        QCOMPARE(QString::fromStdString(window.modelPlots()->trueLaw().text()), QStringLiteral("y = 2*x1 + exp(5*x2)"));
        window.dataPanel()->setTable(std::make_shared<const darts::Table>(*table), QStringLiteral("copy"));
        QVERIFY(!window.modelPlots()->trueLaw().isValid());
        QCOMPARE(response->graph(2)->dataCount(), 0);
        QVERIFY(!response->legend->hasItemWithPlottable(response->graph(2)));
    }
};

QTEST_MAIN(TestFormulaDialog)
#include "test_formula_dialog.moc"
