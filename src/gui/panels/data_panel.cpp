#include "panels/data_panel.h"

#include "data/examples.h"
#include "panels/table_model.h"
#include "worker/table_loader.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>

namespace darts::gui {
namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kLastDirectoryKey = QStringLiteral("lastDataDirectory");
const QString kDecimalCommaKey = QStringLiteral("data/decimalComma");
const QString kMissingValuesKey = QStringLiteral("data/missingValues");  // "drop" or "refuse"
constexpr int kColumnRole = Qt::UserRole;                                // list item -> column index in the table
constexpr int kMaxVisibleRows = 8;  // the columns list and the statistics scroll beyond this many rows

QString qt(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QString number(double v) { return QString::number(v, 'g', 6); }

QStringList recentFiles() { return QSettings().value(kRecentFilesKey).toStringList(); }

/// The example's title in the user's language (the core, without Qt, knows it in English only).
QString exampleTitle(const darts::Example& example) {
    if (example.name == "seed") return DataPanel::tr("Seed example: a sum of a line and an exponential");
    if (example.name == "weber-fechner") return DataPanel::tr("Weber-Fechner law: perceived difference of two stimuli");
    if (example.name == "stevens") return DataPanel::tr("Stevens' power law: perceived magnitude of a stimulus");
    if (example.name == "learning-curve")
        return DataPanel::tr("Exponential learning curve: accuracy over practice trials");
    return qt(example.title);
}

}  // namespace

DataPanel::DataPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("dataPanel"));
    setAccessibleName(tr("Data"));
    setAcceptDrops(true);
    setWhatsThis(
        tr("<b>Data</b><p>The table the search learns from. Open a CSV or TSV file with a header line "
           "(or drop one here), or pick a built-in example. Then choose the target, the column the "
           "equation should predict, and tick the input columns it may use.</p>"
           "<p>Columns with text cannot be used and are greyed out; a column whose values are all the "
           "same is marked with a warning, as it carries no information. The statistics and the preview "
           "below help to check that the file was read as intended.</p>"));

    // ---- Source ----
    m_openButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"));
    m_openButton->setToolTip(tr("Read a table from a CSV or TSV file whose first line names the columns."));
    m_openButton->setAccessibleName(tr("Open data file"));
    connect(m_openButton, &QPushButton::clicked, this, &DataPanel::openFileDialog);

    m_examplesMenu = new QMenu(tr("&Examples"), this);
    m_examplesMenu->setToolTipsVisible(true);
    for (const Example& example : builtInExamples()) {
        QAction* action = m_examplesMenu->addAction(exampleTitle(example));
        const QString law = qt(example.law);
        action->setToolTip(law);
        action->setStatusTip(law);
        action->setData(qt(example.name));
        connect(action, &QAction::triggered, this, [this, name = qt(example.name)] { loadExample(name); });
    }
    m_examplesButton = new QPushButton(tr("Examples"));
    m_examplesButton->setMenu(m_examplesMenu);
    m_examplesButton->setToolTip(tr("Load a built-in data set with a known law, together with settings that find it."));
    m_examplesButton->setAccessibleName(tr("Built-in examples"));

    m_recentFilesMenu = new QMenu(tr("Recent &files"), this);
    m_recentFilesMenu->setToolTipsVisible(true);
    rebuildRecentFilesMenu();

    m_sourceLabel = new QLabel;
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceLabel->setAccessibleName(tr("Data source"));
    m_sourceLabel->setToolTip(tr("Where the data come from."));
    QFont bold = m_sourceLabel->font();
    bold.setBold(true);
    m_sourceLabel->setFont(bold);
    m_sizeLabel = new QLabel;
    m_sizeLabel->setAccessibleName(tr("Table size"));
    m_sizeLabel->setToolTip(tr("Rows and columns read from the source."));
    m_lawLabel = new QLabel;
    m_lawLabel->setWordWrap(true);
    m_lawLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lawLabel->setAccessibleName(tr("Generating law"));
    m_lawLabel->setToolTip(tr("The equation the example's data were made from: what a good search should find."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_examplesButton);
    buttons->addStretch(1);

    // ---- How files are read ----
    const QSettings settings;
    m_decimalCommaBox = new QCheckBox(tr("Decimal comma"));
    m_decimalCommaBox->setObjectName(QStringLiteral("decimalComma"));
    m_decimalCommaBox->setToolTip(
        tr("Read “3,14” as 3.14, as files from a German or French locale write it; a point is then "
           "text. The fields must be separated by semicolons or tabs, or the numbers quoted."));
    m_decimalCommaBox->setChecked(settings.value(kDecimalCommaKey, false).toBool());
    m_missingCombo = new QComboBox;
    m_missingCombo->setObjectName(QStringLiteral("missingValues"));
    m_missingCombo->addItem(tr("Drop those rows"), static_cast<int>(MissingValues::Drop));
    m_missingCombo->addItem(tr("Refuse the file"), static_cast<int>(MissingValues::Refuse));
    m_missingCombo->setItemData(
        0, tr("Leave out every row with an empty cell in a numeric column; the panel says how many."), Qt::ToolTipRole);
    m_missingCombo->setItemData(
        1, tr("Do not load a file with an empty cell in a numeric column; the message names the cell."),
        Qt::ToolTipRole);
    m_missingCombo->setToolTip(
        tr("What to do with a row that has an empty cell (a missing value) in a numeric column: leave the row "
           "out, with the count shown, or refuse the whole file so that you can fill the cells in."));
    m_missingCombo->setAccessibleName(tr("Missing values"));
    m_missingCombo->setCurrentIndex(settings.value(kMissingValuesKey).toString() == QLatin1String("refuse") ? 1 : 0);
    connect(m_decimalCommaBox, &QCheckBox::toggled, this, &DataPanel::onReadOptionsChanged);
    connect(m_missingCombo, &QComboBox::currentIndexChanged, this, &DataPanel::onReadOptionsChanged);
    // One option a line: side by side they set the dock's width (and squeezed the choice in presenter view).
    auto* options = new QVBoxLayout;
    options->addWidget(m_decimalCommaBox);
    auto* missing = new QHBoxLayout;
    auto* missingLabel = new QLabel(tr("Missing values:"));
    missingLabel->setBuddy(m_missingCombo);
    missingLabel->setToolTip(m_missingCombo->toolTip());
    missing->addWidget(missingLabel);
    missing->addWidget(m_missingCombo);
    missing->addStretch(1);
    options->addLayout(missing);

    // ---- Busy while a file is read ----
    m_loader = new TableLoader(this);
    connect(m_loader, &TableLoader::loaded, this, &DataPanel::onFileLoaded);
    connect(m_loader, &TableLoader::failed, this, &DataPanel::onFileFailed);
    connect(m_loader, &TableLoader::cancelled, this, &DataPanel::onLoadingCancelled);
    connect(m_loader, &TableLoader::progress, this, &DataPanel::onLoadingProgress);
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("loadingProgress"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setAccessibleName(tr("Reading the file"));
    m_cancelButton = new QToolButton;
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading the file; the data shown stay."));
    connect(m_cancelButton, &QToolButton::clicked, this, &DataPanel::cancelLoading);
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_progressBar, 1);
    busy->addWidget(m_cancelButton);

    m_notesLabel = new QLabel;
    m_notesLabel->setObjectName(QStringLiteral("dataNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesLabel->setAccessibleName(tr("Notes on the data"));
    m_notesLabel->setToolTip(tr("What was left out of the file, and columns that cannot help the search."));
    m_notesLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));

    // ---- Columns ----
    m_targetCombo = new QComboBox;
    m_targetCombo->setObjectName(QStringLiteral("targetColumn"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targetCombo->setToolTip(tr("The column the equation should predict. Only numeric columns can be chosen."));
    m_targetCombo->setAccessibleName(tr("Target column"));
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &DataPanel::onTargetChanged);

    m_inputList = new QListWidget;
    m_inputList->setToolTip(tr("Tick the columns the equation may use as its variables x1, x2, …"));
    m_inputList->setAccessibleName(tr("Input columns"));
    m_inputList->setSelectionMode(QAbstractItemView::NoSelection);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_inputList->setIconSize(QSize(iconSize, iconSize));  // warning icons no taller than the text
    connect(m_inputList, &QListWidget::itemChanged, this, &DataPanel::onInputItemChanged);

    m_problemLabel = new QLabel;
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Problem with the choice of columns"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();

    auto* columnsBox = new QGroupBox(tr("Columns"));
    columnsBox->setToolTip(tr("Which columns the search uses."));
    auto* columnsForm = new QFormLayout(columnsBox);
    columnsForm->addRow(tr("Target:"), m_targetCombo);
    columnsForm->addRow(tr("Inputs:"), m_inputList);
    columnsForm->addRow(m_problemLabel);
    columnsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // ---- Statistics ----
    m_statsTable = new QTableWidget(0, 5);
    m_statsTable->setHorizontalHeaderLabels({tr("Column"), tr("Use"), tr("Min"), tr("Max"), tr("Mean")});
    m_statsTable->verticalHeader()->hide();
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_statsTable->setFocusPolicy(Qt::NoFocus);
    // The numbers as wide as their longest entry, the room left over to the names: columns stretched alike would
    // share the width equally and cut a long maximum to "150.…" while the minimum beside it has room to spare.
    m_statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // fitStatsSize() makes it wide enough; a scroll bar would only take the height of a row.
    m_statsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statsTable->setWordWrap(false);  // one line a column, so that every row is as tall as fitHeight counts
    m_statsTable->setToolTip(tr("Range and mean of the chosen columns: a quick check that the file was read right."));
    m_statsTable->setAccessibleName(tr("Column statistics"));
    m_statsTable->setIconSize(QSize(iconSize, iconSize));
    auto* statsBox = new QGroupBox(tr("Statistics"));
    statsBox->setToolTip(m_statsTable->toolTip());
    (new QVBoxLayout(statsBox))->addWidget(m_statsTable);

    // ---- Preview ----
    m_model = new TableModel(this);
    m_preview = new QTableView;
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // fixed row height: fast with many rows
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->setToolTip(
        tr("The table as read. “%1” marks a cell that is not a number.").arg(TableModel::missingText()));
    m_preview->setAccessibleName(tr("Data preview"));
    auto* previewBox = new QGroupBox(tr("Preview"));
    previewBox->setToolTip(m_preview->toolTip());
    (new QVBoxLayout(previewBox))->addWidget(m_preview);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(columnsBox);
    m_splitter->addWidget(statsBox);
    m_splitter->addWidget(previewBox);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(options);
    layout->addLayout(busy);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_sizeLabel);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_lawLabel);
    layout->addWidget(m_splitter, 1);
    layout->addStretch(0);  // takes the height while there is no table and the splitter is hidden

    showTable(nullptr, QString(), QString());
    showBusy(false);
    for (QWidget* watched : {static_cast<QWidget*>(m_inputList), static_cast<QWidget*>(m_statsTable),
                             static_cast<QWidget*>(m_preview), static_cast<QWidget*>(m_splitter)})
        watched->installEventFilter(this);
}

