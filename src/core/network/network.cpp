#include "network/network.h"

#include "network/output_function.h"
#include "util/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace darts {

Network::Network(int inputs, int outputs, const SearchConfig& config, std::mt19937_64& rng)
    : m_inputs(inputs),
      m_hidden(config.num_graph_nodes),
      m_outputs(outputs),
      m_primitives(config.primitives),
      m_outputType(config.output_type),
      m_dartsType(config.darts_type),
      m_domainSafety(config.domain_safety),
      m_inputMargin(static_cast<std::size_t>(std::max(inputs, 0)), config.domain_safety ? kDomainMargin : 0.0),
      m_hiddenMargin(config.domain_safety ? kDomainMargin : 0.0),
      m_productNodes(config.product_nodes) {
    if (inputs < 1) throw std::invalid_argument("the network needs at least one input");
    if (outputs < 1) throw std::invalid_argument("the network needs at least one output");
    if (m_hidden < 1) throw std::invalid_argument("num_graph_nodes must be at least 1");
    if (m_primitives.empty()) throw std::invalid_argument("at least one primitive must be enabled");

    for (int j = 0; j < m_hidden; ++j)
        for (int s = 0; s < m_inputs + j; ++s) m_edges.push_back({s, j});

    const int E = edgeCount(), M = primitiveCount();
    m_alpha.resize(E, M);
    for (int e = 0; e < E; ++e)
        for (int m = 0; m < M; ++m) m_alpha(e, m) = 1e-3 * standardNormal(rng);

    int count = 0;
    m_coeffOffset.resize(static_cast<std::size_t>(E * M));
    for (int e = 0; e < E; ++e)
        for (int m = 0; m < M; ++m) {
            m_coeffOffset[e * M + m] = count;
            count += primitiveInfo(m_primitives[m]).coefficientCount;
        }
    m_classifierOffset = count;
    const int classifierCount = m_outputs * m_hidden + m_outputs;
    m_params.resize(count + classifierCount);
    m_trainable.setOnes(count + classifierCount);
    for (int e = 0; e < E; ++e)
        for (int m = 0; m < M; ++m) {
            const PrimitiveInfo& info = primitiveInfo(m_primitives[m]);
            for (int c = 0; c < info.coefficientCount; ++c)
                m_params[m_coeffOffset[e * M + m] + c] = initialCoefficient(info.coefficients[c], uniform(rng, -1.0, 1.0));
        }
    // Trainable output weights start like a K-in linear layer; fixed ones are 1 and 0.
    const double bound = 1.0 / std::sqrt(static_cast<double>(m_hidden));
    for (int i = 0; i < m_outputs * m_hidden; ++i) {
        const int k = m_classifierOffset + i;
        m_params[k] = config.train_classifier_coefficients ? uniform(rng, -bound, bound) : 1.0;
        m_trainable[k] = config.train_classifier_coefficients ? 1.0 : 0.0;
    }
    for (int i = 0; i < m_outputs; ++i) {
        const int k = classifierBiasOffset() + i;
        m_params[k] = config.train_classifier_bias ? uniform(rng, -bound, bound) : 0.0;
        m_trainable[k] = config.train_classifier_bias ? 1.0 : 0.0;
    }

    // Drawn last, so that a network without product nodes draws exactly what it always did.
    if (m_productNodes) {
        m_nodeAlpha.resize(m_hidden, 2);
        for (int j = 0; j < m_hidden; ++j)
            for (int k = 0; k < 2; ++k) m_nodeAlpha(j, k) = 1e-3 * standardNormal(rng);
        m_nodeAlphaGrad.setZero(m_hidden, 2);
        m_nodeWeightGrad.setZero(m_hidden, 2);
    }

    for (int m = 0; m < M; ++m) {
        const Primitive p = m_primitives[m];
        const PrimitiveInfo& info = primitiveInfo(p);
        // Worth keeping: a primitive without coefficients that costs more than reading its input (x and -x do not).
        const bool cacheable = info.coefficientCount == 0 && p != Primitive::None && p != Primitive::Add &&
                               p != Primitive::Subtract;
        m_featureIndex.push_back(cacheable ? m_featuresPerInput++ : -1);
        if (p == Primitive::None) m_noneIndex = m;
    }
    m_available.setOnes(E, M);
    m_trainableBase = m_trainable;
    m_opOutput.resize(static_cast<std::size_t>(E * M), nullptr);
    m_weights.resize(E, M);
    m_alphaGrad.setZero(E, M);
    m_weightGrad.setZero(E, M);
    m_paramGrad.setZero(m_params.size());
}

