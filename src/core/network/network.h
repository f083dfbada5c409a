#pragma once
/// @brief The DARTS computation graph: input nodes, hidden nodes fed by mixed
/// edges, an affine output layer; loss and analytic gradients over a batch.

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
Eigen::MatrixXd mixtureWeightsOf(const Eigen::MatrixXd& alpha, DartsType type);

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

    /// Architecture weights alpha, edges x primitives.
    const Eigen::MatrixXd& alpha() const { return m_alpha; }
    Eigen::MatrixXd& alpha() { return m_alpha; }

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

    /// Fixes the architecture to one primitive per edge: the mixture weights
    /// become this one-hot matrix (no softmax), as after sampling.
    void fixArchitecture(const std::vector<int>& choicePerEdge);
    bool isFixed() const { return m_fixed; }
    /// The chosen primitive index per edge of a fixed network.
    const std::vector<int>& choices() const { return m_choices; }

    /// The mixture weights in use: softmax or sigmoid of alpha, or the one-hot matrix.
    const Eigen::MatrixXd& mixtureWeights();

    /// The inputs followed by the values of every primitive without coefficients
    /// on every input (they never change, so a search computes them once and
    /// gathers them per batch instead of evaluating them at every step). Returns
    /// X itself when that table would be too large to be worth keeping.
    Eigen::MatrixXd withInputFeatures(const Eigen::MatrixXd& X) const;

    /// Loss on a batch (X: n x inputs, or rows of withInputFeatures; Y: n x outputs);
    /// fills the gradients asked for.
    double evaluate(const Eigen::Ref<const Eigen::MatrixXd>& X, const Eigen::Ref<const Eigen::MatrixXd>& Y,
                    Gradients want);
    /// dLoss/dalpha after evaluate(..., Gradients::Architecture).
    const Eigen::MatrixXd& alphaGradient() const { return m_alphaGrad; }
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

private:
    void ensureCapacity(Eigen::Index rows);
    void updateMixtureWeights();
    void forward(const Eigen::Ref<const Eigen::MatrixXd>& X, Eigen::Index n);
    void backward(Eigen::Index n, Gradients want);
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
    bool m_fixed = false;
    std::vector<int> m_choices;
    std::vector<int> m_featureIndex;  // per primitive: its place among those without coefficients, or -1
    int m_featuresPerInput = 0;
    // The alpha the mixture weights were computed from. Alpha changes through a
    // reference (Adam, the decay, tests), so staleness is found by comparing, not by flags.
    Eigen::MatrixXd m_weightsAlpha;
    bool m_weightsStale = true;  // set when the architecture is fixed

    Eigen::MatrixXd m_alpha;
    Eigen::MatrixXd m_weights;  // mixture weights, edges x primitives
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
    Eigen::MatrixXd m_alphaGrad;
    Eigen::MatrixXd m_weightGrad;  // dLoss/dmixture weight, edges x primitives
    Eigen::VectorXd m_paramGrad;
};

}  // namespace darts