// ---- Loading ----

TableOptions DataPanel::readOptions() const {
    TableOptions options;
    options.decimalComma = m_decimalCommaBox->isChecked();
    options.missingValues = static_cast<MissingValues>(m_missingCombo->currentData().toInt());
    return options;
}

void DataPanel::setReadOptions(bool decimalComma, MissingValues missingValues) {
    const QSignalBlocker blockBox(m_decimalCommaBox), blockCombo(m_missingCombo);
    m_decimalCommaBox->setChecked(decimalComma);
    m_missingCombo->setCurrentIndex(m_missingCombo->findData(static_cast<int>(missingValues)));
    onReadOptionsChanged();
}

void DataPanel::onReadOptionsChanged() {
    QSettings settings;
    settings.setValue(kDecimalCommaKey, m_decimalCommaBox->isChecked());
    settings.setValue(kMissingValuesKey, readOptions().missingValues == MissingValues::Refuse ? QStringLiteral("refuse")
                                                                                              : QStringLiteral("drop"));
    // The table shown was read with the old choices: read it again, keeping the columns chosen.
    if (!m_filePath.isEmpty()) loadFileInBackground(m_filePath);
}

void DataPanel::loadFileInBackground(const QString& path) {
    m_loader->load(path, readOptions());
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("Reading %1… %p%").arg(QFileInfo(path).fileName()));
    showBusy(true);
}