std::vector<Network::Refusal> Network::restrictToDomains(const Eigen::MatrixXd& X) {
    std::vector<Refusal> refused;
    if (!m_domainSafety) return refused;
    if (X.cols() < m_inputs) throw std::invalid_argument("restrictToDomains: one column per input is needed");
    Eigen::ArrayXXi available = Eigen::ArrayXXi::Ones(edgeCount(), primitiveCount());
    for (int s = 0; s < m_inputs; ++s) {
        const auto column = X.col(s);
        const Eigen::ArrayXd magnitude = column.array().abs();
        const double smallest = (magnitude > 0.0).select(magnitude, std::numeric_limits<double>::infinity()).minCoeff();
        const double scale = std::isfinite(smallest) ? smallest : 1.0;
        m_inputMargin[static_cast<std::size_t>(s)] = kDomainMargin * scale;
        for (int m = 0; m < primitiveCount(); ++m) {
            if (columnInDomain(primitiveInfo(m_primitives[m]).domain, column)) continue;
            refused.push_back({s, m});
            for (int e = 0; e < edgeCount(); ++e)
                if (m_edges[e].source == s) available(e, m) = 0;
        }
    }
    for (int e = 0; e < edgeCount(); ++e)
        if ((available.row(e) == 0).all())
            throw std::invalid_argument("no primitive of the search space can be applied to input " +
                                        std::to_string(m_edges[e].source + 1) + ": add one defined on all its values");
    m_available = available;
    m_weightsStale = true;
    return refused;
}

bool Network::hasTrainableOutputWeights() const {
    return (m_trainableBase.segment(m_classifierOffset, m_outputs * m_hidden) != 0.0).all();
}

bool Network::hasTrainableOutputBias() const {
    return (m_trainableBase.segment(classifierBiasOffset(), m_outputs) != 0.0).all();
}

void Network::fixArchitecture(Architecture a) {
    const auto hidden = static_cast<std::size_t>(m_hidden);
    const auto weights = static_cast<std::size_t>(m_hidden * m_outputs);
    if (static_cast<int>(a.choices.size()) != edgeCount())
        throw std::invalid_argument("fixArchitecture: one choice per edge is needed");
    for (int choice : a.choices)
        if (choice < 0 || choice >= primitiveCount())
            throw std::invalid_argument("fixArchitecture: a choice is not one of the primitives");
    if (a.nodeKinds.empty()) a.nodeKinds.assign(hidden, static_cast<int>(NodeKind::Sum));
    if (a.outputLinks.empty()) a.outputLinks.assign(weights, 1);
    if (a.outputBiases.empty()) a.outputBiases.assign(static_cast<std::size_t>(m_outputs), 1);
    if (a.nodeKinds.size() != hidden) throw std::invalid_argument("fixArchitecture: one kind per hidden node is needed");
    if (a.outputLinks.size() != weights)
        throw std::invalid_argument("fixArchitecture: one link per output weight is needed");
    if (a.outputBiases.size() != static_cast<std::size_t>(m_outputs))
        throw std::invalid_argument("fixArchitecture: one bias flag per output is needed");
    for (int kind : a.nodeKinds)
        if (kind != static_cast<int>(NodeKind::Sum) && kind != static_cast<int>(NodeKind::Product))
            throw std::invalid_argument("fixArchitecture: a node is either a sum (0) or a product (1)");
    const bool trainableWeights = hasTrainableOutputWeights();
    for (int j = 0; j < m_hidden; ++j) {
        bool hasEdge = false;
        for (int e = 0; e < edgeCount(); ++e)
            hasEdge = hasEdge || (m_edges[e].target == j && m_primitives[a.choices[e]] != Primitive::None);
        // The empty product would be 1, a constant the output bias already offers.
        if (!hasEdge || !m_productNodes) a.nodeKinds[j] = static_cast<int>(NodeKind::Sum);
        for (int o = 0; o < m_outputs; ++o) {
            int& link = a.outputLinks[static_cast<std::size_t>(j * m_outputs + o)];
            link = !hasEdge || !trainableWeights || link != 0 ? 1 : 0;
        }
    }
    for (std::size_t i = 0; i < weights; ++i) {
        const Eigen::Index k = m_classifierOffset + static_cast<Eigen::Index>(i);
        m_trainable[k] = a.outputLinks[i] ? m_trainableBase[k] : 0.0;
        if (!a.outputLinks[i]) m_params[k] = 0.0;
    }
    for (int o = 0; o < m_outputs; ++o) {
        int& bias = a.outputBiases[static_cast<std::size_t>(o)];
        const Eigen::Index k = classifierBiasOffset() + o;
        bias = m_trainableBase[k] == 0.0 || bias != 0 ? 1 : 0;  // a fixed bias stays what it is
        m_trainable[k] = bias ? m_trainableBase[k] : 0.0;
        if (!bias) m_params[k] = 0.0;
    }
    m_architecture = std::move(a);
    m_fixed = true;
    m_weightsStale = true;
}

