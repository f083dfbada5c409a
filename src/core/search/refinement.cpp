#include "search/refinement.h"

#include "select/model_scores.h"

#include <unsupported/Eigen/LevenbergMarquardt>
#include <unsupported/Eigen/NumericalDiff>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <set>
#include <string>

namespace darts {
namespace {

/// Primitives tried on an empty edge by the local search: its strongest by mixture weight.
constexpr int kAlternativesPerEdge = 3;
/// Primitives tried on an empty edge while growing, by mixture weight (add and mult are always tried).
constexpr int kGrowthAlternatives = 4;
/// The spread of first steps of growth over the starts of a multi-start.
constexpr std::uint64_t kFirstSteps = 8;
/// A simpler model is kept when its held-out error is at most this much (relatively) above the current
/// one's, a more complex one only when its error is this much below: differences within it are noise.
constexpr double kOccamTolerance = 0.02;
/// Levenberg-Marquardt's budget of residual evaluations per coefficient fitted: a screening fit from the
/// current coefficients only, and a full fit from every starting point for the candidates that matter.
enum class Effort { Screen, Full };
constexpr int kScreenEvaluationsPerCoefficient = 12;
constexpr int kFullEvaluationsPerCoefficient = 40;
/// A screened candidate of the local search gets a full fit when its error is below this many times the best's.
constexpr double kWorthFitting = 1.5;
/// How many of the best screened candidates of a growth or pruning round get a full fit.
constexpr std::size_t kFullFitsPerRound = 3;

// Shares of refine_evaluations the phases may have used when they end, so that pruning (which turns a
// near-miss with a spare term into the law) is never starved by a long growth.
constexpr double kGrowShare = 0.6;
constexpr double kImproveShare = 0.8;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Fitted {
    Eigen::VectorXd parameters;  // the whole network vector
    double trainingMse = kInfinity;
    double validationMse = std::numeric_limits<double>::quiet_NaN();
    double score = kInfinity;  // held-out MSE, or BIC
    double bic = kInfinity;    // on the training rows
    Eigen::ArrayXd heldOutErrors;  // per held-out row, its squared error (summed over outputs)
    int complexity = 0;  // weighted, for the final choice (SampledModel::complexity)
    int size = 0;        // coefficients plus operations, what growth pays for each step
    bool usable = false;  // finite, and inside every primitive's domain on every row
};

// Residuals of the working network's predictions as a function of the coefficients in `indices`.
struct Residuals : Eigen::DenseFunctor<double> {
    Residuals(Network& net, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, const std::vector<int>& indices)
        : DenseFunctor(static_cast<int>(indices.size()), static_cast<int>(Y.size())),
          net(&net),
          X(X),
          Y(Y),
          indices(indices) {}

    int operator()(const InputType& theta, ValueType& residual) const {
        Eigen::VectorXd& parameters = net->parameters();
        for (std::size_t i = 0; i < indices.size(); ++i) parameters[indices[i]] = theta[static_cast<Eigen::Index>(i)];
        const Eigen::MatrixXd difference = net->predict(X) - Y;
        residual = Eigen::Map<const Eigen::VectorXd>(difference.data(), difference.size());
        // A non-finite residual would poison the solver's linear algebra: a large finite one makes it
        // reject the step instead.
        for (Eigen::Index i = 0; i < residual.size(); ++i)
            if (!std::isfinite(residual[i])) residual[i] = 1e150;
        return 0;
    }

    Network* net;
    const Eigen::MatrixXd& X;
    const Eigen::MatrixXd& Y;
    const std::vector<int>& indices;
};

/// The primitives that are `p` with some of its coefficients fixed (to 1 or 0, up to the output's own weight
/// and offset): a*x + b has a*x and x, a*x^b has x^2, sqrt(x), 1/x, a*x, exp(a*x + b) has exp(x).
std::vector<Primitive> specialCasesOf(Primitive p) {
    using P = Primitive;
    switch (p) {
        case P::Mult: return {P::Add, P::Subtract};
        case P::Linear: return {P::Mult, P::Add, P::Subtract};
        case P::Power: return {P::Square, P::Cube, P::Sqrt, P::Reciprocal, P::Mult, P::Add};
        case P::LinearRelu: return {P::Relu};
        case P::LinearLogistic: return {P::Logistic};
        case P::LinearExp: return {P::Exp};
        case P::LinearSin: return {P::Sin};
        case P::LinearCos: return {P::Cos};
        case P::LinearTanh: return {P::Tanh};
        case P::LinearReciprocal: return {P::Reciprocal};
        case P::LinearLn: return {P::Ln};
        case P::LinearSoftplus: return {P::Softplus};
        case P::LinearSoftminus: return {P::Softminus};
        default: return {};
    }
}

class Refiner {
public:
    Refiner(SampledModel& model, const RefineStart& start, const RefineData& data, const SearchConfig& config,
            Rng& rng, const std::atomic<bool>& stop, const CandidateRecorder& record, const RefineCallback& progress)
        : m_model(model),
          m_work(model),
          m_start(start),
          m_data(data),
          m_config(config),
          m_rng(rng),
          m_stop(stop),
          m_record(record),
          m_progress(progress) {
        const Network& net = m_work.network();
        for (int e = 0; e < net.edgeCount(); ++e) {
            std::vector<int> order;
            for (int m = 0; m < net.primitiveCount(); ++m)
                if (m != net.noneIndex() && net.isAvailable(e, m)) order.push_back(m);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return start.mixtureWeights(e, a) > start.mixtureWeights(e, b);
            });
            m_order.push_back(std::move(order));
        }
        for (Primitive p : net.primitives()) {
            std::vector<int> cases;
            for (Primitive q : specialCasesOf(p)) {
                const auto at = std::ranges::find(net.primitives(), q);
                if (at != net.primitives().end()) cases.push_back(static_cast<int>(at - net.primitives().begin()));
            }
            m_specialCases.push_back(std::move(cases));
        }
        const Eigen::MatrixXd centred = data.trainY.rowwise() - data.trainY.colwise().mean();
        m_errorFloor = kRoundingShare * centred.squaredNorm() / static_cast<double>(std::max<Eigen::Index>(1, centred.size()));
    }

