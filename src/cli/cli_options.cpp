#include "cli_options.h"

#include "search/config_fields.h"
#include "search/presets.h"

#include <sstream>

namespace darts::cli {
namespace {

bool startsWith(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

/// A whole number of at least `least`, or a UsageError naming the option.
int wholeNumber(const std::string& option, const std::string& value, int least) {
    std::size_t used = 0;
    long long number = 0;
    try {
        number = std::stoll(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != value.size() || number < least || number > 1'000'000)
        throw UsageError(option + " takes a whole number of at least " + std::to_string(least) + ", not '" + value + "'");
    return static_cast<int>(number);
}

/// The options of sweep and merge: "--name value", "--name=value", "-o value", "--slurm", and one
/// positional argument (the plan or the folder).
void parseSweepOrMerge(const std::vector<std::string>& args, CliOptions& options) {
    const bool sweep = options.command == Command::Sweep;
    const std::string command = sweep ? "sweep" : "merge";
    std::string positional;
    bool taskIndexGiven = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (!startsWith(arg, "-")) {
            if (!positional.empty()) throw UsageError(command + " takes one " + (sweep ? "plan" : "folder") + ", not '" +
                                                      positional + "' and '" + arg + "'");
            positional = arg;
            continue;
        }
        std::string name = arg == "-o" ? "-o" : arg.substr(2), value;
        bool hasValue = false;
        if (const auto eq = name.find('='); eq != std::string::npos && name != "-o") {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasValue = true;
        }
        const std::string shown = name == "-o" ? name : "--" + name;
        if (name == "help") {
            options.command = Command::Help;
            return;
        }
        if (sweep && name == "slurm") {
            if (hasValue) throw UsageError("--slurm takes no value");
            options.slurm = true;
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) throw UsageError(shown + " needs a value");
            value = args[++i];
        }
        if (name == "-o")
            options.outFile = value;
        else if (sweep && name == "task-index") {
            options.taskIndex = wholeNumber(shown, value, 0);
            taskIndexGiven = true;
        } else if (sweep && name == "task-count")
            options.taskCount = wholeNumber(shown, value, 1);
        else if (sweep && name == "jobs")
            options.jobs = wholeNumber(shown, value, 1);
        else if (sweep && name == "out")
            options.outDir = value;
        else if (sweep && name == "partition")
            options.partition = value;
        else if (sweep && name == "time")
            options.timeLimit = value;
        else
            throw UsageError("unknown option '" + shown + "' of " + command + "; try 'darts-cli --help'");
    }
    if (!sweep) {
        if (positional.empty()) throw UsageError("merge needs the folder of the part files");
        options.outDir = positional;
        return;
    }
    if (positional.empty()) throw UsageError("sweep needs a plan file (JSON)");
    options.planPath = positional;
    if (options.slurm) {
        if (taskIndexGiven) throw UsageError("--task-index is for a task itself; --slurm writes the script that runs them all");
        // SLURM's own spellings: minutes, MM:SS, HH:MM:SS, D-HH[:MM[:SS]].
        if (options.timeLimit.find_first_not_of("0123456789:-") != std::string::npos)
            throw UsageError("--time takes a SLURM time such as 01:30:00 or 2-00:00:00, not '" + options.timeLimit + "'");
        return;
    }
    if (!options.partition.empty() || !options.timeLimit.empty() || !options.outFile.empty())
        throw UsageError("--partition, --time and -o belong to sweep --slurm");
    if (options.taskCount == 0) options.taskCount = 1;
    if (options.taskIndex >= options.taskCount)
        throw UsageError("--task-index " + std::to_string(options.taskIndex) + " is not a task of " +
                         std::to_string(options.taskCount) + " (they are numbered from 0)");
}

}  // namespace

CliOptions parseCommandLine(const std::vector<std::string>& args) {
    CliOptions options;
    if (args.empty()) throw UsageError("no command given; try 'darts-cli --help'");
    const std::string& command = args[0];
    if (command == "--help" || command == "-h" || command == "help") return options;
    if (command == "--version") {
        options.command = Command::Version;
        return options;
    }
    if (command == "primitives") {
        options.command = Command::ListPrimitives;
        return options;
    }
    if (command == "examples") {
        options.command = Command::ListExamples;
        return options;
    }
    if (command == "sweep" || command == "merge") {
        options.command = command == "sweep" ? Command::Sweep : Command::Merge;
        parseSweepOrMerge(args, options);
        return options;
    }
    if (command != "fit") throw UsageError("unknown command '" + command + "'; try 'darts-cli --help'");
    options.command = Command::Fit;

    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (!startsWith(arg, "--")) {
            if (!options.dataPath.empty())
                throw UsageError("more than one data file given ('" + options.dataPath + "' and '" + arg + "')");
            options.dataPath = arg;
            continue;
        }
        std::string name = arg.substr(2), value;
        bool hasValue = false;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasValue = true;
        }
        if (name == "help") {
            options.command = Command::Help;
            return options;
        }
        if (name == "json" || name == "quiet" || name == "decimal-comma") {
            if (hasValue) throw UsageError("--" + name + " takes no value");
            (name == "json" ? options.json : name == "quiet" ? options.quiet : options.decimalComma) = true;
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value");
            value = args[++i];
        }
        if (name == "example")
            options.example = value;
        else if (name == "target")
            options.target = value;
        else if (name == "inputs")
            options.inputs = value;
        else if (name == "predict")
            options.predictPath = value;
        else if (name == "predictions-out")
            options.predictionsOut = value;
        else if (name == "export-python")
            options.exportPython = value;
        else if (name == "export-c")
            options.exportC = value;
        else if (name == "export-latex")
            options.exportLatex = value;
        else if (name == "session")
            options.sessionPath = value;
        else if (name == "preset") {
            try {
                findSearchPreset(value);
            } catch (const std::invalid_argument& e) {
                throw UsageError(e.what());
            }
            options.preset = value;
        } else if (name == "export-hall-of-fame")
            options.exportHallOfFame = value;
        else if (name == "save")
            options.savePath = value;
        else if (name == "validation-column")
            options.validationColumn = value;
        else if (name == "restarts")
            options.restarts = wholeNumber("--restarts", value, 1);
        else if (name == "jobs")
            options.jobs = wholeNumber("--jobs", value, 1);
        else if (name == "select") {
            if (value != "validation" && value != "bic")
                throw UsageError("--select takes validation or bic, not '" + value + "'");
            options.selectBy = value;
        }
        else if (name == "missing") {
            if (value != "drop" && value != "refuse") throw UsageError("--missing takes drop or refuse, not '" + value + "'");
            options.dropMissing = value == "drop";
        }
        else if (const ConfigField* field = findConfigField(name); field)
            options.settings.emplace_back(std::string(field->name), value);
        else
            throw UsageError("unknown option '--" + name + "'; try 'darts-cli --help'");
    }
    const int sources = !options.dataPath.empty() + !options.example.empty() + !options.sessionPath.empty();
    if (sources == 0) throw UsageError("fit needs a data file, --example NAME or --session FILE");
    if (sources > 1) throw UsageError("give only one of a data file, --example and --session");
    if (!options.sessionPath.empty() && (!options.inputs.empty() || !options.target.empty()))
        throw UsageError("--inputs and --target cannot be combined with --session: the session's columns are used");
    if (!options.sessionPath.empty() && (!options.validationColumn.empty() || options.restarts > 1 || !options.preset.empty()))
        throw UsageError("--validation-column, --restarts and --preset cannot be combined with --session: it continues one saved search");
    if (!options.predictPath.empty() && options.predictionsOut.empty())
        throw UsageError("--predict needs --predictions-out FILE");
    if (options.predictPath.empty() && !options.predictionsOut.empty())
        throw UsageError("--predictions-out needs --predict FILE");
    return options;
}

