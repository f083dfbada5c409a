#include "data/examples.h"

#include "example_data.h"  // generated from resources/examples at configure time

namespace darts {
namespace {

// Settings found by trying seeds and search spaces on these data sets; they
// are starting points for a lesson, not the only runs that work.
SearchConfig stevensConfig() {
    SearchConfig c;
    c.num_graph_nodes = 2;
    c.primitives = {Primitive::None, Primitive::LinearLn, Primitive::LinearExp, Primitive::Mult};
    c.train_classifier_coefficients = true;
    c.max_epochs = 300;
    c.arch_updates_per_epoch = 10;
    c.param_updates_per_epoch = 50;
    c.seed = 2;
    return c;
}

// A - B*exp(-r*t): one node choosing between a line and an exponential, and a trained output layer.
SearchConfig learningCurveConfig() {
    SearchConfig c;
    c.num_graph_nodes = 1;
    c.primitives = {Primitive::Linear, Primitive::LinearExp};
    c.train_classifier_coefficients = true;
    c.train_classifier_bias = true;
    c.max_epochs = 300;
    c.arch_updates_per_epoch = 10;
    c.param_updates_per_epoch = 50;
    c.seed = 1;
    return c;
}

}  // namespace

const std::vector<Example>& builtInExamples() {
    static const std::vector<Example> examples = {
        {"seed", "Seed example: a sum of a line and an exponential", "y = 2*x1 + exp(5*x2)", "y = 2*x1 + exp(5*x2)",
         kSeedExampleCsv,
         seedDocumentConfig()},
        {"weber-fechner", "Weber-Fechner law: perceived difference of two stimuli",
         "difference_detected = ln(S2/S1) + noise", "difference_detected = ln(S2/S1)", kWeberFechnerCsv, weberFechnerConfig()},
        {"stevens", "Stevens' power law: perceived magnitude of a stimulus",
         "perceived_magnitude = intensity^0.67 (2% noise)", "perceived_magnitude = intensity^0.67",
         kStevensPowerLawCsv, stevensConfig()},
        {"learning-curve", "Exponential learning curve: accuracy over practice trials",
         "accuracy = 0.95 - 0.75*exp(-0.08*trial) + noise",
         "accuracy = 0.95 - 0.75*exp(-0.08*trial)", kLearningCurveCsv, learningCurveConfig()},
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

const Example* findExampleByLaw(std::string_view law) {
    for (const Example& e : builtInExamples())
        if (e.law == law) return &e;
    return nullptr;
}

}  // namespace darts
