#include "formula_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace darts::gui {

namespace {

/// Above this many rows the table is made on OK rather than at every keystroke.
constexpr long long liveRowLimit = 100'000;

QDoubleSpinBox* rangeBox(double value, const QString& objectName, const QString& accessibleName) {
    auto* box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(-1e9, 1e9);
    box->setDecimals(4);
    box->setValue(value);
    box->setFrame(false);
    box->setAccessibleName(accessibleName);
    return box;
}

}  // namespace

FormulaDialog::FormulaDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New data from formula"));

    m_law = new QLineEdit(this);
    m_law->setObjectName(QStringLiteral("law"));
    m_law->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_law->setPlaceholderText(QStringLiteral("y = 2*x1 + exp(5*x2)"));
    m_law->setAccessibleName(tr("Law"));
    m_law->setToolTip(
        tr("The law the data follow: target = expression. Any other name is an input. Functions: exp, log (ln), "
           "sin, cos, tan, sinh, cosh, tanh, sqrt, abs, pow(a, b) or a^b, logistic, relu, softplus; constants Pi, "
           "Euler."));
    auto* lawLabel = new QLabel(tr("&Law:"), this);
    lawLabel->setBuddy(m_law);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Check of the law"));

    m_ranges = new QTableWidget(0, 3, this);
    m_ranges->setObjectName(QStringLiteral("ranges"));
    m_ranges->setHorizontalHeaderLabels({tr("Input"), tr("From"), tr("To")});
    m_ranges->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ranges->verticalHeader()->setVisible(false);
    m_ranges->setSelectionMode(QAbstractItemView::NoSelection);
    m_ranges->setMinimumHeight(110);
    m_ranges->setAccessibleName(tr("Input ranges"));
    m_ranges->setToolTip(tr("Each input is drawn between these two values (both included on a grid)"));

    m_random = new QRadioButton(tr("&Random (uniform in the ranges)"), this);
    m_random->setObjectName(QStringLiteral("random"));
    m_grid = new QRadioButton(tr("&Grid (evenly spaced, every combination)"), this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_random->setChecked(true);
    auto* sampling = new QButtonGroup(this);
    sampling->addButton(m_random);
    sampling->addButton(m_grid);
    auto* samplingBox = new QVBoxLayout;
    samplingBox->addWidget(m_random);
    samplingBox->addWidget(m_grid);

    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, static_cast<int>(darts::maxGeneratedRows));
    m_count->setValue(200);
    m_count->setAccessibleName(tr("Number of points"));
    m_countLabel = new QLabel(this);
    m_countLabel->setBuddy(m_count);
    m_rows = new QLabel(this);
    m_rows->setObjectName(QStringLiteral("rows"));
    auto* countBox = new QHBoxLayout;
    countBox->addWidget(m_count);
    countBox->addWidget(m_rows, 1);

    m_noise = new QDoubleSpinBox(this);
    m_noise->setObjectName(QStringLiteral("noise"));
    m_noise->setRange(0.0, 1000.0);
    m_noise->setDecimals(1);
    m_noise->setSingleStep(1.0);
    m_noise->setSuffix(tr(" %"));
    m_noise->setValue(5.0);
    m_noise->setAccessibleName(tr("Noise level"));
    m_noise->setToolTip(tr("Gaussian noise added to the target; its standard deviation is this percentage of the "
                           "standard deviation of the noiseless target"));
    auto* noiseLabel = new QLabel(tr("&Noise (% of the target's standard deviation):"), this);
    noiseLabel->setBuddy(m_noise);
    noiseLabel->setToolTip(m_noise->toolTip());

    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(1, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setToolTip(tr("The same seed gives the same points and noise"));
    auto* seedLabel = new QLabel(tr("&Seed:"), this);
    seedLabel->setBuddy(m_seed);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create data"));

    auto* form = new QFormLayout;
    form->addRow(lawLabel, m_law);
    form->addRow(QString(), m_message);
    form->addRow(tr("Inputs:"), m_ranges);
    form->addRow(tr("Sampling:"), samplingBox);
    form->addRow(m_countLabel, countBox);
    form->addRow(noiseLabel, m_noise);
    form->addRow(seedLabel, m_seed);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_law, &QLineEdit::textChanged, this, &FormulaDialog::onLawEdited);
    connect(m_grid, &QRadioButton::toggled, this, &FormulaDialog::regenerate);
    connect(m_count, &QSpinBox::valueChanged, this, &FormulaDialog::regenerate);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &FormulaDialog::regenerate);
    connect(m_seed, &QSpinBox::valueChanged, this, &FormulaDialog::regenerate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_table && m_formula) {
            // Too large to have been made live: make it now.
            try {
                m_table = darts::generateTable(*m_formula, settings());
            } catch (const darts::FormulaError& e) {
                showProblem(QString::fromStdString(e.message()), e.column(), e.length());
            } catch (const std::exception& e) {
                showProblem(QString::fromStdString(e.what()), 0, 0);
            }
        }
        if (m_table) accept();
    });

    m_law->setText(QStringLiteral("y = 2*x1 + exp(5*x2)"));
    resize(560, 480);
}

