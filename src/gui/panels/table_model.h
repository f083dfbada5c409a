#pragma once
/// @brief Read-only Qt item model over a darts::Table, for the data preview.

#include "data/table.h"

#include <QAbstractTableModel>

#include <memory>

namespace darts::gui {

/// Shows a darts::Table in a QTableView. Cells are read from the Eigen matrix
/// on demand, so a file of a million rows costs no more than the rows on
/// screen. Cells that are not finite numbers (stored as NaN) show as "—";
/// the header tooltip of a column with text says where the text is.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TableModel(QObject* parent = nullptr);

    /// Replaces the table (nullptr: an empty model). The model shares ownership,
    /// so the table stays valid while a view still paints it.
    void setTable(std::shared_ptr<const darts::Table> table);
    std::shared_ptr<const darts::Table> table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What an empty cell (text or blank in the file) shows.
    static QString missingText();
    /// "Column “c” is not numeric: line 12 holds “abc”." (shared with the data panel's column list).
    static QString notNumericText(const QString& column, const darts::BadCell& cell);

private:
    std::shared_ptr<const darts::Table> m_table;
};

}  // namespace darts::gui
