#pragma once
/// @brief The table both model lists use (Model selection's results, the hall of fame): one line per model,
/// sortable, read-only, whole rows selected, long equations elided with their tool tip whole.

class QAbstractItemModel;
class QTableView;

namespace darts::gui {

/// A new table view of `model` (typically a sorting proxy), one row selectable at a time.
QTableView* newModelTable(QAbstractItemModel* model);
/// Columns as wide as their contents, `equationColumn` no wider than `cap` pixels (its tool tip has it whole).
void fitModelColumns(QTableView* table, int equationColumn, int cap);

}  // namespace darts::gui