bool DataPanel::loadFile(const QString& path) {
    QEventLoop loop;
    bool loaded = false;
    // Whichever read ends last answers: a newer load started meanwhile replaces this one.
    connect(this, &DataPanel::fileLoaded, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    connect(this, &DataPanel::fileLoadFailed, &loop, [&] { loop.quit(); });
    loadFileInBackground(path);
    if (m_loader->isLoading()) loop.exec();
    return loaded;
}

bool DataPanel::isLoading() const { return m_loader->isLoading(); }

void DataPanel::cancelLoading() { m_loader->cancel(); }

void DataPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && !isEnabled() && isLoading()) cancelLoading();
}

bool DataPanel::eventFilter(QObject* watched, QEvent* event) {
    // A list's new font (presenter view), or the splitter shown at its real height with the lists squeezed (their
    // heights were shared out while it had none): the heights fitted before no longer hold. Once, after the event
    // (the other lists may still be taking the font).
    auto squeezed = [this] {
        for (int i = 0; i + 1 < m_splitter->count(); ++i)
            if (m_splitter->sizes().value(i) < m_splitter->widget(i)->sizeHint().height()) return true;
        return false;
    };
    if ((event->type() == QEvent::FontChange || (watched == m_splitter && event->type() == QEvent::Show && squeezed())) &&
        !m_refitPending) {
        m_refitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refitPending = false;
            fitToFont();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void DataPanel::showBusy(bool busy) {
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void DataPanel::onLoadingProgress(int percent) { m_progressBar->setValue(percent); }

void DataPanel::onFileLoaded(const QString& path, std::shared_ptr<const Table> table) {
    showBusy(false);
    const QFileInfo info(path);
    // Reading the same file again (other options): the columns chosen stay chosen.
    const bool again = info.absoluteFilePath() == m_filePath;
    const QStringList inputs = again ? inputColumns() : QStringList();
    const QString target = again ? targetColumn() : QString();
    showTable(std::move(table), info.fileName(), QString());
    m_filePath = info.absoluteFilePath();
    if (again) {
        applyColumns(inputs, target);
        refreshSelectionViews();
    }
    addRecentFile(info.absoluteFilePath());
    QSettings().setValue(kLastDirectoryKey, info.absolutePath());
    emit dataChanged();
    emit fileLoaded(path);
}

void DataPanel::onFileFailed(const QString& path, const QString& message, bool missingValue) {
    showBusy(false);
    const QFileInfo info(path);
    if (!info.exists()) removeRecentFile(info.absoluteFilePath());
    QString detail = message;
    if (missingValue)
        detail += QStringLiteral("\n\n") +
                  tr("To read the file without the rows that have empty cells, choose “%1” under "
                     "Missing values.")
                      .arg(m_missingCombo->itemText(m_missingCombo->findData(static_cast<int>(MissingValues::Drop))));
    showLoadError(info.fileName().isEmpty() ? path : info.fileName(), detail);
    emit fileLoadFailed(path, message);
}

void DataPanel::onLoadingCancelled(const QString& path) {
    showBusy(false);
    emit fileLoadFailed(path, tr("Reading the file was cancelled."));
}

bool DataPanel::loadExample(const QString& name) {
    try {
        const Example& example = findExample(name.toStdString());
        m_loader->cancel();  // the later choice wins over a file still being read
        auto table = std::make_shared<const Table>(exampleTable(example));
        showTable(std::move(table), exampleTitle(example), qt(example.law));
        emit dataChanged();
        emit examplePresetAvailable(example.config);
        return true;
    } catch (const std::exception& e) {
        showLoadError(name, QString::fromStdString(e.what()));
        return false;
    }
}

void DataPanel::openFileDialog() {
    const QString start = QSettings().value(kLastDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open data"), start, tr("Data (*.csv *.tsv *.txt)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) loadFile(path);
}

void DataPanel::showLoadError(const QString& what, const QString& detail) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot load data"), tr("Could not load “%1”.").arg(what),
                    QMessageBox::Ok, this);
    box.setInformativeText(detail + QStringLiteral("\n\n") +
                           (m_table ? tr("The data shown before are kept.") : tr("No data are loaded.")));
    box.setObjectName(QStringLiteral("dataLoadError"));
    box.exec();
}

void DataPanel::showTable(std::shared_ptr<const Table> table, const QString& sourceName, const QString& law) {
    m_table = std::move(table);
    m_sourceName = sourceName;
    m_filePath.clear();
    m_law = law;
    m_stats.clear();
    if (m_table) {
        for (Eigen::Index c = 0; c < m_table->values.cols(); ++c) {
            ColumnStats s;
            if (m_table->isNumeric(static_cast<std::size_t>(c))) {
                const auto column = m_table->values.col(c);
                s.min = column.minCoeff();
                s.max = column.maxCoeff();
                s.mean = column.mean();
                s.constant = s.min == s.max;
            }
            m_stats.push_back(s);
        }
    }
    m_model->setTable(m_table);

    if (m_table) {
        m_sourceLabel->setText(sourceName);
        // Spelled out rather than "%n row(s)": without an English translation loaded, Qt shows the "(s)".
        const auto rows = m_table->rowCount();
        const auto columns = static_cast<qlonglong>(m_table->columnNames.size());
        const QLocale locale;
        m_sizeLabel->setText((rows == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(qlonglong{rows}))) +
                             QStringLiteral(" · ") +
                             (columns == 1 ? tr("1 column") : tr("%1 columns").arg(locale.toString(columns))));
        m_sizeLabel->show();
    } else {
        m_sourceLabel->setText(tr("No data loaded"));
        m_sizeLabel->setText(tr("Open a CSV or TSV file, drop one here, or choose an example."));
    }
    showNotes();
    m_lawLabel->setText(tr("Law: %1").arg(law));
    m_lawLabel->setVisible(!law.isEmpty());
    m_splitter->setVisible(m_table != nullptr);  // empty lists and tables would only add noise to the hint
    rebuildColumnList();
    m_preview->resizeColumnsToContents();
    // A new table may have more or fewer columns than the last.
    shareSplitterHeight();
}

