#pragma once
/// @brief The settings of SearchConfig as a table of named fields with text
/// accessors, so that the command line, files and forms share one list.

#include "search/search_config.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

struct ConfigField {
    std::string_view name;  ///< the reference's name, e.g. "arch_learning_rate_max"
    std::string_view help;  ///< one line, in our own words
    std::function<std::string(const SearchConfig&)> get;
    /// Parses and stores a value; throws std::invalid_argument naming the field and what was expected.
    std::function<void(SearchConfig&, std::string_view)> set;
    /// A file without this field means the default (fields added after files were first written).
    bool optional = false;
};

const std::vector<ConfigField>& configFields();
/// The field of that name (reference spelling, or kebab-case), or nullptr.
const ConfigField* findConfigField(std::string_view name);

}  // namespace darts
