#include "search/search_engine.h"

#include "model/polish.h"
#include "select/model_scores.h"
#include "search/coefficient_fit.h"
#include "util/number_text.h"

#include <cmath>
#include <locale>
#include <sstream>
#include <stdexcept>

namespace darts {
namespace {

std::vector<std::string> defaultNames(std::vector<std::string> names, Eigen::Index count, const std::string& stem) {
    if (names.empty())
        for (Eigen::Index i = 0; i < count; ++i) names.push_back(count == 1 && stem == "y" ? "y" : stem + std::to_string(i + 1));
    if (static_cast<Eigen::Index>(names.size()) != count)
        throw std::invalid_argument("there must be one name per " + std::string(stem == "y" ? "target" : "input") + " column");
    return names;
}

SharedMatrix present(SharedMatrix data) {
    if (!data) throw std::invalid_argument("no data were given");
    return data;
}

bool sameShape(const SearchConfig& a, const SearchConfig& b) {
    return a.num_graph_nodes == b.num_graph_nodes && a.primitives == b.primitives && a.output_type == b.output_type &&
           a.darts_type == b.darts_type && a.train_classifier_coefficients == b.train_classifier_coefficients &&
           a.train_classifier_bias == b.train_classifier_bias && a.seed == b.seed &&
           a.validation_share == b.validation_share && a.validation_seed == b.validation_seed &&
           a.product_nodes == b.product_nodes && a.domain_safety == b.domain_safety;
}

/// One primitive per edge: the largest alpha (the first on ties), or a draw from softmax(alpha).
/// Entries that `available` refuses (domain safety) are never chosen.
std::vector<int> sampleArchitecture(Eigen::MatrixXd alpha, SamplingStrategy strategy, Rng& rng,
                                    const Eigen::ArrayXXi& available = {}) {
    if (available.size() == alpha.size())
        alpha = (available != 0).select(alpha.array(), -std::numeric_limits<double>::infinity()).matrix();
    std::vector<int> choice(static_cast<std::size_t>(alpha.rows()));
    for (Eigen::Index e = 0; e < alpha.rows(); ++e) {
        Eigen::Index best;
        alpha.row(e).maxCoeff(&best);
        if (strategy == SamplingStrategy::Sample) {
            const Eigen::ArrayXd p = (alpha.row(e).array() - alpha.row(e).maxCoeff()).exp().transpose();
            double u = uniform01(rng) * p.sum();
            Eigen::Index m = 0;
            while (m + 1 < p.size() && u >= p[m]) u -= p[m++];
            best = m;
        }
        choice[static_cast<std::size_t>(e)] = static_cast<int>(best);
    }
    return choice;
}

/// The generator read back from its text form, or nothing when the text is not
/// one whole state. The classic locale keeps the digits plain whatever the
/// program's global locale (a grouping locale would write "1.234").
std::optional<Rng> parseRandomState(const std::string& text) {
    std::istringstream in(text);
    in.imbue(std::locale::classic());
    Rng rng;
    in >> rng;
    if (in.fail()) return std::nullopt;
    in >> std::ws;
    if (!in.eof()) return std::nullopt;
    return rng;
}

/// Where and why the last forward pass of `net` went NaN or infinite, in words, or "" when
/// its values were all finite. Called only after a fault, so it may take its time.
std::string faultCause(const Network& net, const std::vector<std::string>& inputNames) {
    const NonFiniteSite site = net.firstNonFinite();
    const std::string what = std::isnan(site.value) ? "NaN" : "infinite";
    switch (site.kind) {
        case NonFiniteSite::Kind::Primitive: {
            const Edge& edge = net.edges()[static_cast<std::size_t>(site.edge)];
            const std::string source = edge.source < net.inputCount()
                                           ? inputNames[static_cast<std::size_t>(edge.source)]
                                           : SampledModel::hiddenName(edge.source - net.inputCount());
            const Primitive p = net.primitives()[static_cast<std::size_t>(site.primitive)];
            const std::string name(primitiveInfo(p).name);
            std::string cause = name + " gave " + what;
            if (std::isinf(site.value)) {
                if (p == Primitive::Reciprocal || p == Primitive::LinearReciprocal)
                    cause = name + (site.argument == 0.0 ? " divided by zero" : " divided by a number too close to zero");
                else
                    cause = name + " overflowed";
            }
            return cause + " on edge " + source + " -> " + SampledModel::hiddenName(edge.target) + " (at " + source +
                   " = " + formatRoundTrip(site.argument) + ")";
        }
        case NonFiniteSite::Kind::HiddenNode:
            return "the weighted sum into hidden node " + SampledModel::hiddenName(site.node) + " became " + what;
        case NonFiniteSite::Kind::OutputLayer: return "the output layer became " + what;
        case NonFiniteSite::Kind::Loss:
            // Every value finite: the squared error of predictions this large overflows.
            if (site.value >= 1e150) return "predictions as large as " + formatRoundTrip(site.value) + " overflow the squared error";
            break;
    }
    return "";
}

/// Both messages, "a; b", or whichever is not empty.
std::string joinMessages(const std::string& a, std::string_view b) {
    if (b.empty()) return a;
    return a.empty() ? std::string(b) : a + "; " + std::string(b);
}

double meanSquaredError(const SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    if (Y.rows() == 0) return std::numeric_limits<double>::quiet_NaN();
    return (model.predict(X) - Y).squaredNorm() / static_cast<double>(Y.size());
}

/// "message: cause", or the message alone when there is no cause to name.
std::string withCause(std::string message, const std::string& cause) {
    return cause.empty() ? message : message + ": " + cause;
}

/// Where the data are not finite, e.g. "input column 'x2', row 5 is NaN (missing)", or "".
std::string firstNonFiniteCell(const Eigen::MatrixXd& m, const std::vector<std::string>& names, const char* role) {
    for (Eigen::Index c = 0; c < m.cols(); ++c)
        for (Eigen::Index r = 0; r < m.rows(); ++r)
            if (!std::isfinite(m(r, c))) {
                const auto column = static_cast<std::size_t>(c);
                return std::string(role) + " column " +
                       (column < names.size() ? "'" + names[column] + "'" : std::to_string(c + 1)) + ", row " +
                       std::to_string(r + 1) + " is " + (std::isnan(m(r, c)) ? "NaN (missing)" : "infinite");
            }
    return "";
}

std::string shape(const Eigen::MatrixXd& m) { return std::to_string(m.rows()) + " x " + std::to_string(m.cols()); }

}  // namespace

std::string nonFiniteDataProblem(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y,
                                 const std::vector<std::string>& inputNames,
                                 const std::vector<std::string>& outputNames) {
    for (const std::string& bad : {firstNonFiniteCell(X, inputNames, "input"), firstNonFiniteCell(Y, outputNames, "target")})
        if (!bad.empty()) return "the data must be finite numbers, but " + bad + ": remove that row or choose other columns";
    return "";
}

/// The parts of an architecture that validateState can check without fixing a network to it.
void checkArchitectureShape(const Architecture& a, const Network& network, const std::string& whose) {
    const auto fail = [&](const std::string& what) { throw std::invalid_argument(whose + " " + what); };
    if (a.choices.size() != static_cast<std::size_t>(network.edgeCount()))
        fail("chooses for " + std::to_string(a.choices.size()) + " edges, but the network has " +
             std::to_string(network.edgeCount()));
    if (!a.nodeKinds.empty() && a.nodeKinds.size() != static_cast<std::size_t>(network.hiddenCount()))
        fail("has " + std::to_string(a.nodeKinds.size()) + " node kinds for " + std::to_string(network.hiddenCount()) +
             " hidden nodes");
    for (int kind : a.nodeKinds)
        if (kind != static_cast<int>(NodeKind::Sum) && !(kind == static_cast<int>(NodeKind::Product) && network.hasProductNodes()))
            fail("has a node kind " + std::to_string(kind) +
                 (network.hasProductNodes() ? " (0 sum or 1 product)" : " (product nodes are off)"));
    const auto weights = static_cast<std::size_t>(network.hiddenCount() * network.outputCount());
    if (!a.outputLinks.empty() && a.outputLinks.size() != weights)
        fail("has " + std::to_string(a.outputLinks.size()) + " output links for " + std::to_string(weights) + " output weights");
    for (int link : a.outputLinks)
        if (link != 0 && link != 1) fail("has an output link other than 0 or 1");
    const auto outputs = static_cast<std::size_t>(network.outputCount());
    if (!a.outputBiases.empty() && a.outputBiases.size() != outputs)
        fail("has " + std::to_string(a.outputBiases.size()) + " output bias flags for " + std::to_string(outputs) + " outputs");
    for (int bias : a.outputBiases)
        if (bias != 0 && bias != 1) fail("has an output bias flag other than 0 or 1");
}

void validateState(const SearchState& state, const Network& network) {
    const Eigen::Index edges = network.edgeCount(), primitives = network.primitiveCount();
    const std::string networkShape = std::to_string(edges) + " edges x " + std::to_string(primitives) + " primitives";
    auto fail = [](const std::string& message) { throw std::invalid_argument(message); };
    if (state.epoch < 0) fail("the epoch count is negative");
    if (state.lossHistory.size() != static_cast<std::size_t>(state.epoch))
        fail("the loss history has " + std::to_string(state.lossHistory.size()) + " entries for " +
             std::to_string(state.epoch) + " epochs");
    if (!state.validationLossHistory.empty() && state.validationLossHistory.size() != state.lossHistory.size())
        fail("the validation loss history has " + std::to_string(state.validationLossHistory.size()) +
             " entries for " + std::to_string(state.epoch) + " epochs");
    if (state.alpha.rows() != edges || state.alpha.cols() != primitives)
        fail("alpha is " + shape(state.alpha) + ", but the network has " + networkShape);
    if (state.parameters.size() != network.parameters().size())
        fail("the coefficient vector has " + std::to_string(state.parameters.size()) + " entries, but the network has " +
             std::to_string(network.parameters().size()));
    if (state.adamSteps < 0) fail("Adam's step count is negative");
    const auto checkMoment = [&](const Eigen::MatrixXd& moment, const char* name) {
        // Before its first step Adam has no moments yet (its first step sets them to zero).
        if (state.adamSteps == 0 && moment.size() == 0) return;
        if (moment.rows() != edges || moment.cols() != primitives)
            fail(std::string("Adam's ") + name + " moment is " + shape(moment) + ", but the network has " + networkShape);
    };
    checkMoment(state.adamFirstMoment, "first");
    checkMoment(state.adamSecondMoment, "second");
    const Eigen::Index nodeRows = network.hasProductNodes() ? network.hiddenCount() : 0;
    const std::string nodeShape = std::to_string(nodeRows) + " x " + std::to_string(nodeRows > 0 ? 2 : 0);
    if (state.nodeAlpha.rows() != nodeRows || (nodeRows > 0 && state.nodeAlpha.cols() != 2))
        fail("the nodes' weights are " + shape(state.nodeAlpha) + ", but the network needs " + nodeShape);
    for (const Eigen::MatrixXd* moment : {&state.nodeAdamFirstMoment, &state.nodeAdamSecondMoment})
        if (moment->size() != 0 && (moment->rows() != nodeRows || moment->cols() != 2))
            fail("Adam's moments of the nodes' weights are " + shape(*moment) + ", but the network needs " + nodeShape);
    if (!parseRandomState(state.randomState)) fail("the state of the random generator is not readable");
    if (const auto& model = state.model) {
        const std::vector<int>& choices = model->architecture.choices;
        if (choices.size() != static_cast<std::size_t>(edges))
            fail("the sampled model chooses for " + std::to_string(choices.size()) + " edges, but the network has " +
                 std::to_string(edges));
        for (std::size_t e = 0; e < choices.size(); ++e)
            if (choices[e] < 0 || choices[e] >= primitives)
                fail("the sampled model's choice on edge " + std::to_string(e + 1) + " is primitive number " +
                     std::to_string(choices[e] + 1) + ", but there are " + std::to_string(primitives));
        if (model->parameters.size() != network.parameters().size())
            fail("the sampled model's coefficient vector has " + std::to_string(model->parameters.size()) +
                 " entries, but the network has " + std::to_string(network.parameters().size()));
        checkArchitectureShape(model->architecture, network, "the sampled model");
    }
    for (const HallOfFameEntry& entry : state.hallOfFame) {
        checkArchitectureShape(entry.architecture, network, "a model of the hall of fame");
        for (int choice : entry.architecture.choices)
            if (choice < 0 || choice >= primitives) fail("a model of the hall of fame chooses a primitive that is not there");
    }
}

SearchEngine::SearchEngine(const SearchConfig& config, SharedMatrix X, SharedMatrix Y,
                           std::shared_ptr<const RowSplit> split, std::vector<std::string> inputNames,
                           std::vector<std::string> outputNames, std::vector<bool> heldOut)
    : m_config(config),
      m_X(present(std::move(X))),
      m_Y(present(std::move(Y))),
      m_heldOutGiven(!heldOut.empty() || (split && split->fromColumn)),
      m_inputNames(defaultNames(std::move(inputNames), m_X->cols(), "x")),
      m_outputNames(defaultNames(std::move(outputNames), m_Y->cols(), "y")),
      m_batches(*m_X, *m_Y, std::max(1, config.batch_size)) {
    m_config.validate();
    if (m_X->rows() == 0) throw std::invalid_argument("the data set has no rows");
    if (m_X->cols() == 0) throw std::invalid_argument("no input column is selected");
    if (m_Y->cols() == 0) throw std::invalid_argument("no target column is selected");
    if (m_Y->rows() != m_X->rows()) throw std::invalid_argument("inputs and targets have different numbers of rows");
    if (const std::string problem = nonFiniteDataProblem(*m_X, *m_Y, m_inputNames, m_outputNames); !problem.empty())
        throw std::invalid_argument(problem);
    if (split && static_cast<Eigen::Index>(split->heldOut.size()) != m_X->rows())
        throw std::invalid_argument("the split given is of other data");
    m_split = split ? std::move(split)
                    : RowSplit::make(*m_X, *m_Y, m_config.validation_share, m_config.validation_seed, std::move(heldOut));
    buildNetwork();
}

std::shared_ptr<const RowSplit> RowSplit::make(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, double share,
                                               std::uint64_t seed, std::vector<bool> heldOut) {
    const Eigen::Index rows = X.rows();
    const bool fromColumn = !heldOut.empty();
    if (rows == 0) throw std::invalid_argument("the data set has no rows");
    if (Y.rows() != rows) throw std::invalid_argument("inputs and targets have different numbers of rows");
    if (fromColumn) {
        if (static_cast<Eigen::Index>(heldOut.size()) != rows)
            throw std::invalid_argument("the held-out rows are marked for " + std::to_string(heldOut.size()) +
                                        " rows, but the data have " + std::to_string(rows));
    } else {
        // Its own generator, so that starts with different seeds hold out the same rows.
        heldOut.assign(static_cast<std::size_t>(rows), false);
        const auto count = static_cast<Eigen::Index>(std::llround(share * static_cast<double>(rows)));
        std::vector<Eigen::Index> order(static_cast<std::size_t>(rows));
        for (Eigen::Index r = 0; r < rows; ++r) order[static_cast<std::size_t>(r)] = r;
        Rng rng(seed);
        shuffle(order, rng);
        for (Eigen::Index i = 0; i < std::min(count, rows); ++i) heldOut[static_cast<std::size_t>(order[i])] = true;
    }
    std::vector<Eigen::Index> train, valid;
    for (Eigen::Index r = 0; r < rows; ++r) (heldOut[static_cast<std::size_t>(r)] ? valid : train).push_back(r);
    if (train.empty()) throw std::invalid_argument("every row is held out for validation: none is left to train on");
    auto split = std::make_shared<RowSplit>();
    if (!valid.empty()) {  // else the training rows are the data themselves, not copied
        split->trainX = X(train, Eigen::all);
        split->trainY = Y(train, Eigen::all);
    }
    split->validX = X(valid, Eigen::all);
    split->validY = Y(valid, Eigen::all);
    // Each epoch's held-out loss on at most kValidationSampleRows of them, the same ones every time; the
    // sampled model's held-out error is always taken on them all.
    const std::vector<std::int64_t> sample = fixedSample(split->validX.rows(), kValidationSampleRows);
    split->validSampleX = split->validX(sample, Eigen::all);
    split->validSampleY = split->validY(sample, Eigen::all);
    split->fromColumn = fromColumn;
    split->heldOut = std::move(heldOut);
    return split;
}

void SearchEngine::buildNetwork() {
    m_rng.seed(m_config.seed);
    m_network.emplace(static_cast<int>(m_X->cols()), static_cast<int>(m_Y->cols()), m_config, m_rng);
    restrictToDomains();
    m_adam = Adam({m_config.arch_learning_rate_max, 0.5, 0.999, 1e-8, m_config.arch_weight_decay});
    m_nodeAdam = m_adam;
    m_decay = complexityDecay();
    m_batchInputs = m_network->withInputFeatures(trainingInputs());
    m_validFeatures = m_network->withInputFeatures(m_split->validSampleX);
    m_batches = BatchSource(batchInputs(), trainingTargets(), m_config.batch_size);
    m_epoch = 0;
    m_lossHistory.clear();
    m_validationLossHistory.clear();
    m_model.reset();
    m_hallOfFame.clear();
    m_alphaGradient.resize(m_network->alpha().rows(), m_network->alpha().cols());
    m_alphaBefore.resizeLike(m_alphaGradient);
}

void SearchEngine::restrictToDomains() {
    m_domainNotes.clear();
    if (!m_config.domain_safety) return;
    const Network& net = *m_network;
    // An input that no primitive of the search space can take is the user's to mend: say which and why.
    for (int s = 0; s < net.inputCount(); ++s) {
        bool any = false;
        for (Primitive p : net.primitives()) any = any || columnInDomain(primitiveInfo(p).domain, m_X->col(s));
        if (!any)
            throw std::invalid_argument("no primitive of the search space is defined on every value of input '" +
                                        m_inputNames[static_cast<std::size_t>(s)] + "' (" + columnRange(s) +
                                        "): add one such as none or linear");
    }
    for (const Network::Refusal& r : m_network->restrictToDomains(*m_X)) {
        const PrimitiveInfo& info = primitiveInfo(net.primitives()[static_cast<std::size_t>(r.primitive)]);
        m_domainNotes.push_back(std::string(info.name) + " is not offered on '" +
                                m_inputNames[static_cast<std::size_t>(r.input)] + "' (" + columnRange(r.input) +
                                "): it needs " + std::string(domainText(info.domain)));
    }
}

std::string SearchEngine::columnRange(int input) const {
    return "values from " + formatGeneral(m_X->col(input).minCoeff(), 4) + " to " + formatGeneral(m_X->col(input).maxCoeff(), 4);
}

void SearchEngine::reset() { buildNetwork(); }

void SearchEngine::setConfig(const SearchConfig& config) {
    config.validate();
    const bool rebuild = !sameShape(config, m_config);
    const bool newSplit = !m_heldOutGiven && (config.validation_share != m_config.validation_share ||
                                             config.validation_seed != m_config.validation_seed);
    const bool newBatches = config.batch_size != m_config.batch_size;
    const SearchConfig before = m_config;
    m_config = config;
    if (newSplit) {
        try {
            m_split = RowSplit::make(*m_X, *m_Y, m_config.validation_share, m_config.validation_seed);
        } catch (...) {
            m_config = before;
            throw;
        }
    }
    if (newBatches) m_batches = BatchSource(batchInputs(), trainingTargets(), m_config.batch_size);
    if (rebuild) {
        buildNetwork();
    } else {
        for (Adam* adam : {&m_adam, &m_nodeAdam}) {
            adam->settings().learningRate = m_config.arch_learning_rate_max;
            adam->settings().weightDecay = m_config.arch_weight_decay;
        }
        m_decay = complexityDecay();
    }
}

Eigen::MatrixXd SearchEngine::complexityDecay() const {
    // D[e,m] = df(m) * arch_weight_decay_df + arch_weight_decay_base * K for primitives other than none.
    const Network& net = *m_network;
    Eigen::MatrixXd decay(net.edgeCount(), net.primitiveCount());
    for (int m = 0; m < net.primitiveCount(); ++m) {
        const int df = primitiveInfo(net.primitives()[m]).df;
        decay.col(m).setConstant(df > 0 ? df * m_config.arch_weight_decay_df +
                                              m_config.arch_weight_decay_base * m_config.num_graph_nodes
                                        : 0.0);
    }
    return decay;
}

double SearchEngine::productPenalty() const {
    // A product costs what one more coefficient costs, so that a node multiplies only when that pays.
    return m_config.arch_weight_decay_df + m_config.arch_weight_decay_base * m_config.num_graph_nodes;
}

std::string SearchEngine::epochLabel() const { return "epoch " + std::to_string(m_epoch + 1); }

SearchState SearchEngine::state() const {
    SearchState s;
    s.epoch = m_epoch;
    s.lossHistory = m_lossHistory;
    s.validationLossHistory = m_validationLossHistory;
    s.alpha = m_network->alpha();
    s.parameters = m_network->parameters();
    s.adamSteps = m_adam.stepCount();
    s.adamFirstMoment = m_adam.firstMoment();
    s.adamSecondMoment = m_adam.secondMoment();
    s.nodeAlpha = m_network->nodeAlpha();
    s.nodeAdamFirstMoment = m_nodeAdam.firstMoment();
    s.nodeAdamSecondMoment = m_nodeAdam.secondMoment();
    s.hallOfFame = m_hallOfFame.entries();
    std::ostringstream rng;
    rng.imbue(std::locale::classic());
    rng << m_rng;
    s.randomState = rng.str();
    if (m_model) s.model = SampledModelState{m_model->network().architecture(), m_model->network().parameters()};
    return s;
}

void SearchEngine::restore(const SearchState& state) {
    validateState(state, *m_network);
    // Nothing below throws except on allocation, so a state that passed is put back whole.
    std::optional<SampledModel> model;
    if (state.model) {
        // The model's network is a copy of the search network with its architecture
        // fixed; its alpha no longer enters its results (the one-hot choice does).
        Network copy = *m_network;
        copy.alpha() = state.alpha;
        copy.nodeAlpha() = state.nodeAlpha;
        copy.parameters() = state.model->parameters;
        copy.fixArchitecture(state.model->architecture);
        model.emplace(std::move(copy), m_inputNames, m_outputNames);
    }
    m_rng = *parseRandomState(state.randomState);
    m_network->alpha() = state.alpha;  // the network sees that alpha changed and recomputes its mixture weights
    m_network->nodeAlpha() = state.nodeAlpha;
    m_network->parameters() = state.parameters;
    m_adam.restore(state.adamSteps, state.adamFirstMoment, state.adamSecondMoment);
    if (m_network->hasProductNodes())
        m_nodeAdam.restore(state.adamSteps, state.nodeAdamFirstMoment, state.nodeAdamSecondMoment);
    // The entries' architectures in the canonical form the search gives them (a session leaves defaults out),
    // so that a model loaded from the hall of fame is recognised as its entry.
    std::vector<HallOfFameEntry> entries = state.hallOfFame;
    Network scratch = *m_network;
    for (HallOfFameEntry& entry : entries) {
        scratch.fixArchitecture(entry.architecture);
        entry.architecture = scratch.architecture();
    }
    m_hallOfFame = HallOfFame(std::move(entries));
    m_epoch = state.epoch;
    m_lossHistory = state.lossHistory;
    m_validationLossHistory = state.validationLossHistory;
    // A state saved without validation continues with NaN for the epochs it did not measure.
    if (hasValidation() && m_validationLossHistory.empty())
        m_validationLossHistory.assign(m_lossHistory.size(), std::numeric_limits<double>::quiet_NaN());
    m_model = std::move(model);
    // The batch source needs nothing: every run reshuffles it before drawing a batch.
}

RunOutcome SearchEngine::fit(const EpochCallback& onEpoch, const RefineCallback& onRefine) {
    RunOutcome outcome = runEpochs(m_config.max_epochs, onEpoch);
    if (outcome.status == RunStatus::Stopped) return outcome;
    RunOutcome sampled = sampleModel(onRefine);
    // A fault during the search is the news; the model then comes from the last finite state.
    return outcome.completed() ? sampled : outcome;
}

RunOutcome SearchEngine::runEpochs(int count, const EpochCallback& onEpoch) {
    RunOutcome outcome;
    for (int i = 0; i < count; ++i) {
        outcome = runEpoch();
        if (!outcome.completed()) return outcome;
        ++m_epoch;
        m_lossHistory.push_back(outcome.lastLoss);
        const double heldOutLoss = validationLoss();
        if (hasValidation()) m_validationLossHistory.push_back(heldOutLoss);
        if (onEpoch) onEpoch(EpochReport{m_epoch, outcome.lastLoss, m_network->alpha(), heldOutLoss, m_network->nodeAlpha()});
    }
    return outcome;
}

double SearchEngine::validationLoss() {
    if (!hasValidation()) return std::numeric_limits<double>::quiet_NaN();
    return m_network->evaluate(validationSampleInputs(), m_split->validSampleY, Gradients::None);
}

RunOutcome SearchEngine::architectureUpdate() { return architectureStep(0); }

RunOutcome SearchEngine::runEpoch() {
    RunOutcome outcome;
    double loss = std::nan("");
    m_batches.reshuffle(m_rng);
    for (int update = 0; update < m_config.arch_updates_per_epoch; ++update) {
        outcome = architectureStep(update);
        if (!outcome.completed()) return outcome;
        loss = outcome.lastLoss;
    }
    outcome = fitCoefficients(*m_network, m_batches, m_config.param_updates_per_epoch, m_config, m_rng, m_stop,
                              " of " + epochLabel());
    if (outcome.status == RunStatus::Stopped) {
        outcome.message = epochLabel() + ": " + outcome.message;
        return outcome;
    }
    if (outcome.status == RunStatus::NumericalFault) {
        outcome.message = withCause(outcome.message, faultCause(*m_network, m_inputNames));
        return outcome;
    }
    // Without architecture updates the epoch's loss is that of its last coefficient step.
    outcome.lastLoss = m_config.arch_updates_per_epoch > 0 ? loss : outcome.lastLoss;
    return outcome;
}

RunOutcome SearchEngine::architectureStep(int update) {
    RunOutcome outcome;
    if (stopRequested()) {
        outcome.status = RunStatus::Stopped;
        outcome.message = "stopped during " + epochLabel();
        return outcome;
    }
    Network& net = *m_network;
    Eigen::MatrixXd& alpha = net.alpha();
    m_batches.next();
    double loss = net.evaluate(m_batches.batchX(), m_batches.batchY(), Gradients::Architecture);
    m_alphaGradient = net.alphaGradient();
    const bool products = net.hasProductNodes();
    Eigen::MatrixXd& nodeAlpha = net.nodeAlpha();
    if (products) m_nodeAlphaGradient = net.nodeAlphaGradient();
    if (m_config.darts_type == DartsType::Fair) {
        // Fair DARTS pushes every sigmoid(alpha) towards 0 or 1: loss -= w * mean((s - 0.5)^2).
        const double w = m_config.fair_darts_loss_weight;
        const auto push = [&](const Eigen::MatrixXd& a, Eigen::MatrixXd& gradient) {
            const double count = static_cast<double>(a.size());
            const Eigen::ArrayXXd s = 1.0 / (1.0 + (-a.array()).exp());
            loss -= w * (s - 0.5).square().sum() / count;
            gradient.array() -= w * 2.0 * (s - 0.5) * s * (1.0 - s) / count;
        };
        push(alpha, m_alphaGradient);
        if (products) push(nodeAlpha, m_nodeAlphaGradient);
    }
    std::string fault, cause, hint;
    if (const char* what = nonFiniteDescription(loss))
        fault = std::string("the loss became ") + what;
    else if (!m_alphaGradient.allFinite() || (products && !m_nodeAlphaGradient.allFinite()))
        fault = "the gradient of the architecture weights became infinite or NaN";
    if (!fault.empty()) cause = faultCause(net, m_inputNames);
    if (fault.empty()) {
        m_alphaBefore = alpha;
        m_adamBefore = m_adam;  // same sizes every step: assignment reuses the memory
        alpha -= m_config.arch_learning_rate_max * m_decay;  // complexity penalty, before the Adam step
        m_adam.step(alpha, m_alphaGradient);
        bool overflow = !alpha.allFinite() || !m_adam.secondMoment().allFinite();
        if (products) {
            m_nodeAlphaBefore = nodeAlpha;
            m_nodeAdamBefore = m_nodeAdam;
            nodeAlpha.col(1).array() -= m_config.arch_learning_rate_max * productPenalty();
            m_nodeAdam.step(nodeAlpha, m_nodeAlphaGradient);
            overflow = overflow || !nodeAlpha.allFinite() || !m_nodeAdam.secondMoment().allFinite();
        }
        if (overflow) {
            alpha = m_alphaBefore;
            m_adam = m_adamBefore;
            if (products) {
                nodeAlpha = m_nodeAlphaBefore;
                m_nodeAdam = m_nodeAdamBefore;
            }
            fault = "an architecture weight overflowed";
            hint = "; arch_learning_rate_max = " + formatRoundTrip(m_config.arch_learning_rate_max) + " may be too large";
        }
    }
    if (!fault.empty()) {
        outcome.status = RunStatus::NumericalFault;
        outcome.message = withCause(
            fault + " at " + epochLabel() + " (architecture update " + std::to_string(update + 1) + ")" + hint, cause);
        return outcome;
    }
    outcome.lastLoss = loss;
    return outcome;
}

RunOutcome SearchEngine::sampleModel(const RefineCallback& onRefine) {
    Network copy = *m_network;
    Architecture sampled;
    sampled.choices = sampleArchitecture(m_network->alpha(), m_config.sampling_strategy, m_rng, m_network->available());
    if (m_network->hasProductNodes())
        sampled.nodeKinds = sampleArchitecture(m_network->nodeAlpha(), m_config.sampling_strategy, m_rng);
    copy.fixArchitecture(std::move(sampled));
    RunOutcome outcome = finishModel(SampledModel(std::move(copy), m_inputNames, m_outputNames),
                                     m_config.param_updates_for_sampled_model);
    if (!m_model) return outcome;
    recordModel(*m_model, "sampled", meanSquaredError(*m_model, trainingInputs(), trainingTargets()),
                meanSquaredError(*m_model, validationInputs(), validationTargets()));
    const bool constant = isConstantModel();
    if (constant) outcome.message = joinMessages(outcome.message, kConstantModelNote);
    if (!outcome.completed() || !m_config.refine) return outcome;
    RunOutcome refined = refineModel(constant, onRefine);
    refined.message = joinMessages(outcome.message, refined.message);
    return refined;
}

RunOutcome SearchEngine::refineModel(bool fromStrongestNonNone, const RefineCallback& onRefine) {
    if (!m_model) throw std::logic_error("there is no sampled model to refine yet");
    SampledModel model = *m_model;
    const RefineData data{trainingInputs(), trainingTargets(), validationInputs(), validationTargets()};
    const RefineStart start{m_network->mixtureWeights(), m_network->parameters(), fromStrongestNonNone};
    // Its own generator, drawn from the seed and the epoch: refining does not change what the search does next.
    Rng rng(m_config.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(m_epoch));
    const CandidateRecorder record = [this](const SampledModel& candidate, double trainingMse, double validationMse) {
        recordModel(candidate, "refined", trainingMse, validationMse);
    };
    const RefineResult result = refineArchitecture(model, start, data, m_config, rng, m_stop, record, onRefine);
    m_model = std::move(model);
    return result.outcome;
}

void SearchEngine::recordModel(const SampledModel& model, const char* origin, double trainingMse, double validationMse) {
    HallOfFameEntry entry;
    entry.architecture = model.network().architecture();
    for (int index : model.parameterIndices()) entry.coefficients.push_back(model.network().parameters()[index]);
    for (const std::string& line : model.equations()) entry.equation += (entry.equation.empty() ? "" : "; ") + line;
    entry.parameterCount = model.parameterCount();
    entry.operationCount = model.operationCount();
    entry.operationCost = model.operationCost();
    entry.trainingMse = trainingMse;
    entry.validationMse = validationMse;
    entry.seed = m_config.seed;
    entry.origin = origin;
    m_hallOfFame.add(std::move(entry));
}

bool SearchEngine::isConstantModel() const {
    const auto spread = [](const Eigen::MatrixXd& values) {
        return values.size() == 0 ? 0.0 : (values.colwise().maxCoeff() - values.colwise().minCoeff()).maxCoeff();
    };
    const double target = spread(trainingTargets());
    return target > 0.0 && spread(m_model->predict(trainingInputs())) <= 1e-12 * target;
}

SampledModel SearchEngine::modelOf(const HallOfFameEntry& entry) const {
    const Network& net = *m_network;
    try {
        checkArchitectureShape(entry.architecture, net, "that model");
    } catch (const std::invalid_argument&) {
        throw std::invalid_argument("that model was found on a graph of another shape");
    }
    Network copy = net;
    copy.fixArchitecture(entry.architecture);
    SampledModel model(std::move(copy), m_inputNames, m_outputNames);
    const std::vector<int> indices = model.parameterIndices();
    if (indices.size() != entry.coefficients.size())
        throw std::invalid_argument("that model has " + std::to_string(entry.coefficients.size()) +
                                    " coefficients, but its architecture here has " + std::to_string(indices.size()));
    for (std::size_t i = 0; i < indices.size(); ++i) model.network().parameters()[indices[i]] = entry.coefficients[i];
    return model;
}

RunOutcome SearchEngine::refitModel(int steps) {
    if (!m_model) throw std::logic_error("there is no sampled model to refit yet");
    return finishModel(*m_model, steps);
}

RunOutcome SearchEngine::finishModel(SampledModel model, int steps) {
    RunOutcome outcome = fitCoefficients(model.network(), m_batches, steps, m_config, m_rng, m_stop);
    if (outcome.status == RunStatus::NumericalFault)
        outcome.message =
            withCause("refitting the sampled model: " + outcome.message, faultCause(model.network(), m_inputNames));
    if (outcome.completed() && m_config.polish) polishCoefficients(model, trainingInputs(), trainingTargets());
    // A model that cannot predict every row of the data does not replace one that can:
    // after a fault the last usable model stays. Without any model, it is still shown.
    if (m_model && !model.predict(*m_X).allFinite()) {
        if (outcome.status != RunStatus::NumericalFault) {
            outcome.status = RunStatus::NumericalFault;
            outcome.message = "the sampled model's predictions are not finite on every row of the data";
        }
        outcome.message += "; the previous model is kept";
        return outcome;
    }
    m_model = std::move(model);
    return outcome;
}

}  // namespace darts
