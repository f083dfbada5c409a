#pragma once
/// @brief Sweeps: a grid of settings (any setting may be an axis), each point one search, run here
/// on every core or split into tasks of a cluster job array, and their results as files that merge.

#include "data/table.h"
#include "select/multi_start.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

/// A plan or results file that cannot be read or used, or parts that do not merge.
class SweepError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SweepAxis {
    std::string name;                 ///< a setting's reference name (configFields)
    std::vector<std::string> values;  ///< as the setting's text
};

/// What to sweep. As JSON:
/// {"data": "file.csv" (relative to the plan's folder) | "example": "seed",
///  "inputs": [...], "targets": [...] (optional: as darts-cli), "validation_column": "split" (optional),
///  "settings": {name: value, ...} (the settings every point shares; the rest are the defaults,
///  or the example's), "grid": {name: [value, ...], ...}}. Values may be JSON numbers, booleans or text.
struct SweepPlan {
    std::string dataPath;
    std::string example;
    std::vector<std::string> inputs;
    std::vector<std::string> targets;
    std::string validationColumn;  ///< a column whose non-zero cells mark held-out rows; empty: none
    SearchConfig base;
    std::vector<SweepAxis> axes;  ///< in the order of the file; the last varies fastest

    std::size_t pointCount() const;
    /// The settings of grid point `index` (0 <= index < pointCount()).
    SearchConfig pointConfig(std::size_t index) const;
    /// The axes' values at that point, in the order of the axes.
    std::vector<std::string> pointValues(std::size_t index) const;
};

/// Parses and checks a plan: every setting and every grid value is tried on a configuration, so
/// that a mistake shows before any search runs. Throws SweepError naming the field.
SweepPlan readSweepPlan(std::string_view text);
std::string writeSweepPlan(const SweepPlan& plan);
/// Throws SweepError "<path>: ...".
SweepPlan loadSweepPlanFile(const std::string& path);

/// The plan's data: its example, or its file read relative to `planFolder`. Throws DataError.
Table loadSweepTable(const SweepPlan& plan, const std::string& planFolder);
/// The columns of the table to search (as selectColumns), with the held-out rows marked by the
/// non-zero cells of `validationColumn` (empty: none). That column is never an input or the default
/// target (the last other column is), and may not be a target. Throws DataError.
SearchData selectSearchData(const Table& table, std::vector<std::string> inputs, std::vector<std::string> targets,
                            const std::string& validationColumn);
/// The plan's columns of the table, with the held-out rows of its validation column. Throws DataError.
SearchData sweepData(const SweepPlan& plan, const Table& table);

/// The grid points of task `taskIndex` of `taskCount` (0-based): every taskCount-th point, so that
/// each task gets a mix of small and large networks. Throws std::invalid_argument for a bad share.
std::vector<std::size_t> taskPoints(std::size_t pointCount, int taskIndex, int taskCount);

struct SweepPoint {
    std::size_t index = 0;  ///< in the plan's grid
    StartResult result;
};

/// The results of a task, or of a whole sweep (taskIndex 0 of taskCount 1).
struct SweepResults {
    SweepPlan plan;
    int taskIndex = 0;
    int taskCount = 1;
    /// The data searched, so that the window can show any point's model; only task 0 keeps it
    /// (a cluster's tasks would otherwise write it N times).
    std::optional<Table> data;
    std::vector<SweepPoint> points;  ///< by index
};

/// Runs this task's points with `search` (built on sweepData of the plan), `jobs` at a time.
SweepResults runSweepTask(const SweepPlan& plan, const Table& table, ParallelSearch& search, int taskIndex,
                          int taskCount, int jobs, const StartProgressCallback& onProgress = {});

/// As JSON: {"format":"darts-studio-sweep","version":1,"plan":{...},"task_index","task_count",
/// "data":{...} (optional), "points":[{"index", "values":{axis: value}, "settings":{...}, "status",
/// "message", "training_mse", "validation_mse", "parameter_count", "bic", "aic", "equations",
/// "search":{...as in a session}}]}. The same results give the same text, byte for byte.
std::string writeSweepResults(const SweepResults& results);
SweepResults readSweepResults(std::string_view text);
/// Written whole or not at all. Throw SweepError "<path>: ...".
void saveSweepResultsFile(const std::string& path, const SweepResults& results);
SweepResults loadSweepResultsFile(const std::string& path);

/// The parts of one sweep combined into one result (task 0 of 1): they must share the plan and the
/// task count, and every task must be there once. Throws SweepError saying which task is missing.
SweepResults mergeSweepResults(std::vector<SweepResults> parts);

/// The points on the Pareto front of error against coefficients: no other point has at most as many
/// coefficients and a lower error. Error is the validation MSE, or the training MSE without held-out
/// rows. Indices into `points`, by coefficients ascending; points without a finite error are left out.
std::vector<std::size_t> paretoFront(const std::vector<SweepPoint>& points);

/// The error paretoFront judges by.
double selectionError(const StartResult& result);

}  // namespace darts