bool Network::isActive(int edge, int primitive) const {
    if (m_primitives[primitive] == Primitive::None) return false;  // contributes exactly zero
    if (!m_available(edge, primitive)) return false;  // refused by domain safety: never evaluated
    // A fixed network evaluates only the chosen primitive: the others have weight
    // exactly zero, and skipping them keeps an inf they might produce out of the sum.
    return !m_fixed || m_architecture.choices[edge] == primitive;
}

int Network::featureColumn(int input, int primitive) const {
    return m_featureIndex[primitive] < 0 ? -1 : m_inputs + input * m_featuresPerInput + m_featureIndex[primitive];
}

Eigen::MatrixXd Network::withInputFeatures(const Eigen::MatrixXd& X) const {
    // Memory grows with the data once: the extra columns may take as much as X again, or 16 MiB on small data.
    constexpr Eigen::Index kSmallTableEntries = Eigen::Index{1} << 21;
    const Eigen::Index width = m_inputs + Eigen::Index{m_inputs} * m_featuresPerInput;
    if (m_featuresPerInput == 0 || X.rows() * (width - m_inputs) > std::max(X.size(), kSmallTableEntries)) return {};
    Eigen::MatrixXd table(X.rows(), width);
    table.leftCols(m_inputs) = X;
    for (int s = 0; s < m_inputs; ++s)
        for (int m = 0; m < primitiveCount(); ++m)
            if (const int column = featureColumn(s, m); column >= 0)
                evaluatePrimitive(m_primitives[m], nullptr, X.col(s).data(), table.col(column).data(), X.rows(),
                                  domainMargin(s));
    return table;
}

Eigen::MatrixXd mixtureWeightsOf(const Eigen::MatrixXd& alpha, DartsType type, const Eigen::ArrayXXi& available) {
    const bool masked = available.size() == alpha.size() && (available == 0).any();
    if (type == DartsType::Original) {
        if (!masked) return rowSoftmax(alpha);
        // exp(-inf) is 0: the refused entries drop out of each row's softmax.
        const Eigen::MatrixXd open =
            (available != 0).select(alpha.array(), -std::numeric_limits<double>::infinity()).matrix();
        return rowSoftmax(open);
    }
    Eigen::ArrayXXd weights = 1.0 / (1.0 + (-alpha.array()).exp());
    if (masked) weights *= available.cast<double>();
    return weights.matrix();
}

void Network::updateMixtureWeights() {
    if (m_fixed) {
        if (!m_weightsStale) return;
        m_weights.setZero();
        for (int e = 0; e < edgeCount(); ++e) m_weights(e, m_architecture.choices[e]) = 1.0;
        if (m_productNodes) {
            m_nodeWeights.setZero(m_hidden, 2);
            for (int j = 0; j < m_hidden; ++j) m_nodeWeights(j, m_architecture.nodeKinds[j]) = 1.0;
        }
        m_weightsStale = false;
        return;
    }
    if (m_weightsStale || m_alpha != m_weightsAlpha) {
        m_weights = mixtureWeightsOf(m_alpha, m_dartsType, m_available);
        m_weightsAlpha = m_alpha;
    }
    if (m_productNodes && (m_weightsStale || m_nodeAlpha != m_nodeWeightsAlpha)) {
        m_nodeWeights = mixtureWeightsOf(m_nodeAlpha, m_dartsType);
        m_nodeWeightsAlpha = m_nodeAlpha;
    }
    m_weightsStale = false;
}

