#pragma once
/// @brief darts-cli fit: load the data, search, report, predict.

#include "cli_options.h"

#include <iosfwd>

namespace darts::cli {

/// Runs the fit command; returns the exit status. Data problems throw DataError, usage problems UsageError.
int runFit(const CliOptions& options, std::ostream& out, std::ostream& err, bool progressBar);

}  // namespace darts::cli
