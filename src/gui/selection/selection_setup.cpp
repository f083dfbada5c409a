#include "selection/selection_setup.h"

#include "search/config_fields.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace darts::gui {

SelectionSetup::SelectionSetup(QWidget* parent) : QWidget(parent) {
    m_multiStart = new QRadioButton(tr("&Multi-start"), this);
    m_multiStart->setToolTip(tr("Run the window's settings several times with the seeds seed, seed + 1, …: "
                                "a search can settle on a poor model by chance"));
    m_multiStart->setAccessibleName(tr("Multi-start"));
    m_sweep = new QRadioButton(tr("S&weep"), this);
    m_sweep->setToolTip(tr("Run every combination of the settings' values in the table below"));
    m_sweep->setAccessibleName(tr("Sweep"));
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_multiStart);
    mode->addButton(m_sweep);
    m_multiStart->setChecked(true);

    m_restarts = new QSpinBox(this);
    m_restarts->setRange(2, 256);
    m_restarts->setValue(4);
    m_restarts->setToolTip(tr("How many searches with consecutive seeds"));
    m_restarts->setAccessibleName(tr("Restarts"));
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, 256);
    m_jobs->setValue(darts::defaultJobCount());
    m_jobs->setToolTip(tr("Searches running at once (default: one per processor core)"));
    m_jobs->setAccessibleName(tr("Searches at once"));
    m_selectBy = new QComboBox(this);
    m_selectBy->addItem(tr("Validation MSE"), static_cast<int>(darts::SelectBy::Validation));
    m_selectBy->addItem(tr("BIC"), static_cast<int>(darts::SelectBy::Bic));
    m_selectBy->setToolTip(tr("How the best model is chosen and loaded after the run: the lowest error on the "
                              "held-out rows (needs rows held out), or the lowest BIC (error against size)"));
    m_selectBy->setAccessibleName(tr("Select by"));

    m_axes = new QTableWidget(0, 2, this);
    m_axes->setHorizontalHeaderLabels({tr("Setting"), tr("Values")});
    m_axes->horizontalHeaderItem(1)->setToolTip(tr("The values to try, separated by commas"));
    m_axes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_axes->setColumnWidth(0, 200);
    m_axes->horizontalHeader()->setStretchLastSection(true);
    m_axes->verticalHeader()->hide();
    m_axes->setToolTip(tr("The sweep's axes: every combination of their values is one search; the other "
                          "settings are the window's"));
    m_axes->setAccessibleName(tr("Sweep axes"));
    m_axes->setTabKeyNavigation(false);  // Tab leaves the table, so that the buttons below are reachable
    // Room for four axes; more scroll. Taller, it would take the height the results need.
    m_axes->setMinimumHeight(m_axes->horizontalHeader()->sizeHint().height() +
                             3 * m_axes->verticalHeader()->defaultSectionSize() + 2 * m_axes->frameWidth());
    m_axes->setMaximumHeight(m_axes->horizontalHeader()->sizeHint().height() +
                             4 * m_axes->verticalHeader()->defaultSectionSize() + 2 * m_axes->frameWidth() + 4);
    addAxis(QStringLiteral("num_graph_nodes"), QStringLiteral("1, 2, 3"));
    addAxis(QStringLiteral("arch_weight_decay_df"), QStringLiteral("0, 3e-4, 1e-3"));
    addAxis(QStringLiteral("seed"), QStringLiteral("0, 1, 2"));
    m_addAxis = new QPushButton(tr("&Add axis"), this);
    m_addAxis->setToolTip(tr("Add a setting to sweep over"));
    m_addAxis->setAccessibleName(tr("Add axis"));
    m_removeAxis = new QPushButton(tr("Remo&ve axis"), this);
    m_removeAxis->setToolTip(tr("Remove the selected setting from the sweep"));
    m_removeAxis->setAccessibleName(tr("Remove axis"));
    connect(m_addAxis, &QPushButton::clicked, this, [this] { addAxis(QStringLiteral("learning_rate"), QString()); });
    connect(m_removeAxis, &QPushButton::clicked, this, [this] {
        if (m_axes->currentRow() >= 0) m_axes->removeRow(m_axes->currentRow());
    });
    connect(m_multiStart, &QRadioButton::toggled, this, &SelectionSetup::updateEnabled);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_multiStart);
    modeRow->addWidget(m_restarts);
    modeRow->addSpacing(12);
    modeRow->addWidget(m_sweep);
    modeRow->addStretch(1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Searches at &once:"), m_jobs);
    form->addRow(tr("&Select by:"), m_selectBy);
    auto* axisButtons = new QHBoxLayout;
    axisButtons->addWidget(m_addAxis);
    axisButtons->addWidget(m_removeAxis);
    axisButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modeRow);
    layout->addWidget(m_axes);
    layout->addLayout(axisButtons);
    layout->addLayout(form);
    updateEnabled();
}