const Eigen::MatrixXd& Network::mixtureWeights() {
    updateMixtureWeights();
    return m_weights;
}

const Eigen::MatrixXd& Network::nodeWeights() {
    updateMixtureWeights();
    return m_nodeWeights;
}

void Network::ensureCapacity(Eigen::Index rows) {
    if (rows <= m_capacity) return;
    m_capacity = rows;
    m_nodes.resize(rows, m_inputs + m_hidden);
    m_opValues.resize(rows, edgeCount() * primitiveCount());
    m_nodeGrad.resize(rows, m_hidden);
    m_logits.resize(rows, m_outputs);
    m_logitGrad.resize(rows, m_outputs);
    m_scaledGrad.resize(rows);
    m_scratch.resize(rows);
    if (m_productNodes) {
        m_edgeMix.resize(rows, edgeCount());
        m_edgeFactor.resize(rows, edgeCount());
        m_nodeSum.resize(rows, m_hidden);
        m_nodeProduct.resize(rows, m_hidden);
        m_otherFactors.resize(rows, edgeCount());
        m_edgeGrad.resize(rows);
    }
}

void Network::forward(const Eigen::Ref<const Eigen::MatrixXd>& X, Eigen::Index n) {
    const bool hasFeatures = X.cols() == m_inputs + Eigen::Index{m_inputs} * m_featuresPerInput && m_featuresPerInput > 0;
    if (X.cols() != m_inputs && !hasFeatures)
        throw std::invalid_argument("input matrix has the wrong number of columns");
    ensureCapacity(n);
    m_lastRows = n;
    updateMixtureWeights();
    const int M = primitiveCount();
    m_nodes.topLeftCorner(n, m_inputs) = X.leftCols(m_inputs);
    int e = 0;
    for (int j = 0; j < m_hidden; ++j) {
        const int firstEdge = e;
        auto node = m_nodes.col(m_inputs + j).head(n);
        if (!m_productNodes) node.setZero();
        for (int s = 0; s < m_inputs + j; ++s, ++e) {
            // Without product nodes every edge adds straight into its node (the reference's sum, in its
            // order); with them each edge's mixture is kept apart for the product.
            Eigen::Map<Eigen::VectorXd> target(m_productNodes ? m_edgeMix.col(e).data() : node.data(), n);
            if (m_productNodes) target.setZero();
            const double* source = m_nodes.col(s).data();
            for (int m = 0; m < M; ++m) {
                if (!isActive(e, m)) continue;
                const int feature = hasFeatures && s < m_inputs ? featureColumn(s, m) : -1;
                const double* out = feature >= 0 ? X.col(feature).data() : m_opValues.col(e * M + m).data();
                if (feature < 0)
                    evaluatePrimitive(m_primitives[m], m_params.data() + m_coeffOffset[e * M + m], source,
                                      m_opValues.col(e * M + m).data(), n, domainMargin(s));
                m_opOutput[e * M + m] = out;
                target += m_weights(e, m) * Eigen::Map<const Eigen::VectorXd>(out, n);
            }
        }
        if (m_productNodes) forwardProductNode(j, firstEdge, e - firstEdge, n);
    }
    const Eigen::Map<const Eigen::MatrixXd> W(m_params.data() + m_classifierOffset, m_outputs, m_hidden);
    const Eigen::Map<const Eigen::RowVectorXd> b(m_params.data() + classifierBiasOffset(), m_outputs);
    auto logits = m_logits.topRows(n);
    // lazyProduct: these matrices are a few columns wide, too small for the blocked product.
    logits.noalias() = m_nodes.block(0, m_inputs, n, m_hidden).lazyProduct(W.transpose());
    logits.rowwise() += b;
}