// ---- Columns ----

void DataPanel::rebuildColumnList() {
    m_rebuilding = true;
    // The list first: clearing the combo box calls markTarget(), which must not meet rows of the old table.
    m_inputList->clear();
    m_targetCombo->clear();
    if (m_table) {
        const auto columns = m_table->columnNames.size();
        int target = -1;  // default: the last column, or else the last numeric one
        for (std::size_t c = columns; c-- > 0;)
            if (m_table->isNumeric(c)) {
                target = static_cast<int>(c);
                break;
            }
        for (std::size_t c = 0; c < columns; ++c) {
            const QString name = QString::fromStdString(m_table->columnNames[c]);
            auto* item = new QListWidgetItem(name);
            item->setData(kColumnRole, static_cast<int>(c));
            if (!m_table->isNumeric(c)) {
                // Shown, so the user sees the column exists, with a greyed box that lines up with the others.
                item->setFlags(Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                item->setText(tr("%1 (text)").arg(name));
                item->setToolTip(TableModel::notNumericText(name, *m_table->firstBadCell[c]) + QLatin1Char(' ') +
                                 tr("It can be neither an input nor the target."));
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(static_cast<int>(c) == target ? Qt::Unchecked : Qt::Checked);
                m_targetCombo->addItem(name, static_cast<int>(c));
                if (m_stats[c].constant) {
                    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                    item->setToolTip(tr("Every value of “%1” is %2: as an input it carries no information.")
                                         .arg(name, number(m_stats[c].min)));
                } else {
                    item->setToolTip(tr("Use “%1” as an input of the equation.").arg(name));
                }
            }
            m_inputList->addItem(item);
        }
        m_targetCombo->setCurrentIndex(m_targetCombo->findData(target));
        // With a warning icon on some rows, an empty one on the others keeps the names in line.
        const bool anyIcon =
            std::any_of(m_stats.begin(), m_stats.end(), [](const ColumnStats& st) { return st.constant; });
        for (int row = 0; anyIcon && row < m_inputList->count(); ++row)
            if (m_inputList->item(row)->icon().isNull()) m_inputList->item(row)->setIcon(blankIcon());
    }
    markTarget();
    fitInputListHeight();
    m_rebuilding = false;
    refreshSelectionViews();
}

void DataPanel::onTargetChanged() {
    const bool wasRebuilding = m_rebuilding;
    m_rebuilding = true;  // unchecking the new target's row is part of this change, not one of its own
    markTarget();
    m_rebuilding = wasRebuilding;
    if (wasRebuilding) return;  // a new table or setColumns(): they refresh and emit once at the end
    refreshSelectionViews();
    emit dataChanged();
}

void DataPanel::markTarget() {
    const int target = m_targetCombo->currentData().toInt();
    const bool hasTarget = m_targetCombo->currentIndex() >= 0;
    for (int row = 0; row < m_inputList->count(); ++row) {
        QListWidgetItem* item = m_inputList->item(row);
        const int column = item->data(kColumnRole).toInt();
        if (!m_table || static_cast<std::size_t>(column) >= m_table->columnNames.size() ||
            !m_table->isNumeric(static_cast<std::size_t>(column)))
            continue;
        const QString name = QString::fromStdString(m_table->columnNames[static_cast<std::size_t>(column)]);
        const bool isTarget = hasTarget && column == target;
        QFont font = item->font();
        font.setItalic(isTarget);
        item->setFont(font);
        if (isTarget) {
            // The target cannot also be an input; its row stays visible so that the list shows every column.
            item->setCheckState(Qt::Unchecked);
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setText(tr("%1 (target)").arg(name));
        } else if (!(item->flags() & Qt::ItemIsEnabled)) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setText(name);
        }
    }
}

