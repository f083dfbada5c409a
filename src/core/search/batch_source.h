#pragma once
/// @brief Shuffled mini-batches drawn in turn, like a shuffling data loader
/// that is cycled: after the last (possibly shorter) batch come the same
/// batches again until the loader is reshuffled.

#include "util/random.h"

#include <Eigen/Core>

#include <vector>

namespace darts {

class BatchSource {
public:
    /// Keeps references to X and Y: they must outlive the source.
    BatchSource(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, int batchSize);

    /// A fresh permutation of the rows; the next batch is the first of it.
    void reshuffle(Rng& rng);
    /// Gathers the next batch into batchX() and batchY().
    void next();

    auto batchX() const { return m_batchX.topRows(m_rows); }
    auto batchY() const { return m_batchY.topRows(m_rows); }

private:
    const Eigen::MatrixXd* m_X;  // not owned
    const Eigen::MatrixXd* m_Y;
    Eigen::Index m_batchSize;
    std::vector<Eigen::Index> m_order;
    Eigen::Index m_position = 0;
    Eigen::Index m_rows = 0;
    Eigen::MatrixXd m_batchX;
    Eigen::MatrixXd m_batchY;
};

}  // namespace darts