    RefineResult run();

private:
    Network& work() { return m_work.network(); }
    /// The working network with this architecture and these coefficients (in that order: fixing the
    /// architecture holds the weights of the nodes the output does not read at 0).
    void use(const Architecture& arch, const Eigen::VectorXd& parameters) {
        work().parameters() = parameters;
        work().fixArchitecture(arch);
    }
    Architecture canonical(Architecture arch);
    std::vector<Architecture> neighbours(const Architecture& arch) const;
    std::vector<Eigen::VectorXd> startingPoints(const Architecture& arch, const Architecture& from);
    Fitted fit(const Architecture& arch, const std::vector<Eigen::VectorXd>& starts, Effort effort);
    double levenbergMarquardt(int evaluationsPerCoefficient);
    Fitted judge();
    bool better(const Fitted& candidate, const Fitted& current) const;
    /// Fits `candidate` from the usual starting points around `from` (and `extraStarts` after them), records a
    /// usable fit and reports progress.
    Fitted tryArchitecture(const Architecture& candidate, const Architecture& from, const Fitted& fromFit, Effort effort,
                           const std::vector<Eigen::VectorXd>& extraStarts = {});
    /// A full fit of a screened candidate, from its screened coefficients and from the usual starting points.
    Fitted fitFully(const Architecture& candidate, const Fitted& screened, const Architecture& from, const Fitted& fromFit);
    bool outOfTime(RefineResult& result);
    void grow(RefineResult& result);
    /// Screens every candidate not fitted before, then fits the best few (at least `atLeast`) fully; returns
    /// those, best first by penalised().
    std::vector<std::pair<Architecture, Fitted>> screenAndFit(const std::vector<Architecture>& candidates,
                                                              const Architecture& from, const Fitted& fromFit,
                                                              std::size_t atLeast, RefineResult& result);
    std::vector<int> growthOrder(int edge, bool asFactor) const;
    std::vector<std::pair<Architecture, Fitted>> ratios(const Architecture& current, const Fitted& currentFit,
                                                        int firstEmpty, RefineResult& result);
    std::vector<std::pair<Architecture, Fitted>> curvesOfProducts(const Architecture& empty, const Fitted& emptyFit,
                                                                  RefineResult& result);
    int edgeBetween(int source, int target) const;
    /// Whether every output reads `node` (1) or holds its weight at 0 (0).
    void setOutputLinks(Architecture& arch, int node, int link) const;
    int primitiveIndex(Primitive p) const;
    bool nodeIsEmpty(const Architecture& arch, int node) const;
    /// The node that edge `e` makes a mere copy (x, -x or a*x) of another node the output does not read, and
    /// that nothing else reads or adds to; -1 when it is not such an edge.
    int passedOnBy(const Architecture& arch, int e) const;
    double penalised(const Fitted& f) const;
    void improve(RefineResult& result);
    void prune(RefineResult& result);
    void choose();
    bool stopped() const { return m_stop.load(std::memory_order_relaxed); }

    SampledModel& m_model;
    SampledModel m_work;  // every candidate is fitted on this one network
    const RefineStart& m_start;
    const RefineData& m_data;
    const SearchConfig& m_config;
    Rng& m_rng;
    const std::atomic<bool>& m_stop;
    const CandidateRecorder& m_record;
    const RefineCallback& m_progress;
    std::vector<std::vector<int>> m_order;  // per edge: its primitives other than none, by mixture weight
    double m_errorFloor = 0.0;              // mean squared errors below this count as 0
    std::vector<std::vector<int>> m_specialCases;  // per primitive: the primitives it has as special cases
    int m_evaluated = 0;
    int m_phaseBudget = 0;                  // the current phase ends at this many evaluations
    std::set<Architecture> m_seen;          // every architecture fitted, so that none is fitted twice
    std::vector<std::pair<Architecture, Fitted>> m_fitted;  // every usable one, for the final choice
    Architecture m_current;                 // the best model so far (while improving)
    Fitted m_best;
};

Architecture Refiner::canonical(Architecture arch) {
    // fixArchitecture's own rules, so that one model is one architecture.
    work().fixArchitecture(std::move(arch));
    return work().architecture();
}

std::vector<Architecture> Refiner::neighbours(const Architecture& arch) const {
    const Network& net = m_work.network();
    std::vector<Architecture> result;
    const auto toggled = [&](std::vector<int> Architecture::*field, std::size_t i) {
        Architecture changed = arch;
        (changed.*field)[i] = 1 - (changed.*field)[i];
        result.push_back(std::move(changed));
    };
    if (net.hasProductNodes())
        for (std::size_t j = 0; j < arch.nodeKinds.size(); ++j) toggled(&Architecture::nodeKinds, j);
    if (net.hasTrainableOutputWeights())
        for (std::size_t k = 0; k < arch.outputLinks.size(); ++k) toggled(&Architecture::outputLinks, k);
    if (net.hasTrainableOutputBias())
        for (std::size_t o = 0; o < arch.outputBiases.size(); ++o) toggled(&Architecture::outputBiases, o);
    for (int e = 0; e < net.edgeCount(); ++e) {
        const int current = arch.choices[static_cast<std::size_t>(e)];
        if (current != net.noneIndex() && net.noneIndex() >= 0) {
            Architecture dropped = arch;
            dropped.choices[static_cast<std::size_t>(e)] = net.noneIndex();
            result.push_back(std::move(dropped));
        }
        // An edge in use tries every other primitive (a similar shape of another family is a common near
        // miss); an empty one its strongest few, as growth does.
        const bool inUse = current != net.noneIndex();
        int tried = 0;
        for (int m : m_order[static_cast<std::size_t>(e)]) {
            if (!inUse && tried == kAlternativesPerEdge) break;
            if (m == current) continue;
            Architecture changed = arch;
            changed.choices[static_cast<std::size_t>(e)] = m;
            result.push_back(std::move(changed));
            ++tried;
        }
    }
    return result;
}

