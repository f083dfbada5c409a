#include "model/sampled_model.h"

#include "model/graph_text.h"
#include "network/output_function.h"

#include <stdexcept>

namespace darts {

SampledModel::SampledModel(Network network, std::vector<std::string> inputNames, std::vector<std::string> outputNames)
    : m_network(std::move(network)), m_inputNames(std::move(inputNames)), m_outputNames(std::move(outputNames)) {
    if (!m_network.isFixed()) throw std::invalid_argument("a sampled model needs a fixed architecture");
    if (static_cast<int>(m_inputNames.size()) != m_network.inputCount() ||
        static_cast<int>(m_outputNames.size()) != m_network.outputCount())
        throw std::invalid_argument("a sampled model needs one name per input and per output");
}

Eigen::MatrixXd SampledModel::predict(const Eigen::Ref<const Eigen::MatrixXd>& X) const { return m_network.predict(X); }

Primitive SampledModel::primitive(int edge) const { return m_network.primitives()[m_network.choices()[edge]]; }

std::vector<double> SampledModel::coefficients(int edge) const {
    const int m = m_network.choices()[edge];
    const int offset = m_network.coefficientOffset(edge, m);
    const int count = primitiveInfo(primitive(edge)).coefficientCount;
    return {m_network.parameters().data() + offset, m_network.parameters().data() + offset + count};
}

std::string SampledModel::sourceName(int edge) const {
    const int s = m_network.edges()[edge].source;
    return s < m_network.inputCount() ? m_inputNames[s] : hiddenName(s - m_network.inputCount());
}

bool SampledModel::nodeIsEmpty(int node) const {
    for (int e = 0; e < m_network.edgeCount(); ++e)
        if (m_network.edges()[e].target == node && primitive(e) != Primitive::None) return false;
    return true;
}

bool SampledModel::outputReads(int node, int output) const {
    if (!m_network.hasTrainableOutputWeights()) return true;
    return !nodeIsEmpty(node) && m_network.architecture().outputLinks[static_cast<std::size_t>(node * m_network.outputCount() + output)];
}

std::vector<int> SampledModel::parameterIndices() const {
    std::vector<int> indices;
    for (int e = 0; e < m_network.edgeCount(); ++e) {
        const int offset = m_network.coefficientOffset(e, m_network.choices()[e]);
        for (int c = 0; c < primitiveInfo(primitive(e)).coefficientCount; ++c) indices.push_back(offset + c);
    }
    // The weight of a node that is 0 (no edge) changes nothing: it is not one of the model's coefficients.
    for (int j = 0; j < m_network.hiddenCount(); ++j)
        for (int o = 0; o < m_network.outputCount(); ++o) {
            const int k = m_network.classifierWeightOffset() + j * m_network.outputCount() + o;
            if (m_network.trainableMask()[k] != 0.0 && outputReads(j, o)) indices.push_back(k);
        }
    for (int o = 0; o < m_network.outputCount(); ++o)
        if (const int k = m_network.classifierBiasOffset() + o; m_network.trainableMask()[k] != 0.0) indices.push_back(k);
    return indices;
}

int SampledModel::parameterCount() const { return static_cast<int>(parameterIndices().size()); }

int SampledModel::operationCost() const {
    int cost = 0;
    for (int e = 0; e < m_network.edgeCount(); ++e) cost += darts::operationCost(primitive(e));
    for (int j = 0; j < m_network.hiddenCount(); ++j) cost += m_network.nodeKind(j) == NodeKind::Product ? 1 : 0;
    return cost;
}

int SampledModel::operationCount() const {
    int count = 0;
    for (int e = 0; e < m_network.edgeCount(); ++e) count += primitive(e) != Primitive::None ? 1 : 0;
    for (int j = 0; j < m_network.hiddenCount(); ++j) count += m_network.nodeKind(j) == NodeKind::Product ? 1 : 0;
    return count;
}

std::vector<std::string> SampledModel::render(Notation notation, NumberStyle style) const {
    const bool latex = notation == Notation::Latex;
    auto name = [&](const std::string& plain) { return latex ? latexName(plain) : plain; };
    auto operand = [&](const std::string& plain) { return name(plain); };
    const std::string equals = " = ";
    std::vector<std::string> lines;
    const Network& net = m_network;
    for (int j = 0; j < net.hiddenCount(); ++j) {
        std::vector<std::string> terms;
        for (int e = 0; e < net.edgeCount(); ++e) {
            if (net.edges()[e].target != j) continue;
            const std::vector<double> c = coefficients(e);
            terms.push_back(termText(primitive(e), c.data(), operand(sourceName(e)), style, notation));
        }
        const bool product = net.nodeKind(j) == NodeKind::Product;
        lines.push_back(name(hiddenName(j)) + equals + (product ? joinProduct(terms, notation) : joinSum(terms)));
    }
    const OutputType type = net.outputType();
    const bool softmax = type == OutputType::ProbabilityDistribution;
    std::vector<std::string> rawOutputs;
    for (int o = 0; o < net.outputCount(); ++o) {
        std::vector<std::string> terms;
        for (int j = 0; j < net.hiddenCount(); ++j) {
            if (!outputReads(j, o)) continue;
            const double w = net.classifierWeight(o, j);
            const std::string k = name(hiddenName(j));
            if (w == 1.0)
                terms.push_back(k);
            else if (w == -1.0)
                terms.push_back("-" + k);
            else if (w != 0.0)
                terms.push_back(style.format(w, notation) + (latex ? " " : "*") + k);
        }
        if (net.classifierBias(o) != 0.0) terms.push_back(style.format(net.classifierBias(o), notation));
        rawOutputs.push_back(joinSum(terms));
    }
    const std::string function = outputFunctionName(type);
    if (softmax) {
        std::string arguments;
        for (int o = 0; o < net.outputCount(); ++o) {
            const std::string z = latex ? "z_{" + std::to_string(o + 1) + "}" : "z" + std::to_string(o + 1);
            lines.push_back(z + equals + rawOutputs[o]);
            arguments += (o ? ", " : "") + z;
        }
        for (int o = 0; o < net.outputCount(); ++o)
            lines.push_back(name(m_outputNames[o]) + equals +
                            (latex ? "\\mathrm{softmax}\\left(" + arguments + "\\right)_{" + std::to_string(o + 1) + "}"
                                   : "softmax(" + arguments + ")[" + std::to_string(o + 1) + "]"));
        return lines;
    }
    for (int o = 0; o < net.outputCount(); ++o) {
        std::string rhs = rawOutputs[o];
        if (!function.empty()) rhs = latex ? "\\sigma\\left(" + rhs + "\\right)" : function + "(" + rhs + ")";
        lines.push_back(name(m_outputNames[o]) + equals + rhs);
    }
    return lines;
}

std::vector<std::string> SampledModel::equations(NumberStyle style) const { return render(Notation::Console, style); }

std::vector<std::string> SampledModel::latexEquations(NumberStyle style) const { return render(Notation::Latex, style); }

std::string SampledModel::dot() const { return sampledModelDot(*this); }

FitMetrics fitMetrics(const Eigen::MatrixXd& predictions, const Eigen::MatrixXd& targets) {
    FitMetrics m;
    const Eigen::MatrixXd residual = predictions - targets;
    m.mse = residual.squaredNorm() / static_cast<double>(residual.size());
    double r2 = 0.0;
    for (Eigen::Index o = 0; o < targets.cols(); ++o) {
        const double mean = targets.col(o).mean();
        const double total = (targets.col(o).array() - mean).square().sum();
        const double unexplained = residual.col(o).squaredNorm();
        // A constant target is explained perfectly or not at all (as scikit-learn scores it).
        r2 += total > 0.0 ? 1.0 - unexplained / total : (unexplained == 0.0 ? 1.0 : 0.0);
    }
    m.r2 = r2 / static_cast<double>(targets.cols());
    return m;
}

}  // namespace darts
