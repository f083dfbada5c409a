#include "sweep_command.h"

#include "select/multi_start.h"
#include "select/sweep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <ostream>
#include <regex>
#include <sstream>

namespace darts::cli {
namespace {

namespace fs = std::filesystem;

fs::path absolute(const std::string& path) { return fs::absolute(path).lexically_normal(); }

/// Where the part files go: --out, or "<plan stem>-results" beside the plan.
fs::path resultsFolder(const CliOptions& options) {
    if (!options.outDir.empty()) return absolute(options.outDir);
    const fs::path plan = absolute(options.planPath);
    return plan.parent_path() / (plan.stem().string() + "-results");
}

void createFolder(const fs::path& folder) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) throw SweepError(folder.string() + ": cannot create the folder (" + error.message() + ")");
}

/// The text in single quotes for a POSIX shell, so that any path survives the script.
std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (char ch : text) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return quoted + "'";
}

/// This program itself: the job array runs the very binary that wrote its script.
std::string thisProgram() {
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (error) throw SweepError("cannot find this program's own path (/proc/self/exe): " + error.message());
    return self.string();
}

std::string partFileName(int taskIndex, int taskCount) {
    return "part-" + std::to_string(taskIndex) + "-of-" + std::to_string(taskCount) + ".dartssweep";
}

/// "num_graph_nodes=2, seed=3": a point by its values on the axes.
std::string describePoint(const SweepPlan& plan, std::size_t index) {
    const std::vector<std::string> values = plan.pointValues(index);
    std::string text;
    for (std::size_t a = 0; a < plan.axes.size(); ++a) text += (a ? ", " : "") + plan.axes[a].name + "=" + values[a];
    return text;
}

std::string figure(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

int writeSlurmScript(const CliOptions& options, const SweepPlan& plan, std::ostream& out) {
    const fs::path planPath = absolute(options.planPath);
    const fs::path folder = resultsFolder(options);
    // One point per task by default: the cluster schedules them, each on one core.
    const int taskCount = options.taskCount > 0 ? options.taskCount : static_cast<int>(plan.pointCount());
    const int jobs = options.jobs > 0 ? options.jobs : 1;
    const fs::path script = options.outFile.empty() ? planPath.parent_path() / (planPath.stem().string() + ".sbatch")
                                                    : absolute(options.outFile);
    const std::string program = thisProgram();
    createFolder(folder);  // SLURM writes the tasks' logs there, and refuses a folder that does not exist

    std::ostringstream text;
    text << "#!/bin/bash\n"
         << "# Written by darts-cli sweep --slurm: a job array whose task I runs the I-th of " << taskCount
         << " shares\n# of the " << plan.pointCount() << " grid points of " << planPath.filename().string()
         << "; merge the parts with darts-cli merge.\n"
         << "#SBATCH --job-name=darts-sweep-" << planPath.stem().string() << "\n"
         << "#SBATCH --array=0-" << taskCount - 1 << "\n"
         << "#SBATCH --ntasks=1\n"
         << "#SBATCH --cpus-per-task=" << jobs << "\n"
         << "#SBATCH --output=" << (folder / "slurm-%A_%a.out").string() << "\n";
    if (!options.partition.empty()) text << "#SBATCH --partition=" << options.partition << "\n";
    if (!options.timeLimit.empty()) text << "#SBATCH --time=" << options.timeLimit << "\n";
    text << "set -euo pipefail\n"
         << "exec " << shellQuoted(program) << " sweep " << shellQuoted(planPath.string())
         << " --task-index \"$SLURM_ARRAY_TASK_ID\" --task-count " << taskCount << " --jobs " << jobs << " --out "
         << shellQuoted(folder.string()) << "\n";
    {
        std::ofstream file(script, std::ios::binary);
        if (!file || !(file << text.str()) || !file.flush()) throw SweepError(script.string() + ": cannot write the file");
    }
    fs::permissions(script, fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add);
    out << "Wrote " << script.string() << ": a SLURM job array of " << taskCount << " task(s), " << jobs
        << " CPU(s) each, for the " << plan.pointCount() << " grid points.\n"
        << "Submit it:                     sbatch " << shellQuoted(script.string()) << "\n"
        << "When every task has finished:  " << shellQuoted(program) << " merge " << shellQuoted(folder.string()) << "\n";
    return 0;
}

}  // namespace