// The current coefficients; the mixture's own for the candidate's primitives; fresh draws for what changed.
std::vector<Eigen::VectorXd> Refiner::startingPoints(const Architecture& arch, const Architecture& from) {
    const Network& net = m_work.network();
    const Eigen::VectorXd& current = net.parameters();
    std::vector<Eigen::VectorXd> starts{current};
    Eigen::VectorXd mixture = current;
    Eigen::VectorXd drawn = current;
    Eigen::VectorXd carried = current;
    for (int e = 0; e < net.edgeCount(); ++e) {
        const int m = arch.choices[static_cast<std::size_t>(e)];
        const int was = from.choices[static_cast<std::size_t>(e)];
        const PrimitiveInfo& info = primitiveInfo(net.primitives()[static_cast<std::size_t>(m)]);
        const int offset = net.coefficientOffset(e, m);
        mixture.segment(offset, info.coefficientCount) = m_start.mixtureCoefficients.segment(offset, info.coefficientCount);
        const auto target = static_cast<std::size_t>(net.edges()[static_cast<std::size_t>(e)].target);
        const bool changed = m != was || arch.nodeKinds[target] != from.nodeKinds[target];
        if (changed)
            for (int c = 0; c < info.coefficientCount; ++c)
                drawn[offset + c] = initialCoefficient(info.coefficients[static_cast<std::size_t>(c)], uniform(m_rng, -1.0, 1.0));
        // A special case keeps the general primitive's leading coefficients (a*x from a*x + b keeps its a): its
        // own, left from another fit, may sit across a pole of a denominator the edge feeds.
        if (m != was && std::ranges::find(m_specialCases[static_cast<std::size_t>(was)], m) != m_specialCases[static_cast<std::size_t>(was)].end())
            carried.segment(offset, info.coefficientCount) = current.segment(net.coefficientOffset(e, was), info.coefficientCount);
    }
    if (mixture != current) starts.push_back(std::move(mixture));
    if (drawn != current) starts.push_back(std::move(drawn));
    // First, so that a screening fit (from the first start only) starts there.
    if (carried != current) starts.insert(starts.begin(), std::move(carried));
    return starts;
}

double Refiner::levenbergMarquardt(int evaluationsPerCoefficient) {
    const std::vector<int> indices = m_work.parameterIndices();
    Network& net = work();
    if (indices.empty()) return (net.predict(m_data.trainX) - m_data.trainY).squaredNorm();
    Eigen::VectorXd theta(static_cast<Eigen::Index>(indices.size()));
    for (std::size_t i = 0; i < indices.size(); ++i) theta[static_cast<Eigen::Index>(i)] = net.parameters()[indices[i]];
    Residuals residuals(net, m_data.trainX, m_data.trainY, indices);
    Eigen::NumericalDiff<Residuals, Eigen::Forward> withJacobian(residuals);
    Eigen::LevenbergMarquardt<Eigen::NumericalDiff<Residuals, Eigen::Forward>> solver(withJacobian);
    solver.setMaxfev(evaluationsPerCoefficient * (static_cast<Eigen::Index>(indices.size()) + 1));
    solver.minimize(theta);
    // The solver's last evaluation need not be its best point: put the best back and measure it.
    for (std::size_t i = 0; i < indices.size(); ++i) net.parameters()[indices[i]] = theta[static_cast<Eigen::Index>(i)];
    return (net.predict(m_data.trainX) - m_data.trainY).squaredNorm();
}

// The working network as it stands: its errors, score and whether it can be used at all.
Fitted Refiner::judge() {
    Network& net = work();
    Fitted f;
    f.parameters = net.parameters();
    const Eigen::MatrixXd trainPrediction = net.predict(m_data.trainX);
    f.trainingMse = (trainPrediction - m_data.trainY).squaredNorm() / static_cast<double>(m_data.trainY.size());
    f.complexity = m_work.complexity();
    f.size = m_work.parameterCount() + m_work.operationCount();
    f.usable = trainPrediction.allFinite() && std::isfinite(f.trainingMse) && net.edgeOutsideDomain(m_data.trainX) < 0;
    {
        // Errors below the rounding floor are all exact fits: floored, BIC ranks them by their coefficients
        // alone, and the choice between them no longer hangs on the last bits of a CPU's exp and log.
        const double n = static_cast<double>(m_data.trainY.size());
        const double mse = std::max(f.trainingMse, m_errorFloor + std::numeric_limits<double>::min());
        f.bic = n * std::log(mse) + m_work.parameterCount() * std::log(n);
    }
    if (m_data.validY.rows() > 0) {
        const Eigen::MatrixXd validPrediction = net.predict(m_data.validX);
        f.heldOutErrors = (validPrediction - m_data.validY).array().square().rowwise().sum() /
                          static_cast<double>(m_data.validY.cols());
        f.validationMse = f.heldOutErrors.mean();
        f.usable = f.usable && validPrediction.allFinite() && net.edgeOutsideDomain(m_data.validX) < 0;
        f.score = f.validationMse;
    } else {
        f.score = f.bic;
    }
    if (!f.usable || !std::isfinite(f.score)) f.score = kInfinity;
    return f;
}

