#include "selection/hall_of_fame_model.h"

#include <QFont>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace darts::gui {
namespace {

QVariant mse(double value, int role) {
    if (role == HallOfFameModel::SortRole) return std::isfinite(value) ? value : std::numeric_limits<double>::max();
    return std::isfinite(value) ? QString::number(value, 'g', 4) : QStringLiteral("—");
}

}  // namespace

HallOfFameModel::HallOfFameModel(QObject* parent) : QAbstractTableModel(parent) {}

void HallOfFameModel::setHallOfFame(std::shared_ptr<const darts::HallOfFame> hallOfFame) {
    beginResetModel();
    m_hall = std::move(hallOfFame);
    m_front = m_hall ? m_hall->front() : std::vector<int>{};
    m_onFront.assign(m_hall ? m_hall->entries().size() : 0, 0);
    for (int entry : m_front) m_onFront[static_cast<std::size_t>(entry)] = 1;
    const std::size_t count = m_onFront.size();
    std::vector<int> byError(count);
    std::iota(byError.begin(), byError.end(), 0);
    std::stable_sort(byError.begin(), byError.end(), [this](int a, int b) {
        return m_hall->entries()[static_cast<std::size_t>(a)].error() < m_hall->entries()[static_cast<std::size_t>(b)].error();
    });
    m_errorRank.assign(count, 0);
    for (std::size_t r = 0; r < count; ++r) m_errorRank[static_cast<std::size_t>(byError[r])] = static_cast<int>(r);
    m_loaded = -1;
    endResetModel();
}

bool HallOfFameModel::onFront(int entry) const {
    return entry >= 0 && entry < static_cast<int>(m_onFront.size()) && m_onFront[static_cast<std::size_t>(entry)];
}

void HallOfFameModel::setLoadedEntry(int entry) {
    if (entry == m_loaded) return;
    m_loaded = entry;
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

int HallOfFameModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_hall ? 0 : static_cast<int>(m_hall->entries().size());
}

int HallOfFameModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HallOfFameModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_hall) return {};
    const int row = index.row();
    const darts::HallOfFameEntry& e = m_hall->entries()[static_cast<std::size_t>(row)];
    const auto column = static_cast<Column>(index.column());
    if (role == FrontRole) return onFront(row);
    if (role == Qt::FontRole) {
        if (row != m_loaded) return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return column == Equation || column == Origin ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
               : column == Front                      ? QVariant(int(Qt::AlignCenter))
                                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        // The whole equation, one node a line, whatever column the pointer is on: the cell shows it elided.
        QString text = QString::fromStdString(e.equation);
        text.replace(QStringLiteral("; "), QStringLiteral("\n"));
        return onFront(row) ? tr("On the front: no simpler model has a lower error.") + QLatin1Char('\n') + text : text;
    }
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool sort = role == SortRole;
    switch (column) {
    case Front: return sort ? QVariant(onFront(row) ? 0 : 1) : QVariant(onFront(row) ? QStringLiteral("★") : QString());
    case Complexity:
        // Equal complexities by error, the best first: sorted by this column, each size starts with its best.
        return sort ? QVariant(e.complexity() + (m_errorRank[static_cast<std::size_t>(row)] + 0.5) / (m_errorRank.size() + 1.0))
                    : QVariant(QString::number(e.complexity()));
    case Coefficients: return sort ? QVariant(e.parameterCount) : QVariant(QString::number(e.parameterCount));
    case Operations: return sort ? QVariant(e.operationCost) : QVariant(QString::number(e.operationCost));
    case TrainingMse: return mse(e.trainingMse, role);
    case HeldOutMse: return mse(e.validationMse, role);
    case Origin:
        return e.origin == "sampled"   ? tr("sampled")
               : e.origin == "refined" ? tr("refined")
                                       : QString::fromStdString(e.origin);
    case Seed: return sort ? QVariant(static_cast<qulonglong>(e.seed)) : QVariant(QString::number(e.seed));
    case Equation: return QString::fromStdString(e.equation);
    case ColumnCount: break;
    }
    return {};
}

QVariant HallOfFameModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (static_cast<Column>(section)) {
    case Front: return tip ? tr("★: on the front, the best model of its complexity that no simpler one beats") : tr("Front");
    case Complexity: return tip ? tr("Coefficients plus operation cost: what the front ranks size by") : tr("Complexity");
    case Coefficients: return tip ? tr("Coefficients the model fits") : tr("Coefficients");
    case Operations:
        return tip ? tr("The primitives applied, each by how complex it reads (1: add, subtract, mult, linear; 2: powers, "
                        "reciprocals, relu; 3: exp, ln, logistic, tanh, sin, cos and the other transcendental ones), plus 1 a "
                        "product node")
                   : tr("Operation cost");
    case TrainingMse: return tip ? tr("Mean squared error on the rows the model was fitted on") : tr("Training MSE");
    case HeldOutMse:
        return tip ? tr("Mean squared error on the held-out rows (— when none are held out): what models are compared by")
                   : tr("Held-out MSE");
    case Origin: return tip ? tr("Drawn from the weights (sampled) or found by refinement (refined)") : tr("Origin");
    case Seed: return tip ? tr("The seed of the search (start) that found it") : tr("Seed");
    case Equation: return tip ? tr("The model's equations, one node after the other") : tr("Equation");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace darts::gui
