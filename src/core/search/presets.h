#pragma once
/// @brief Named bundles of settings ("discovery") that the command line, the window and the Python
/// module apply the same way: the preset first, then whatever the user set explicitly.

#include "search/search_config.h"

#include <string_view>
#include <utility>
#include <vector>

namespace darts {

struct SearchPreset {
    std::string_view name;         ///< "discovery"
    std::string_view description;  ///< one line, for --help and tooltips
    /// Settings by their reference names and text values (see configFields), applied in order.
    std::vector<std::pair<std::string_view, std::string_view>> settings;
    int restarts = 1;  ///< starts of a multi-start (seeds seed, seed + 1, ...); 1: a single search
};

/// Every preset, in the order they are offered.
const std::vector<SearchPreset>& searchPresets();
/// The preset of that name; throws std::invalid_argument listing the names when there is none.
const SearchPreset& findSearchPreset(std::string_view name);
/// `config` with the preset's settings applied (the others as they were).
SearchConfig withPreset(const SearchPreset& preset, SearchConfig config);

}  // namespace darts
