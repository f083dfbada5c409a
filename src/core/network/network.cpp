#include "network/network.h"

#include "network/output_function.h"
#include "util/random.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace darts {

Network::Network(int inputs, int outputs, const SearchConfig& config, std::mt19937_64& rng)
    : m_inputs(inputs),
      m_hidden(config.num_graph_nodes),
      m_outputs(outputs),
      m_primitives(config.primitives),
      m_outputType(config.output_type),
      m_dartsType(config.darts_type) {
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

    for (Primitive p : m_primitives) {
        const PrimitiveInfo& info = primitiveInfo(p);
        const bool cacheable = info.coefficientCount == 0 && p != Primitive::None;
        m_featureIndex.push_back(cacheable ? m_featuresPerInput++ : -1);
    }
    m_opOutput.resize(static_cast<std::size_t>(E * M), nullptr);
    m_weights.resize(E, M);
    m_alphaGrad.setZero(E, M);
    m_weightGrad.setZero(E, M);
    m_paramGrad.setZero(m_params.size());
}

void Network::fixArchitecture(const std::vector<int>& choicePerEdge) {
    if (static_cast<int>(choicePerEdge.size()) != edgeCount())
        throw std::invalid_argument("fixArchitecture: one choice per edge is needed");
    m_choices = choicePerEdge;
    m_fixed = true;
    m_weightsStale = true;
}

bool Network::isActive(int edge, int primitive) const {
    if (m_primitives[primitive] == Primitive::None) return false;  // contributes exactly zero
    // A fixed network evaluates only the chosen primitive: the others have weight
    // exactly zero, and skipping them keeps an inf they might produce out of the sum.
    return !m_fixed || m_choices[edge] == primitive;
}

int Network::featureColumn(int input, int primitive) const {
    return m_featureIndex[primitive] < 0 ? -1 : m_inputs + input * m_featuresPerInput + m_featureIndex[primitive];
}

Eigen::MatrixXd Network::withInputFeatures(const Eigen::MatrixXd& X) const {
    constexpr Eigen::Index kMaxTableEntries = Eigen::Index{1} << 24;  // 128 MiB of doubles
    const Eigen::Index width = m_inputs + Eigen::Index{m_inputs} * m_featuresPerInput;
    if (m_featuresPerInput == 0 || X.rows() * width > kMaxTableEntries) return X;
    Eigen::MatrixXd table(X.rows(), width);
    table.leftCols(m_inputs) = X;
    for (int s = 0; s < m_inputs; ++s)
        for (int m = 0; m < primitiveCount(); ++m)
            if (const int column = featureColumn(s, m); column >= 0)
                evaluatePrimitive(m_primitives[m], nullptr, X.col(s).data(), table.col(column).data(), X.rows());
    return table;
}

Eigen::MatrixXd mixtureWeightsOf(const Eigen::MatrixXd& alpha, DartsType type) {
    if (type == DartsType::Original) return rowSoftmax(alpha);
    return (1.0 / (1.0 + (-alpha.array()).exp())).matrix();
}

void Network::updateMixtureWeights() {
    if (m_fixed) {
        if (!m_weightsStale) return;
        m_weights.setZero();
        for (int e = 0; e < edgeCount(); ++e) m_weights(e, m_choices[e]) = 1.0;
    } else {
        if (!m_weightsStale && m_alpha == m_weightsAlpha) return;
        m_weights = mixtureWeightsOf(m_alpha, m_dartsType);
        m_weightsAlpha = m_alpha;
    }
    m_weightsStale = false;
}

const Eigen::MatrixXd& Network::mixtureWeights() {
    updateMixtureWeights();
    return m_weights;
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
        auto node = m_nodes.col(m_inputs + j).head(n);
        node.setZero();
        for (int s = 0; s < m_inputs + j; ++s, ++e) {
            const double* source = m_nodes.col(s).data();
            for (int m = 0; m < M; ++m) {
                if (!isActive(e, m)) continue;
                const int feature = hasFeatures && s < m_inputs ? featureColumn(s, m) : -1;
                const double* out = feature >= 0 ? X.col(feature).data() : m_opValues.col(e * M + m).data();
                if (feature < 0)
                    evaluatePrimitive(m_primitives[m], m_params.data() + m_coeffOffset[e * M + m], source,
                                      m_opValues.col(e * M + m).data(), n);
                m_opOutput[e * M + m] = out;
                node += m_weights(e, m) * Eigen::Map<const Eigen::VectorXd>(out, n);
            }
        }
    }
    const Eigen::Map<const Eigen::MatrixXd> W(m_params.data() + m_classifierOffset, m_outputs, m_hidden);
    const Eigen::Map<const Eigen::RowVectorXd> b(m_params.data() + classifierBiasOffset(), m_outputs);
    auto logits = m_logits.topRows(n);
    // lazyProduct: these matrices are a few columns wide, too small for the blocked product.
    logits.noalias() = m_nodes.block(0, m_inputs, n, m_hidden).lazyProduct(W.transpose());
    logits.rowwise() += b;
}

void Network::backward(Eigen::Index n, Gradients want) {
    const int M = primitiveCount();
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
        const auto g = m_nodeGrad.col(j).head(n).array();
        for (int s = 0; s < m_inputs + j; ++s) {
            const int e = firstEdge + s;
            const double* source = m_nodes.col(s).data();
            double* sourceGrad = s >= m_inputs ? m_nodeGrad.col(s - m_inputs).data() : nullptr;
            if (!wantCoefficients && !sourceGrad && !wantArchitecture) continue;
            for (int m = 0; m < M; ++m) {
                if (!isActive(e, m)) continue;
                const auto y = Eigen::Map<const Eigen::ArrayXd>(m_opOutput[e * M + m], n);
                if (wantArchitecture) m_weightGrad(e, m) = (g * y).sum();
                if (!sourceGrad && (!wantCoefficients || primitiveInfo(m_primitives[m]).coefficientCount == 0)) continue;
                m_scaledGrad.head(n) = m_weights(e, m) * g;
                const int offset = m_coeffOffset[e * M + m];
                backpropagatePrimitive(m_primitives[m], m_params.data() + offset, source, y.data(),
                                       m_scaledGrad.data(), wantCoefficients ? m_paramGrad.data() + offset : nullptr,
                                       sourceGrad, m_scratch.data(), n);
            }
        }
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

Eigen::MatrixXd Network::hiddenValues(const Eigen::Ref<const Eigen::MatrixXd>& X) {
    return inChunks(X, m_hidden, [this](Eigen::Index n) { return m_nodes.block(0, m_inputs, n, m_hidden); });
}

}  // namespace darts