void DataPanel::onInputItemChanged(QListWidgetItem* /*item*/) {
    if (m_rebuilding) return;
    refreshSelectionViews();
    emit dataChanged();
}

QStringList DataPanel::inputColumns() const {
    QStringList names;
    if (!m_table) return names;
    for (int row = 0; row < m_inputList->count(); ++row) {
        const QListWidgetItem* item = m_inputList->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            names << QString::fromStdString(
                m_table->columnNames[static_cast<std::size_t>(item->data(kColumnRole).toInt())]);
    }
    return names;
}

QString DataPanel::targetColumn() const {
    return m_targetCombo->currentIndex() >= 0 ? m_targetCombo->currentText() : QString();
}

void DataPanel::setTable(std::shared_ptr<const Table> table, const QString& sourceName, const QString& law) {
    m_loader->cancel();
    showTable(std::move(table), sourceName, law);
    emit dataChanged();
}

void DataPanel::setColumns(const QStringList& inputs, const QString& target) {
    if (!m_table) return;
    applyColumns(inputs, target);
    refreshSelectionViews();
    emit dataChanged();
}

void DataPanel::applyColumns(const QStringList& inputs, const QString& target) {
    m_rebuilding = true;
    const int targetIndex = m_targetCombo->findText(target);
    if (targetIndex >= 0) m_targetCombo->setCurrentIndex(targetIndex);
    markTarget();
    for (int row = 0; row < m_inputList->count(); ++row) {
        QListWidgetItem* item = m_inputList->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled)) continue;
        const auto column = static_cast<std::size_t>(item->data(kColumnRole).toInt());
        item->setCheckState(inputs.contains(QString::fromStdString(m_table->columnNames[column])) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
    m_rebuilding = false;
}