int runSweep(const CliOptions& options, std::ostream& out, std::ostream& err, bool progress) {
    const SweepPlan plan = loadSweepPlanFile(options.planPath);
    if (options.slurm) return writeSlurmScript(options, plan, out);

    const Table table = loadSweepTable(plan, absolute(options.planPath).parent_path().string());
    ParallelSearch search(sweepData(plan, table));
    const std::vector<std::size_t> points = taskPoints(plan.pointCount(), options.taskIndex, options.taskCount);
    // One line per point as it finishes its epochs, on a terminal only (the threads report at once).
    std::mutex lineMutex;
    std::size_t finished = 0;
    StartProgressCallback onProgress;
    if (progress)
        onProgress = [&](const StartProgress& p) {
            if (p.epoch != p.epochs || p.refineBudget > 0) return;  // the line is for the end of the epochs
            const std::lock_guard lock(lineMutex);
            err << "[" << ++finished << "/" << points.size() << "] "
                << describePoint(plan, points[static_cast<std::size_t>(p.start)]) << ": " << p.epochs
                << " epochs searched, loss " << figure(p.loss) << "\n" << std::flush;
        };
    const SweepResults results = runSweepTask(plan, table, search, options.taskIndex, options.taskCount,
                                              options.jobs > 0 ? options.jobs : defaultJobCount(), onProgress);
    const fs::path folder = resultsFolder(options);
    createFolder(folder);
    const fs::path file = folder / partFileName(options.taskIndex, options.taskCount);
    saveSweepResultsFile(file.string(), results);

    int failed = 0;
    for (const SweepPoint& point : results.points) failed += !point.result.hasModel();
    out << "Task " << options.taskIndex << " of " << options.taskCount << ": " << results.points.size() << " of the "
        << plan.pointCount() << " grid points searched";
    if (failed) out << ", " << failed << " without a model";
    out << "; saved to " << file.string() << "\n";
    return 0;
}

int runMerge(const CliOptions& options, std::ostream& out) {
    const fs::path folder = absolute(options.outDir);
    if (!fs::is_directory(folder)) throw SweepError(folder.string() + ": not a folder");
    // Only the parts: the merged file may sit in the same folder.
    const std::regex partName(R"(part-\d+-of-\d+\.dartssweep)");
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && std::regex_match(entry.path().filename().string(), partName))
            files.push_back(entry.path());
    if (files.empty()) throw SweepError(folder.string() + ": no part-I-of-N.dartssweep files to merge");
    std::sort(files.begin(), files.end());
    std::vector<SweepResults> parts;
    for (const fs::path& file : files) parts.push_back(loadSweepResultsFile(file.string()));
    SweepResults merged;
    try {
        merged = mergeSweepResults(std::move(parts));
    } catch (const SweepError& e) {
        throw SweepError(folder.string() + ": " + e.what());
    }
    const fs::path target = options.outFile.empty() ? folder / "sweep.dartssweep" : absolute(options.outFile);
    saveSweepResultsFile(target.string(), merged);

    const SweepPlan& plan = merged.plan;
    const std::vector<SweepPoint>& points = merged.points;
    bool validation = false;
    for (const SweepPoint& p : points) validation = validation || std::isfinite(p.result.scores.validationMse);
    const char* error = validation ? "validation MSE" : "training MSE";
    out << "Merged " << files.size() << " part(s): " << points.size() << " grid points, saved to " << target.string() << "\n";
    std::size_t withModel = 0;
    for (const SweepPoint& p : points) withModel += p.result.hasModel();
    if (withModel < points.size()) out << points.size() - withModel << " point(s) without a model\n";

    const std::vector<std::size_t> front = paretoFront(points);
    if (front.empty()) {
        out << "No point has a model with a finite " << error << ".\n";
        return 0;
    }
    // Errors fall along the front, so its last point has the lowest of all.
    const std::size_t best = front.back();
    const StartResult& b = points[best].result;
    out << "\nBest by " << error << (validation ? "" : " (no rows held out)") << ": point " << points[best].index << " ("
        << describePoint(plan, points[best].index) << "): " << error << " " << figure(selectionError(b)) << ", "
        << b.scores.parameterCount << " coefficients\n";
    for (const std::string& line : b.equations) out << "  " << line << "\n";
    out << "\nPareto front (" << error << " against coefficients):\n";
    char line[80];
    std::snprintf(line, sizeof line, "  %12s  %14s  %6s  %s\n", "coefficients", error, "point", "settings");
    out << line;
    for (std::size_t i : front) {
        std::snprintf(line, sizeof line, "  %12d  %14.6g  %6zu  ", points[i].result.scores.parameterCount,
                      selectionError(points[i].result), points[i].index);
        out << line << describePoint(plan, points[i].index) << "\n";
    }
    return 0;
}

}  // namespace darts::cli
