#pragma once
/// @brief The figures by which a sampled model is judged against others: its error on the rows it
/// was trained on and on the held-out rows, its number of coefficients, BIC and AIC.

#include <Eigen/Core>

#include <limits>

namespace darts {

class SearchEngine;

struct ModelScores {
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    double trainingMse = kNone;    ///< mean squared error on the training rows
    double validationMse = kNone;  ///< ... on the held-out rows; NaN without any
    /// Per held-out row, the model's squared error (averaged over the outputs): what two models' held-out
    /// errors are compared by, row by row (withinStandardErrors). Empty without held-out rows.
    Eigen::ArrayXd heldOutErrors;
    /// Mean squared errors below this are rounding (kRoundingShare of the training targets' variance): a
    /// noise-free law fitted exactly, by any of its forms.
    double errorFloor = 0.0;
    int parameterCount = 0;        ///< coefficients the model uses
    int operationCount = 0;        ///< primitives it applies and product nodes (SampledModel::operationCount)
    int complexity = 0;            ///< SampledModel::complexity: coefficients plus weighted operations
    /// Information criteria under a Gaussian error, n = training rows x outputs:
    /// BIC = n ln(MSE) + k ln(n), AIC = n ln(MSE) + 2k (lower is better).
    double bic = kNone;
    double aic = kNone;
};

/// The scores of the engine's sampled model. Throws std::logic_error when it has none.
ModelScores scoreModel(const SearchEngine& engine);

/// Whether a model's held-out errors (per row) are no worse than the best model's on the same rows by more
/// than `k` standard errors of the mean difference, nor by more than kMostParsimonyShare of the best's mean:
/// the test of parsimony, which prefers the simpler model unless the other one is that clearly better.
/// `floor` absorbs differences of rounding.
inline constexpr double kMostParsimonyShare = 0.25;
inline constexpr double kRoundingShare = 1e-12;
bool withinStandardErrors(const Eigen::ArrayXd& errors, const Eigen::ArrayXd& bestErrors, double k, double floor = 0.0);

}  // namespace darts
