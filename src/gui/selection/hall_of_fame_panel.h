#pragma once
/// @brief The "Hall of fame" dock: every model the search has evaluated (sampled, refined, from every start),
/// as a sortable list and as error against complexity with the front of the best at each complexity; a click
/// on a row or a point asks for that model.

#include "select/hall_of_fame.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace darts::gui {

class HallOfFameModel;
class ParetoPlot;

class HallOfFamePanel : public QWidget {
    Q_OBJECT
public:
    explicit HallOfFamePanel(QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ParetoPlot* plot() const { return m_plot; }
    HallOfFameModel* model() const { return m_model; }
    QCheckBox* frontOnly() const { return m_frontOnly; }
    QPushButton* loadButton() const { return m_load; }

    /// Room for the figures' columns and a readable plot beside the window's views.
    QSize sizeHint() const override { return {480, 760}; }

    /// Shows these models (null: none).
    void setHallOfFame(std::shared_ptr<const darts::HallOfFame> hallOfFame);
    /// Marks the entry the window shows (bold row, ringed point); -1: none of them.
    void setLoadedEntry(int entry);
    /// The table's row (as sorted and filtered now) of an entry, or -1 when it is not shown.
    int rowOfEntry(int entry) const;

signals:
    /// The user asked for this entry's model (a click on a row or a point, Enter, Load model).
    void loadRequested(int entry);

protected:
    void changeEvent(QEvent* event) override;

private:
    int currentEntry() const;
    /// Columns as wide as their figures in the current font, the equation's capped (its tool tip has it whole).
    void fitColumns();
    void updateStatus();

    QLabel* m_status = nullptr;
    QCheckBox* m_frontOnly = nullptr;
    QPushButton* m_load = nullptr;
    QTableView* m_table = nullptr;
    HallOfFameModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    ParetoPlot* m_plot = nullptr;
};

}  // namespace darts::gui