// node = w_sum * sum_e m_e + w_product * prod_e (m_e + w_none,e), where m_e is edge e's mixture of
// the primitives other than none: on a product node none stands for the factor 1 (no edge), not 0.
void Network::forwardProductNode(int j, int firstEdge, int edgeCount, Eigen::Index n) {
    const double sumWeight = m_nodeWeights(j, 0), productWeight = m_nodeWeights(j, 1);
    auto sum = m_nodeSum.col(j).head(n);
    auto product = m_nodeProduct.col(j).head(n);
    sum.setZero();
    product.setOnes();
    for (int e = firstEdge; e < firstEdge + edgeCount; ++e) {
        const double none = m_noneIndex >= 0 ? m_weights(e, m_noneIndex) : 0.0;
        m_edgeFactor.col(e).head(n).array() = m_edgeMix.col(e).head(n).array() + none;
        sum += m_edgeMix.col(e).head(n);
        product.array() *= m_edgeFactor.col(e).head(n).array();
    }
    auto node = m_nodes.col(m_inputs + j).head(n);
    // A fixed node is one or the other: the unused half is not added, so that an overflow there cannot
    // reach the model (0 * inf is NaN).
    if (productWeight == 0.0)
        node = sumWeight * sum;
    else if (sumWeight == 0.0)
        node = productWeight * product;
    else
        node = sumWeight * sum + productWeight * product;
}

void Network::backward(Eigen::Index n, Gradients want) {
    const bool wantCoefficients = want == Gradients::Coefficients;
    const bool wantArchitecture = want == Gradients::Architecture;
    const Eigen::Map<const Eigen::MatrixXd> W(m_params.data() + m_classifierOffset, m_outputs, m_hidden);
    const auto logitGrad = m_logitGrad.topRows(n);
    const auto hidden = m_nodes.block(0, m_inputs, n, m_hidden);

    if (wantCoefficients) {
        m_paramGrad.setZero();
        Eigen::Map<Eigen::MatrixXd> dW(m_paramGrad.data() + m_classifierOffset, m_outputs, m_hidden);
        dW.noalias() = logitGrad.transpose().lazyProduct(hidden);
        m_paramGrad.segment(classifierBiasOffset(), m_outputs) = logitGrad.colwise().sum().transpose();
    }
    if (wantArchitecture) m_weightGrad.setZero();
    m_nodeGrad.topRows(n).noalias() = logitGrad.lazyProduct(W);

    // Hidden nodes in reverse order: when node j is reached, every later node
    // has already added its share to dLoss/dnode_j.
    for (int j = m_hidden - 1; j >= 0; --j) {
        const int firstEdge = j * m_inputs + j * (j - 1) / 2;
        if (m_productNodes) {
            backwardProductNode(j, firstEdge, m_inputs + j, n, want);
            continue;
        }
        for (int s = 0; s < m_inputs + j; ++s) backpropagateEdge(firstEdge + s, s, m_nodeGrad.col(j).head(n).array(), n, want);
    }
    if (wantCoefficients) m_paramGrad.array() *= m_trainable;

    if (wantArchitecture) {
        if (m_dartsType == DartsType::Original) {
            // d softmax: dL/dalpha_m = w_m * (dL/dw_m - sum_k w_k dL/dw_k)
            for (int e = 0; e < edgeCount(); ++e) {
                const double mean = m_weights.row(e).dot(m_weightGrad.row(e));
                m_alphaGrad.row(e) = (m_weights.row(e).array() * (m_weightGrad.row(e).array() - mean)).matrix();
            }
        } else {
            m_alphaGrad = (m_weightGrad.array() * m_weights.array() * (1.0 - m_weights.array())).matrix();
        }
        if (m_productNodes) {
            const Eigen::ArrayXXd w = m_nodeWeights.array(), wg = m_nodeWeightGrad.array();
            if (m_dartsType == DartsType::Original)
                m_nodeAlphaGrad = (w * (wg.colwise() - (w * wg).rowwise().sum())).matrix();
            else
                m_nodeAlphaGrad = (wg * w * (1.0 - w)).matrix();
        }
    }
}

