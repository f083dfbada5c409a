#pragma once
/// @brief The command line of darts-cli, parsed.

#include "search/search_config.h"

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace darts::cli {

/// A mistake on the command line; main prints it on one line and exits with 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Command { Fit, Sweep, Merge, Help, Version, ListPrimitives, ListExamples };

struct CliOptions {
    Command command = Command::Help;
    std::string dataPath;   ///< fit: the data file, or empty with --example
    std::string example;    ///< fit: built-in example instead of a file
    std::string target;     ///< comma-separated target columns; empty: the last column
    std::string inputs;     ///< comma-separated input columns; empty: all other numeric columns
    std::vector<std::pair<std::string, std::string>> settings;  ///< (reference name, value) in command-line order
    bool json = false;
    bool quiet = false;     ///< no progress bar
    bool decimalComma = false;  ///< data files write 3,14 for 3.14
    bool dropMissing = false;   ///< rows with an empty cell are dropped (counted) instead of refusing the file
    std::string predictPath;
    std::string predictionsOut;
    std::string exportPython;  ///< file for the model as a Python function
    std::string exportC;       ///< file for the model as a C function
    std::string exportLatex;   ///< file for the equations as LaTeX
    std::string sessionPath;   ///< fit: continue the search saved in this session file (instead of a data file)
    std::string savePath;      ///< after the fit, save the session (data, columns, settings, search state) here
    std::string validationColumn;  ///< fit: a column whose non-zero cells mark the held-out rows
    int restarts = 0;              ///< fit: searches from fresh networks, seeds seed, seed+1, ...; 0: not given
    std::string preset;            ///< fit: a named preset applied before the other options (search/presets.h)
    std::string exportHallOfFame;  ///< fit: file for the hall of fame as CSV
    std::string selectBy;          ///< fit: "validation" or "bic"; empty: validation when rows are held out

    // sweep and merge
    int jobs = 0;                  ///< threads at once; 0: every core (defaultJobCount), 1 for --slurm
    std::string planPath;          ///< sweep: the plan file
    int taskIndex = 0;             ///< sweep: this task's share of the grid
    int taskCount = 0;             ///< sweep: shares of the grid; 0: 1, or one task per point with --slurm
    std::string outDir;            ///< sweep: where the part files go; merge: where they are
    bool slurm = false;            ///< sweep: write a SLURM job-array script instead of searching
    std::string partition;         ///< sweep --slurm: #SBATCH --partition
    std::string timeLimit;         ///< sweep --slurm: #SBATCH --time
    std::string outFile;           ///< -o: merge's result file, or sweep --slurm's script
};

/// Parses argv (without the program name). Throws UsageError.
CliOptions parseCommandLine(const std::vector<std::string>& args);

/// The text of --help.
std::string usageText();

/// The settings of a fit: the example's run (or the reference's defaults for
/// a file), then the --preset, then every --option in order. Throws UsageError for a bad value.
SearchConfig buildConfig(const CliOptions& options, const SearchConfig& base);
/// The starts of a fit: --restarts, else the preset's, else 1.
int restartCount(const CliOptions& options);

}  // namespace darts::cli
