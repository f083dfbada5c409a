#pragma once
/// @brief The laws of the recovery benchmark: each a law DARTS can write with its primitives, a training range
/// per input, the noise of its data, and points in bands just outside the training range to judge extrapolation.
/// The sets: the classic ten (each searched in its own small search space), the laws the search was tuned on
/// (those of the issue that asked for products, ratios and powers, with their usual constants), and laws of
/// the same families made up apart from any tuning, at different times (LawSet says when), the test of
/// whether the tuning generalises.

#include "data/formula.h"
#include "search/search_config.h"

#include <Eigen/Core>

#include <string_view>
#include <vector>

namespace darts::bench {

enum class LawSet {
    Classic,  ///< the first ten: sums of primitives, each searched with its own family of primitives
    Tuning,   ///< the issue's laws (psychophysics, learning, choice), which the search was tuned on
    Test,     ///< laws of the same families made up apart, never tuned on (but looked at while tuning)
    Holdout,  ///< laws made up after the ratio move and run once; their misses were looked at afterwards
    Fresh,    ///< laws made up before the last changes to the search and run once, at the end: never looked at
    Blind,    ///< laws made up before the search changes of a later session, run only once those were done
};
std::string_view toString(LawSet set);

struct RecoveryLaw {
    std::string_view name;         ///< short, for the table and --law
    LawSet set;
    std::string_view text;         ///< "y = ...", as Formula reads it (the test checks it against `value`)
    /// The law at one point (x[0] is the first input in Formula's natural order). Written out in C++ rather
    /// than evaluated by Formula: Formula adds a sum's terms in GiNaC's order, which changes from one run of
    /// the program to the next, and the last-bit differences that follow send the searches elsewhere.
    double (*value)(const double* x);
    std::string_view construction;  ///< how the graph can write it, for the report
    std::vector<InputRange> ranges;  ///< training range per input, in the text's natural input order
    double noise = 0.0;            ///< Gaussian noise, a fraction of the noiseless target's spread
    /// Classic laws: their search space, the linear primitives and none plus the nonlinear ones of their
    /// family (what a user who knows the kind of law would choose). Others: empty (the settings' own).
    std::string_view primitives;
    /// What the target is: a choice probability is modelled with the probability (logistic) output.
    OutputType output = OutputType::Real;
    /// The law with its constants as parameters p (none for the classic laws), and their true values:
    /// a model has the law's exact form when this family reproduces it with every p within 2%.
    double (*form)(const double* x, const double* p) = nullptr;
    std::vector<double> constants = {};
};

/// The law set, in report order.
const std::vector<RecoveryLaw>& recoveryLaws();
/// The law of that name; throws std::invalid_argument listing the names when there is none.
const RecoveryLaw& findRecoveryLaw(std::string_view name);
/// The input names of a law, in order (its text's, as Formula reads them).
std::vector<std::string> inputNames(const RecoveryLaw& law);

/// Rows of training data and of the extrapolation check.
inline constexpr int kTrainingRows = 200;
inline constexpr int kExtrapolationRows = 400;
/// Width of each extrapolation band, as a share of the training range's width.
inline constexpr double kBandShare = 0.2;
/// Inputs the laws take at most.
inline constexpr int kMaxInputs = 4;

struct LawData {
    Eigen::MatrixXd X;  ///< rows x inputs
    Eigen::VectorXd y;
};
/// Training data: inputs drawn uniformly in the training ranges, the law plus Gaussian noise of sd
/// noise x (population sd of the noiseless values); the same bit for bit in every call and every run.
/// `sample` > 0 draws other rows and noise (the report uses 0).
LawData trainingData(const RecoveryLaw& law, int sample = 0);

/// Fresh points inside the training ranges, never searched on: where "accurate" is judged. The same every call.
Eigen::MatrixXd inRangeInputs(const RecoveryLaw& law);
/// Points outside the training range: every input lies in one of its two bands, [from - 0.2 w, from] or
/// [to, to + 0.2 w] (w = to - from), the band chosen at random per input and point. The same every call.
Eigen::MatrixXd extrapolationInputs(const RecoveryLaw& law);
/// The law's noiseless values at those points.
Eigen::VectorXd noiselessValues(const RecoveryLaw& law, const Eigen::MatrixXd& X);

/// The primitives of every classic law's search space, and the larger set of the reference settings below.
inline constexpr std::string_view kLinearPrimitives = "none,add,subtract,mult,linear";
/// A careful user's broad search space for laws of this kind, as the issue tried it.
inline constexpr std::string_view kBroadPrimitives =
    "none,add,subtract,mult,linear,linear_exp,linear_ln,linear_logistic,reciprocal";

/// The reference's search space with a careful user's settings (two nodes, 300 epochs, the broad set or a
/// classic law's own, 20% of the rows held out), the law's output type; single start and multi-start alike.
SearchConfig referenceConfig(const RecoveryLaw& law);
/// The discovery preset, with a classic law's own primitives and the law's output type given explicitly
/// (as a user would give them); the preset's own search space otherwise.
SearchConfig discoveryConfig(const RecoveryLaw& law);

}  // namespace darts::bench