int restartCount(const CliOptions& options) {
    if (options.restarts > 0) return options.restarts;
    return options.preset.empty() ? 1 : findSearchPreset(options.preset).restarts;
}

SearchConfig buildConfig(const CliOptions& options, const SearchConfig& base) {
    SearchConfig config = options.preset.empty() ? base : withPreset(findSearchPreset(options.preset), base);
    for (const auto& [name, value] : options.settings) {
        try {
            findConfigField(name)->set(config, value);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
    }
    try {
        config.validate();
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    return config;
}

std::string usageText() {
    std::ostringstream out;
    const SearchConfig defaults;
    out << "darts-cli: discover equations from data by Differentiable Architecture Search\n\n"
           "Usage:\n"
           "  darts-cli fit DATA.csv [options]      search on a CSV/TSV file\n"
           "  darts-cli fit --example NAME [options] search on a built-in example (with its classic settings)\n"
           "  darts-cli fit --session RUN.darts [options]\n"
           "                                        continue a saved search; options override its settings\n"
           "  darts-cli sweep PLAN.json [options]   run a grid of settings (or a task's share of it), save the results\n"
           "  darts-cli sweep PLAN.json --slurm [options]\n"
           "                                        write a SLURM job-array script that runs the grid on a cluster\n"
           "  darts-cli merge DIR [-o FILE]         combine the part files of a sweep in DIR into one and summarize it\n"
           "  darts-cli examples                    list the built-in examples\n"
           "  darts-cli primitives                  list the primitives\n"
           "  darts-cli --help | --version\n\n"
           "Data:\n"
           "  --target COL[,COL...]    target column(s) (default: the last column)\n"
           "  --inputs COL,COL,...     input columns (default: every other numeric column)\n"
           "  --decimal-comma          numbers are written 3,14 (the separator is then ; or tab)\n"
           "  --missing drop|refuse    rows with an empty cell: drop them (the count is reported) or refuse\n"
           "                           the file [refuse]\n"
           "  --predict NEW.csv --predictions-out OUT.csv\n"
           "                           predict the targets for NEW's input columns\n\n"
           "Finding a law (fit):\n"
           "  --preset discovery       product nodes, powers, domain safety, refinement, parsimony, a trainable\n"
           "                           output layer, 20% of the rows held out and 8 starts (see below); options\n"
           "                           given as well override it\n"
           "  --export-hall-of-fame FILE\n"
           "                           every model evaluated (sampled, refined, from every start) as CSV, with\n"
           "                           its complexity, errors and whether it is on the front\n\n"
           "Model selection (fit):\n"
           "  --restarts N             N searches from fresh networks with the seeds seed, seed+1, ...; a table of\n"
           "                           them, then the report of the best [1, or the preset's]\n"
           "  --jobs J                 searches run at once [every core]\n"
           "  --select validation|bic  the best: lowest MSE on the held-out rows, or lowest BIC on the training rows\n"
           "                           [validation when rows are held out, else bic]\n"
           "  --validation-column COL  hold out the rows whose COL is not 0 (COL is neither input nor target);\n"
           "                           --validation-share S holds out a random share instead\n\n"
           "Sweeps (sweep, merge):\n"
           "  --task-index I --task-count N\n"
           "                           run the I-th (from 0) of N shares of the grid [0 of 1]\n"
           "  --jobs J                 searches run at once [every core; 1 with --slurm]\n"
           "  --out DIR                the folder of the part files DIR/part-I-of-N.dartssweep\n"
           "                           [PLAN-results beside the plan]\n"
           "  --slurm                  write a job-array script (one array task per share) instead of searching;\n"
           "                           --task-count N [one per grid point], --partition P, --time HH:MM:SS,\n"
           "                           -o SCRIPT [PLAN.sbatch beside the plan]\n"
           "  merge DIR -o FILE        the merged results [DIR/sweep.dartssweep]\n"
           "  A plan is JSON: {\"example\": \"seed\" or \"data\": \"file.csv\" (beside the plan), \"inputs\": [...],\n"
           "  \"targets\": [...], \"validation_column\": \"COL\", \"settings\": {\"max_epochs\": 200, ...},\n"
           "  \"grid\": {\"seed\": [1, 2, 3], \"num_graph_nodes\": [1, 2], ...}} (settings by their reference names)\n\n"
           "Sessions:\n"
           "  --save RUN.darts         after the fit, save data, columns, settings and search state\n"
           "  --session RUN.darts      load them instead of a data file and continue the search exactly\n"
           "                           where it was saved (settings that shape the network, and --seed,\n"
           "                           start it afresh)\n\n"
           "Output:\n"
           "  --json                   print one JSON object instead of text\n"
           "  --export-python FILE     the model as a Python function predict(X) using NumPy\n"
           "  --export-c FILE          the model as a C function darts_predict(x, y)\n"
           "  --export-latex FILE      the equations as a LaTeX align environment\n"
           "  --quiet                  no progress bar\n\n"
           "Search settings (the reference regressor's names in kebab-case; default in brackets):\n";
    for (const ConfigField& f : configFields()) {
        std::string name(f.name);
        for (char& ch : name)
            if (ch == '_') ch = '-';
        out << "  --" << name << " V" << std::string(name.size() < 33 ? 33 - name.size() : 1, ' ') << f.help << " ["
            << f.get(defaults) << "]\n";
    }
    for (const SearchPreset& preset : searchPresets()) {
        out << "\nPreset " << preset.name << " (" << preset.description << "):\n ";
        for (const auto& [name, value] : preset.settings) {
            std::string option(name);
            for (char& ch : option)
                if (ch == '_') ch = '-';
            out << " --" << option << " " << value;
        }
        out << " --restarts " << preset.restarts << "\n";
    }
    out << "\nExit status: 0 done, 1 the search failed (e.g. out of memory), 2 bad command line or data,\n"
           "3 the search hit a numerical fault\n"
           "(the model of the last finite state is still reported).\n";
    return out.str();
}

}  // namespace darts::cli