Fitted Refiner::fit(const Architecture& arch, const std::vector<Eigen::VectorXd>& starts, Effort effort) {
    Fitted best;
    best.parameters = starts.front();  // what an unusable architecture leaves the network with
    for (const Eigen::VectorXd& start : starts) {
        use(arch, start);
        levenbergMarquardt(effort == Effort::Screen ? kScreenEvaluationsPerCoefficient : kFullEvaluationsPerCoefficient);
        Fitted fitted = judge();
        // The best fit to the training rows wins; the held-out rows only judge the architecture.
        if (fitted.usable && (!best.usable || fitted.trainingMse < best.trainingMse)) best = std::move(fitted);
    }
    if (best.usable) {
        use(arch, best.parameters);
        if (m_record) m_record(m_work, best.trainingMse, best.validationMse);
    }
    ++m_evaluated;
    return best;
}

bool Refiner::better(const Fitted& candidate, const Fitted& current) const {
    if (!candidate.usable) return false;
    if (!current.usable) return true;
    if (m_data.validY.rows() == 0) return candidate.score < current.score;  // BIC weighs complexity itself
    // Errors this far below the target's spread are rounding: a noise-free law fitted exactly.
    const double floor = m_errorFloor;
    if (candidate.complexity < current.complexity)
        return candidate.score <= current.score * (1.0 + kOccamTolerance) + floor;
    if (candidate.complexity > current.complexity)
        return candidate.score + floor < current.score * (1.0 - kOccamTolerance);
    return candidate.score + floor < current.score;
}

Fitted Refiner::tryArchitecture(const Architecture& candidate, const Architecture& from, const Fitted& fromFit,
                                Effort effort, const std::vector<Eigen::VectorXd>& extraStarts) {
    use(from, fromFit.parameters);
    std::vector<Eigen::VectorXd> starts = startingPoints(candidate, from);
    if (effort == Effort::Screen) starts.resize(1);
    starts.insert(starts.end(), extraStarts.begin(), extraStarts.end());
    Fitted fitted = fit(candidate, starts, effort);
    if (fitted.usable) m_fitted.push_back({candidate, fitted});
    if (m_progress) m_progress(RefineProgress{m_evaluated, m_config.refine_evaluations, m_best.score});
    return fitted;
}

bool Refiner::outOfTime(RefineResult& result) {
    if (stopped()) {
        result.outcome.status = RunStatus::Stopped;
        result.outcome.message =
            "stopped refining after " + std::to_string(m_evaluated) + " architectures; the best model so far is kept";
        return true;
    }
    return m_evaluated >= m_phaseBudget;
}

// Forward selection from the empty model: each round adds the one primitive on an empty edge (or turns
// the one node into a product) that lowers the error most, while that pays (better()). Sparse laws are
// reached this way even when the sampled model is dense; the mixture weights only order the candidates.
void Refiner::grow(RefineResult& result) {
    const Network& net = m_work.network();
    if (net.noneIndex() < 0) return;
    Architecture current = m_current;
    std::ranges::fill(current.choices, net.noneIndex());
    std::ranges::fill(current.nodeKinds, static_cast<int>(NodeKind::Sum));
    std::ranges::fill(current.outputLinks, 1);
    std::ranges::fill(current.outputBiases, 1);
    current = canonical(current);
    m_seen.insert(current);
    // The empty model is a constant: start it at the targets' mean, whatever the sampled model's bias was
    // (a logistic output saturated far out has no gradient to come back with).
    Fitted empty = m_best;
    const Eigen::Index bias = net.classifierBiasOffset();
    for (Eigen::Index o = 0; o < net.outputCount(); ++o) {
        if (net.trainableMask()[bias + o] == 0.0) continue;
        const double mean = m_data.trainY.col(o).mean();
        const bool logistic = net.outputType() != OutputType::Real && net.outputType() != OutputType::ProbabilityDistribution;
        const double p = std::clamp(mean, 1e-6, 1.0 - 1e-6);
        empty.parameters[bias + o] = logistic ? std::log(p / (1.0 - p)) : mean;
    }
    Fitted currentFit = tryArchitecture(current, m_current, empty, Effort::Full);
    for (bool first = true; !outOfTime(result); first = false) {
        std::vector<Architecture> additions;
        // Empty nodes are interchangeable: a new term goes into a node that has terms, or the first empty one.
        int firstEmpty = -1;
        for (int j = 0; j < net.hiddenCount() && firstEmpty < 0; ++j)
            if (nodeIsEmpty(current, j)) firstEmpty = j;
        for (int e = 0; e < net.edgeCount(); ++e) {
            const auto edge = static_cast<std::size_t>(e);
            const int source = net.edges()[edge].source, target = net.edges()[edge].target;
            if (current.choices[edge] != net.noneIndex()) continue;
            if (source >= net.inputCount() && nodeIsEmpty(current, source - net.inputCount())) continue;  // it is 0
            if (nodeIsEmpty(current, target) && target != firstEmpty) continue;
            // Into a node that has an edge already, also as a new factor: a product is two moves from a sum of
            // one edge, and the sum in between need not be any better.
            const bool factor = net.hasProductNodes() && !nodeIsEmpty(current, target) &&
                                current.nodeKinds[static_cast<std::size_t>(target)] == static_cast<int>(NodeKind::Sum);
            for (int m : growthOrder(e, false)) {
                Architecture larger = current;
                larger.choices[edge] = m;
                additions.push_back(canonical(larger));
            }
            if (factor)
                for (int m : growthOrder(e, true)) {
                    Architecture larger = current;
                    larger.choices[edge] = m;
                    larger.nodeKinds[static_cast<std::size_t>(target)] = static_cast<int>(NodeKind::Product);
                    additions.push_back(canonical(larger));
                }
        }
        // The starts of a multi-start (seeds 0, 1, ...) take different first steps, the seed's place among the
        // best ones, so that greedy steps after them explore different ground; later steps are the best.
        const std::size_t rank = first ? static_cast<std::size_t>(m_config.seed % kFirstSteps) : 0;
        std::vector<std::pair<Architecture, Fitted>> tried = screenAndFit(additions, current, currentFit, rank + 1, result);
        for (auto& ratio : ratios(current, currentFit, firstEmpty, result)) tried.push_back(std::move(ratio));
        if (first)
            for (auto& curve : curvesOfProducts(current, currentFit, result)) tried.push_back(std::move(curve));
        std::ranges::stable_sort(tried, {}, [&](const auto& t) { return penalised(t.second); });
        if (tried.empty()) break;
        const auto& next = tried[std::min(rank, tried.size() - 1)];
        if (!(penalised(next.second) < penalised(currentFit))) break;
        current = next.first;
        currentFit = next.second;
    }
    if (better(currentFit, m_best)) {
        m_best = std::move(currentFit);
        m_current = current;
    }
}

