#include "panels/table_model.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace darts::gui {

QString TableModel::notNumericText(const QString& column, const darts::BadCell& cell) {
    // An empty first note: a column with no number at all (an empty cell in a numeric column
    // is a missing value, and the reader drops or refuses its row).
    if (cell.text.empty())
        return tr("Column “%1” is not numeric: it has no numbers, only empty cells (the first on line %2).")
            .arg(column)
            .arg(cell.line);
    const QString text = QString::fromStdString(cell.text);
    QString note =
        tr("Column “%1” is not numeric: line %2 holds “%3”.").arg(column).arg(cell.line).arg(text);
    static const QRegularExpression decimalComma(QStringLiteral("^[+-]?[0-9]*,[0-9]+([eE][+-]?[0-9]+)?$"));
    if (decimalComma.match(text).hasMatch())
        note += QLatin1Char(' ') + tr("If the file writes decimals with a comma, tick “Decimal comma”.");
    return note;
}

TableModel::TableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString TableModel::missingText() { return QStringLiteral("—"); }

void TableModel::setTable(std::shared_ptr<const darts::Table> table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table) return 0;
    // A view cannot address more rows than an int holds; such a file would not fit in memory anyway.
    return static_cast<int>(std::min<Eigen::Index>(m_table->rowCount(), std::numeric_limits<int>::max()));
}

int TableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table) return 0;
    return static_cast<int>(m_table->columnNames.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const {
    if (!m_table || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const double value = m_table->values(index.row(), index.column());
    const bool missing = !std::isfinite(value);
    switch (role) {
        case Qt::DisplayRole:
            // Ten significant digits keep the columns narrow; the tooltip has every digit.
            return missing ? missingText() : QString::number(value, 'g', 10);
        case Qt::ToolTipRole:
            return missing ? tr("Not a number: this cell is text or empty in the file")
                           : QString::number(value, 'g', QLocale::FloatingPointShortest);
        case Qt::TextAlignmentRole:
            // An int, which every Qt 6 view reads (the flag type only from 6.4 on).
            return static_cast<int>(missing ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            if (missing) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        default:
            return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_table || section < 0) return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        // Rows are numbered from 1, like a spreadsheet; the file's line numbers differ by the header and blank lines.
        if (role == Qt::DisplayRole) return section + 1;
        return {};
    }
    if (section >= columnCount()) return {};
    const auto column = static_cast<std::size_t>(section);
    const QString name = QString::fromStdString(m_table->columnNames[column]);
    const auto& bad = m_table->firstBadCell[column];
    switch (role) {
        case Qt::DisplayRole:
            return bad ? tr("%1 (text)").arg(name) : name;
        case Qt::ToolTipRole:
            if (!bad) return tr("Column “%1”: numbers only").arg(name);
            return notNumericText(name, *bad) + QLatin1Char(' ') + tr("It can be neither an input nor the target.");
        case Qt::ForegroundRole:
            if (bad) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        default:
            return {};
    }
}

}  // namespace darts::gui
