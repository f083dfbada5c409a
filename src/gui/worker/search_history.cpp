#include "worker/search_history.h"

#include <cmath>
#include <iterator>
#include <limits>

namespace darts::gui {

void SearchHistory::clear() {
    m_stride = 1;
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
    if (m_stride > 1) keepGrid();  // the epochs just taken, to the grid
    while (size() > kMaxHistoryEpochs) {
        m_stride *= 2;
        keepGrid();
    }
}

namespace {

/// Keeps the entries of `items` that `keep` marks (entries beyond keep's size are dropped).
template <typename T>
void compact(std::vector<T>& items, const std::vector<bool>& keep) {
    std::size_t to = 0;
    for (std::size_t from = 0; from < items.size() && from < keep.size(); ++from)
        if (keep[from]) items[to++] = std::move(items[from]);
    items.resize(to);
}

void markExtremes(const std::vector<double>& values, std::vector<bool>& keep) {
    std::size_t low = values.size(), high = values.size();
    for (std::size_t i = 0; i < values.size() && i < keep.size(); ++i) {
        if (!std::isfinite(values[i])) continue;
        if (low == values.size() || values[i] < values[low]) low = i;
        if (high == values.size() || values[i] > values[high]) high = i;
    }
    if (low < keep.size()) keep[low] = true;
    if (high < keep.size()) keep[high] = true;
}

}  // namespace

void SearchHistory::keepGrid() {
    if (empty()) return;
    std::vector<bool> keep(size(), false);
    for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = (epochs[i] - epochs.front()) % m_stride == 0;
    keep.back() = true;
    markExtremes(losses, keep);
    markExtremes(validationLosses, keep);
    compact(epochs, keep);
    compact(losses, keep);
    compact(validationLosses, keep);
    compact(weights, keep);
    compact(nodeWeights, keep);
}

}  // namespace darts::gui
