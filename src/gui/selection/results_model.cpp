#include "selection/results_model.h"

#include <QFont>

#include <cmath>
#include <limits>

namespace darts::gui {
namespace {

QVariant number(double value, int role) {
    if (role == SweepResultsModel::SortRole) return std::isfinite(value) ? value : std::numeric_limits<double>::max();
    if (!std::isfinite(value)) return QStringLiteral("—");
    return QString::number(value, 'g', 4);
}

}  // namespace

SweepResultsModel::SweepResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SweepResultsModel::setPlan(const darts::SweepPlan& plan) {
    beginResetModel();
    m_plan = plan;
    m_results.reset();
    m_progress.assign(plan.pointCount(), PointProgress{});
    m_loaded = -1;
    endResetModel();
}

void SweepResultsModel::setProgress(const std::vector<PointProgress>& progress) {
    if (m_results || progress.size() != m_progress.size()) return;
    m_progress = progress;
    if (!m_progress.empty())
        emit dataChanged(index(0, static_cast<int>(m_plan.axes.size()) + Status),
                         index(rowCount() - 1, static_cast<int>(m_plan.axes.size()) + Status));
}

void SweepResultsModel::setResults(std::shared_ptr<const darts::SweepResults> results) {
    beginResetModel();
    m_results = std::move(results);
    if (m_results) m_plan = m_results->plan;
    m_loaded = -1;
    endResetModel();
}

int SweepResultsModel::pointOfRow(int row) const {
    return m_results && row >= 0 && row < static_cast<int>(m_results->points.size()) ? row : -1;
}

void SweepResultsModel::setLoadedPoint(int point) {
    m_loaded = point;
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

int SweepResultsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return m_results ? static_cast<int>(m_results->points.size()) : static_cast<int>(m_progress.size());
}

int SweepResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_plan.axes.size()) + FigureCount;
}

QVariant SweepResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int row = index.row(), column = index.column();
    const int axes = static_cast<int>(m_plan.axes.size());
    if (role == Qt::FontRole) {
        if (m_loaded < 0 || pointOfRow(row) != m_loaded) return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return column == axes + Equation ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                         : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) return {};
    if (column < axes) {
        const std::size_t point = m_results ? m_results->points[row].index : static_cast<std::size_t>(row);
        const QString text = QString::fromStdString(m_plan.pointValues(point)[column]);
        if (role == SortRole) {
            bool ok = false;
            const double value = text.toDouble(&ok);
            return ok ? QVariant(value) : QVariant(text);
        }
        return text;
    }
    return figure(row, static_cast<Figure>(column - axes), role);
}

QVariant SweepResultsModel::figure(int row, Figure column, int role) const {
    if (!m_results) {
        if (column != Status) return role == SortRole ? QVariant(0.0) : QVariant();
        const PointProgress& p = m_progress[row];
        if (role == SortRole)
            return p.refineBudget > 0 ? 1.0 + static_cast<double>(p.refined) / p.refineBudget
                   : p.epochs > 0     ? static_cast<double>(p.epoch) / p.epochs
                                      : 0.0;
        if (p.refineBudget > 0) return tr("refining %1/%2").arg(p.refined).arg(p.refineBudget);
        return p.epochs > 0 ? tr("epoch %1/%2").arg(p.epoch).arg(p.epochs) : tr("waiting");
    }
    const darts::StartResult& r = m_results->points[row].result;
    switch (column) {
    case Status: {
        const QString text = r.status == darts::RunStatus::Completed ? tr("done")
                             : r.status == darts::RunStatus::Stopped ? tr("stopped")
                                                                       : tr("failed");
        if (role == Qt::ToolTipRole && !r.message.empty()) return QString::fromStdString(r.message);
        if (role == SortRole) return static_cast<int>(r.status);
        return text;
    }
    case TrainingMse: return r.hasModel() ? number(r.scores.trainingMse, role) : number(NAN, role);
    case ValidationMse: return r.hasModel() ? number(r.scores.validationMse, role) : number(NAN, role);
    case Coefficients:
        if (!r.hasModel()) return role == SortRole ? QVariant(std::numeric_limits<int>::max()) : QVariant(QStringLiteral("—"));
        return role == SortRole ? QVariant(r.scores.parameterCount) : QVariant(QString::number(r.scores.parameterCount));
    case Bic: return r.hasModel() ? number(r.scores.bic, role) : number(NAN, role);
    case Aic: return r.hasModel() ? number(r.scores.aic, role) : number(NAN, role);
    case Equation: {
        QStringList lines;
        for (const std::string& line : r.equations) lines << QString::fromStdString(line);
        // One line in the cell, all of them in the tool tip.
        return role == Qt::ToolTipRole ? lines.join(QLatin1Char('\n')) : lines.join(QStringLiteral("; "));
    }
    case FigureCount: break;
    }
    return {};
}

QVariant SweepResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    const int axes = static_cast<int>(m_plan.axes.size());
    if (section < axes) return QString::fromStdString(m_plan.axes[section].name);
    switch (static_cast<Figure>(section - axes)) {
    case Status: return role == Qt::ToolTipRole ? tr("Progress while it runs, then how the search ended") : tr("Status");
    case TrainingMse:
        return role == Qt::ToolTipRole ? tr("Mean squared error of the model on the rows it was trained on") : tr("Training MSE");
    case ValidationMse:
        return role == Qt::ToolTipRole ? tr("Mean squared error on the held-out rows: the fairest comparison")
                                       : tr("Validation MSE");
    case Coefficients: return role == Qt::ToolTipRole ? tr("Coefficients the model uses") : tr("Coefficients");
    case Bic:
        return role == Qt::ToolTipRole ? tr("Bayesian information criterion: error against size, lower is better") : tr("BIC");
    case Aic:
        return role == Qt::ToolTipRole ? tr("Akaike information criterion: error against size, lower is better") : tr("AIC");
    case Equation: return role == Qt::ToolTipRole ? tr("The model's equations") : tr("Equation");
    case FigureCount: break;
    }
    return {};
}

}  // namespace darts::gui
