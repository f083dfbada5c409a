#pragma once
/// @brief The mixture against the discrete model: the data, the live mixture's
/// predictions and the discrete model's, rows sorted by the observed value, with
/// their errors in the caption, so that the discretization gap shows during a search.

#include "data/table.h"

#include <Eigen/Core>

#include <QWidget>

#include <memory>
#include <optional>

class QCustomPlot;
class QLabel;

namespace darts {
class Network;
class SampledModel;
}  // namespace darts

namespace darts::gui {

/// Graph order, for callers and tests: 0 = data, 1 = mixture, 2 = max of the mixture with the
/// same coefficients (not refitted), 3 = the sampled model (refitted). Keys are the rows' ranks by
/// the observed value of the first target.
class GapPlot : public QWidget {
    Q_OBJECT
public:
    explicit GapPlot(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    QLabel* caption() const { return m_caption; }

    /// The rows the search runs on (the first target is shown). Clears the predictions.
    void setData(const darts::Selection& data);
    /// The search network's structure with its values at the latest epoch (alpha and coefficients;
    /// empty alpha: the structure's own values); nullptr clears the mixture.
    void setMixture(std::shared_ptr<const darts::Network> structure, const Eigen::MatrixXd& alpha,
                    const Eigen::VectorXd& parameters);
    /// The sampled model, or nullptr.
    void setModel(std::shared_ptr<const darts::SampledModel> model);

    /// Mean squared errors on all rows of the last drawing (NaN when not drawn).
    double mixtureError() const { return m_mixtureError; }
    double maxError() const { return m_maxError; }
    double modelError() const { return m_modelError; }

private:
    void redraw();

    QCustomPlot* m_plot = nullptr;
    QLabel* m_caption = nullptr;
    std::optional<darts::Selection> m_data;  // the rows drawn: all, or kMaxPlotRows of them
    Eigen::Index m_allRows = 0;
    std::vector<Eigen::Index> m_order;  // rows by observed value
    Eigen::VectorXd m_mixture, m_max, m_model;  // predictions of the first target, per row (empty: none)
    double m_mixtureError, m_maxError, m_modelError;
};

}  // namespace darts::gui
