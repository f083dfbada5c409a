#pragma once
/// @brief A discrete model's structure: what each edge applies, how each hidden node combines its
/// edges, and which hidden nodes the output layer reads.

#include <tuple>
#include <vector>

namespace darts {

/// How a hidden node combines its incoming edges.
enum class NodeKind : int { Sum = 0, Product = 1 };

struct Architecture {
    std::vector<int> choices;      ///< per edge, the index of its primitive in the settings' primitives
    std::vector<int> nodeKinds;    ///< per hidden node, NodeKind as int; empty: every node sums
    /// Per output weight (W's order: hidden node by hidden node, output by output), 1 when the output
    /// reads that node, 0 when its weight is held at 0 (the node is only an intermediate step); empty:
    /// every weight is read. Only a trainable output layer can leave a node out.
    std::vector<int> outputLinks;
    /// Per output, 1 when it adds its bias, 0 when the bias is held at 0 (a law without an offset); empty:
    /// every bias. Only a trainable bias can be left out.
    std::vector<int> outputBiases;
    bool operator==(const Architecture&) const = default;
    // Not <=>: Qt's moc cannot parse <compare>, which the GUI's headers would bring in through this one.
    bool operator<(const Architecture& o) const {
        return std::tie(choices, nodeKinds, outputLinks, outputBiases) <
               std::tie(o.choices, o.nodeKinds, o.outputLinks, o.outputBiases);
    }
};

}  // namespace darts
