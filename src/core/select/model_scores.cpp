#include "select/model_scores.h"

#include "search/search_engine.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace darts {

ModelScores scoreModel(const SearchEngine& engine) {
    const SampledModel* model = engine.model();
    if (!model) throw std::logic_error("scoreModel: the engine has no sampled model");
    ModelScores scores;
    scores.trainingMse = fitMetrics(model->predict(engine.trainingInputs()), engine.trainingTargets()).mse;
    if (engine.hasValidation()) {
        const Eigen::MatrixXd& V = engine.validationTargets();
        const Eigen::MatrixXd predicted = model->predict(engine.validationInputs());
        scores.validationMse = fitMetrics(predicted, V).mse;
        scores.heldOutErrors = (predicted - V).array().square().rowwise().sum() / static_cast<double>(V.cols());
    }
    const Eigen::MatrixXd& Y = engine.trainingTargets();
    scores.errorFloor = kRoundingShare * (Y.rowwise() - Y.colwise().mean()).squaredNorm() / static_cast<double>(std::max<Eigen::Index>(1, Y.size()));
    scores.parameterCount = model->parameterCount();
    scores.operationCount = model->operationCount();
    scores.complexity = model->complexity();
    const double n = static_cast<double>(engine.trainingTargets().size());
    const double k = scores.parameterCount;
    // A perfect fit would give ln(0): the smallest positive double keeps the criteria finite and ordered.
    const double logMse = std::log(std::max(scores.trainingMse, std::numeric_limits<double>::min()));
    scores.bic = n * logMse + k * std::log(n);
    scores.aic = n * logMse + 2.0 * k;
    return scores;
}

bool withinStandardErrors(const Eigen::ArrayXd& errors, const Eigen::ArrayXd& bestErrors, double k, double floor) {
    if (errors.size() != bestErrors.size() || errors.size() == 0) return false;
    const Eigen::ArrayXd difference = errors - bestErrors;
    const double n = static_cast<double>(difference.size());
    const double mean = difference.mean();
    const double standardError = n > 1 ? std::sqrt((difference - mean).square().sum() / (n - 1) / n) : 0.0;
    // A few wild rows inflate the standard error as much as the mean: the relative bound keeps a model that
    // is far off on them from passing as not clearly worse.
    return mean <= k * standardError + floor && mean <= kMostParsimonyShare * bestErrors.mean() + floor;
}

}  // namespace darts
