#pragma once
/// @brief Training a network's coefficients with alpha held: fresh SGD with
/// momentum, cosine learning rate, gradient clipping, classifier decay.

#include "network/network.h"
#include "search/batch_source.h"
#include "search/run_outcome.h"

#include <atomic>
#include <string>

namespace darts {

/// Runs `steps` coefficient updates on shuffled batches. Stops early when `stop`
/// becomes true, or when a loss, gradient or coefficient stops being finite:
/// then the coefficients are those from before the failing step. `where` follows
/// the step in a fault's message (" of epoch 3").
RunOutcome fitCoefficients(Network& network, BatchSource& batches, int steps, const SearchConfig& config,
                           Rng& rng, const std::atomic<bool>& stop, const std::string& where = {});

/// "NaN" / "infinite" / nullptr when x is finite.
const char* nonFiniteDescription(double x);

}  // namespace darts