void DataPanel::showNotes() {
    QStringList notes;
    if (m_table) {
        const QLocale locale;
        if (const std::size_t dropped = m_table->droppedRows; dropped > 0)
            notes << (dropped == 1 ? tr("1 row dropped for missing values (line %1).").arg(m_table->firstDroppedLine)
                                   : tr("%1 rows dropped for missing values (the first on line %2).")
                                         .arg(locale.toString(static_cast<qulonglong>(dropped)))
                                         .arg(m_table->firstDroppedLine));
        QStringList text;
        for (std::size_t c = 0; c < m_table->columnNames.size(); ++c)
            if (!m_table->isNumeric(c)) text << QStringLiteral("“%1”").arg(qt(m_table->columnNames[c]));
        if (text.size() == 1)
            notes << tr("Column %1 is not numeric: it can be neither an input nor the target.").arg(text[0]);
        if (text.size() > 1)
            notes << tr("Columns %1 are not numeric: they can be neither inputs nor the target.")
                         .arg(text.join(QStringLiteral(", ")));
        QStringList constant;
        for (std::size_t c : constantColumns(*m_table))
            constant << QStringLiteral("“%1” (%2)")
                            .arg(qt(m_table->columnNames[c]), number(m_table->values(0, static_cast<Eigen::Index>(c))));
        if (constant.size() == 1)
            notes << tr("Column %1 has the same value in every row: it carries no information.").arg(constant[0]);
        if (constant.size() > 1)
            notes << tr("Columns %1 have the same value in every row: they carry no information.")
                         .arg(constant.join(QStringLiteral(", ")));
    }
    m_notesLabel->setText(notes.join(QLatin1Char('\n')));
    m_notesLabel->setVisible(!notes.isEmpty());
}

