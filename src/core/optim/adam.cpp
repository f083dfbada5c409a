#include "optim/adam.h"

#include <cmath>

namespace darts {

void Adam::step(Eigen::Ref<Eigen::MatrixXd> theta, const Eigen::Ref<const Eigen::MatrixXd>& gradient) {
    if (m_step == 0) {
        m_m.setZero(theta.rows(), theta.cols());
        m_v.setZero(theta.rows(), theta.cols());
    }
    ++m_step;
    const Settings& s = m_settings;
    const auto g = (gradient + s.weightDecay * theta).array();
    m_m.array() = s.beta1 * m_m.array() + (1.0 - s.beta1) * g;
    m_v.array() = s.beta2 * m_v.array() + (1.0 - s.beta2) * g.square();
    const double biasCorrection1 = 1.0 - std::pow(s.beta1, static_cast<double>(m_step));
    const double biasCorrection2 = 1.0 - std::pow(s.beta2, static_cast<double>(m_step));
    const double stepSize = s.learningRate / biasCorrection1;
    const auto denominator = m_v.array().sqrt() / std::sqrt(biasCorrection2) + s.epsilon;
    theta.array() -= stepSize * m_m.array() / denominator;
}

void Adam::restore(long long stepCount, Eigen::MatrixXd firstMoment, Eigen::MatrixXd secondMoment) {
    m_step = stepCount;
    m_m = std::move(firstMoment);
    m_v = std::move(secondMoment);
}

}  // namespace darts
