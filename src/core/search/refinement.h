#pragma once
/// @brief Discrete refinement of a sampled model: a bounded local search over architectures, seeded by
/// the mixture weights (each edge tries its next primitives by weight and none, each node sum or
/// product), every candidate refitted by Levenberg-Marquardt from several starting points and kept when
/// it lowers the held-out error (BIC without held-out rows).

#include "model/sampled_model.h"
#include "search/run_outcome.h"
#include "search/search_config.h"
#include "util/random.h"

#include <Eigen/Core>

#include <atomic>
#include <functional>

namespace darts {

/// Where a refinement is, after each architecture it refitted.
struct RefineProgress {
    int evaluated;  ///< architectures refitted so far
    int budget;     ///< at most this many (refine_evaluations)
    double error;   ///< the best model's error so far: held-out MSE, or BIC without held-out rows
};
using RefineCallback = std::function<void(const RefineProgress&)>;

/// The rows the candidates are fitted on and judged by (no held-out rows: judged by BIC).
struct RefineData {
    const Eigen::MatrixXd& trainX;
    const Eigen::MatrixXd& trainY;
    const Eigen::MatrixXd& validX;
    const Eigen::MatrixXd& validY;
};

/// Called for every candidate fitted, with its mean squared errors (validation NaN without held-out rows).
using CandidateRecorder = std::function<void(const SampledModel&, double trainingMse, double validationMse)>;

/// How a search for a better architecture is steered, beyond the settings.
struct RefineStart {
    const Eigen::MatrixXd& mixtureWeights;  ///< the search network's, edges x primitives: the order of alternatives
    const Eigen::VectorXd& mixtureCoefficients;  ///< the search network's coefficients: one starting point
    /// The sampled model is a constant (every edge none): start from each edge's strongest other primitive.
    bool fromStrongestNonNone = false;
};

struct RefineResult {
    RunOutcome outcome;   ///< Completed, or Stopped (the best so far is kept)
    int evaluated = 0;    ///< architectures refitted
    bool improved = false;  ///< whether `model` was replaced
};

/// Refines `model` in place (its network must be fixed). Deterministic for the same inputs and `rng`
/// state; checks `stop` before every candidate.
RefineResult refineArchitecture(SampledModel& model, const RefineStart& start, const RefineData& data,
                                const SearchConfig& config, Rng& rng, const std::atomic<bool>& stop,
                                const CandidateRecorder& record = {}, const RefineCallback& progress = {});

}  // namespace darts
