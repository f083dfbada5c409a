#pragma once
/// @brief The DARTS computation graph: input nodes, hidden nodes fed by mixed
/// edges, an affine output layer; loss and analytic gradients over a batch.

#include "network/architecture.h"
#include "search/search_config.h"

#include <Eigen/Core>

#include <random>
#include <string>
#include <vector>

namespace darts {

/// One edge of the cell: from node `source` (inputs first, then hidden nodes)
/// into hidden node `target` (0-based among the hidden nodes).
struct Edge {
    int source;
    int target;
};

/// Mixture weights of alpha: softmax of each row (original DARTS) or the logistic of each entry (fair DARTS).
/// Entries that `available` marks false (domain safety) get weight 0 and leave the others' softmax alone.
Eigen::MatrixXd mixtureWeightsOf(const Eigen::MatrixXd& alpha, DartsType type, const Eigen::ArrayXXi& available = {});

/// Where the last forward pass first went NaN or infinite (see Network::firstNonFinite).
struct NonFiniteSite {
    enum class Kind { Primitive, HiddenNode, OutputLayer, Loss };
    Kind kind = Kind::Loss;
    int edge = -1;       ///< Kind::Primitive: the edge
    int primitive = -1;  ///< Kind::Primitive: the primitive's index in primitives()
    int node = -1;       ///< Kind::HiddenNode: the hidden node (0-based)
    double argument = 0.0;  ///< Kind::Primitive: the value the primitive was given there
    double value = 0.0;     ///< the first non-finite value; Kind::Loss: the largest |output layer value|
};

/// Which gradients a loss evaluation should produce.
enum class Gradients { None, Architecture, Coefficients };

class Network {
public:
    /// Builds the network and draws its starting values from `rng`
    /// (alpha ~ 1e-3 * N(0,1), a and b ~ U[-1,1], beta = 1, trainable output weights ~ U[-1/sqrt(K), 1/sqrt(K)]).
    Network(int inputs, int outputs, const SearchConfig& config, std::mt19937_64& rng);

    int inputCount() const { return m_inputs; }
    int hiddenCount() const { return m_hidden; }
    int outputCount() const { return m_outputs; }
    int edgeCount() const { return static_cast<int>(m_edges.size()); }
    const std::vector<Edge>& edges() const { return m_edges; }
    const std::vector<Primitive>& primitives() const { return m_primitives; }
    OutputType outputType() const { return m_outputType; }
    DartsType dartsType() const { return m_dartsType; }
    /// Domain safety's margin for a primitive applied to node `source` (see evaluatePrimitive); 0 without it.
    double domainMargin(int source) const {
        return source < m_inputs ? m_inputMargin[static_cast<std::size_t>(source)] : m_hiddenMargin;
    }

    /// Architecture weights alpha, edges x primitives.
    const Eigen::MatrixXd& alpha() const { return m_alpha; }
    Eigen::MatrixXd& alpha() { return m_alpha; }

    /// Whether nodes may multiply (product_nodes); then every node has weights for sum and product.
    bool hasProductNodes() const { return m_productNodes; }
    /// The nodes' architecture weights, hidden nodes x 2 (sum, product); empty without product nodes.
    const Eigen::MatrixXd& nodeAlpha() const { return m_nodeAlpha; }
    Eigen::MatrixXd& nodeAlpha() { return m_nodeAlpha; }
    /// The nodes' mixture weights in use (softmax or sigmoid of nodeAlpha, or one-hot when fixed).
    const Eigen::MatrixXd& nodeWeights();

    /// 1 where primitive m may be used on edge e, 0 where domain safety refused it (edges x primitives).
    const Eigen::ArrayXXi& available() const { return m_available; }
    bool isAvailable(int edge, int primitive) const { return m_available(edge, primitive) != 0; }

    /// An input column and a primitive that domain safety does not offer on it.
    struct Refusal {
        int input;
        int primitive;  ///< index in primitives()
    };
    /// Domain safety (a no-op without it), from the values of every row the network will see: a primitive
    /// whose source domain an input column leaves is not offered on that column's edges, and the margin
    /// on each input is kDomainMargin times the column's smallest nonzero magnitude, so that values
    /// inside the domain are never bent. Throws std::invalid_argument when an edge is left without any
    /// primitive. Returns what was refused.
    std::vector<Refusal> restrictToDomains(const Eigen::MatrixXd& X);

