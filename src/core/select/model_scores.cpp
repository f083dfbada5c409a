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
    if (engine.hasValidation())
        scores.validationMse = fitMetrics(model->predict(engine.validationInputs()), engine.validationTargets()).mse;
    scores.parameterCount = model->parameterCount();
    scores.operationCount = model->operationCount();
    const double n = static_cast<double>(engine.trainingTargets().size());
    const double k = scores.parameterCount;
    // A perfect fit would give ln(0): the smallest positive double keeps the criteria finite and ordered.
    const double logMse = std::log(std::max(scores.trainingMse, std::numeric_limits<double>::min()));
    scores.bic = n * logMse + k * std::log(n);
    scores.aic = n * logMse + 2.0 * k;
    return scores;
}

}  // namespace darts
