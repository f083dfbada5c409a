#include "selection/model_table.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace darts::gui {

QTableView* newModelTable(QAbstractItemModel* model) {
    auto* table = new QTableView;
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);  // one line per model: long equations are elided, their tool tip has them whole
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(120);
    return table;
}

void fitModelColumns(QTableView* table, int equationColumn, int cap) {
    table->resizeColumnsToContents();
    table->setColumnWidth(equationColumn, std::min(table->columnWidth(equationColumn), cap));
}

}  // namespace darts::gui
