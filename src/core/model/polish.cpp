#include "model/polish.h"

#include <unsupported/Eigen/LevenbergMarquardt>
#include <unsupported/Eigen/NumericalDiff>

#include "util/random.h"

#include <cmath>

namespace darts {
namespace {

// Residuals of the model's predictions as a function of the coefficients it uses.
struct Residuals : Eigen::DenseFunctor<double> {
    Residuals(const SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, std::vector<int> indices)
        : DenseFunctor(static_cast<int>(indices.size()), static_cast<int>(Y.size())),
          model(model),
          X(X),
          Y(Y),
          indices(std::move(indices)) {}

    int operator()(const InputType& theta, ValueType& residual) const {
        Eigen::VectorXd& params = model.network().parameters();
        for (std::size_t i = 0; i < indices.size(); ++i) params[indices[i]] = theta[static_cast<Eigen::Index>(i)];
        const Eigen::MatrixXd difference = model.predict(X) - Y;
        residual = Eigen::Map<const Eigen::VectorXd>(difference.data(), difference.size());
        // A non-finite residual would poison the solver's linear algebra: make it
        // a large finite one, so that the step is rejected as an increase.
        for (Eigen::Index i = 0; i < residual.size(); ++i)
            if (!std::isfinite(residual[i])) residual[i] = 1e150;
        return 0;
    }

    mutable SampledModel model;  // a private copy whose coefficients the solver moves
    const Eigen::MatrixXd& X;
    const Eigen::MatrixXd& Y;
    std::vector<int> indices;
};

double squaredError(const SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    return (model.predict(X) - Y).squaredNorm() / static_cast<double>(Y.size());
}

}  // namespace

PolishResult polishCoefficients(SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    PolishResult result;
    result.lossBefore = result.lossAfter = squaredError(model, X, Y);
    const std::vector<int> indices = model.parameterIndices();
    if (indices.empty() || model.network().outputType() == OutputType::ProbabilityDistribution ||
        !std::isfinite(result.lossBefore))
        return result;

    Eigen::VectorXd theta(static_cast<Eigen::Index>(indices.size()));
    for (std::size_t i = 0; i < indices.size(); ++i) theta[static_cast<Eigen::Index>(i)] = model.network().parameters()[indices[i]];

    // On a big table the solver works on a fixed sample of the rows (its Jacobian is rows x coefficients,
    // differentiated numerically); the result is kept only when it lowers the error on every row.
    Eigen::MatrixXd sampleX, sampleY;
    if (X.rows() > kPolishSampleRows) {
        const std::vector<std::int64_t> rows = fixedSample(X.rows(), kPolishSampleRows);
        sampleX = X(rows, Eigen::all);
        sampleY = Y(rows, Eigen::all);
    }
    const bool sampled = sampleX.size() > 0;
    Residuals residuals(model, sampled ? sampleX : X, sampled ? sampleY : Y, indices);
    Eigen::NumericalDiff<Residuals, Eigen::Central> withJacobian(residuals);
    Eigen::LevenbergMarquardt<Eigen::NumericalDiff<Residuals, Eigen::Central>> solver(withJacobian);
    solver.setMaxfev(200 * (static_cast<Eigen::Index>(indices.size()) + 1));
    solver.minimize(theta);

    if (!theta.allFinite()) return result;
    SampledModel candidate = model;
    for (std::size_t i = 0; i < indices.size(); ++i) candidate.network().parameters()[indices[i]] = theta[static_cast<Eigen::Index>(i)];
    const double after = squaredError(candidate, X, Y);
    if (std::isfinite(after) && after < result.lossBefore) {
        model = std::move(candidate);
        result.applied = true;
        result.lossAfter = after;
    }
    return result;
}

}  // namespace darts
