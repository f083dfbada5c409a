#pragma once
/// @brief The discrete model drawn from the architecture weights: one
/// primitive per edge, refitted coefficients; predicts, writes its equations
/// (console and LaTeX) and its Graphviz DOT text.

#include "network/network.h"
#include "model/term_text.h"

#include <string>
#include <vector>

namespace darts {

class SampledModel {
public:
    /// `network` must be fixed (fixArchitecture). Names label the inputs and outputs.
    SampledModel(Network network, std::vector<std::string> inputNames, std::vector<std::string> outputNames);

    const Network& network() const { return m_network; }
    Network& network() { return m_network; }
    const std::vector<std::string>& inputNames() const { return m_inputNames; }
    const std::vector<std::string>& outputNames() const { return m_outputNames; }

    /// Predictions (output function applied), rows x outputs. Not for use from two threads at once.
    Eigen::MatrixXd predict(const Eigen::Ref<const Eigen::MatrixXd>& X) const;

    Primitive primitive(int edge) const;
    std::vector<double> coefficients(int edge) const;
    /// Name of an edge's source node (an input name or "k<j>").
    std::string sourceName(int edge) const;
    static std::string hiddenName(int node) { return "k" + std::to_string(node + 1); }
    /// Trainable coefficients the model uses: its primitives' and the trainable output weights.
    int parameterCount() const;
    /// Indices into network().parameters() of those coefficients (a node without edges is 0: its output
    /// weight is not counted).
    std::vector<int> parameterIndices() const;
    /// Operations the model applies: one per edge other than none, one per product node.
    int operationCount() const;
    /// The same operations weighted by operationCost (a product node costs 1).
    int operationCost() const;
    /// What models are compared by when simpler is better: parameterCount() + operationCost().
    int complexity() const { return parameterCount() + operationCost(); }
    /// Whether every edge into the hidden node is none (the node is 0).
    bool nodeIsEmpty(int node) const;
    /// Whether the output takes the node into account: always with the reference's fixed output weights;
    /// with trainable ones, unless the node is 0 or its weight is held at 0 (Architecture::outputLinks).
    bool outputReads(int node, int output) const;

    /// One line per hidden node ("k1 = ..."), then one per output.
    std::vector<std::string> equations(NumberStyle style = {}) const;
    std::vector<std::string> latexEquations(NumberStyle style = {}) const;
    /// Graphviz DOT: inputs, hidden nodes and outputs left to right, arrows labelled
    /// with formulas and coefficients (2 decimals), the reference's colours.
    std::string dot() const;

private:
    std::vector<std::string> render(Notation notation, NumberStyle style) const;

    mutable Network m_network;  // forward passes use its workspace
    std::vector<std::string> m_inputNames;
    std::vector<std::string> m_outputNames;
};

/// Fit figures of predictions against targets (both n x o).
struct FitMetrics {
    double mse = 0.0;  ///< mean squared error over all entries
    double r2 = 0.0;   ///< coefficient of determination, averaged over outputs
};
FitMetrics fitMetrics(const Eigen::MatrixXd& predictions, const Eigen::MatrixXd& targets);

}  // namespace darts
