#include "cli_options.h"

#include "search/config_fields.h"

#include <sstream>

namespace darts::cli {
namespace {

bool startsWith(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

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
        else if (name == "save")
            options.savePath = value;
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
    if (!options.predictPath.empty() && options.predictionsOut.empty())
        throw UsageError("--predict needs --predictions-out FILE");
    if (options.predictPath.empty() && !options.predictionsOut.empty())
        throw UsageError("--predictions-out needs --predict FILE");
    return options;
}

SearchConfig buildConfig(const CliOptions& options, const SearchConfig& base) {
    SearchConfig config = base;
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
    out << "\nExit status: 0 done, 1 the search failed (e.g. out of memory), 2 bad command line or data,\n"
           "3 the search hit a numerical fault\n"
           "(the model of the last finite state is still reported).\n";
    return out.str();
}

}  // namespace darts::cli
