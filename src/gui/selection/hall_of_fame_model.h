#pragma once
/// @brief The rows of a hall of fame for a table view: one per model the search evaluated, with its
/// complexity, errors, origin and equation, the front's members marked.

#include "select/hall_of_fame.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace darts::gui {

class HallOfFameModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Numbers for sorting (a proxy sorts by it): the value itself, not its rounded text.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// true for the front's members, for a proxy that shows only those.
    static constexpr int FrontRole = Qt::UserRole + 2;
    /// What a narrow dock shows first comes first: the front's mark, the size, the errors and the equation (the
    /// panel shows the training error after the equation when held-out errors judge the models).
    enum Column { Front, Complexity, HeldOutMse, TrainingMse, Equation, Coefficients, Operations, Origin, Seed, ColumnCount };

    explicit HallOfFameModel(QObject* parent = nullptr);

    /// Rows for these models (null: none); row r is entry r.
    void setHallOfFame(std::shared_ptr<const darts::HallOfFame> hallOfFame);
    const darts::HallOfFame* hallOfFame() const { return m_hall.get(); }
    /// The front as HallOfFame::front() gives it: entry indices by complexity ascending.
    const std::vector<int>& front() const { return m_front; }
    bool onFront(int entry) const;
    /// The entry the window shows is in bold (-1: none).
    void setLoadedEntry(int entry);
    int loadedEntry() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const darts::HallOfFame> m_hall;
    std::vector<int> m_front;
    std::vector<char> m_onFront;  // per entry
    std::vector<int> m_errorRank;  // per entry: its place by error() (lowest first), to order equal complexities
    int m_loaded = -1;
};

}  // namespace darts::gui
