#include "worker/search_history.h"

#include <iterator>

namespace darts::gui {

void SearchHistory::clear() {
    epochs.clear();
    losses.clear();
    weights.clear();
}

void SearchHistory::take(SearchHistory& more) {
    epochs.insert(epochs.end(), more.epochs.begin(), more.epochs.end());
    losses.insert(losses.end(), more.losses.begin(), more.losses.end());
    weights.insert(weights.end(), std::make_move_iterator(more.weights.begin()),
                   std::make_move_iterator(more.weights.end()));
    more.clear();
}

}  // namespace darts::gui