// Ratios (a share, a rate per unit, a discounted value) are one input over a sum: a node that sums its terms
// is made a denominator, the first empty node dividing an input by it, in one step, as one more step each
// would pay nothing on the way. The sum's terms may have grown with other signs as a first approximation:
// a start with their magnitudes is tried besides the usual ones. With two empty nodes after a first term, the
// denominator may also be new: a line in one input (1 + c*x, a hyperbolic discount), the next empty node
// dividing by it.
std::vector<std::pair<Architecture, Fitted>> Refiner::ratios(const Architecture& current, const Fitted& currentFit,
                                                             int firstEmpty, RefineResult& result) {
    std::vector<std::pair<Architecture, Fitted>> found;
    const Network& net = m_work.network();
    const int add = primitiveIndex(Primitive::Add), reciprocal = primitiveIndex(Primitive::Reciprocal),
              linear = primitiveIndex(Primitive::Linear);
    if (!net.hasProductNodes() || firstEmpty < 0 || add < 0 || reciprocal < 0) return found;
    // `base` with node `ratioNode` = input / node `denominator`, the output reading the denominator or not.
    const auto tryRatios = [&](const Architecture& base, int denominator, int ratioNode,
                               const std::vector<Eigen::VectorXd>& extraStarts) {
        for (int input = 0; input < net.inputCount(); ++input)
            for (int link = 1; link >= 0; --link) {
                if (outOfTime(result)) return;
                Architecture ratio = base;
                ratio.choices[static_cast<std::size_t>(edgeBetween(input, ratioNode))] = add;
                ratio.choices[static_cast<std::size_t>(edgeBetween(net.inputCount() + denominator, ratioNode))] = reciprocal;
                ratio.nodeKinds[static_cast<std::size_t>(ratioNode)] = static_cast<int>(NodeKind::Product);
                setOutputLinks(ratio, denominator, link);
                ratio = canonical(ratio);
                if (!m_seen.insert(ratio).second) continue;
                Fitted fitted = tryArchitecture(ratio, current, currentFit, Effort::Full, extraStarts);
                if (fitted.usable) found.emplace_back(ratio, std::move(fitted));
            }
    };
    for (int j = 0; j < firstEmpty; ++j) {
        if (nodeIsEmpty(current, j) || current.nodeKinds[static_cast<std::size_t>(j)] != static_cast<int>(NodeKind::Sum)) continue;
        // The denominator's coefficients by their magnitudes.
        Eigen::VectorXd positive = currentFit.parameters;
        for (int e = 0; e < net.edgeCount(); ++e)
            if (net.edges()[static_cast<std::size_t>(e)].target == j) {
                const int m = current.choices[static_cast<std::size_t>(e)];
                const int offset = net.coefficientOffset(e, m);
                const int count = primitiveInfo(net.primitives()[static_cast<std::size_t>(m)]).coefficientCount;
                positive.segment(offset, count) = positive.segment(offset, count).cwiseAbs();
            }
        tryRatios(current, j, firstEmpty, {positive});
    }
    int secondEmpty = -1;
    for (int j = firstEmpty + 1; j < net.hiddenCount() && secondEmpty < 0; ++j)
        if (nodeIsEmpty(current, j)) secondEmpty = j;
    // Not as a first step: a line over a line fits many a curve roughly, and would crowd out the law's terms.
    if (linear < 0 || secondEmpty < 0 || firstEmpty == 0) return found;
    for (int input = 0; input < net.inputCount(); ++input) {
        Architecture withLine = current;
        withLine.choices[static_cast<std::size_t>(edgeBetween(input, firstEmpty))] = linear;
        tryRatios(withLine, firstEmpty, secondEmpty, {});
    }
    return found;
}

int Refiner::edgeBetween(int source, int target) const {
    const Network& net = m_work.network();
    for (int e = 0; e < net.edgeCount(); ++e)
        if (net.edges()[static_cast<std::size_t>(e)].source == source && net.edges()[static_cast<std::size_t>(e)].target == target)
            return e;
    return -1;
}

void Refiner::setOutputLinks(Architecture& arch, int node, int link) const {
    const int outputs = m_work.network().outputCount();
    for (int o = 0; o < outputs; ++o) arch.outputLinks[static_cast<std::size_t>(node * outputs + o)] = link;
}

int Refiner::primitiveIndex(Primitive p) const {
    const auto& primitives = m_work.network().primitives();
    const auto at = std::ranges::find(primitives, p);
    return at == primitives.end() ? -1 : static_cast<int>(at - primitives.begin());
}

