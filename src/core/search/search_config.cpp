#include "search/search_config.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <string>

namespace darts {
namespace {

template <typename Enum, std::size_t N>
Enum parseChoice(std::string_view text, const char* what, const std::array<Enum, N>& values) {
    std::string valid;
    for (Enum v : values) {
        if (toString(v) == text) return v;
        valid += (valid.empty() ? "" : ", ") + std::string(toString(v));
    }
    throw std::invalid_argument("unknown " + std::string(what) + " '" + std::string(text) + "'; valid values are: " + valid);
}

void require(bool condition, const std::string& message) {
    if (!condition) throw std::invalid_argument(message);
}

}  // namespace

std::string_view toString(OutputType t) {
    switch (t) {
        case OutputType::Real: return "real";
        case OutputType::Sigmoid: return "sigmoid";
        case OutputType::Probability: return "probability";
        case OutputType::ProbabilitySample: return "probability_sample";
        case OutputType::ProbabilityDistribution: return "probability_distribution";
    }
    return "";
}

std::string_view toString(DartsType t) { return t == DartsType::Original ? "original" : "fair"; }

std::string_view toString(SamplingStrategy s) { return s == SamplingStrategy::Max ? "max" : "sample"; }

OutputType outputTypeFromString(std::string_view text) {
    if (text == "class")
        throw std::invalid_argument("output_type 'class' is not supported (as in the reference regressor): "
                                    "use probability_distribution with one target column per class");
    return parseChoice(text, "output_type",
                       std::array{OutputType::Real, OutputType::Sigmoid, OutputType::Probability,
                                  OutputType::ProbabilitySample, OutputType::ProbabilityDistribution});
}

DartsType dartsTypeFromString(std::string_view text) {
    return parseChoice(text, "darts_type", std::array{DartsType::Original, DartsType::Fair});
}

SamplingStrategy samplingStrategyFromString(std::string_view text) {
    return parseChoice(text, "sampling_strategy", std::array{SamplingStrategy::Max, SamplingStrategy::Sample});
}

void SearchConfig::validate() const {
    require(num_graph_nodes >= 1, "num_graph_nodes must be at least 1");
    require(num_graph_nodes <= 64, "num_graph_nodes must be at most 64");
    require(!primitives.empty(), "at least one primitive must be enabled");
    require(batch_size >= 1, "batch_size must be at least 1");
    require(max_epochs >= 0, "max_epochs must not be negative");
    require(arch_updates_per_epoch >= 0, "arch_updates_per_epoch must not be negative");
    require(param_updates_per_epoch >= 0, "param_updates_per_epoch must not be negative");
    require(param_updates_for_sampled_model >= 0, "param_updates_for_sampled_model must not be negative");
    auto finiteNonNegative = [](double v, const char* name) {
        require(std::isfinite(v) && v >= 0.0, std::string(name) + " must be a finite number, zero or more");
    };
    finiteNonNegative(arch_learning_rate_max, "arch_learning_rate_max");
    finiteNonNegative(arch_weight_decay, "arch_weight_decay");
    finiteNonNegative(arch_weight_decay_df, "arch_weight_decay_df");
    finiteNonNegative(arch_weight_decay_base, "arch_weight_decay_base");
    finiteNonNegative(arch_momentum, "arch_momentum");
    finiteNonNegative(fair_darts_loss_weight, "fair_darts_loss_weight");
    finiteNonNegative(param_learning_rate_max, "param_learning_rate_max");
    finiteNonNegative(param_learning_rate_min, "param_learning_rate_min");
    finiteNonNegative(param_momentum, "param_momentum");
    finiteNonNegative(param_weight_decay, "param_weight_decay");
    finiteNonNegative(classifier_weight_decay, "classifier_weight_decay");
    require(std::isfinite(grad_clip) && grad_clip > 0.0, "grad_clip must be a finite number above zero");
    require(param_momentum < 1.0, "param_momentum must be below 1");
    require(std::isfinite(validation_share) && validation_share >= 0.0 && validation_share <= 0.9,
            "validation_share must be between 0 and 0.9");
    require(refine_evaluations >= 1, "refine_evaluations must be at least 1");
    require(std::isfinite(parsimony) && parsimony >= 0.0 && parsimony <= 10.0, "parsimony must be between 0 and 10");
}

SearchConfig seedDocumentConfig() {
    SearchConfig c;
    c.num_graph_nodes = 1;
    c.arch_updates_per_epoch = 1;
    c.arch_learning_rate_max = 0.001;
    c.param_updates_per_epoch = 500;
    c.param_momentum = 0.9;
    c.max_epochs = 300;
    c.output_type = OutputType::Real;
    c.primitives = {Primitive::None, Primitive::Add,      Primitive::Subtract, Primitive::Mult,
                    Primitive::Logistic, Primitive::Exp, Primitive::Relu};
    return c;
}

SearchConfig weberFechnerConfig() {
    SearchConfig c;
    c.batch_size = 64;
    c.arch_updates_per_epoch = 100;
    c.param_updates_per_epoch = 100;
    c.max_epochs = 1500;
    c.num_graph_nodes = 5;
    c.primitives = {Primitive::None, Primitive::Linear, Primitive::Logistic};
    return c;
}

}  // namespace darts
