#pragma once
/// @brief How a stretch of training ended.

#include <string>

namespace darts {

enum class RunStatus { Completed, Stopped, NumericalFault };

struct RunOutcome {
    RunStatus status = RunStatus::Completed;
    std::string message;  ///< for a person: what ended the run, where and why
    double lastLoss = 0.0;

    bool completed() const { return status == RunStatus::Completed; }
};

const char* toString(RunStatus status);


}  // namespace darts
