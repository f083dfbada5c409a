#pragma once
/// @brief The laws of the recovery benchmark: each a law DARTS can write with its primitives, a training range
/// per input, the noise of its data, and points in bands just outside the training range to judge extrapolation.

#include "data/formula.h"
#include "search/search_config.h"

#include <Eigen/Core>

#include <string_view>
#include <vector>

namespace darts::bench {

struct RecoveryLaw {
    std::string_view name;         ///< short, for the table and --law
    std::string_view text;         ///< "y = ...", as Formula reads it (the test checks it against `value`)
    /// The law at one point (x[0] is x1). Written out in C++ rather than evaluated by Formula: Formula adds a
    /// sum's terms in GiNaC's order, which changes from one run of the program to the next, and the last-bit
    /// differences that follow send the searches elsewhere: the report would not repeat.
    double (*value)(const double* x);
    std::string_view construction;  ///< how the graph can write it, for the report
    std::vector<InputRange> ranges;  ///< training range per input (x1, x2, ... in order)
    double noise = 0.0;            ///< Gaussian noise, a fraction of the noiseless target's spread
    /// The law's search space: the linear primitives and none, plus the nonlinear ones of its family
    /// (what a user who knows the kind of law would choose).
    std::string_view primitives;
};

/// The law set, in report order.
const std::vector<RecoveryLaw>& recoveryLaws();
/// The law of that name; throws std::invalid_argument listing the names when there is none.
const RecoveryLaw& findRecoveryLaw(std::string_view name);

/// Rows of training data and of the extrapolation check.
inline constexpr int kTrainingRows = 200;
inline constexpr int kExtrapolationRows = 400;
/// Width of each extrapolation band, as a share of the training range's width.
inline constexpr double kBandShare = 0.2;

struct LawData {
    Eigen::MatrixXd X;  ///< rows x inputs
    Eigen::VectorXd y;
};
/// Training data: inputs drawn uniformly in the training ranges, the law plus Gaussian noise of sd
/// noise x (population sd of the noiseless values); the same bit for bit in every call and every run.
LawData trainingData(const RecoveryLaw& law);

/// Points outside the training range: every input lies in one of its two bands, [from - 0.2 w, from] or
/// [to, to + 0.2 w] (w = to - from), the band chosen at random per input and point. The same every call.
Eigen::MatrixXd extrapolationInputs(const RecoveryLaw& law);
/// The law's noiseless values at those points.
Eigen::VectorXd noiselessValues(const RecoveryLaw& law, const Eigen::MatrixXd& X);

/// The primitives of every law's search space, and the larger set searched with --shared-primitives.
inline constexpr std::string_view kLinearPrimitives = "none,add,subtract,mult,linear";
inline constexpr std::string_view kSharedPrimitives =
    "none,add,subtract,mult,linear,linear_exp,linear_sin,linear_ln,linear_reciprocal";

/// The settings a law is searched with (single start and every start of a multi-start alike): the same
/// schedule for every law, the law's own primitives, or kSharedPrimitives when `shared`.
SearchConfig recoveryConfig(const RecoveryLaw& law, bool shared = false);

}  // namespace darts::bench
