#include "optim/sgd.h"

#include <cmath>
#include <numbers>

namespace darts {

void MomentumSgd::step(Eigen::VectorXd& theta, const Eigen::VectorXd& gradient, const Eigen::ArrayXd& mask,
                       double learningRate) {
    if (!m_started) {
        m_velocity = ((gradient + m_weightDecay * theta).array() * mask).matrix();
        m_started = true;
    } else {
        m_velocity.array() = m_momentum * m_velocity.array() + (gradient + m_weightDecay * theta).array() * mask;
    }
    theta -= learningRate * m_velocity;
}

double cosineLearningRate(int step, int totalSteps, double lrMax, double lrMin) {
    if (totalSteps <= 0) return lrMax;
    return lrMin + (lrMax - lrMin) * (1.0 + std::cos(std::numbers::pi * step / totalSteps)) / 2.0;
}

double clipGradientNorm(Eigen::VectorXd& gradient, double maxNorm) {
    const double norm = gradient.norm();
    const double factor = maxNorm / (norm + 1e-6);
    if (factor < 1.0) gradient *= factor;
    return norm;
}

}  // namespace darts
