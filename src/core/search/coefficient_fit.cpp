#include "search/coefficient_fit.h"

#include "optim/sgd.h"
#include "util/number_text.h"

#include <cmath>
#include <string>

namespace darts {

const char* nonFiniteDescription(double x) {
    if (std::isnan(x)) return "NaN";
    if (std::isinf(x)) return "infinite";
    return nullptr;
}

RunOutcome fitCoefficients(Network& network, BatchSource& batches, int steps, const SearchConfig& config,
                           Rng& rng, const std::atomic<bool>& stop, const std::string& where) {
    RunOutcome outcome;
    const Eigen::ArrayXd& mask = network.trainableMask();
    if (steps <= 0 || (mask == 0.0).all()) return outcome;

    MomentumSgd sgd(config.param_momentum, config.param_weight_decay);
    Eigen::VectorXd& theta = network.parameters();
    Eigen::VectorXd gradient(theta.size());
    Eigen::VectorXd before(theta.size());
    const Eigen::Index classifierStart = network.classifierWeightOffset();
    const Eigen::Index classifierSize = theta.size() - classifierStart;
    batches.reshuffle(rng);

    for (int step = 0; step < steps; ++step) {
        if (stop.load(std::memory_order_relaxed)) {
            outcome.status = RunStatus::Stopped;
            outcome.message = "stopped at coefficient step " + std::to_string(step + 1) + " of " + std::to_string(steps);
            return outcome;
        }
        const double lr = cosineLearningRate(step, steps, config.param_learning_rate_max, config.param_learning_rate_min);
        batches.next();
        const double loss = network.evaluate(batches.batchX(), batches.batchY(), Gradients::Coefficients);
        gradient = network.parameterGradient();
        before = theta;
        std::string fault, hint;
        if (const char* what = nonFiniteDescription(loss)) {
            fault = std::string("the loss became ") + what;
        } else if (!gradient.allFinite()) {
            fault = "the gradient of the coefficients became infinite or NaN";
        } else {
            clipGradientNorm(gradient, config.grad_clip);
            sgd.step(theta, gradient, mask, lr);
            // Extra shrinkage of the trainable output weights, as the reference applies after each step.
            theta.tail(classifierSize).array() -=
                config.classifier_weight_decay * lr * theta.tail(classifierSize).array() * mask.tail(classifierSize);
            if (!theta.allFinite()) {
                fault = "a coefficient overflowed";
                hint = "; param_learning_rate_max = " + formatRoundTrip(config.param_learning_rate_max) +
                       " may be too large";
            }
        }
        if (!fault.empty()) {
            theta = before;
            outcome.status = RunStatus::NumericalFault;
            outcome.message = fault + " at coefficient step " + std::to_string(step + 1) + where + hint;
            return outcome;
        }
        outcome.lastLoss = loss;
    }
    return outcome;
}

}  // namespace darts