// A curve of a rate or an interaction (exp(-t/S), exp(-k*t), the log of a ratio) is a primitive with
// coefficients applied to a product or ratio of two inputs. (A power of one is a product of powers, which
// growth reaches factor by factor.) From the empty model it is tried in one step:
// the product alone need not pay on the way (a line in t/S is a poor forgetting curve). Not for a probability:
// there the output's own function is the curve, and a second one would crowd out the other terms.
std::vector<std::pair<Architecture, Fitted>> Refiner::curvesOfProducts(const Architecture& empty, const Fitted& emptyFit,
                                                                       RefineResult& result) {
    const Network& net = m_work.network();
    const int add = primitiveIndex(Primitive::Add), reciprocal = primitiveIndex(Primitive::Reciprocal);
    if (!net.hasProductNodes() || net.hiddenCount() < 2 || add < 0 || net.outputType() != OutputType::Real) return {};
    const int inner = 0, outer = 1;  // both empty
    const int link = edgeBetween(net.inputCount() + inner, outer);
    std::vector<Architecture> candidates;
    // Bare too, so that a plain product is not beaten by a curve of it for want of being tried.
    for (Primitive curve : {Primitive::None, Primitive::LinearExp, Primitive::LinearLn, Primitive::LinearLogistic}) {
        const int u = primitiveIndex(curve);
        if (u < 0 || link < 0 || !net.isAvailable(link, u)) continue;
        for (int i = 0; i < net.inputCount(); ++i)
            for (int k = i + 1; k < net.inputCount(); ++k) {
                const int first = edgeBetween(i, inner), second = edgeBetween(k, inner);
                // x_i * x_k, x_i / x_k and x_k / x_i, where 1/x is defined on the input.
                for (const auto& [a, b] : {std::pair(add, add), std::pair(add, reciprocal), std::pair(reciprocal, add)}) {
                    if (a < 0 || b < 0 || !net.isAvailable(first, a) || !net.isAvailable(second, b)) continue;
                    Architecture arch = empty;
                    arch.choices[static_cast<std::size_t>(first)] = a;
                    arch.choices[static_cast<std::size_t>(second)] = b;
                    arch.nodeKinds[static_cast<std::size_t>(inner)] = static_cast<int>(NodeKind::Product);
                    arch.choices[static_cast<std::size_t>(link)] = u;
                    if (curve != Primitive::None) setOutputLinks(arch, inner, 0);
                    candidates.push_back(canonical(arch));
                }
            }
    }
    std::vector<std::pair<Architecture, Fitted>> found = screenAndFit(candidates, empty, emptyFit, kFullFitsPerRound, result);
    // A power of a shifted input, (1 + t)^-0.5: a line in the input under a*z^b, started where the line is
    // at least 1 on the data (z^b is defined only above 0) with a rising and a falling power.
    const int linear = primitiveIndex(Primitive::Linear), power = primitiveIndex(Primitive::Power);
    if (linear < 0 || power < 0 || link < 0 || !net.isAvailable(link, power)) return found;
    for (int i = 0; i < net.inputCount() && !outOfTime(result); ++i) {
        const int line = edgeBetween(i, inner);
        if (!net.isAvailable(line, linear)) continue;
        Architecture arch = empty;
        arch.choices[static_cast<std::size_t>(line)] = linear;
        arch.choices[static_cast<std::size_t>(link)] = power;
        setOutputLinks(arch, inner, 0);
        arch = canonical(arch);
        if (!m_seen.insert(arch).second) continue;
        std::vector<Eigen::VectorXd> shifted;
        for (const double exponent : {0.5, -0.5}) {
            Eigen::VectorXd start = emptyFit.parameters;
            start.segment(net.coefficientOffset(line, linear), 2) << 1.0, 1.0 - m_data.trainX.col(i).minCoeff();
            start.segment(net.coefficientOffset(link, power), 2) << 1.0, exponent;
            shifted.push_back(std::move(start));
        }
        Fitted fitted = tryArchitecture(arch, empty, emptyFit, Effort::Full, shifted);
        if (fitted.usable) found.emplace_back(arch, std::move(fitted));
    }
    return found;
}

std::vector<int> Refiner::growthOrder(int edge, bool asFactor) const {
    // The edge's strongest primitives by mixture weight, and the plain ones products are made of: x, a*x, and
    // a*x^b as a factor (as a term of a sum it imitates too many a curve).
    const std::vector<int>& order = m_order[static_cast<std::size_t>(edge)];
    std::vector<int> chosen(order.begin(), order.begin() + std::min<std::ptrdiff_t>(kGrowthAlternatives, std::ssize(order)));
    const Network& net = m_work.network();
    for (int m : order) {
        const Primitive p = net.primitives()[static_cast<std::size_t>(m)];
        if ((p == Primitive::Add || p == Primitive::Mult || (p == Primitive::Power && asFactor)) && std::ranges::find(chosen, m) == chosen.end())
            chosen.push_back(m);
    }
    return chosen;
}

bool Refiner::nodeIsEmpty(const Architecture& arch, int node) const {
    const Network& net = m_work.network();
    for (int e = 0; e < net.edgeCount(); ++e)
        if (net.edges()[static_cast<std::size_t>(e)].target == node && arch.choices[static_cast<std::size_t>(e)] != net.noneIndex())
            return false;
    return true;
}

