#include "recovery_laws.h"

#include "util/random.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace darts::bench {

const std::vector<RecoveryLaw>& recoveryLaws() {
    // Each law is a sum over hidden nodes of primitives of inputs or of earlier nodes, with the output layer's
    // fixed weights of one (the reference's default): a composition f(g(x)) therefore appears as g + f(g).
    // Ranges keep ln and 1/x away from their poles also in the extrapolation bands.
    static const std::vector<RecoveryLaw> laws = {
        {"lin-exp", "y = 1.5*x1 - 0.5 + exp(0.8*x2)",
         [](const double* x) { return 1.5 * x[0] - 0.5 + std::exp(0.8 * x[1]); },
         "k1 = linear(x1) + linear_exp(x2)",
         {{-2.0, 2.0}, {-1.0, 2.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_exp"},
        {"sin-shift", "y = sin(2*x1 + 0.5) + x2",
         [](const double* x) { return std::sin(2 * x[0] + 0.5) + x[1]; },
         "k1 = linear_sin(x1) + add(x2)", {{-2.0, 2.0}, {0.0, 3.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_sin"},
        {"log-lin", "y = log(x1) - 2*x2",
         [](const double* x) { return std::log(x[0]) - 2 * x[1]; },
         "k1 = linear_ln(x1) + mult(x2)", {{1.0, 5.0}, {-1.0, 1.0}}, 0.01,
         "none,add,subtract,mult,linear,linear_ln"},
        {"reciprocal", "y = 2/x1 + 0.5*x2",
         [](const double* x) { return 2 / x[0] + 0.5 * x[1]; },
         "k1 = linear_reciprocal(x1) + mult(x2)", {{1.0, 4.0}, {-2.0, 2.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_reciprocal"},
        {"exp-decay", "y = 3 + 2*exp(-0.7*x1)",
         [](const double* x) { return 3 + 2 * std::exp(-0.7 * x[0]); },
         "k1 = linear_exp(x1), k2 = linear(x1) with a = 0, b = 3",
         {{0.0, 4.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_exp"},
        {"linear-3", "y = 2*x1 - x2 + 0.5*x3 + 1",
         [](const double* x) { return 2 * x[0] - x[1] + 0.5 * x[2] + 1; },
         "k1 = linear(x1) + subtract(x2) + mult(x3)",
         {{-1.0, 1.0}, {-1.0, 1.0}, {-1.0, 1.0}}, 0.05,
         "none,add,subtract,mult,linear"},
        {"sum-sin", "y = (x1 + x2) + sin(x1 + x2)",
         [](const double* x) { return (x[0] + x[1]) + std::sin(x[0] + x[1]); },
         "k1 = add(x1) + add(x2), k2 = linear_sin(k1)",
         {{-1.5, 1.5}, {-1.5, 1.5}}, 0.0,
         "none,add,subtract,mult,linear,linear_sin"},
        {"sum-recip", "y = (x1 + 2*x2) + 1/(x1 + 2*x2)",
         [](const double* x) { return (x[0] + 2 * x[1]) + 1 / (x[0] + 2 * x[1]); },
         "k1 = add(x1) + mult(x2), k2 = linear_reciprocal(k1)",
         {{1.0, 3.0}, {0.5, 2.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_reciprocal"},
        {"noisy-sin", "y = 0.5*x1 + sin(x2)",
         [](const double* x) { return 0.5 * x[0] + std::sin(x[1]); },
         "k1 = mult(x1) + linear_sin(x2)", {{-3.0, 3.0}, {-3.0, 3.0}}, 0.05,
         "none,add,subtract,mult,linear,linear_sin"},
        {"exp-log-3", "y = exp(0.5*x1) + log(x2) - x3",
         [](const double* x) { return std::exp(0.5 * x[0]) + std::log(x[1]) - x[2]; },
         "k1 = linear_exp(x1) + linear_ln(x2) + subtract(x3)",
         {{-1.0, 2.0}, {1.0, 4.0}, {-1.0, 1.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_exp,linear_ln"},
    };
    return laws;
}

const RecoveryLaw& findRecoveryLaw(std::string_view name) {
    std::string names;
    for (const RecoveryLaw& law : recoveryLaws()) {
        if (law.name == name) return law;
        names += (names.empty() ? "" : ", ") + std::string(law.name);
    }
    throw std::invalid_argument("no law '" + std::string(name) + "'; the laws are: " + names);
}

LawData trainingData(const RecoveryLaw& law) {
    Rng rng(1);
    LawData data;
    data.X.resize(kTrainingRows, static_cast<Eigen::Index>(law.ranges.size()));
    for (Eigen::Index row = 0; row < data.X.rows(); ++row)
        for (Eigen::Index k = 0; k < data.X.cols(); ++k)
            data.X(row, k) = uniform(rng, law.ranges[static_cast<std::size_t>(k)].from, law.ranges[static_cast<std::size_t>(k)].to);
    data.y = noiselessValues(law, data.X);
    const double spread = std::sqrt((data.y.array() - data.y.mean()).square().mean());
    if (law.noise > 0.0)
        for (Eigen::Index row = 0; row < data.y.size(); ++row) data.y(row) += law.noise * spread * standardNormal(rng);
    return data;
}

Eigen::MatrixXd extrapolationInputs(const RecoveryLaw& law) {
    Rng rng(2);
    const auto inputs = static_cast<Eigen::Index>(law.ranges.size());
    Eigen::MatrixXd X(kExtrapolationRows, inputs);
    for (Eigen::Index row = 0; row < X.rows(); ++row)
        for (Eigen::Index k = 0; k < inputs; ++k) {
            const InputRange& r = law.ranges[static_cast<std::size_t>(k)];
            const double band = kBandShare * (r.to - r.from);
            X(row, k) = uniform01(rng) < 0.5 ? uniform(rng, r.from - band, r.from) : uniform(rng, r.to, r.to + band);
        }
    return X;
}

Eigen::VectorXd noiselessValues(const RecoveryLaw& law, const Eigen::MatrixXd& X) {
    if (X.cols() != static_cast<Eigen::Index>(law.ranges.size()) || X.cols() > 3)
        throw std::invalid_argument("law " + std::string(law.name) + " takes " + std::to_string(law.ranges.size()) +
                                    " inputs, not " + std::to_string(X.cols()));
    Eigen::VectorXd y(X.rows());
    double point[3];
    for (Eigen::Index row = 0; row < X.rows(); ++row) {
        for (Eigen::Index k = 0; k < X.cols(); ++k) point[k] = X(row, k);
        y(row) = law.value(point);
    }
    return y;
}

SearchConfig recoveryConfig(const RecoveryLaw& law, bool shared) {
    SearchConfig config;
    config.num_graph_nodes = 2;
    config.primitives = parsePrimitiveList(shared ? kSharedPrimitives : law.primitives);
    // The reference's architecture optimiser (one Adam step per epoch at 3e-3) and complexity penalty;
    // twice its coefficient steps per epoch and 300 epochs in place of 10, so that every alpha can move
    // by up to about 1 (300 x 3e-3) while the coefficients keep up with the mixture.
    config.max_epochs = 300;
    config.arch_updates_per_epoch = 1;
    config.param_updates_per_epoch = 20;
    config.arch_learning_rate_max = 3e-3;
    config.validation_share = 0.2;
    return config;
}

}  // namespace darts::bench
