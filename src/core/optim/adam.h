#pragma once
/// @brief Adam with L2 weight decay, with the update written as PyTorch writes it.

#include <Eigen/Core>

namespace darts {

class Adam {
public:
    struct Settings {
        double learningRate = 3e-3;
        double beta1 = 0.5;  ///< the reference's choice for alpha (PyTorch's default is 0.9)
        double beta2 = 0.999;
        double epsilon = 1e-8;
        double weightDecay = 0.0;  ///< L2: weightDecay * theta is added to the gradient
    };

    Adam() = default;
    explicit Adam(Settings settings) : m_settings(settings) {}

    /// theta -= lr * mhat / (sqrt(vhat) + eps), with the moments of g + weightDecay * theta.
    void step(Eigen::Ref<Eigen::MatrixXd> theta, const Eigen::Ref<const Eigen::MatrixXd>& gradient);

    Settings& settings() { return m_settings; }
    const Settings& settings() const { return m_settings; }
    /// Named state, so that a session can save and restore it.
    long long stepCount() const { return m_step; }
    const Eigen::MatrixXd& firstMoment() const { return m_m; }
    const Eigen::MatrixXd& secondMoment() const { return m_v; }
    void restore(long long stepCount, Eigen::MatrixXd firstMoment, Eigen::MatrixXd secondMoment);
    void reset() { *this = Adam(m_settings); }

private:
    Settings m_settings;
    long long m_step = 0;
    Eigen::MatrixXd m_m;
    Eigen::MatrixXd m_v;
};

}  // namespace darts
