#pragma once
/// @brief How a stretch of training ended.

#include <limits>
#include <string>

namespace darts {

enum class RunStatus { Completed, Stopped, NumericalFault };

struct RunOutcome {
    RunStatus status = RunStatus::Completed;
    std::string message;  ///< for a person: what ended the run, where and why
    double lastLoss = std::numeric_limits<double>::quiet_NaN();  ///< NaN when no step ran

    bool completed() const { return status == RunStatus::Completed; }
};

inline const char* toString(RunStatus status) {
    switch (status) {
        case RunStatus::Completed: return "completed";
        case RunStatus::Stopped: return "stopped";
        case RunStatus::NumericalFault: return "numerical fault";
    }
    return "";
}


}  // namespace darts