bool FormulaDialog::setRange(const QString& input, double from, double to) {
    for (int row = 0; row < m_ranges->rowCount(); ++row) {
        if (m_ranges->item(row, 0)->text() != input) continue;
        auto* fromBox = qobject_cast<QDoubleSpinBox*>(m_ranges->cellWidget(row, 1));
        auto* toBox = qobject_cast<QDoubleSpinBox*>(m_ranges->cellWidget(row, 2));
        fromBox->setValue(from);
        toBox->setValue(to);
        return true;
    }
    return false;
}

void FormulaDialog::setSampling(darts::Sampling sampling) {
    (sampling == darts::Sampling::Grid ? m_grid : m_random)->setChecked(true);
}
void FormulaDialog::setCount(int count) { m_count->setValue(count); }
void FormulaDialog::setNoisePercent(double percent) { m_noise->setValue(percent); }
void FormulaDialog::setSeed(int seed) { m_seed->setValue(seed); }

bool FormulaDialog::canAccept() const { return m_buttons->button(QDialogButtonBox::Ok)->isEnabled(); }

void FormulaDialog::onLawEdited() {
    try {
        m_formula = darts::Formula::parse(m_law->text().toStdString());
    } catch (const darts::FormulaError& e) {
        m_formula.reset();
        m_table.reset();
        showProblem(QString::fromStdString(e.message()), e.column(), e.length());
        return;
    }
    rebuildRanges();
    regenerate();
}

void FormulaDialog::rebuildRanges() {
    // Remember what was typed for the inputs shown, so that retyping the law keeps them.
    for (int row = 0; row < m_ranges->rowCount(); ++row) {
        auto* fromBox = qobject_cast<QDoubleSpinBox*>(m_ranges->cellWidget(row, 1));
        auto* toBox = qobject_cast<QDoubleSpinBox*>(m_ranges->cellWidget(row, 2));
        m_rangeMemory[m_ranges->item(row, 0)->text()] = {fromBox->value(), toBox->value()};
    }
    const std::vector<std::string>& names = m_formula->inputNames();
    m_ranges->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < static_cast<int>(names.size()); ++row) {
        const QString name = QString::fromStdString(names[static_cast<std::size_t>(row)]);
        auto* item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        m_ranges->setItem(row, 0, item);
        const QPair<double, double> range = m_rangeMemory.value(name, {0.0, 1.0});
        auto* fromBox = rangeBox(range.first, QStringLiteral("from"), tr("Lowest %1").arg(name));
        auto* toBox = rangeBox(range.second, QStringLiteral("to"), tr("Highest %1").arg(name));
        connect(fromBox, &QDoubleSpinBox::valueChanged, this, &FormulaDialog::regenerate);
        connect(toBox, &QDoubleSpinBox::valueChanged, this, &FormulaDialog::regenerate);
        m_ranges->setCellWidget(row, 1, fromBox);
        m_ranges->setCellWidget(row, 2, toBox);
    }
}

