#include "search/refinement.h"

#include <unsupported/Eigen/LevenbergMarquardt>
#include <unsupported/Eigen/NumericalDiff>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <numeric>
#include <string>

namespace darts {
namespace {

/// Primitives tried on an edge besides none: its next ones by mixture weight.
constexpr int kAlternativesPerEdge = 3;
/// A simpler model is kept when its held-out error is at most this much (relatively) above the current
/// one's, a more complex one only when its error is this much below: differences within it are noise.
constexpr double kOccamTolerance = 0.02;
/// Levenberg-Marquardt's budget of residual evaluations per coefficient fitted.
constexpr int kEvaluationsPerCoefficient = 40;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Fitted {
    Eigen::VectorXd parameters;  // the whole network vector
    double trainingMse = kInfinity;
    double validationMse = std::numeric_limits<double>::quiet_NaN();
    double score = kInfinity;  // held-out MSE, or BIC
    int complexity = 0;
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
        const Eigen::MatrixXd centred = data.trainY.rowwise() - data.trainY.colwise().mean();
        m_errorFloor = 1e-12 * centred.squaredNorm() / static_cast<double>(std::max<Eigen::Index>(1, centred.size()));
    }

    RefineResult run();

private:
    Network& work() { return m_work.network(); }
    Architecture canonical(Architecture arch);
    std::vector<Architecture> neighbours(const Architecture& arch) const;
    std::vector<Eigen::VectorXd> startingPoints(const Architecture& arch, const Architecture& from);
    Fitted fit(const Architecture& arch, const std::vector<Eigen::VectorXd>& starts);
    double levenbergMarquardt();
    Fitted judge();
    bool better(const Fitted& candidate, const Fitted& current) const;
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
    int m_evaluated = 0;
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
    for (int e = 0; e < net.edgeCount(); ++e) {
        const int current = arch.choices[static_cast<std::size_t>(e)];
        if (current != net.noneIndex() && net.noneIndex() >= 0) {
            Architecture dropped = arch;
            dropped.choices[static_cast<std::size_t>(e)] = net.noneIndex();
            result.push_back(std::move(dropped));
        }
        int tried = 0;
        for (int m : m_order[static_cast<std::size_t>(e)]) {
            if (tried == kAlternativesPerEdge) break;
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
    for (int e = 0; e < net.edgeCount(); ++e) {
        const int m = arch.choices[static_cast<std::size_t>(e)];
        const PrimitiveInfo& info = primitiveInfo(net.primitives()[static_cast<std::size_t>(m)]);
        const int offset = net.coefficientOffset(e, m);
        mixture.segment(offset, info.coefficientCount) = m_start.mixtureCoefficients.segment(offset, info.coefficientCount);
        const auto target = static_cast<std::size_t>(net.edges()[static_cast<std::size_t>(e)].target);
        const bool changed = m != from.choices[static_cast<std::size_t>(e)] || arch.nodeKinds[target] != from.nodeKinds[target];
        if (changed)
            for (int c = 0; c < info.coefficientCount; ++c)
                drawn[offset + c] = initialCoefficient(info.coefficients[static_cast<std::size_t>(c)], uniform(m_rng, -1.0, 1.0));
    }
    if (mixture != current) starts.push_back(std::move(mixture));
    if (drawn != current) starts.push_back(std::move(drawn));
    return starts;
}

double Refiner::levenbergMarquardt() {
    const std::vector<int> indices = m_work.parameterIndices();
    Network& net = work();
    if (indices.empty()) return (net.predict(m_data.trainX) - m_data.trainY).squaredNorm();
    Eigen::VectorXd theta(static_cast<Eigen::Index>(indices.size()));
    for (std::size_t i = 0; i < indices.size(); ++i) theta[static_cast<Eigen::Index>(i)] = net.parameters()[indices[i]];
    Residuals residuals(net, m_data.trainX, m_data.trainY, indices);
    Eigen::NumericalDiff<Residuals, Eigen::Forward> withJacobian(residuals);
    Eigen::LevenbergMarquardt<Eigen::NumericalDiff<Residuals, Eigen::Forward>> solver(withJacobian);
    solver.setMaxfev(kEvaluationsPerCoefficient * (static_cast<Eigen::Index>(indices.size()) + 1));
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
    f.complexity = m_work.parameterCount() + m_work.operationCount();
    f.usable = trainPrediction.allFinite() && std::isfinite(f.trainingMse) && net.edgeOutsideDomain(m_data.trainX) < 0;
    if (m_data.validY.rows() > 0) {
        const Eigen::MatrixXd validPrediction = net.predict(m_data.validX);
        f.validationMse = (validPrediction - m_data.validY).squaredNorm() / static_cast<double>(m_data.validY.size());
        f.usable = f.usable && validPrediction.allFinite() && net.edgeOutsideDomain(m_data.validX) < 0;
        f.score = f.validationMse;
    } else {
        const double n = static_cast<double>(m_data.trainY.size());
        f.score = n * std::log(std::max(f.trainingMse, std::numeric_limits<double>::min())) +
                  m_work.parameterCount() * std::log(n);
    }
    if (!f.usable || !std::isfinite(f.score)) f.score = kInfinity;
    return f;
}

Fitted Refiner::fit(const Architecture& arch, const std::vector<Eigen::VectorXd>& starts) {
    Fitted best;
    for (const Eigen::VectorXd& start : starts) {
        work().fixArchitecture(arch);
        work().parameters() = start;
        levenbergMarquardt();
        Fitted fitted = judge();
        // The best fit to the training rows wins; the held-out rows only judge the architecture.
        if (fitted.usable && (!best.usable || fitted.trainingMse < best.trainingMse)) best = std::move(fitted);
    }
    if (best.usable) {
        work().parameters() = best.parameters;
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

RefineResult Refiner::run() {
    RefineResult result;
    const int budget = m_config.refine_evaluations;
    Architecture current = work().architecture();
    std::set<Architecture> seen{current};  // every architecture fitted, so that none is fitted twice
    Fitted best = fit(current, {work().parameters()});
    if (m_start.fromStrongestNonNone) {
        // Every edge none: the strongest other primitive on each edge, and refinement prunes from there.
        Architecture strongest = current;
        for (std::size_t e = 0; e < strongest.choices.size(); ++e)
            if (!m_order[e].empty()) strongest.choices[e] = m_order[e].front();
        strongest = canonical(strongest);
        work().fixArchitecture(current);
        work().parameters() = best.parameters;
        const std::vector<Eigen::VectorXd> starts = startingPoints(strongest, current);
        Fitted fitted = fit(strongest, starts);
        seen.insert(strongest);
        if (fitted.usable && fitted.score < best.score) {
            best = std::move(fitted);
            current = strongest;
        }
    }
    const auto restoreBest = [&] {
        work().fixArchitecture(current);
        work().parameters() = best.parameters;
    };
    restoreBest();

    // First improvement: the moves around the current model in turn; after a change, the moves around the
    // new one, going on from the same place in the list; done when a whole turn changes nothing.
    std::size_t position = 0, sinceChange = 0;
    std::vector<Architecture> moves = neighbours(current);
    while (m_evaluated < budget && sinceChange < moves.size()) {
        if (stopped()) {
            result.outcome.status = RunStatus::Stopped;
            result.outcome.message = "stopped refining after " + std::to_string(m_evaluated) +
                                     " architectures; the best model so far is kept";
            break;
        }
        const Architecture candidate = canonical(moves[position % moves.size()]);
        ++position;
        ++sinceChange;
        if (!seen.insert(candidate).second) continue;
        restoreBest();
        const std::vector<Eigen::VectorXd> starts = startingPoints(candidate, current);
        Fitted fitted = fit(candidate, starts);
        if (better(fitted, best)) {
            best = std::move(fitted);
            current = candidate;
            moves = neighbours(current);
            sinceChange = 0;
        }
        restoreBest();
        if (m_progress) m_progress(RefineProgress{m_evaluated, budget, best.score});
    }
    restoreBest();
    result.evaluated = m_evaluated;
    if (best.usable && m_model.network().architecture() != current) result.improved = true;
    if (best.usable && (result.improved || best.parameters != m_model.network().parameters())) {
        m_model.network().fixArchitecture(current);
        m_model.network().parameters() = best.parameters;
    }
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
