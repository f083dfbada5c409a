#pragma once
/// @brief Output functions and training losses of the output types.

#include "search/search_config.h"

#include <Eigen/Core>

namespace darts {

/// Training loss of raw output-layer values against targets (both n x o).
/// When `gradient` is not null it receives dLoss/dlogits (n x o).
double outputLoss(OutputType type, const Eigen::Ref<const Eigen::MatrixXd>& logits,
                  const Eigen::Ref<const Eigen::MatrixXd>& targets, Eigen::Ref<Eigen::MatrixXd>* gradient);

/// Applies the output function in place: identity, logistic, or softmax across each row.
void applyOutputFunction(OutputType type, Eigen::MatrixXd& values);

/// Softmax of every row (the mixture weights of original DARTS, from alpha).
Eigen::MatrixXd rowSoftmax(const Eigen::MatrixXd& values);

/// The output function's name as equations show it ("" for identity).
const char* outputFunctionName(OutputType type);

}  // namespace darts
