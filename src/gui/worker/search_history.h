#pragma once
/// @brief What the plots show of a search: the loss and the architecture
/// weights of every epoch so far. Lives in the GUI thread; the worker sends
/// the epochs since its last delivery and the controller appends them.

#include <Eigen/Core>

#include <vector>

namespace darts::gui {

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
    /// Appends `more` and leaves it empty.
    void take(SearchHistory& more);
};

}  // namespace darts::gui