darts::GenerationSettings FormulaDialog::settings() const {
    darts::GenerationSettings s;
    for (int row = 0; row < m_ranges->rowCount(); ++row)
        s.ranges.push_back({qobject_cast<QDoubleSpinBox*>(m_ranges->cellWidget(row, 1))->value(),
                            qobject_cast<QDoubleSpinBox*>(m_ranges->cellWidget(row, 2))->value()});
    s.sampling = m_grid->isChecked() ? darts::Sampling::Grid : darts::Sampling::Random;
    s.count = m_count->value();
    s.noise = m_noise->value() / 100.0;
    s.noiseScale = darts::NoiseScale::RelativeToSpread;
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

void FormulaDialog::regenerate() {
    const bool grid = m_grid->isChecked();
    m_countLabel->setText(grid ? tr("Points along &each input:") : tr("&Points:"));
    m_table.reset();
    if (!m_formula) return;
    const darts::GenerationSettings s = settings();
    const long long rows = darts::generatedRowCount(*m_formula, s);
    m_rows->setText(rows > darts::maxGeneratedRows ? tr("→ more than %L1 rows: too many").arg(darts::maxGeneratedRows)
                                                   : tr("→ %L1 rows").arg(rows));
    QString problem;
    int column = 0;
    int length = 0;
    if (rows <= liveRowLimit) {
        try {
            m_table = darts::generateTable(*m_formula, s);
        } catch (const darts::FormulaError& e) {
            problem = QString::fromStdString(e.message());
            column = e.column();
            length = e.length();
        } catch (const std::exception& e) {
            problem = QString::fromStdString(e.what());
        }
    } else if (rows > darts::maxGeneratedRows) {
        problem = tr("More than %L1 rows; use fewer points.").arg(darts::maxGeneratedRows);
    }
    if (!problem.isEmpty()) {
        showProblem(problem, column, length);
        return;
    }
    QStringList inputs;
    for (const std::string& name : m_formula->inputNames()) inputs << QString::fromStdString(name);
    m_message->setText(tr("Inputs: %1 — target: %2")
                           .arg(inputs.join(QStringLiteral(", ")).toHtmlEscaped(),
                                QString::fromStdString(m_formula->targetName()).toHtmlEscaped()));
    m_message->setStyleSheet(QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void FormulaDialog::showProblem(const QString& text, int column, int length) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (column <= 0) {
        m_message->setText(QStringLiteral("<span style='color:#c00000'>%1</span>").arg(text.toHtmlEscaped()));
        return;
    }
    // Columns count bytes of the UTF-8 text; the marked part is shown in the law's own characters.
    const QByteArray bytes = m_law->text().toUtf8();
    const int start = static_cast<int>(QString::fromUtf8(bytes.left(column - 1)).size());
    const int end = static_cast<int>(QString::fromUtf8(bytes.left(column - 1 + length)).size());
    const QString law = m_law->text();
    QString marked = law.left(start).toHtmlEscaped();
    const QString offending = law.mid(start, end - start);
    // A mistake at the end of the text (something missing) is marked by an underlined space.
    marked += QStringLiteral("<span style='background:#ffd0d0;color:#c00000;text-decoration:underline'>%1</span>")
                  .arg(offending.isEmpty() ? QStringLiteral("&nbsp;") : offending.toHtmlEscaped());
    marked += law.mid(end).toHtmlEscaped();
    m_message->setText(QStringLiteral("<span style='color:#c00000'>%1</span><br><span style='white-space:pre;font-family:monospace'>%2</span>")
                           .arg(tr("Column %1: %2").arg(column).arg(text).toHtmlEscaped(), marked));
}

}  // namespace darts::gui
