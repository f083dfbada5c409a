#include "search/presets.h"

#include "search/config_fields.h"

#include <stdexcept>
#include <string>

namespace darts {

const std::vector<SearchPreset>& searchPresets() {
    static const std::vector<SearchPreset> presets = {
        {"discovery",
         "finds laws with products, ratios and powers: product nodes, the power primitive, domain safety, "
         "refinement, a preference for simpler equations, a trainable output layer, 20% of the rows held out, "
         "8 starts",
         {
             {"primitives", "none,add,subtract,mult,linear,linear_exp,linear_ln,linear_logistic,reciprocal,power"},
             {"num_graph_nodes", "3"},
             {"product_nodes", "true"},
             {"domain_safety", "true"},
             {"refine", "true"},
             {"parsimony", "2"},
             {"train_classifier_coefficients", "true"},
             {"train_classifier_bias", "true"},
             {"max_epochs", "300"},
             {"param_updates_per_epoch", "20"},
             {"validation_share", "0.2"},
         },
         8},
    };
    return presets;
}

const SearchPreset& findSearchPreset(std::string_view name) {
    std::string names;
    for (const SearchPreset& preset : searchPresets()) {
        if (preset.name == name) return preset;
        names += (names.empty() ? "" : ", ") + std::string(preset.name);
    }
    throw std::invalid_argument("unknown preset '" + std::string(name) + "'; the presets are: " + names);
}

SearchConfig withPreset(const SearchPreset& preset, SearchConfig config) {
    for (const auto& [name, value] : preset.settings) findConfigField(name)->set(config, value);
    return config;
}

}  // namespace darts
