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

enum class Command { Fit, Help, Version, ListPrimitives, ListExamples };

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
};

/// Parses argv (without the program name). Throws UsageError.
CliOptions parseCommandLine(const std::vector<std::string>& args);

/// The text of --help.
std::string usageText();

/// The settings of a fit: the example's run (or the reference's defaults for
/// a file), then every --option in order. Throws UsageError for a bad value.
SearchConfig buildConfig(const CliOptions& options, const SearchConfig& base);

}  // namespace darts::cli
