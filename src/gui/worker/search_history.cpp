#include "worker/search_history.h"

#include <iterator>
#include <limits>

namespace darts::gui {

void SearchHistory::clear() {
    epochs.clear();
    losses.clear();
    validationLosses.clear();
    weights.clear();
    nodeWeights.clear();
}

void SearchHistory::take(SearchHistory& more) {
    epochs.insert(epochs.end(), more.epochs.begin(), more.epochs.end());
    // Pads first, so that every validation loss stays beside its own epoch.
    validationLosses.resize(losses.size(), std::numeric_limits<double>::quiet_NaN());
    losses.insert(losses.end(), more.losses.begin(), more.losses.end());
    validationLosses.insert(validationLosses.end(), more.validationLosses.begin(), more.validationLosses.end());
    weights.insert(weights.end(), std::make_move_iterator(more.weights.begin()),
                   std::make_move_iterator(more.weights.end()));
    nodeWeights.resize(weights.size() - more.weights.size());  // likewise beside its own epoch
    nodeWeights.insert(nodeWeights.end(), std::make_move_iterator(more.nodeWeights.begin()),
                       std::make_move_iterator(more.nodeWeights.end()));
    more.clear();
}

}  // namespace darts::gui
