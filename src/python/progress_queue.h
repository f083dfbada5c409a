#pragma once
/// @brief Epoch reports of searches running on other threads, kept until the Python thread takes them.

#include <Eigen/Core>

#include <limits>
#include <mutex>
#include <utility>
#include <vector>

namespace darts::python {

/// One epoch of one search, as its thread reported it.
struct ProgressEvent {
    int start = 0;  ///< which start of a multi-start (0 for a single search)
    int epoch = 0;  ///< epochs done since that search's network was built
    double loss = std::numeric_limits<double>::quiet_NaN();
    double validationLoss = std::numeric_limits<double>::quiet_NaN();  ///< NaN without held-out rows
    Eigen::MatrixXd alpha;  ///< the architecture weights after the epoch; empty unless asked for
};

/// The search threads push, the Python thread takes: Python code never runs on a search thread, and
/// a search never waits for Python.
class ProgressQueue {
public:
    void push(ProgressEvent event) {
        const std::lock_guard lock(m_mutex);
        m_events.push_back(std::move(event));
    }
    std::vector<ProgressEvent> takeAll() {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_events, {});
    }

private:
    std::mutex m_mutex;
    std::vector<ProgressEvent> m_events;
};

}  // namespace darts::python
