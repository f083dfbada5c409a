#pragma once
/// @brief What the plots show of a search: the loss and the architecture
/// weights of every epoch so far, thinned evenly on long runs. Lives in the GUI
/// thread; the worker sends the epochs since its last delivery and the
/// controller appends them.

#include <Eigen/Core>

#include <vector>

namespace darts::gui {

/// Beyond this many epochs the history is thinned (SearchHistory::take), so that a run of any length takes a
/// few MB: every epoch up to here, then every second one of the whole run, every fourth, ...
inline constexpr std::size_t kMaxHistoryEpochs = 4096;

struct SearchHistory {
    std::vector<int> epochs;               ///< epoch numbers, increasing
    std::vector<double> losses;            ///< loss of each epoch
    /// Loss on the held-out rows of each epoch (NaN without any); may be shorter than `losses` when a
    /// caller fills only the training loss: the missing ones count as NaN.
    std::vector<double> validationLosses;
    std::vector<Eigen::MatrixXd> weights;  ///< mixture weights of each epoch (mixtureWeightsOf alpha), edges x primitives
    /// With product nodes, each epoch's node weights (hidden nodes x 2: sum, product); an empty matrix where
    /// there are none. May be shorter than `epochs` when a caller fills only the edges: the missing ones are empty.
    std::vector<Eigen::MatrixXd> nodeWeights;

    bool empty() const { return epochs.empty(); }
    std::size_t size() const { return epochs.size(); }
    void clear();
    /// Appends `more` and leaves it empty. Beyond kMaxHistoryEpochs, the history keeps the epochs on an even
    /// grid over the whole run (every second, every fourth, ... counted from the first), the last epoch, and
    /// those with the lowest and highest loss and held-out loss.
    void take(SearchHistory& more);

private:
    void keepGrid();
    int m_stride = 1;  // the grid's spacing in epochs
};

}  // namespace darts::gui
