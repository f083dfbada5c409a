#include "data/examples.h"

#include "example_data.h"  // generated from resources/examples at configure time

namespace darts {

const std::vector<Example>& builtInExamples() {
    static const std::vector<Example> examples = {
        {"seed", "Seed example: a sum of a line and an exponential", "y = 2*x1 + exp(5*x2)", kSeedExampleCsv,
         seedDocumentConfig()},
        {"weber-fechner", "Weber-Fechner law: perceived difference of two stimuli",
         "difference_detected = ln(S2/S1) + noise", kWeberFechnerCsv, weberFechnerConfig()},
    };
    return examples;
}

const Example& findExample(std::string_view name) {
    std::string names;
    for (const Example& e : builtInExamples()) {
        if (e.name == name) return e;
        names += (names.empty() ? "" : ", ") + std::string(e.name);
    }
    throw DataError("unknown example '" + std::string(name) + "'; the examples are: " + names);
}

Table exampleTable(const Example& example) { return parseTable(example.csv, std::string(example.name)); }

}  // namespace darts
