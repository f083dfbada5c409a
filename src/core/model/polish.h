#pragma once
/// @brief Levenberg-Marquardt on a sampled model's few coefficients, over the data set (or a fixed sample
/// of a big one).

#include "model/sampled_model.h"

namespace darts {

struct PolishResult {
    bool applied = false;     ///< true when the polished coefficients were kept
    double lossBefore = 0.0;  ///< mean squared error (of the output function's values) before
    double lossAfter = 0.0;   ///< ... and after; equal to lossBefore when not applied
};

/// Tables longer than this are polished on a fixed sample of this many rows.
inline constexpr Eigen::Index kPolishSampleRows = 20000;

/// Minimises the squared error of the model's predictions on (X, Y) over the
/// coefficients it uses (on kPolishSampleRows of the rows, drawn the same way
/// every time, when there are more), and keeps the result only when it is finite
/// and lowers the error on all of (X, Y). Cross-entropy models (probability_distribution) are left alone:
/// their loss is not a sum of squares.
PolishResult polishCoefficients(SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y);

}  // namespace darts