    /// Every coefficient in one vector: the primitive instances' coefficients
    /// (edge by edge, primitive by primitive), then W (o x K, column-major), then b.
    const Eigen::VectorXd& parameters() const { return m_params; }
    Eigen::VectorXd& parameters() { return m_params; }
    /// 1 for the entries the coefficient optimiser may change, 0 for a fixed W or b.
    const Eigen::ArrayXd& trainableMask() const { return m_trainable; }
    /// Offset of edge e's primitive m's coefficients in parameters().
    int coefficientOffset(int edge, int primitive) const { return m_coeffOffset[edge * primitiveCount() + primitive]; }
    int primitiveCount() const { return static_cast<int>(m_primitives.size()); }
    int classifierWeightOffset() const { return m_classifierOffset; }
    int classifierBiasOffset() const { return m_classifierOffset + m_outputs * m_hidden; }
    double classifierWeight(int output, int hidden) const { return m_params[m_classifierOffset + hidden * m_outputs + output]; }
    double classifierBias(int output) const { return m_params[classifierBiasOffset() + output]; }

    /// Fixes the architecture, as after sampling: the mixture weights become the one-hot matrix of the
    /// choices (no softmax), each node sums or multiplies, and an output weight the output does not read
    /// is held at 0. It is written in one canonical form: a node left without any edge but none sums (it
    /// is 0 either way: no factor is no product) and is read; without product nodes every node sums,
    /// without a trainable output layer every node is read. Throws std::invalid_argument for a misfit.
    /// Coefficients set after this must keep the unread weights at 0: set them first, then fix.
    void fixArchitecture(Architecture architecture);
    void fixArchitecture(const std::vector<int>& choicePerEdge) { fixArchitecture(Architecture{choicePerEdge, {}, {}, {}}); }
    bool isFixed() const { return m_fixed; }
    /// The architecture of a fixed network, in its canonical form (every field filled in).
    const Architecture& architecture() const { return m_architecture; }
    /// The chosen primitive index per edge of a fixed network.
    const std::vector<int>& choices() const { return m_architecture.choices; }
    /// The chosen kind per hidden node of a fixed network (NodeKind as int; all Sum without product nodes).
    const std::vector<int>& nodeKinds() const { return m_architecture.nodeKinds; }
    NodeKind nodeKind(int node) const { return static_cast<NodeKind>(m_architecture.nodeKinds[node]); }
    /// Whether the output layer may leave hidden nodes out (its weights are trainable).
    bool hasTrainableOutputWeights() const;
    /// Whether the output layer may leave its biases out (they are trainable).
    bool hasTrainableOutputBias() const;
    /// The index of none among the primitives, or -1.
    int noneIndex() const { return m_noneIndex; }

    /// The mixture weights in use: softmax or sigmoid of alpha, or the one-hot matrix.
    const Eigen::MatrixXd& mixtureWeights();

    /// The inputs followed by the values of every primitive without coefficients
    /// on every input (they never change, so a search computes them once and
    /// gathers them per batch instead of evaluating them at every step). Returns
    /// an empty matrix, for X to serve as it is, when there is nothing worth keeping
    /// or the extra columns would take more than X again (beyond small data).
    Eigen::MatrixXd withInputFeatures(const Eigen::MatrixXd& X) const;

    /// Loss on a batch (X: n x inputs, or rows of withInputFeatures; Y: n x outputs);
    /// fills the gradients asked for.
    double evaluate(const Eigen::Ref<const Eigen::MatrixXd>& X, const Eigen::Ref<const Eigen::MatrixXd>& Y,
                    Gradients want);
    /// dLoss/dalpha after evaluate(..., Gradients::Architecture).
    const Eigen::MatrixXd& alphaGradient() const { return m_alphaGrad; }
    /// dLoss/dnodeAlpha likewise (product nodes only).
    const Eigen::MatrixXd& nodeAlphaGradient() const { return m_nodeAlphaGrad; }
    /// dLoss/dparameters after evaluate(..., Gradients::Coefficients) (zero where not trainable).
    const Eigen::VectorXd& parameterGradient() const { return m_paramGrad; }

    /// After an evaluate() whose loss or gradient is not finite: where the values first
    /// went wrong, in the order the forward pass computes them (a primitive instance,
    /// then a hidden node's sum, then the output layer; Kind::Loss when every value
    /// was finite and only the error overflowed). Only for messages: it scans the batch.
    NonFiniteSite firstNonFinite() const;

    /// Raw output layer values W*k + b (before the output function), n x outputs.
    Eigen::MatrixXd outputLayer(const Eigen::Ref<const Eigen::MatrixXd>& X);
    /// The model's prediction: the output function applied to the output layer.
    Eigen::MatrixXd predict(const Eigen::Ref<const Eigen::MatrixXd>& X);
    /// Hidden node values, n x K (for plots and tests).
    Eigen::MatrixXd hiddenValues(const Eigen::Ref<const Eigen::MatrixXd>& X);

