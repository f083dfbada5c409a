#pragma once
/// @brief The built-in example data sets, each with the settings of its classic run.

#include "data/table.h"
#include "search/search_config.h"

#include <string>
#include <string_view>
#include <vector>

namespace darts {

struct Example {
    std::string_view name;     ///< for --example, e.g. "seed"
    std::string_view title;    ///< for menus
    std::string_view law;      ///< the generating law as told to people, noise included, e.g. "... + noise"
    std::string_view formula;  ///< the same law without its noise, as Formula::parse reads it: the true-law overlay
    std::string_view csv;      ///< the data, embedded at build time
    SearchConfig config;       ///< the run this example is known for
};

const std::vector<Example>& builtInExamples();
/// The example of that name; throws DataError listing the names when there is none.
const Example& findExample(std::string_view name);
Table exampleTable(const Example& example);
/// The example whose descriptive `law` text is `law`, or nullptr: a table shown with that text is that example's.
const Example* findExampleByLaw(std::string_view law);

}  // namespace darts
