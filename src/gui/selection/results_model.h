#pragma once
/// @brief The rows of a sweep for a table view: one per grid point, its settings on the axes, its
/// progress while it runs, then its errors, coefficients, BIC, AIC and equation.

#include "select/sweep.h"

#include "selection/selection_runner.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace darts::gui {

class SweepResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Numbers for sorting (a proxy sorts by it): the value itself, not its rounded text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SweepResultsModel(QObject* parent = nullptr);

    /// Rows for every point of a plan about to run, without results yet.
    void setPlan(const darts::SweepPlan& plan);
    void setProgress(const std::vector<PointProgress>& progress);
    /// The results of a run or a file; a row per point that has one (in the order of the points).
    void setResults(std::shared_ptr<const darts::SweepResults> results);
    const darts::SweepResults* results() const { return m_results.get(); }
    /// The point a row shows (index into results()->points), or -1 before results.
    int pointOfRow(int row) const;
    int rowOfPoint(int point) const { return point; }
    /// The loaded point is shown in bold, so that the table says which model the views show.
    void setLoadedPoint(int point);
    int loadedPoint() const { return m_loaded; }
    /// The column of a figure, after the axes' columns.
    int validationColumn() const { return static_cast<int>(m_plan.axes.size()) + ValidationMse; }
    int bicColumn() const { return static_cast<int>(m_plan.axes.size()) + Bic; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum Figure { Status, TrainingMse, ValidationMse, Coefficients, Bic, Aic, Equation, FigureCount };
    QVariant figure(int row, Figure column, int role) const;

    darts::SweepPlan m_plan;
    std::shared_ptr<const darts::SweepResults> m_results;
    std::vector<PointProgress> m_progress;
    int m_loaded = -1;
};

}  // namespace darts::gui
