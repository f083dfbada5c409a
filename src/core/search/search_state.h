#pragma once
/// @brief Everything that decides how a search goes on from here, as plain values,
/// so that a session can save it and a new engine can continue bit for bit.

#include "select/hall_of_fame.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace darts {

class Network;

/// The discrete model drawn from alpha: what the sampled copy of the network
/// holds beyond the search network it was copied from.
struct SampledModelState {
    Architecture architecture;   ///< its primitives, node kinds and output links
    Eigen::VectorXd parameters;  ///< the model network's parameters(), refitted
};

/// The rest is fixed by the settings and the data: the engine rebuilds it from them.
struct SearchState {
    int epoch = 0;                     ///< epochs completed since the network was built
    std::vector<double> lossHistory;   ///< one loss per epoch (NaN for an epoch without any step)
    std::vector<double> validationLossHistory;  ///< one per epoch with held-out rows, else empty
    Eigen::MatrixXd alpha;             ///< edges x primitives
    Eigen::VectorXd parameters;        ///< Network::parameters()
    long long adamSteps = 0;           ///< Adam's step count on alpha
    Eigen::MatrixXd adamFirstMoment;   ///< empty before Adam's first step, else edges x primitives
    Eigen::MatrixXd adamSecondMoment;  ///< likewise
    /// With product nodes: the nodes' weights (hidden nodes x 2) and Adam's moments of them, which take
    /// their steps with alpha's (adamSteps counts both); all empty without product nodes.
    Eigen::MatrixXd nodeAlpha;
    Eigen::MatrixXd nodeAdamFirstMoment;
    Eigen::MatrixXd nodeAdamSecondMoment;
    /// std::mt19937_64's own text form (operator<<): its whole state, exactly.
    std::string randomState;
    std::optional<SampledModelState> model;
    /// Every discrete model evaluated so far (sampled, refined), best per architecture.
    std::vector<HallOfFameEntry> hallOfFame;
};

/// Checks that a state fits a network built from the same settings and data
/// (shapes, choices in range, finite values, one loss per epoch, a readable
/// random state). Throws std::invalid_argument naming the first problem.
void validateState(const SearchState& state, const Network& network);

}  // namespace darts
