#pragma once
/// @brief Every discrete model a search has evaluated (sampled, refined, from every start), best per
/// architecture, with its complexity and errors, and the front of the best model at each complexity.

#include "network/architecture.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace darts {

struct HallOfFameEntry {
    Architecture architecture;   ///< in its canonical form (Network::fixArchitecture)
    /// The model's coefficients in SampledModel::parameterIndices() order.
    std::vector<double> coefficients;
    std::string equation;        ///< the per-node equations, joined by "; "
    int parameterCount = 0;      ///< coefficients
    int operationCount = 0;      ///< primitives applied plus product nodes
    int operationCost = 0;       ///< the same weighted by how complex each reads (operationCost)
    double trainingMse = std::numeric_limits<double>::quiet_NaN();
    double validationMse = std::numeric_limits<double>::quiet_NaN();  ///< NaN without held-out rows
    std::uint64_t seed = 0;      ///< the seed of the start that found it
    std::string origin;          ///< "sampled" or "refined"

    int complexity() const { return parameterCount + operationCost; }
    /// What models are compared by: the held-out MSE where there is one, else the training MSE.
    double error() const;
};

class HallOfFame {
public:
    HallOfFame() = default;
    explicit HallOfFame(std::vector<HallOfFameEntry> entries);

    /// Adds a model: an architecture already present keeps whichever entry has the lower error (the
    /// earlier one on a tie), so that the result does not depend on the order starts finish in, given the
    /// order they are merged in. Entries without a finite error are not kept.
    void add(HallOfFameEntry entry);
    void merge(const HallOfFame& other);
    void clear() { m_entries.clear(); }

    const std::vector<HallOfFameEntry>& entries() const { return m_entries; }
    bool empty() const { return m_entries.empty(); }

    /// Indices into entries() of the front, by increasing complexity: at each complexity the entry with
    /// the lowest error, kept only when that error is below every simpler one's.
    std::vector<int> front() const;
    /// The entries as CSV (a header line, then one line per entry; on_front marks the front).
    std::string csv() const;

private:
    std::vector<HallOfFameEntry> m_entries;
};

}  // namespace darts
