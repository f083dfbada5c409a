#pragma once
/// @brief Graphviz DOT text of the live mixture and of a sampled model, in the
/// reference's layout and colours. Every edge carries id="e<index>" so that a
/// viewer can map a drawn arrow back to its edge.

#include "network/network.h"

#include <string>
#include <vector>

namespace darts {

class SampledModel;

/// Every edge drawn with width and opacity by its leading primitive's weight,
/// labelled with that primitive's name and weight. `weights` is edges x primitives.
std::string mixtureDot(const Network& network, const Eigen::MatrixXd& weights,
                       const std::vector<std::string>& inputNames, const std::vector<std::string>& outputNames);

/// One arrow per edge whose primitive is not none, labelled with its formula and
/// coefficients (2 decimals); arrows from each hidden node to each output with its weight.
std::string sampledModelDot(const SampledModel& model);

}  // namespace darts
