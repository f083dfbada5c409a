#pragma once
/// @brief The data: the loaded table, the choice of inputs and target, column statistics, examples and recent files.

#include "data/table.h"
#include "search/search_config.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractItemView;
class QCheckBox;
class QProgressBar;
class QToolButton;
class QGroupBox;
class QIcon;
class QLabel;
class QComboBox;
class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QMimeData;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

namespace darts::gui {

class TableLoader;
class TableModel;

/// Loads a table (file, drop or built-in example), lets the user pick the
/// input columns and the target, and shows statistics and a preview. Files
/// are read on a worker thread (TableLoader) while the old data stay shown;
/// errors are reported in a message box and never thrown out of a slot; a
/// failed load keeps the previous data. How files are read (decimal comma,
/// missing values) is set in the panel and kept in QSettings.
class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);

    /// Starts reading a CSV/TSV file on a worker thread and returns at once;
    /// a read under way is abandoned. The panel shows the progress and keeps
    /// the previous data until the new table is there. Then, on success, puts
    /// the file first in the recent files (QSettings key "recentFiles", at
    /// most 8) and emits dataChanged and fileLoaded; on error shows a warning
    /// naming the problem (with line and column where the data say so), keeps
    /// the previous data and emits fileLoadFailed.
    void loadFileInBackground(const QString& path);
    /// loadFileInBackground(), then runs a local event loop until the read ends
    /// (the window stays responsive meanwhile). True when the file was loaded.
    /// For callers that need the outcome: the command line, tests.
    bool loadFile(const QString& path);
    bool isLoading() const;
    /// Stops a read under way; the previous data stay. Emits fileLoadFailed.
    void cancelLoading();
    /// Loads a built-in example by name ("seed", "weber-fechner", "stevens",
    /// "learning-curve"), shows its law, then emits dataChanged and
    /// examplePresetAvailable(example.config).
    bool loadExample(const QString& name);

    /// The chosen columns as matrices, or std::nullopt with the reason in `reason`.
    std::optional<darts::Selection> selection(QString* reason = nullptr) const;
    std::shared_ptr<const darts::Table> table() const { return m_table; }
    QString sourceName() const { return m_sourceName; }  ///< file name or example title
    QString law() const { return m_law; }                ///< the example's generating law; empty for files
    QStringList inputColumns() const;                    ///< in table order
    QString targetColumn() const;
    /// Chooses columns by name (names not in the table, or not numeric, are
    /// skipped); emits dataChanged once.
    void setColumns(const QStringList& inputs, const QString& target);
    /// Shows a table that came whole, e.g. from a session file or a typed law (shown as the example laws are),
    /// and emits dataChanged.
    void setTable(std::shared_ptr<const darts::Table> table, const QString& sourceName, const QString& law = {});

    /// How files are read: the panel's "Decimal comma" and "Missing values" choices.
    darts::TableOptions readOptions() const;
    /// Sets those choices (and saves them); a table read from a file is read again with them.
    void setReadOptions(bool decimalComma, darts::MissingValues missingValues);

    QMenu* examplesMenu() const { return m_examplesMenu; }        ///< one action per built-in example
    QMenu* recentFilesMenu() const { return m_recentFilesMenu; }  ///< rebuilt when the list changes

    static constexpr int kMaxRecentFiles = 8;

public slots:
    /// Asks for a file ("Data (*.csv *.tsv *.txt)", "All files (*)") and loads it.
    void openFileDialog();

signals:
    void dataChanged();  ///< a new table or a new choice of columns
    void examplePresetAvailable(const darts::SearchConfig& preset);
    void fileLoaded(const QString& path);
    void fileLoadFailed(const QString& path, const QString& message);  ///< also when cancelled

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    /// Disabled (a search command runs) while a file is read: the read is cancelled, so that
    /// the data stay put until the command is done.
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

    // User edits -> configuration
private slots:
    void onInputItemChanged(QListWidgetItem* item);
    void onTargetChanged();
    void clearRecentFiles();
    void onReadOptionsChanged();

    // Results of the worker thread -> widgets
private slots:
    void onFileLoaded(const QString& path, std::shared_ptr<const darts::Table> table);
    void onFileFailed(const QString& path, const QString& message, bool missingValue);
    void onLoadingCancelled(const QString& path);
    void onLoadingProgress(int percent);

private:
    struct ColumnStats {
        double min = 0.0, max = 0.0, mean = 0.0;
        bool constant = false;
    };

    /// Shows a new table with the default choice of columns (nothing emitted).
    void showTable(std::shared_ptr<const darts::Table> table, const QString& sourceName, const QString& law);
    void rebuildColumnList();
    /// Ticks these inputs and picks this target where the table has them (no signal).
    void applyColumns(const QStringList& inputs, const QString& target);
    /// The notes under the table's size: rows dropped, text and constant columns.
    void showNotes();
    void showBusy(bool busy);
    /// Shows the target's row in the input list as taken (unchecked, disabled) and frees the others.
    void markTarget();
    void refreshSelectionViews();
    /// Why the current choice cannot be used, or an empty string; cheap (no data copied).
    QString selectionProblem() const;
    void showLoadError(const QString& what, const QString& detail);
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void rebuildRecentFilesMenu();
    static QString localFileOf(const QMimeData* mime);
    QIcon blankIcon() const;
    /// Limits a list or table to the height of its rows, so that the preview gets the space left.
    void fitInputListHeight();
    void fitStatsSize();
    void shareSplitterHeight();
    void fitToFont();
    static void fitHeight(QAbstractItemView* view, int rows, int rowHeight, int headerHeight);

    std::shared_ptr<const darts::Table> m_table;
    std::vector<ColumnStats> m_stats;  ///< per column of m_table (numeric ones only meaningful)
    QString m_sourceName;
    QString m_law;
    QString m_filePath;         ///< absolute path of the file shown; empty for an example or a session
    bool m_rebuilding = false;  ///< widgets are being filled from the table: no dataChanged per widget

    QLabel* m_sourceLabel = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QLabel* m_lawLabel = nullptr;
    QLabel* m_notesLabel = nullptr;
    QCheckBox* m_decimalCommaBox = nullptr;
    QComboBox* m_missingCombo = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QToolButton* m_cancelButton = nullptr;
    TableLoader* m_loader = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_examplesButton = nullptr;
    QComboBox* m_targetCombo = nullptr;
    QListWidget* m_inputList = nullptr;
    QLabel* m_problemLabel = nullptr;
    QTableWidget* m_statsTable = nullptr;
    QTableView* m_preview = nullptr;
    bool m_refitPending = false;  // fitToFont() is scheduled
    QSplitter* m_splitter = nullptr;
    TableModel* m_model = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QMenu* m_recentFilesMenu = nullptr;
};

}  // namespace darts::gui