int Refiner::passedOnBy(const Architecture& arch, int e) const {
    const Network& net = m_work.network();
    if (!net.hasTrainableOutputWeights()) return -1;
    const Edge& edge = net.edges()[static_cast<std::size_t>(e)];
    const Primitive p = net.primitives()[static_cast<std::size_t>(arch.choices[static_cast<std::size_t>(e)])];
    if (edge.source < net.inputCount() || (p != Primitive::Add && p != Primitive::Subtract && p != Primitive::Mult)) return -1;
    const int source = edge.source - net.inputCount(), target = edge.target;
    for (int o = 0; o < net.outputCount(); ++o)
        if (arch.outputLinks[static_cast<std::size_t>(source * net.outputCount() + o)] != 0) return -1;
    for (int f = 0; f < net.edgeCount(); ++f) {
        if (f == e || arch.choices[static_cast<std::size_t>(f)] == net.noneIndex()) continue;
        const Edge& other = net.edges()[static_cast<std::size_t>(f)];
        if (other.target == target || other.source == net.inputCount() + target ||
            (other.source == edge.source && other.target != target))
            return -1;
    }
    return target;
}

double Refiner::penalised(const Fitted& f) const {
    // BIC's trade of error against complexity, on the held-out error: growth adds what pays for itself.
    const double n = static_cast<double>(m_data.trainY.size());
    return n * std::log(std::max(f.score, m_errorFloor + std::numeric_limits<double>::min())) + f.size * std::log(n);
}

std::vector<std::pair<Architecture, Fitted>> Refiner::screenAndFit(const std::vector<Architecture>& candidates,
                                                                  const Architecture& from, const Fitted& fromFit,
                                                                  std::size_t atLeast, RefineResult& result) {
    std::vector<std::pair<Architecture, Fitted>> tried;
    for (const Architecture& candidate : candidates) {
        if (outOfTime(result)) break;
        if (!m_seen.insert(candidate).second) continue;
        Fitted fitted = tryArchitecture(candidate, from, fromFit, Effort::Screen);
        if (fitted.usable) tried.emplace_back(candidate, std::move(fitted));
    }
    std::ranges::stable_sort(tried, {}, [&](const auto& t) { return penalised(t.second); });
    const std::size_t full = std::min(tried.size(), std::max(kFullFitsPerRound, atLeast));
    for (std::size_t i = 0; i < full && !stopped(); ++i)
        tried[i].second = fitFully(tried[i].first, tried[i].second, from, fromFit);
    std::stable_sort(tried.begin(), tried.begin() + static_cast<std::ptrdiff_t>(full),
                     [&](const auto& a, const auto& b) { return penalised(a.second) < penalised(b.second); });
    tried.resize(full);
    return tried;
}

Fitted Refiner::fitFully(const Architecture& candidate, const Fitted& screened, const Architecture& from,
                         const Fitted& fromFit) {
    use(from, fromFit.parameters);
    std::vector<Eigen::VectorXd> starts = startingPoints(candidate, from);
    starts.front() = screened.parameters;
    Fitted fitted = fit(candidate, starts, Effort::Full);
    if (!fitted.usable || fitted.trainingMse > screened.trainingMse) fitted = screened;
    else m_fitted.push_back({candidate, fitted});
    return fitted;
}

// First improvement: the moves around the current model in turn; after a change, the moves around the
// new one, going on from the same place in the list; done when a whole turn changes nothing.
void Refiner::improve(RefineResult& result) {
    std::size_t position = 0, sinceChange = 0;
    std::vector<Architecture> moves = neighbours(m_current);
    while (sinceChange < moves.size() && !outOfTime(result)) {
        const Architecture candidate = canonical(moves[position % moves.size()]);
        ++position;
        ++sinceChange;
        if (!m_seen.insert(candidate).second) continue;
        Fitted fitted = tryArchitecture(candidate, m_current, m_best, Effort::Screen);
        // Only a candidate that comes near the best is worth a full fit.
        if (fitted.usable && fitted.score < kWorthFitting * m_best.score) fitted = fitFully(candidate, fitted, m_current, m_best);
        if (better(fitted, m_best)) {
            m_best = std::move(fitted);
            m_current = candidate;
            moves = neighbours(m_current);
            sinceChange = 0;
        }
    }
}

// Backward elimination from the best model: each round removes the one edge, output link or bias (or simplifies
// the one primitive) whose loss hurts least, until nothing is left to remove, so that the front holds a simpler model at every
// complexity below the best one, each refitted.
void Refiner::prune(RefineResult& result) {
    Architecture current = m_current;
    Fitted currentFit = m_best;
    const Network& net = m_work.network();
    while (!outOfTime(result)) {
        std::vector<Architecture> removals;
        for (std::size_t e = 0; e < current.choices.size(); ++e)
            if (current.choices[e] != net.noneIndex() && net.noneIndex() >= 0) {
                Architecture smaller = current;
                smaller.choices[e] = net.noneIndex();
                removals.push_back(canonical(smaller));
            }
        // A primitive that is a special case of the edge's (a*x for a*x + b, exp(x) for exp(a*x + b)) is a
        // simpler model too: the spare constant a near-miss carries goes.
        for (std::size_t e = 0; e < current.choices.size(); ++e)
            for (int simpler : m_specialCases[static_cast<std::size_t>(current.choices[e])]) {
                if (!net.isAvailable(static_cast<int>(e), simpler)) continue;
                Architecture smaller = current;
                smaller.choices[e] = simpler;
                removals.push_back(canonical(smaller));
            }
        // A node that only passes another one's value on (k2 = k1, k2 = -k1, k2 = a*k1: what a curve of a product
        // leaves when simplified): the output reads that one itself.
        for (int e = 0; e < net.edgeCount(); ++e)
            if (const int bypassed = passedOnBy(current, e); bypassed >= 0) {
                const int source = net.edges()[static_cast<std::size_t>(e)].source - net.inputCount();
                Architecture smaller = current;
                smaller.choices[static_cast<std::size_t>(e)] = net.noneIndex();
                for (int o = 0; o < net.outputCount(); ++o) {
                    smaller.outputLinks[static_cast<std::size_t>(source * net.outputCount() + o)] =
                        current.outputLinks[static_cast<std::size_t>(bypassed * net.outputCount() + o)];
                    smaller.outputLinks[static_cast<std::size_t>(bypassed * net.outputCount() + o)] = 0;
                }
                removals.push_back(canonical(smaller));
            }
        // A law without an offset: the bias held at 0 (its spare constant lets the others drift with the noise).
        if (net.hasTrainableOutputBias())
            for (std::size_t o = 0; o < current.outputBiases.size(); ++o)
                if (current.outputBiases[o]) {
                    Architecture smaller = current;
                    smaller.outputBiases[o] = 0;
                    removals.push_back(canonical(smaller));
                }
        if (std::ranges::count(current.outputLinks, 1) > 1)
            for (std::size_t k = 0; k < current.outputLinks.size(); ++k)
                if (current.outputLinks[k]) {
                    Architecture smaller = current;
                    smaller.outputLinks[k] = 0;
                    smaller = canonical(smaller);
                    if (smaller != current) removals.push_back(smaller);
                }
        // Removals fitted before (the improvement went through some) are looked up, the others screened and
        // the best of them fitted fully.
        std::optional<std::pair<Architecture, Fitted>> least;
        const auto consider = [&](const Architecture& candidate, const Fitted& fitted) {
            if (fitted.usable && (!least || fitted.score < least->second.score)) least.emplace(candidate, fitted);
        };
        for (const Architecture& candidate : removals)
            if (m_seen.contains(candidate))
                for (const auto& [arch, fitted] : m_fitted)
                    if (arch == candidate) consider(arch, fitted);
        for (const auto& [candidate, fitted] : screenAndFit(removals, current, currentFit, kFullFitsPerRound, result))
            consider(candidate, fitted);
        if (!least) break;
        current = least->first;
        currentFit = std::move(least->second);
        if (better(currentFit, m_best)) {
            m_best = currentFit;
            m_current = current;
        }
    }
}

