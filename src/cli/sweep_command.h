#pragma once
/// @brief darts-cli sweep and merge: a grid of settings run here or as a SLURM job array, and its parts combined.

#include "cli_options.h"

#include <iosfwd>

namespace darts::cli {

/// Runs a task's share of the plan's grid and saves it as DIR/part-I-of-N.dartssweep, or with --slurm
/// writes the job-array script that runs every task. Returns the exit status; a bad plan throws SweepError.
int runSweep(const CliOptions& options, std::ostream& out, std::ostream& err, bool progress);

/// Reads every part file of a folder, merges them, saves the result and prints a summary.
int runMerge(const CliOptions& options, std::ostream& out);

}  // namespace darts::cli