QString DataPanel::selectionProblem() const {
    if (!m_table) return tr("No data are loaded yet.");
    if (targetColumn().isEmpty()) return tr("The table has no numeric column to use as the target.");
    if (inputColumns().isEmpty()) return tr("Tick at least one input column.");
    return {};
}

std::optional<Selection> DataPanel::selection(QString* reason) const {
    QString problem = selectionProblem();
    if (problem.isEmpty()) {
        try {
            std::vector<std::string> inputs;
            for (const QString& name : inputColumns()) inputs.push_back(name.toStdString());
            return selectColumns(*m_table, inputs, {targetColumn().toStdString()});
        } catch (const std::exception& e) {
            problem = QString::fromStdString(e.what());
        }
    }
    if (reason) *reason = problem;
    return std::nullopt;
}

void DataPanel::refreshSelectionViews() {
    const QString problem = selectionProblem();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(m_table && !problem.isEmpty());

    m_statsTable->setRowCount(0);
    if (!m_table) return;
    auto addRow = [this](const QString& name, const QString& use) {
        const int column = m_table->columnIndex(name.toStdString());
        if (column < 0) return;
        const ColumnStats& s = m_stats[static_cast<std::size_t>(column)];
        const int row = m_statsTable->rowCount();
        m_statsTable->insertRow(row);
        auto* nameItem = new QTableWidgetItem(name);
        if (s.constant) {
            nameItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            nameItem->setToolTip(tr("All values are the same."));
        }
        m_statsTable->setItem(row, 0, nameItem);
        m_statsTable->setItem(row, 1, new QTableWidgetItem(use));
        int column2 = 2;
        for (double v : {s.min, s.max, s.mean}) {
            auto* item = new QTableWidgetItem(number(v));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(QString::number(v, 'g', QLocale::FloatingPointShortest));
            m_statsTable->setItem(row, column2++, item);
        }
    };
    for (const QString& name : inputColumns()) addRow(name, tr("input"));
    if (!targetColumn().isEmpty()) addRow(targetColumn(), tr("target"));
    bool anyIcon = false;
    for (int row = 0; row < m_statsTable->rowCount(); ++row) anyIcon |= !m_statsTable->item(row, 0)->icon().isNull();
    for (int row = 0; anyIcon && row < m_statsTable->rowCount(); ++row)
        if (m_statsTable->item(row, 0)->icon().isNull()) m_statsTable->item(row, 0)->setIcon(blankIcon());
    fitStatsSize();
}

void DataPanel::fitInputListHeight() {
    int rowHeight = 0;
    for (int row = 0; row < m_inputList->count(); ++row)
        rowHeight = std::max(rowHeight, m_inputList->sizeHintForRow(row));
    fitHeight(m_inputList, m_inputList->count(), rowHeight, 0);
}

