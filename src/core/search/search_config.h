#pragma once
/// @brief Every setting of a search, under the reference regressor's names and with its defaults.

#include "ops/primitive.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

enum class OutputType : std::uint8_t { Real, Sigmoid, Probability, ProbabilitySample, ProbabilityDistribution };
enum class DartsType : std::uint8_t { Original, Fair };
enum class SamplingStrategy : std::uint8_t { Max, Sample };

std::string_view toString(OutputType t);
std::string_view toString(DartsType t);
std::string_view toString(SamplingStrategy s);
/// Parsers throw std::invalid_argument naming the valid choices ("class" gets its own message).
OutputType outputTypeFromString(std::string_view text);
DartsType dartsTypeFromString(std::string_view text);
SamplingStrategy samplingStrategyFromString(std::string_view text);

struct SearchConfig {
    // Search space
    int num_graph_nodes = 2;                 ///< hidden nodes K
    std::vector<Primitive> primitives = referenceDefaultPrimitives();
    OutputType output_type = OutputType::Real;
    DartsType darts_type = DartsType::Original;
    bool train_classifier_coefficients = false;  ///< learn the output weights W (else all ones)
    bool train_classifier_bias = false;          ///< learn the output bias b (else zero)

    // Schedule
    int batch_size = 64;                  ///< rows per mini-batch
    int max_epochs = 10;                  ///< epochs of architecture search per fit
    int arch_updates_per_epoch = 1;       ///< Adam steps on alpha per epoch
    int param_updates_per_epoch = 10;     ///< SGD steps on the coefficients per epoch
    int param_updates_for_sampled_model = 100;  ///< SGD steps refitting the sampled model

    // Architecture optimiser (Adam, betas 0.5 and 0.999)
    double arch_learning_rate_max = 3e-3;   ///< constant Adam learning rate
    double arch_weight_decay = 1e-4;        ///< L2 decay added to alpha's gradient
    double arch_weight_decay_df = 3e-4;     ///< complexity penalty per degree of freedom
    double arch_weight_decay_base = 0.0;    ///< penalty on every non-none primitive (times K)
    double arch_momentum = 0.9;             ///< second-order DARTS only; kept for compatibility, unused
    double fair_darts_loss_weight = 1.0;    ///< fair DARTS: weight of the push of sigmoid(alpha) to 0 or 1

    // Coefficient optimiser (SGD with momentum, cosine learning rate)
    double param_learning_rate_max = 2.5e-2;  ///< learning rate at the first step of each run
    double param_learning_rate_min = 0.01;    ///< learning rate reached at the last step
    double param_momentum = 0.9;
    double param_weight_decay = 3e-4;         ///< L2 decay on every coefficient
    double classifier_weight_decay = 1e-2;    ///< extra shrinkage of trainable output weights per step
    double grad_clip = 5.0;                   ///< global L2 norm limit of the gradient

    // Final model
    SamplingStrategy sampling_strategy = SamplingStrategy::Max;

    // Ours, not the reference's
    std::uint64_t seed = 0;  ///< random seed: same seed, data and settings give identical results
    bool polish = true;      ///< Levenberg-Marquardt on the sampled model's coefficients after the SGD refit
    /// Share of the rows held out for validation: the search never trains on them and reports their loss.
    double validation_share = 0.0;
    /// Which rows are held out. Apart from `seed`, so that starts with different seeds are judged on the same rows.
    std::uint64_t validation_seed = 0;

    // Beyond the reference's search space (off by default, so that its results stay as they are)
    /// Each hidden node may multiply its incoming edges instead of adding them, chosen by the search
    /// like a primitive (a penalised weight per node). On a product node, none means "no factor".
    bool product_nodes = false;
    /// No primitive is evaluated outside its domain: a primitive that needs positive (or one-signed)
    /// values is not offered on an input column that has others, and elsewhere its argument is bent
    /// smoothly back within kDomainMargin of the domain's edge.
    bool domain_safety = false;
    /// After sampling, a local search over discrete architectures: other primitives by weight, dropped
    /// edges, sum or product nodes, each refitted by Levenberg-Marquardt; a change is kept when it lowers
    /// the held-out error (BIC without held-out rows).
    bool refine = false;
    /// Upper bound on the architectures one refinement refits (each from several starting points).
    int refine_evaluations = 400;
    /// Prefer the simplest model unless a more complex one has a held-out error lower by more than this many
    /// standard errors (of the row-by-row difference), in refinement's choice and among the starts of a
    /// multi-start; 0: the lowest held-out error wins.
    double parsimony = 0.0;

    /// Throws std::invalid_argument with a message naming the first bad value.
    void validate() const;
};

/// The seed document's run (docs: the worked example users start from).
SearchConfig seedDocumentConfig();
/// The Weber-Fechner example's run.
SearchConfig weberFechnerConfig();

}  // namespace darts