// The simplest model whose held-out error is not clearly worse than the lowest: within `parsimony` standard
// errors of the mean difference over the same held-out rows (withinStandardErrors); the lower error among
// equally simple ones. Without held-out rows or parsimony, the lowest score (the simpler on a tie).
void Refiner::choose() {
    // On a tie (two exact fits, BIC's equal penalty for equal coefficients) the simpler model.
    const auto lowest = std::ranges::min_element(
        m_fitted, {}, [](const auto& f) { return std::pair(f.second.score, f.second.complexity); });
    if (lowest == m_fitted.end()) return;
    const std::pair<Architecture, Fitted>* chosen = &*lowest;
    if (m_data.validY.rows() > 0 && m_config.parsimony > 0.0)
        for (const auto& f : m_fitted) {
            const bool simpler = f.second.complexity < chosen->second.complexity ||
                                 (f.second.complexity == chosen->second.complexity && f.second.score < chosen->second.score);
            if (simpler && withinStandardErrors(f.second.heldOutErrors, lowest->second.heldOutErrors, m_config.parsimony,
                                                m_errorFloor))
                chosen = &f;
        }
    m_current = chosen->first;
    m_best = chosen->second;
}

RefineResult Refiner::run() {
    RefineResult result;
    m_current = work().architecture();
    m_seen.insert(m_current);
    m_best = fit(m_current, std::vector<Eigen::VectorXd>{work().parameters()}, Effort::Full);
    if (m_best.usable) m_fitted.push_back({m_current, m_best});
    if (m_start.fromStrongestNonNone) {
        // Every edge none: the strongest other primitive on each edge, and refinement prunes from there.
        Architecture strongest = m_current;
        for (std::size_t e = 0; e < strongest.choices.size(); ++e)
            if (!m_order[e].empty()) strongest.choices[e] = m_order[e].front();
        strongest = canonical(strongest);
        m_seen.insert(strongest);
        Fitted fitted = tryArchitecture(strongest, m_current, m_best, Effort::Full);
        if (fitted.usable && fitted.score < m_best.score) {
            m_best = std::move(fitted);
            m_current = strongest;
        }
    }
    const auto until = [&](double share) {
        m_phaseBudget = static_cast<int>(std::lround(share * m_config.refine_evaluations));
    };
    until(kGrowShare);
    grow(result);
    until(kImproveShare);
    improve(result);
    until(1.0);
    prune(result);
    choose();
    // A simpler model than the pruned one may be chosen, reached on another path: its own removals (an offset,
    // a spare coefficient) are tried too, while the budget lasts.
    for (Architecture pruned = m_current; !outOfTime(result);) {
        prune(result);
        choose();
        if (m_current == pruned) break;
        pruned = m_current;
    }
    // The chosen model may have had only a screening fit: a full one from where it is (unless stopped).
    if (m_best.usable && !stopped()) {
        Fitted polished = fit(m_current, std::vector<Eigen::VectorXd>{m_best.parameters}, Effort::Full);
        if (polished.usable && polished.trainingMse <= m_best.trainingMse) m_best = std::move(polished);
    }
    result.evaluated = m_evaluated;
    if (!m_best.usable) return result;
    result.improved = m_model.network().architecture() != m_current;
    m_model.network().parameters() = m_best.parameters;
    m_model.network().fixArchitecture(m_current);
    return result;
}

}  // namespace

RefineResult refineArchitecture(SampledModel& model, const RefineStart& start, const RefineData& data,
                                const SearchConfig& config, Rng& rng, const std::atomic<bool>& stop,
                                const CandidateRecorder& record, const RefineCallback& progress) {
    if (!model.network().isFixed()) throw std::invalid_argument("refineArchitecture: the model's network must be fixed");
    Refiner refiner(model, start, data, config, rng, stop, record, progress);
    return refiner.run();
}

}  // namespace darts
