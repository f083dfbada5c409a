#pragma once
/// @brief The built-in example data sets, each with the settings of its classic run.

#include "data/table.h"
#include "search/search_config.h"

#include <string>
#include <string_view>
#include <vector>

namespace darts {

struct Example {
    std::string_view name;   ///< for --example, e.g. "seed"
    std::string_view title;  ///< for menus
    std::string_view law;    ///< the generating law, e.g. "y = 2*x1 + exp(5*x2)"
    std::string_view csv;    ///< the data, embedded at build time
    SearchConfig config;     ///< the run this example is known for
};

const std::vector<Example>& builtInExamples();
/// The example of that name; throws DataError listing the names when there is none.
const Example& findExample(std::string_view name);
Table exampleTable(const Example& example);

}  // namespace darts
