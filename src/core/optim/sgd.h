#pragma once
/// @brief SGD with momentum (PyTorch semantics), its cosine learning-rate
/// schedule and global gradient-norm clipping.

#include <Eigen/Core>

namespace darts {

class MomentumSgd {
public:
    MomentumSgd(double momentum, double weightDecay) : m_momentum(momentum), m_weightDecay(weightDecay) {}

    /// v = momentum * v + (g + weightDecay * theta); theta -= lr * v, over the
    /// entries where mask is 1 (the others neither move nor decay). The
    /// velocity starts empty: the first step uses the gradient itself.
    void step(Eigen::VectorXd& theta, const Eigen::VectorXd& gradient, const Eigen::ArrayXd& mask,
              double learningRate);

    const Eigen::VectorXd& velocity() const { return m_velocity; }

private:
    double m_momentum;
    double m_weightDecay;
    bool m_started = false;
    Eigen::VectorXd m_velocity;
};

/// Learning rate of step t (0-based) of T under cosine annealing from lrMax down to lrMin.
double cosineLearningRate(int step, int totalSteps, double lrMax, double lrMin);

/// Scales the gradient so that its L2 norm is at most maxNorm (PyTorch's
/// clip_grad_norm_: factor maxNorm / (norm + 1e-6) when below 1). Returns the norm before clipping.
double clipGradientNorm(Eigen::VectorXd& gradient, double maxNorm);

}  // namespace darts
