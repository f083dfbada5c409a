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

class TableModel;

/// Loads a table (file, drop or built-in example), lets the user pick the
/// input columns and the target, and shows statistics and a preview. Errors
/// are reported in a message box and never thrown out of a slot; a failed
/// load keeps the previous data.
class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);

    /// Loads a CSV/TSV file. On error shows a warning naming the problem (with
    /// line and column where the data say so), keeps the previous data and
    /// returns false. On success puts the file first in the recent files
    /// (QSettings key "recentFiles", at most 8) and emits dataChanged.
    bool loadFile(const QString& path);
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

    QMenu* examplesMenu() const { return m_examplesMenu; }        ///< one action per built-in example
    QMenu* recentFilesMenu() const { return m_recentFilesMenu; }  ///< rebuilt when the list changes

    static constexpr int kMaxRecentFiles = 8;

public slots:
    /// Asks for a file ("Data (*.csv *.tsv *.txt)", "All files (*)") and loads it.
    void openFileDialog();

signals:
    void dataChanged();  ///< a new table or a new choice of columns
    void examplePresetAvailable(const darts::SearchConfig& preset);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

    // User edits -> configuration
private slots:
    void onInputItemChanged(QListWidgetItem* item);
    void onTargetChanged();
    void clearRecentFiles();

private:
    struct ColumnStats {
        double min = 0.0, max = 0.0, mean = 0.0;
        bool constant = false;
    };

    /// Shows a new table with the default choice of columns (nothing emitted).
    void showTable(std::shared_ptr<const darts::Table> table, const QString& sourceName, const QString& law);
    void rebuildColumnList();
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
    static void fitHeight(QAbstractItemView* view, int rows, int rowHeight, int headerHeight);

    std::shared_ptr<const darts::Table> m_table;
    std::vector<ColumnStats> m_stats;  ///< per column of m_table (numeric ones only meaningful)
    QString m_sourceName;
    QString m_law;
    bool m_rebuilding = false;  ///< widgets are being filled from the table: no dataChanged per widget

    QLabel* m_sourceLabel = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QLabel* m_lawLabel = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_examplesButton = nullptr;
    QComboBox* m_targetCombo = nullptr;
    QListWidget* m_inputList = nullptr;
    QLabel* m_problemLabel = nullptr;
    QTableWidget* m_statsTable = nullptr;
    QTableView* m_preview = nullptr;
    QSplitter* m_splitter = nullptr;
    TableModel* m_model = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QMenu* m_recentFilesMenu = nullptr;
};

}  // namespace darts::gui