void SelectionSetup::addAxis(const QString& name, const QString& values) {
    const int row = m_axes->rowCount();
    m_axes->insertRow(row);
    auto* setting = new QComboBox;
    for (const darts::ConfigField& field : darts::configFields()) {
        // The primitives are a set, not a value on a line: sweep them from a plan file with darts-cli.
        if (field.name == "primitives") continue;
        setting->addItem(QString::fromUtf8(field.name.data(), static_cast<qsizetype>(field.name.size())));
        setting->setItemData(setting->count() - 1,
                             QString::fromUtf8(field.help.data(), static_cast<qsizetype>(field.help.size())),
                             Qt::ToolTipRole);
    }
    setting->setCurrentText(name);
    // The longest setting name would make the column as wide as the dock: the list shows it whole.
    setting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setting->setMinimumContentsLength(14);
    setting->setToolTip(tr("The setting this axis varies"));
    setting->setAccessibleName(tr("Axis setting"));
    m_axes->setCellWidget(row, 0, setting);
    auto* item = new QTableWidgetItem(values);
    item->setToolTip(tr("The values to try, separated by commas, e.g. 0, 3e-4, 1e-3"));
    m_axes->setItem(row, 1, item);
}

void SelectionSetup::updateEnabled() {
    const bool multi = m_multiStart->isChecked();
    m_restarts->setEnabled(multi);
    m_axes->setEnabled(!multi);
    m_addAxis->setEnabled(!multi);
    m_removeAxis->setEnabled(!multi);
}

darts::SweepPlan SelectionSetup::plan(const darts::SearchConfig& base, const std::vector<std::string>& inputs,
                                      const std::vector<std::string>& targets) const {
    darts::SweepPlan plan;
    plan.inputs = inputs;
    plan.targets = targets;
    plan.base = base;
    if (m_multiStart->isChecked()) {
        darts::SweepAxis seeds{"seed", {}};
        for (int i = 0; i < m_restarts->value(); ++i) seeds.values.push_back(std::to_string(base.seed + i));
        plan.axes.push_back(std::move(seeds));
        return plan;
    }
    for (int row = 0; row < m_axes->rowCount(); ++row) {
        const auto* setting = qobject_cast<QComboBox*>(m_axes->cellWidget(row, 0));
        const QTableWidgetItem* item = m_axes->item(row, 1);
        darts::SweepAxis axis{setting->currentText().toStdString(), {}};
        for (const QString& value : (item ? item->text() : QString()).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!value.trimmed().isEmpty()) axis.values.push_back(value.trimmed().toStdString());
        if (axis.values.empty()) throw darts::SweepError("the axis " + axis.name + " has no values");
        for (const darts::SweepAxis& other : plan.axes)
            if (other.name == axis.name) throw darts::SweepError("the setting " + axis.name + " is an axis twice");
        // Each value tried now, so that a typo shows before any search runs.
        const darts::ConfigField* field = darts::findConfigField(axis.name);
        for (const std::string& value : axis.values) {
            darts::SearchConfig probe = base;
            try {
                field->set(probe, value);
            } catch (const std::exception& e) {
                throw darts::SweepError(axis.name + ": " + e.what());
            }
        }
        plan.axes.push_back(std::move(axis));
    }
    if (plan.axes.empty()) throw darts::SweepError("the sweep has no axes: add a setting and its values");
    return plan;
}

int SelectionSetup::jobs() const { return m_jobs->value(); }

darts::SelectBy SelectionSetup::selectBy() const {
    return static_cast<darts::SelectBy>(m_selectBy->currentData().toInt());
}

void SelectionSetup::setMultiStart(bool on) { (on ? m_multiStart : m_sweep)->setChecked(true); }
bool SelectionSetup::multiStart() const { return m_multiStart->isChecked(); }
void SelectionSetup::setRestarts(int count) { m_restarts->setValue(count); }
void SelectionSetup::setJobs(int jobs) { m_jobs->setValue(jobs); }

void SelectionSetup::setSelectBy(darts::SelectBy by) {
    m_selectBy->setCurrentIndex(m_selectBy->findData(static_cast<int>(by)));
}

void SelectionSetup::setAxes(const QList<std::pair<QString, QString>>& axes) {
    m_axes->setRowCount(0);
    for (const auto& [name, values] : axes) addAxis(name, values);
}

}  // namespace darts::gui
