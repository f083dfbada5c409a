#pragma once
/// @brief The model as one expression per output: hidden nodes substituted, like terms collected, negligible terms dropped.

#include "model/sampled_model.h"

#include <string>
#include <vector>

namespace darts {

/// The closed form of a sampled model, printed (GiNaC stays inside closed_form.cpp).
struct ClosedForm {
    std::vector<std::string> console;  ///< one line per output, e.g. "y = 2.00*x1 + exp(5.00*x2)"
    std::vector<std::string> latex;    ///< the same lines in LaTeX
    double dropThreshold = 0.0;        ///< terms whose coefficient magnitude was below this were dropped
};

/// The version of GiNaC, the computer algebra library behind the closed form (e.g. "1.8.6").
std::string algebraLibraryVersion();

/// Substitutes the hidden nodes into each output's W*k + b, expands it and
/// collects like terms, drops the terms of that sum whose coefficient magnitude
/// is below `relativeThreshold` times the largest (over all outputs), and prints
/// numbers with `digits` significant digits. The output function wraps the sum
/// (logistic(...)); softmax outputs get lines "z1 = ..." and "y = softmax(z1, z2)[1]".
/// ln is written without the model's domain guard. Throws std::runtime_error
/// when the algebra fails.
ClosedForm closedForm(const SampledModel& model, int digits = 3, double relativeThreshold = 1e-6);

/// The closed form's outputs (output function applied) at one input point, at
/// full precision before rounding for display: how far the dropped terms and the
/// missing ln guard move it from the model's prediction.
std::vector<double> evaluateClosedForm(const SampledModel& model, const std::vector<double>& inputs,
                                       double relativeThreshold = 1e-6);

}  // namespace darts
