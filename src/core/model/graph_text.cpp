#include "model/graph_text.h"

#include "model/sampled_model.h"
#include "model/term_text.h"
#include "util/number_text.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace darts {
namespace {

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + "\"";
}

// Opacity 0..1 as two hex digits of an #RRGGBBAA colour.
std::string hexByte(double fraction) {
    const auto value = static_cast<unsigned>(std::lround(255.0 * fraction));
    const char* digits = "0123456789ABCDEF";
    return {digits[value >> 4], digits[value & 15]};
}

// Node identifiers are positional, so that any column name is safe; labels carry the names.
std::string nodeId(const Network& net, int source) {
    return source < net.inputCount() ? "in" + std::to_string(source) : "k" + std::to_string(source - net.inputCount());
}

// `hiddenLabels`: per hidden node its label ("k1", or with how it combines its edges).
void writeNodes(std::ostringstream& out, const Network& net, const std::vector<std::string>& inputNames,
                const std::vector<std::string>& outputNames, const std::vector<std::string>& hiddenLabels) {
    out << "digraph model {\n"
           "  rankdir=LR;\n"
           "  node [style=filled, shape=ellipse, fontname=\"Helvetica\"];\n"
           "  edge [fontname=\"Helvetica\", fontsize=10];\n";
    for (int i = 0; i < net.inputCount(); ++i)
        out << "  in" << i << " [label=" << quoted(inputNames[i]) << ", fillcolor=\"#F1EDB9\"];\n";
    for (int j = 0; j < net.hiddenCount(); ++j)
        out << "  k" << j << " [label=" << quoted(hiddenLabels[static_cast<std::size_t>(j)]) << ", fillcolor=\"#BBCCF9\"];\n";
    for (int o = 0; o < net.outputCount(); ++o)
        out << "  out" << o << " [label=" << quoted(outputNames[o]) << ", fillcolor=\"#CBE7C7\"];\n";
    // Inputs in the first column and outputs in the last, even when an input feeds only a later node.
    out << "  { rank=source;";
    for (int i = 0; i < net.inputCount(); ++i) out << " in" << i << ";";
    out << " }\n  { rank=sink;";
    for (int o = 0; o < net.outputCount(); ++o) out << " out" << o << ";";
    out << " }\n";
}

// `reads(j, o)`: whether the output draws on hidden node j (a model's empty or unread nodes get no arrow).
template <typename Reads>
void writeOutputArrows(std::ostringstream& out, const Network& net, Reads reads) {
    const NumberStyle twoDecimals{true, 2};
    for (int j = 0; j < net.hiddenCount(); ++j)
        for (int o = 0; o < net.outputCount(); ++o)
            if (reads(j, o))
                out << "  k" << j << " -> out" << o << " [label=" << quoted(twoDecimals.format(net.classifierWeight(o, j)))
                    << "];\n";
    out << "}\n";
}

}  // namespace

std::string mixtureDot(const Network& net, const Eigen::MatrixXd& weights, const std::vector<std::string>& inputNames,
                       const std::vector<std::string>& outputNames) {
    std::ostringstream out;
    std::vector<std::string> labels;
    const Eigen::MatrixXd nodeWeights = mixtureWeightsOf(net.nodeAlpha(), net.dartsType());
    for (int j = 0; j < net.hiddenCount(); ++j) {
        labels.push_back(SampledModel::hiddenName(j));
        // With product nodes, how much of each way the node combines its edges: "k1 (+ 40%, × 60%)".
        if (net.hasProductNodes())
            labels.back() += " (+ " + formatFixed(100.0 * nodeWeights(j, 0), 0) + "%, × " +
                             formatFixed(100.0 * nodeWeights(j, 1), 0) + "%)";
    }
    writeNodes(out, net, inputNames, outputNames, labels);
    for (int e = 0; e < net.edgeCount(); ++e) {
        Eigen::Index leader;
        const double w = weights.row(e).maxCoeff(&leader);
        const Primitive p = net.primitives()[static_cast<std::size_t>(leader)];
        // Opacity and width follow the weight; an edge led by none fades almost away.
        const double strength = p == Primitive::None ? 0.15 : std::clamp(w, 0.15, 1.0);
        const std::string style = "penwidth=" + formatFixed(0.5 + 3.5 * strength, 2) + ", color=\"#1F3A93" +
                                  hexByte(strength) + "\", fontcolor=\"#000000" + hexByte(std::max(strength, 0.45)) + "\"";
        const std::string label = std::string(primitiveInfo(p).name) + " " + formatFixed(100.0 * w, 0) + "%";
        out << "  " << nodeId(net, net.edges()[e].source) << " -> k" << net.edges()[e].target << " [id=\"e" << e
            << "\", label=" << quoted(label) << ", " << style << "];\n";
    }
    writeOutputArrows(out, net, [](int, int) { return true; });
    return out.str();
}

std::string sampledModelDot(const SampledModel& model) {
    const Network& net = model.network();
    const NumberStyle twoDecimals{true, 2};
    std::ostringstream out;
    std::vector<std::string> labels;
    for (int j = 0; j < net.hiddenCount(); ++j)
        labels.push_back(SampledModel::hiddenName(j) + (net.nodeKind(j) == NodeKind::Product ? " ×" : ""));
    writeNodes(out, net, model.inputNames(), model.outputNames(), labels);
    for (int e = 0; e < net.edgeCount(); ++e) {
        if (model.primitive(e) == Primitive::None) continue;
        const std::vector<double> c = model.coefficients(e);
        out << "  " << nodeId(net, net.edges()[e].source) << " -> k" << net.edges()[e].target << " [id=\"e" << e
            << "\", label=" << quoted(termText(model.primitive(e), c.data(), "x", twoDecimals, Notation::Console))
            << "];\n";
    }
    writeOutputArrows(out, net, [&model](int j, int o) { return model.outputReads(j, o); });
    return out.str();
}

}  // namespace darts