    /// For a fixed network: the first edge whose primitive's argument leaves its domain (or comes
    /// within kDomainMargin of its edge) on some row of X, or -1 when every argument stays inside.
    /// A model for which this is not -1 does not compute the law it prints there.
    int edgeOutsideDomain(const Eigen::Ref<const Eigen::MatrixXd>& X);

private:
    void ensureCapacity(Eigen::Index rows);
    void updateMixtureWeights();
    void forward(const Eigen::Ref<const Eigen::MatrixXd>& X, Eigen::Index n);
    void forwardProductNode(int node, int firstEdge, int edgeCount, Eigen::Index n);
    void backward(Eigen::Index n, Gradients want);
    void backwardProductNode(int node, int firstEdge, int edgeCount, Eigen::Index n, Gradients want);
    void backpropagateEdge(int edge, int source, const Eigen::Ref<const Eigen::ArrayXd>& edgeGrad, Eigen::Index n,
                           Gradients want);
    template <typename Fill>
    Eigen::MatrixXd inChunks(const Eigen::Ref<const Eigen::MatrixXd>& X, int columns, Fill fill);
    bool isActive(int edge, int primitive) const;
    int featureColumn(int input, int primitive) const;

    int m_inputs;
    int m_hidden;
    int m_outputs;
    std::vector<Primitive> m_primitives;
    std::vector<Edge> m_edges;
    OutputType m_outputType;
    DartsType m_dartsType;
    bool m_domainSafety;
    std::vector<double> m_inputMargin;  // per input; 0 without domain safety
    double m_hiddenMargin;
    bool m_productNodes;
    int m_noneIndex = -1;
    bool m_fixed = false;
    Architecture m_architecture;  // of a fixed network
    Eigen::ArrayXd m_trainableBase;  // the settings' trainable mask, before output links hold weights at 0
    Eigen::ArrayXXi m_available;  // edges x primitives, 1 where the primitive may be used
    std::vector<int> m_featureIndex;  // per primitive: its place among those without coefficients, or -1
    int m_featuresPerInput = 0;
    // The alpha the mixture weights were computed from. Alpha changes through a
    // reference (Adam, the decay, tests), so staleness is found by comparing, not by flags.
    Eigen::MatrixXd m_weightsAlpha;
    bool m_weightsStale = true;  // set when the architecture is fixed

    Eigen::MatrixXd m_alpha;
    Eigen::MatrixXd m_weights;  // mixture weights, edges x primitives
    Eigen::MatrixXd m_nodeAlpha;    // hidden nodes x 2 (sum, product); empty without product nodes
    Eigen::MatrixXd m_nodeWeights;  // their mixture weights
    Eigen::MatrixXd m_nodeWeightsAlpha;  // the nodeAlpha those were computed from
    Eigen::VectorXd m_params;
    Eigen::ArrayXd m_trainable;
    std::vector<int> m_coeffOffset;
    int m_classifierOffset = 0;

    // Workspace, sized for the largest batch seen; reused so that a training
    // step allocates nothing.
    Eigen::Index m_capacity = 0;
    Eigen::Index m_lastRows = 0;  // rows of the last forward pass, for firstNonFinite
    Eigen::MatrixXd m_nodes;      // rows x (inputs + hidden), column per node
    Eigen::MatrixXd m_opValues;   // rows x (edges * primitives), column per primitive instance
    std::vector<const double*> m_opOutput;  // per primitive instance: its values (m_opValues or a batch feature column)
    Eigen::MatrixXd m_nodeGrad;   // rows x hidden: dLoss/dnode
    Eigen::MatrixXd m_logits;     // rows x outputs
    Eigen::MatrixXd m_logitGrad;  // rows x outputs
    Eigen::ArrayXd m_scaledGrad;  // rows
    Eigen::ArrayXd m_scratch;     // rows
    // Product nodes only: per edge its mixture without none (m_e) and the factor it gives a product
    // (m_e + w_none: none is "no factor"); per node its sum and product of them.
    Eigen::MatrixXd m_edgeMix;     // rows x edges
    Eigen::MatrixXd m_edgeFactor;  // rows x edges
    Eigen::MatrixXd m_nodeSum;     // rows x hidden
    Eigen::MatrixXd m_nodeProduct; // rows x hidden
    Eigen::MatrixXd m_otherFactors;  // rows x edges: the product of the node's other edges' factors
    Eigen::ArrayXd m_edgeGrad;     // rows: dLoss/dm_e
    Eigen::MatrixXd m_alphaGrad;
    Eigen::MatrixXd m_weightGrad;  // dLoss/dmixture weight, edges x primitives
    Eigen::MatrixXd m_nodeAlphaGrad;
    Eigen::MatrixXd m_nodeWeightGrad;
    Eigen::VectorXd m_paramGrad;
};

}  // namespace darts