// Edge e (from node `source`) given dLoss/d(its mixture) per row: the mixture weights' gradients, then
// through each primitive to its coefficients and, from a hidden node, to that node.
void Network::backpropagateEdge(int e, int s, const Eigen::Ref<const Eigen::ArrayXd>& g, Eigen::Index n,
                                Gradients want) {
    const int M = primitiveCount();
    const bool wantCoefficients = want == Gradients::Coefficients;
    const bool wantArchitecture = want == Gradients::Architecture;
    const double* source = m_nodes.col(s).data();
    double* sourceGrad = s >= m_inputs ? m_nodeGrad.col(s - m_inputs).data() : nullptr;
    if (!wantCoefficients && !sourceGrad && !wantArchitecture) return;
    for (int m = 0; m < M; ++m) {
        if (!isActive(e, m)) continue;
        const auto y = Eigen::Map<const Eigen::ArrayXd>(m_opOutput[e * M + m], n);
        if (wantArchitecture) m_weightGrad(e, m) = (g * y).sum();
        if (!sourceGrad && (!wantCoefficients || primitiveInfo(m_primitives[m]).coefficientCount == 0)) continue;
        m_scaledGrad.head(n) = m_weights(e, m) * g;
        const int offset = m_coeffOffset[e * M + m];
        backpropagatePrimitive(m_primitives[m], m_params.data() + offset, source, y.data(), m_scaledGrad.data(),
                               wantCoefficients ? m_paramGrad.data() + offset : nullptr, sourceGrad, m_scratch.data(), n,
                               domainMargin(s));
    }
}

// With node = w_sum * S + w_product * P (forwardProductNode): dnode/dm_e = w_sum + w_product * P_-e,
// where P_-e is the product of the other edges' factors (prefix times suffix products, no division:
// a factor may be 0); dnode/dw_none,e = w_product * P_-e; dnode/dw_sum = S, dnode/dw_product = P.
void Network::backwardProductNode(int j, int firstEdge, int edgeCount, Eigen::Index n, Gradients want) {
    const auto g = m_nodeGrad.col(j).head(n).array();
    const double sumWeight = m_nodeWeights(j, 0), productWeight = m_nodeWeights(j, 1);
    const bool wantArchitecture = want == Gradients::Architecture;
    if (wantArchitecture) {
        m_nodeWeightGrad(j, 0) = (g * m_nodeSum.col(j).head(n).array()).sum();
        m_nodeWeightGrad(j, 1) = (g * m_nodeProduct.col(j).head(n).array()).sum();
    }
    if (productWeight != 0.0) {
        auto running = m_edgeGrad.head(n);
        running.setOnes();
        for (int e = firstEdge; e < firstEdge + edgeCount; ++e) {  // prefix products
            m_otherFactors.col(e).head(n).array() = running;
            running *= m_edgeFactor.col(e).head(n).array();
        }
        running.setOnes();
        for (int e = firstEdge + edgeCount - 1; e >= firstEdge; --e) {  // times suffix products
            m_otherFactors.col(e).head(n).array() *= running;
            running *= m_edgeFactor.col(e).head(n).array();
        }
    }
    for (int e = firstEdge; e < firstEdge + edgeCount; ++e) {
        auto edgeGrad = m_edgeGrad.head(n);
        if (productWeight == 0.0) {
            edgeGrad = sumWeight * g;
        } else {
            const auto others = m_otherFactors.col(e).head(n).array();
            edgeGrad = g * (sumWeight + productWeight * others);
            if (wantArchitecture && m_noneIndex >= 0 && isAvailable(e, m_noneIndex))
                m_weightGrad(e, m_noneIndex) = productWeight * (g * others).sum();
        }
        backpropagateEdge(e, e - firstEdge, edgeGrad, n, want);
    }
}

