#pragma once
/// @brief The figures by which a sampled model is judged against others: its error on the rows it
/// was trained on and on the held-out rows, its number of coefficients, BIC and AIC.

#include <limits>

namespace darts {

class SearchEngine;

struct ModelScores {
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    double trainingMse = kNone;    ///< mean squared error on the training rows
    double validationMse = kNone;  ///< ... on the held-out rows; NaN without any
    int parameterCount = 0;        ///< coefficients the model uses
    int operationCount = 0;        ///< primitives it applies and product nodes (SampledModel::operationCount)
    /// Information criteria under a Gaussian error, n = training rows x outputs:
    /// BIC = n ln(MSE) + k ln(n), AIC = n ln(MSE) + 2k (lower is better).
    double bic = kNone;
    double aic = kNone;
};

/// The scores of the engine's sampled model. Throws std::logic_error when it has none.
ModelScores scoreModel(const SearchEngine& engine);

}  // namespace darts
