#include "network/output_function.h"

#include <cmath>

namespace darts {
namespace {

bool usesLogistic(OutputType t) {
    return t == OutputType::Sigmoid || t == OutputType::Probability || t == OutputType::ProbabilitySample;
}

}  // namespace

double outputLoss(OutputType type, const Eigen::Ref<const Eigen::MatrixXd>& logits,
                  const Eigen::Ref<const Eigen::MatrixXd>& targets, Eigen::Ref<Eigen::MatrixXd>* gradient) {
    const Eigen::Index n = logits.rows();
    const double count = static_cast<double>(logits.size());
    if (type == OutputType::Real) {
        const auto diff = (logits - targets).array();
        if (gradient) *gradient = (2.0 / count) * diff.matrix();
        return diff.square().sum() / count;
    }
    if (usesLogistic(type)) {
        const Eigen::ArrayXXd p = 1.0 / (1.0 + (-logits.array()).exp());
        const Eigen::ArrayXXd diff = p - targets.array();
        if (gradient) *gradient = ((2.0 / count) * diff * p * (1.0 - p)).matrix();
        return diff.square().sum() / count;
    }
    // Cross-entropy with soft targets: mean over rows of -sum(y * log_softmax(z)).
    const Eigen::VectorXd rowMax = logits.rowwise().maxCoeff();
    const Eigen::ArrayXXd shifted = logits.array().colwise() - rowMax.array();
    const Eigen::ArrayXd logSum = shifted.exp().rowwise().sum().log();
    const Eigen::ArrayXXd logSoftmax = shifted.colwise() - logSum;
    if (gradient) {
        const Eigen::ArrayXd targetMass = targets.array().rowwise().sum();
        *gradient = ((logSoftmax.exp().colwise() * targetMass - targets.array()) / static_cast<double>(n)).matrix();
    }
    return -(targets.array() * logSoftmax).sum() / static_cast<double>(n);
}

void applyOutputFunction(OutputType type, Eigen::MatrixXd& values) {
    if (usesLogistic(type)) {
        values = (1.0 / (1.0 + (-values.array()).exp())).matrix();
    } else if (type == OutputType::ProbabilityDistribution) {
        const Eigen::VectorXd rowMax = values.rowwise().maxCoeff();
        Eigen::ArrayXXd e = (values.array().colwise() - rowMax.array()).exp();
        const Eigen::ArrayXd sums = e.rowwise().sum();
        values = (e.colwise() / sums).matrix();
    }
}

Eigen::MatrixXd rowSoftmax(const Eigen::MatrixXd& values) {
    Eigen::MatrixXd result = values;
    applyOutputFunction(OutputType::ProbabilityDistribution, result);
    return result;
}

const char* outputFunctionName(OutputType type) {
    if (usesLogistic(type)) return "logistic";
    if (type == OutputType::ProbabilityDistribution) return "softmax";
    return "";
}

}  // namespace darts
