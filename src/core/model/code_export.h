#pragma once
/// @brief A sampled model as source code and documents: a Python function using
/// NumPy, a C function, a LaTeX block, and the data with predictions as CSV.

#include "model/sampled_model.h"

#include <string>

namespace darts {

/// A Python module defining predict(X): X is n x inputs (columns in the model's
/// input order), the result n x outputs. Coefficients are written exactly.
std::string pythonSource(const SampledModel& model);

/// A C99 translation unit defining void darts_predict(const double* x, double* y)
/// for one row: x[i] is input i, y[o] receives output o. Needs only <math.h>.
std::string cSource(const SampledModel& model);

/// Equations "lhs = rhs" as a LaTeX align environment, aligned at the "=".
std::string latexAlign(const std::vector<std::string>& equations);

/// The per-node equations as a LaTeX align environment.
std::string latexBlock(const SampledModel& model, NumberStyle style = {});

/// The per-node block, then, where GiNaC manages, the closed form as a second
/// block after a comment that names the threshold below which terms were left out.
std::string latexDocument(const SampledModel& model, NumberStyle style = {}, int closedFormDigits = 3);

/// The inputs, targets, predictions and residuals (target - prediction) of every row, as CSV.
/// Throws std::invalid_argument when the data do not fit the model.
std::string predictionsCsv(const SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y);

}  // namespace darts
