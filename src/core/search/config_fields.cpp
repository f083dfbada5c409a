#include "search/config_fields.h"

#include "util/number_text.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace darts {
namespace {

[[noreturn]] void badValue(std::string_view field, std::string_view text, const char* expected) {
    throw std::invalid_argument("invalid value '" + std::string(text) + "' for " + std::string(field) + ": expected " +
                                expected);
}

template <typename Int>
Int parseInteger(std::string_view field, std::string_view text) {
    Int value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) badValue(field, text, "a whole number");
    return value;
}

double parseReal(std::string_view field, std::string_view text) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        badValue(field, text, "a number");
    return value;
}

bool parseBool(std::string_view field, std::string_view text) {
    if (text == "true" || text == "1" || text == "yes" || text == "on") return true;
    if (text == "false" || text == "0" || text == "no" || text == "off") return false;
    badValue(field, text, "true or false");
}

std::string realText(double v) { return formatRoundTrip(v); }

template <typename Int>
ConfigField integerField(std::string_view name, std::string_view help, Int SearchConfig::*member) {
    return {name, help, [member](const SearchConfig& c) { return std::to_string(c.*member); },
            [name, member](SearchConfig& c, std::string_view text) { c.*member = parseInteger<Int>(name, text); }};
}

ConfigField realField(std::string_view name, std::string_view help, double SearchConfig::*member) {
    return {name, help, [member](const SearchConfig& c) { return realText(c.*member); },
            [name, member](SearchConfig& c, std::string_view text) { c.*member = parseReal(name, text); }};
}

ConfigField boolField(std::string_view name, std::string_view help, bool SearchConfig::*member) {
    return {name, help, [member](const SearchConfig& c) { return std::string(c.*member ? "true" : "false"); },
            [name, member](SearchConfig& c, std::string_view text) { c.*member = parseBool(name, text); }};
}

template <typename Enum>
ConfigField choiceField(std::string_view name, std::string_view help, Enum SearchConfig::*member,
                        Enum (*parse)(std::string_view)) {
    return {name, help, [member](const SearchConfig& c) { return std::string(toString(c.*member)); },
            [member, parse](SearchConfig& c, std::string_view text) { c.*member = parse(text); }};
}

ConfigField withDefault(ConfigField field) {
    field.optional = true;
    return field;
}

std::vector<ConfigField> makeFields() {
    using C = SearchConfig;
    return {
        {"primitives", "comma-separated candidate operations of every edge",
         [](const C& c) { return primitiveListToString(c.primitives); },
         [](C& c, std::string_view text) { c.primitives = parsePrimitiveList(text); }},
        integerField("num_graph_nodes", "hidden nodes of the computation graph", &C::num_graph_nodes),
        choiceField("output_type", "real, sigmoid, probability, probability_sample or probability_distribution",
                    &C::output_type, &outputTypeFromString),
        choiceField("darts_type", "original (softmax mixture) or fair (sigmoid mixture)", &C::darts_type,
                    &dartsTypeFromString),
        boolField("train_classifier_coefficients", "learn the output weights instead of fixing them at 1",
                  &C::train_classifier_coefficients),
        boolField("train_classifier_bias", "learn the output bias instead of fixing it at 0", &C::train_classifier_bias),
        integerField("batch_size", "rows per mini-batch", &C::batch_size),
        integerField("max_epochs", "epochs of architecture search per fit", &C::max_epochs),
        integerField("arch_updates_per_epoch", "architecture weight updates per epoch", &C::arch_updates_per_epoch),
        integerField("param_updates_per_epoch", "coefficient updates per epoch", &C::param_updates_per_epoch),
        integerField("param_updates_for_sampled_model", "coefficient updates refitting the sampled model",
                     &C::param_updates_for_sampled_model),
        realField("arch_learning_rate_max", "learning rate of the architecture weights (Adam)",
                  &C::arch_learning_rate_max),
        realField("arch_weight_decay", "L2 decay of the architecture weights", &C::arch_weight_decay),
        realField("arch_weight_decay_df", "complexity penalty per coefficient of an operation", &C::arch_weight_decay_df),
        realField("arch_weight_decay_base", "penalty on every operation other than none", &C::arch_weight_decay_base),
        realField("arch_momentum", "kept for compatibility; only second-order DARTS would use it", &C::arch_momentum),
        realField("fair_darts_loss_weight", "fair DARTS: how hard weights are pushed to 0 or 1",
                  &C::fair_darts_loss_weight),
        realField("param_learning_rate_max", "coefficient learning rate at the start of each run",
                  &C::param_learning_rate_max),
        realField("param_learning_rate_min", "coefficient learning rate at the end of each run",
                  &C::param_learning_rate_min),
        realField("param_momentum", "momentum of the coefficient updates", &C::param_momentum),
        realField("param_weight_decay", "L2 decay of the coefficients", &C::param_weight_decay),
        realField("classifier_weight_decay", "extra decay of trainable output weights", &C::classifier_weight_decay),
        realField("grad_clip", "largest gradient norm of a coefficient update", &C::grad_clip),
        choiceField("sampling_strategy", "max (largest weight per edge) or sample (draw from the weights)",
                    &C::sampling_strategy, &samplingStrategyFromString),
        integerField("seed", "random seed; the same seed repeats a run exactly", &C::seed),
        boolField("polish", "Levenberg-Marquardt on the final model's coefficients (false: as the reference)",
                  &C::polish),
        // Added after the first session files: those files lack them and read as the defaults.
        withDefault(realField("validation_share", "share of the rows held out for validation (0: none)",
                              &C::validation_share)),
        withDefault(integerField("validation_seed", "which rows are held out for validation", &C::validation_seed)),
        withDefault(boolField("product_nodes", "hidden nodes may multiply their inputs instead of adding them",
                              &C::product_nodes)),
        withDefault(boolField("domain_safety",
                              "keep ln, powers and reciprocals inside their domain (not offered on input columns "
                              "outside it, bent smoothly elsewhere)",
                              &C::domain_safety)),
        withDefault(boolField("refine",
                              "after sampling, try other primitives, dropped edges and node kinds, refitted, and "
                              "keep what lowers the held-out error",
                              &C::refine)),
        withDefault(integerField("refine_evaluations", "most architectures one refinement refits",
                                 &C::refine_evaluations)),
        withDefault(realField("parsimony",
                              "prefer the simplest model unless another's held-out error is lower by more than this "
                              "many standard errors (0: the lowest held-out error wins)",
                              &C::parsimony)),
    };
}

}  // namespace

const std::vector<ConfigField>& configFields() {
    static const std::vector<ConfigField> fields = makeFields();
    return fields;
}

const ConfigField* findConfigField(std::string_view name) {
    std::string snake(name);
    for (char& ch : snake)
        if (ch == '-') ch = '_';
    for (const ConfigField& f : configFields())
        if (f.name == snake) return &f;
    return nullptr;
}

}  // namespace darts
