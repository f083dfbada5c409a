#pragma once
/// @brief The sampled model against the data: predicted vs observed, residuals, response along one input.

#include "data/formula.h"
#include "data/table.h"

#include <Eigen/Core>

#include <QVector>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QSlider;
class QTabWidget;
class QCustomPlot;
class QCPGraph;
class QCPRange;
class QCPTextElement;

namespace darts {
class SampledModel;
}

namespace darts::gui {

class DensityMap;

/// The sampled model against the data, in three tabs:
/// (1) predicted against observed with the identity line; (2) residuals against prediction with a zero line;
/// (3) a response plot: the model along one chosen input (combo box) over its data range (200 points),
///     the other inputs held at values set by sliders (one labelled slider per other input, over its data range,
///     starting at the median, value shown), with the data points overlaid (against that input).
/// For several target columns, a combo box chooses the target shown.
///
/// Graph order, for callers and tests: observedPlot() graph 0 = data points (key observed, value predicted),
/// graph 1 = identity line; residualPlot() graph 0 = points (key predicted, value observed - predicted),
/// graph 1 = zero line; responsePlot() graph 0 = data points, graph 1 = model curve, graph 2 = the true law
/// (dashed; empty and out of the legend without a law, or when the data lack one of its inputs or its target).
/// Each hold slider is named "hold:<input name>" and carries the held value in its "heldValue" property.
/// Data of more than kMaxPlotRows rows are drawn as a density (the points graphs stay empty) of at most
/// kMaxDensityRows rows, a fixed sample of a bigger table; the titles say how many.
class ModelPlots : public QWidget {
    Q_OBJECT
public:
    explicit ModelPlots(QWidget* parent = nullptr);
    ~ModelPlots() override;

    QCustomPlot* observedPlot() const { return m_observedPlot; }
    QCustomPlot* residualPlot() const { return m_residualPlot; }
    QCustomPlot* responsePlot() const { return m_responsePlot; }

    /// Points on the response curve.
    static constexpr int responsePoints = 200;

public slots:
    /// Copies the data; drops the model and its curves; sets up the target and input combos and the sliders.
    void setData(const darts::Selection& data);
    /// Predicts the data and redraws all three; nullptr clears. GUI thread only: predict is not thread-safe.
    void setModel(std::shared_ptr<const darts::SampledModel> model);
    void clear();
    /// The law the data were made from (Formula::isValid() false: none), drawn dashed in the response plot
    /// along the same input with the other inputs at the same held values. Matched to the data by column names;
    /// it stays across setData (the caller clears it when the data come from elsewhere).
    void setTrueLaw(const darts::Formula& law);

public:
    const darts::Formula& trueLaw() const { return m_trueLaw; }

private:
    /// Draws the true law along input j over xRange into graph 2; widens [low, high] to show it. False when the
    /// law does not fit the current data and target.
    bool drawTrueLaw(int j, const Eigen::VectorXd& grid, double& low, double& high);
    void rebuildControls();
    void mapModelToData();
    void redrawAll();
    QString targetLabel(int target) const;
    void drawObserved();
    void drawResiduals();
    void drawResponse();
    void onSliderMoved(int input, int position);
    int currentTarget() const;
    int currentInput() const;
    /// Column of the model's output for the current target, or -1 when the model has none.
    int modelOutputForTarget() const;
    /// The data's inputs rearranged in the model's input order.
    Eigen::MatrixXd modelInputs(const Eigen::MatrixXd& dataInputs) const;

    /// Whether the rows are drawn as a density rather than as points.
    bool drawsDensity() const;
    /// For a density, `title` followed by `separator` and "density of all N rows" or "density of n of N rows,
    /// a fixed sample"; else `title`.
    QString withDensityNote(const QString& title, const QString& separator = QStringLiteral(" · ")) const;
    /// The rows as points or, for many, as a density (then the points graph stays empty).
    void drawRows(QCPGraph* points, DensityMap& density, const Eigen::VectorXd& xs, const Eigen::VectorXd& ys,
                  const QCPRange& xRange, const QCPRange& yRange) const;

    darts::Selection m_data;  // the rows drawn: all, or kMaxDensityRows of them
    Eigen::Index m_allRows = 0;
    darts::Formula m_trueLaw;
    std::shared_ptr<const darts::SampledModel> m_model;
    Eigen::MatrixXd m_predictions;         // rows x model outputs, for the data
    std::vector<int> m_modelInputColumns;  // per model input: its column in m_data.X
    QString m_modelProblem;                // why the model cannot be drawn against this data, or empty

    std::vector<double> m_min, m_max, m_held;  // per data input

    QWidget* m_targetRow = nullptr;
    QComboBox* m_targetCombo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QCustomPlot* m_observedPlot = nullptr;
    QCustomPlot* m_residualPlot = nullptr;
    QCustomPlot* m_responsePlot = nullptr;
    QCPTextElement* m_observedTitle = nullptr;
    QCPTextElement* m_residualTitle = nullptr;
    QCPTextElement* m_responseTitle = nullptr;
    std::unique_ptr<DensityMap> m_observedDensity, m_residualDensity, m_responseDensity;
    QComboBox* m_inputCombo = nullptr;
    QWidget* m_sliderBox = nullptr;
    QLabel* m_noOtherInputs = nullptr;
    QVector<QWidget*> m_sliderRows;  // per data input; the chosen input's row is hidden
    QVector<QSlider*> m_sliders;
    QVector<QLabel*> m_sliderValues;
};

}  // namespace darts::gui
