#include "search/batch_source.h"

#include <algorithm>
#include <numeric>

namespace darts {

BatchSource::BatchSource(const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, int batchSize)
    : m_X(&X), m_Y(&Y), m_batchSize(std::min<Eigen::Index>(batchSize, X.rows())), m_order(X.rows()) {
    std::iota(m_order.begin(), m_order.end(), Eigen::Index{0});
    m_batchX.resize(m_batchSize, X.cols());
    m_batchY.resize(m_batchSize, Y.cols());
}

void BatchSource::reshuffle(Rng& rng) {
    std::iota(m_order.begin(), m_order.end(), Eigen::Index{0});
    shuffle(m_order, rng);
    m_position = 0;
}

void BatchSource::next() {
    const Eigen::Index total = static_cast<Eigen::Index>(m_order.size());
    if (m_position >= total) m_position = 0;
    m_rows = std::min(m_batchSize, total - m_position);
    const Eigen::Index* rows = m_order.data() + m_position;
    // Column by column: the sources are column-major, so each pass reads one contiguous column.
    auto gather = [this, rows](const Eigen::MatrixXd& source, Eigen::MatrixXd& batch) {
        for (Eigen::Index c = 0; c < source.cols(); ++c) {
            const double* from = source.col(c).data();
            double* to = batch.col(c).data();
            for (Eigen::Index i = 0; i < m_rows; ++i) to[i] = from[rows[i]];
        }
    };
    gather(*m_X, m_batchX);
    gather(*m_Y, m_batchY);
    m_position += m_rows;
}

}  // namespace darts