NonFiniteSite Network::firstNonFinite() const {
    const Eigen::Index n = m_lastRows;
    const int M = primitiveCount();
    // The first bad row of a column, or -1.
    const auto firstBad = [n](const double* values) -> Eigen::Index {
        for (Eigen::Index i = 0; i < n; ++i)
            if (!std::isfinite(values[i])) return i;
        return -1;
    };
    NonFiniteSite site;
    int e = 0;
    for (int j = 0; j < m_hidden; ++j) {
        for (int s = 0; s < m_inputs + j; ++s, ++e)
            for (int m = 0; m < M; ++m) {
                if (!isActive(e, m) || !m_opOutput[e * M + m]) continue;
                if (const Eigen::Index i = firstBad(m_opOutput[e * M + m]); i >= 0) {
                    site.kind = NonFiniteSite::Kind::Primitive;
                    site.edge = e;
                    site.primitive = m;
                    site.argument = m_nodes(i, s);
                    site.value = m_opOutput[e * M + m][i];
                    return site;
                }
            }
        // Every edge into node j was finite, yet their weighted sum need not be.
        if (const Eigen::Index i = firstBad(m_nodes.col(m_inputs + j).data()); i >= 0) {
            site.kind = NonFiniteSite::Kind::HiddenNode;
            site.node = j;
            site.value = m_nodes(i, m_inputs + j);
            return site;
        }
    }
    for (int o = 0; o < m_outputs; ++o)
        if (const Eigen::Index i = firstBad(m_logits.col(o).data()); i >= 0) {
            site.kind = NonFiniteSite::Kind::OutputLayer;
            site.value = m_logits(i, o);
            return site;
        }
    site.value = n > 0 ? m_logits.topRows(n).cwiseAbs().maxCoeff() : 0.0;
    return site;
}

double Network::evaluate(const Eigen::Ref<const Eigen::MatrixXd>& X, const Eigen::Ref<const Eigen::MatrixXd>& Y,
                         Gradients want) {
    const Eigen::Index n = X.rows();
    if (Y.rows() != n || Y.cols() != m_outputs) throw std::invalid_argument("target matrix has the wrong shape");
    forward(X, n);
    Eigen::Ref<Eigen::MatrixXd> gradient = m_logitGrad.topRows(n);
    const double loss = outputLoss(m_outputType, m_logits.topRows(n), Y, want == Gradients::None ? nullptr : &gradient);
    if (want != Gradients::None) backward(n, want);
    return loss;
}

// Whole data sets go through in chunks, so that the workspace stays the size
// of a few mini-batches however many rows are predicted.
template <typename Fill>
Eigen::MatrixXd Network::inChunks(const Eigen::Ref<const Eigen::MatrixXd>& X, int columns, Fill fill) {
    constexpr Eigen::Index kChunk = 4096;
    Eigen::MatrixXd result(X.rows(), columns);
    for (Eigen::Index start = 0; start < X.rows(); start += kChunk) {
        const Eigen::Index n = std::min(kChunk, X.rows() - start);
        forward(X.middleRows(start, n), n);
        result.middleRows(start, n) = fill(n);
    }
    return result;
}

Eigen::MatrixXd Network::outputLayer(const Eigen::Ref<const Eigen::MatrixXd>& X) {
    return inChunks(X, m_outputs, [this](Eigen::Index n) { return m_logits.topRows(n); });
}

Eigen::MatrixXd Network::predict(const Eigen::Ref<const Eigen::MatrixXd>& X) {
    Eigen::MatrixXd values = outputLayer(X);
    applyOutputFunction(m_outputType, values);
    return values;
}

int Network::edgeOutsideDomain(const Eigen::Ref<const Eigen::MatrixXd>& X) {
    if (!m_fixed) throw std::logic_error("edgeOutsideDomain: only a fixed network has one argument per edge");
    constexpr Eigen::Index kChunk = 4096;
    for (Eigen::Index start = 0; start < X.rows(); start += kChunk) {
        const Eigen::Index n = std::min(kChunk, X.rows() - start);
        forward(X.middleRows(start, n), n);
        for (int e = 0; e < edgeCount(); ++e) {
            const int m = m_architecture.choices[e];
            if (!isActive(e, m)) continue;
            const int s = m_edges[e].source;
            if (!argumentInDomain(m_primitives[m], m_params.data() + m_coeffOffset[e * primitiveCount() + m],
                                  m_nodes.col(s).data(), n, domainMargin(s)))
                return e;
        }
    }
    return -1;
}

Eigen::MatrixXd Network::hiddenValues(const Eigen::Ref<const Eigen::MatrixXd>& X) {
    return inChunks(X, m_hidden, [this](Eigen::Index n) { return m_nodes.block(0, m_inputs, n, m_hidden); });
}

}  // namespace darts