void DataPanel::fitStatsSize() {
    m_statsTable->resizeRowsToContents();
    fitHeight(m_statsTable, m_statsTable->rowCount(),
              m_statsTable->rowCount() > 0 ? m_statsTable->rowHeight(0)
                                           : m_statsTable->verticalHeader()->defaultSectionSize(),
              m_statsTable->horizontalHeader()->sizeHint().height());
    // Wide enough for every number whole: stretched columns would cut "150.41" to "150.…" in a narrow dock.
    // Measured here, from every row: the view's own measure sees only the rows in sight.
    QHeaderView* header = m_statsTable->horizontalHeader();
    const QFontMetrics metrics = m_statsTable->fontMetrics();
    const int padding = 2 * (m_statsTable->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_statsTable) + 1) +
                        metrics.averageCharWidth();
    int width = 2 * m_statsTable->frameWidth();
    for (int c = 0; c < m_statsTable->columnCount(); ++c) {
        int column = header->sectionSizeHint(c);
        for (int r = 0; r < m_statsTable->rowCount(); ++r) {
            const QTableWidgetItem* item = m_statsTable->item(r, c);
            if (!item) continue;
            const int icon = item->icon().isNull() ? 0 : m_statsTable->iconSize().width() + 4;
            column = std::max(column, metrics.horizontalAdvance(item->text()) + icon + padding);
        }
        width += column;
    }
    if (m_statsTable->rowCount() > kMaxVisibleRows) width += m_statsTable->verticalScrollBar()->sizeHint().width();
    m_statsTable->setMinimumWidth(width);
}

void DataPanel::shareSplitterHeight() {
    // Columns and statistics as tall as they need (their maximum heights say how tall that is), the preview exactly
    // the rest: QSplitter shares out any difference between the sizes and its height in proportion to the sizes,
    // which would squeeze the lists too.
    QList<int> sizes;
    int used = 0;
    for (int i = 0; i + 1 < m_splitter->count(); ++i) {
        sizes << m_splitter->widget(i)->sizeHint().height();
        used += sizes.back() + m_splitter->handleWidth();
    }
    QWidget* preview = m_splitter->widget(m_splitter->count() - 1);
    sizes << std::max(m_splitter->height() - used, preview->minimumSizeHint().height());
    m_splitter->setSizes(sizes);
}

void DataPanel::fitToFont() {
    // The heights were measured in the old font: presenter view would leave the lists cramped.
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->resizeColumnsToContents();
    fitInputListHeight();
    fitStatsSize();
    shareSplitterHeight();
}

QIcon DataPanel::blankIcon() const {
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    // Given for the disabled mode too: a generated disabled form of an empty pixmap takes no space.
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Disabled);
    return icon;
}

void DataPanel::fitHeight(QAbstractItemView* view, int rows, int rowHeight, int headerHeight) {
    // As tall as its rows (up to kMaxVisibleRows, then it scrolls): the preview below gets the rest of the height.
    const int shown = std::clamp(rows, 1, kMaxVisibleRows);
    if (rowHeight <= 0) rowHeight = view->fontMetrics().height() + 4;  // no rows to measure
    const int height = headerHeight + shown * rowHeight + 2 * view->frameWidth() + 2;
    view->setMinimumHeight(std::min(height, headerHeight + 2 * rowHeight + 2 * view->frameWidth() + 2));
    view->setMaximumHeight(height);
}

// ---- Recent files ----

void DataPanel::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles) files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    rebuildRecentFilesMenu();
}

void DataPanel::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0) return;
    QSettings().setValue(kRecentFilesKey, files);
    rebuildRecentFilesMenu();
}

void DataPanel::clearRecentFiles() {
    QSettings().remove(kRecentFilesKey);
    rebuildRecentFilesMenu();
}

void DataPanel::rebuildRecentFilesMenu() {
    m_recentFilesMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // "&1 name": a keyboard shortcut per entry; the full path in the tooltip and status bar.
        QAction* action = m_recentFilesMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { loadFile(path); });
    }
    if (files.isEmpty()) m_recentFilesMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentFilesMenu->addSeparator();
    QAction* clear = m_recentFilesMenu->addAction(tr("Clear list"));
    clear->setObjectName(QStringLiteral("clearRecentFiles"));
    clear->setStatusTip(tr("Forget the files opened before."));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, &DataPanel::clearRecentFiles);
}

// ---- Drag and drop ----

QString DataPanel::localFileOf(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) return url.toLocalFile();
    return {};
}

void DataPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (!localFileOf(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void DataPanel::dragMoveEvent(QDragMoveEvent* event) {
    if (!localFileOf(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void DataPanel::dropEvent(QDropEvent* event) {
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    loadFile(path);
}

}  // namespace darts::gui
