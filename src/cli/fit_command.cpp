#include "fit_command.h"

#include "data/examples.h"
#include "data/table.h"
#include "io/session_file.h"
#include "model/closed_form.h"
#include "model/code_export.h"
#include "network/output_function.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "select/multi_start.h"
#include "select/sweep.h"
#include "util/json_writer.h"
#include "util/number_text.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>

namespace darts::cli {
namespace {

constexpr int kExitNumericalFault = 3;

// A progress bar on one terminal line, redrawn at most every 1% of the epochs.
class ProgressBar {
public:
    ProgressBar(std::ostream& err, int total) : m_err(err), m_total(total) {}
    void update(int done, double loss) {
        const int percent = m_total > 0 ? static_cast<int>(100LL * done / m_total) : 100;
        if (percent == m_lastPercent) return;
        m_lastPercent = percent;
        const int filled = percent * 30 / 100;
        char lossText[32];
        std::snprintf(lossText, sizeof lossText, "%.4g", loss);
        m_err << "\r[" << std::string(filled, '#') << std::string(30 - filled, '-') << "] " << done << "/" << m_total
              << " epochs, loss " << lossText << "   " << std::flush;
    }
    /// After the epochs: refinement's progress on the same line.
    void refining(int evaluated, int budget) {
        const int percent = budget > 0 ? static_cast<int>(100LL * evaluated / budget) : 100;
        if (percent == m_lastRefinePercent) return;
        m_lastRefinePercent = percent;
        m_lastPercent = std::max(m_lastPercent, 0);
        const int filled = percent * 30 / 100;
        m_err << "\r[" << std::string(filled, '#') << std::string(30 - filled, '-') << "] refining: " << evaluated
              << "/" << budget << " architectures   " << std::flush;
    }
    void finish() {
        if (m_lastPercent >= 0) m_err << "\n";
    }

private:
    std::ostream& m_err;
    int m_total;
    int m_lastPercent = -1;
    int m_lastRefinePercent = -1;
};

// The starts of --restarts and the one chosen, whose search the report is of.
struct Restarts {
    std::vector<StartResult> starts;
    int selected = -1;
    SelectBy by = SelectBy::Bic;
};

// A figure of the table of starts: "-" for none (no model, no held-out rows).
std::string cell(double value, int width) {
    char text[40];
    if (std::isfinite(value))
        std::snprintf(text, sizeof text, "%*.6g", width, value);
    else
        std::snprintf(text, sizeof text, "%*s", width, "-");
    return text;
}

void writeStartsTable(std::ostream& out, const Restarts& restarts) {
    out << "Starts: " << restarts.starts.size() << ", the best by "
        << (restarts.by == SelectBy::Validation ? "validation MSE" : "BIC") << " marked *\n"
        << "        seed  training MSE  validation MSE  coefficients          BIC          AIC  status\n";
    for (std::size_t i = 0; i < restarts.starts.size(); ++i) {
        const StartResult& start = restarts.starts[i];
        // A start without a model shows "-" in every column of figures.
        const ModelScores scores = start.hasModel() ? start.scores : ModelScores{};
        const double coefficients = start.hasModel() ? scores.parameterCount : ModelScores::kNone;
        char seed[32];
        std::snprintf(seed, sizeof seed, "  %c %8llu", static_cast<int>(i) == restarts.selected ? '*' : ' ',
                      static_cast<unsigned long long>(start.config.seed));
        out << seed << "  " << cell(scores.trainingMse, 12) << "  " << cell(scores.validationMse, 14) << "  "
            << cell(coefficients, 12) << "  " << cell(scores.bic, 11) << "  " << cell(scores.aic, 11) << "  "
            << toString(start.status) << (start.message.empty() ? "" : ": " + start.message) << "\n";
    }
    out << "\n";
}

void writeStartsJson(JsonWriter& json, const Restarts& restarts) {
    json.key("select_by").value(toString(restarts.by));
    json.key("selected").value(restarts.selected);
    json.key("starts").beginArray();
    for (const StartResult& start : restarts.starts) {
        json.beginObject();
        json.key("seed").value(static_cast<long long>(start.config.seed));
        json.key("status").value(toString(start.status));
        json.key("status_message").value(start.message);
        if (start.hasModel()) {
            json.key("training_mse").value(start.scores.trainingMse);
            json.key("validation_mse").value(start.scores.validationMse);
            json.key("parameter_count").value(start.scores.parameterCount);
            json.key("bic").value(start.scores.bic);
            json.key("aic").value(start.scores.aic);
        } else {
            for (const char* key : {"training_mse", "validation_mse", "parameter_count", "bic", "aic"}) json.key(key).null();
        }
        json.key("equations").array(start.equations);
        json.endObject();
    }
    json.endArray();
}

void writeHallOfFameJson(JsonWriter& json, const SearchEngine& engine) {
    const HallOfFame& fame = engine.hallOfFame();
    const std::vector<int> front = fame.front();
    json.key("hall_of_fame").beginArray();
    for (std::size_t i = 0; i < fame.entries().size(); ++i) {
        const HallOfFameEntry& e = fame.entries()[i];
        json.beginObject();
        json.key("equation").value(e.equation);
        json.key("complexity").value(e.complexity());
        json.key("parameter_count").value(e.parameterCount);
        json.key("operation_count").value(e.operationCount);
        json.key("training_mse").value(e.trainingMse);
        json.key("validation_mse").value(e.validationMse);  // null without held-out rows
        json.key("on_front").value(std::find(front.begin(), front.end(), static_cast<int>(i)) != front.end());
        json.key("seed").value(static_cast<long long>(e.seed));
        json.key("origin").value(e.origin);
        json.endObject();
    }
    json.endArray();
}

// The hall of fame's front: the best model at each complexity, simplest first.
void writeFront(std::ostream& out, const SearchEngine& engine) {
    const HallOfFame& fame = engine.hallOfFame();
    if (fame.entries().size() < 2) return;  // the sampled model alone: it is the model above
    out << "\nHall of fame: " << fame.entries().size() << " models evaluated; the best at each complexity:\n"
        << "  complexity  training MSE  held-out MSE  model\n";
    for (int i : fame.front()) {
        const HallOfFameEntry& e = fame.entries()[static_cast<std::size_t>(i)];
        char line[96];
        std::snprintf(line, sizeof line, "  %10d  %s  %s  ", e.complexity(), cell(e.trainingMse, 12).c_str(),
                      cell(e.validationMse, 12).c_str());
        out << line << e.equation << "\n";
    }
}

void writeJson(std::ostream& out, const SearchEngine& engine, const RunOutcome& outcome, double seconds,
               const FitMetrics& metrics, const Restarts* restarts) {
    const SampledModel& model = *engine.model();
    const Network& net = engine.network();
    const Eigen::MatrixXd weights = rowSoftmax(net.alpha());
    JsonWriter json;
    json.beginObject();
    json.key("status").value(toString(outcome.status));
    json.key("status_message").value(outcome.message);
    json.key("equations").array(model.equations());
    json.key("latex").array(model.latexEquations());
    // A failure of the algebra leaves the keys empty (null threshold) rather than failing the run.
    try {
        const ClosedForm form = closedForm(model);
        json.key("closed_form").array(form.console);
        json.key("closed_form_latex").array(form.latex);
        json.key("closed_form_threshold").value(form.dropThreshold);
    } catch (const std::exception&) {
        json.key("closed_form").array(std::vector<std::string>{});
        json.key("closed_form_latex").array(std::vector<std::string>{});
        json.key("closed_form_threshold").null();
    }
    json.key("mse").value(metrics.mse);
    json.key("r2").value(metrics.r2);
    json.key("validation_mse").value(scoreModel(engine).validationMse);  // null without held-out rows
    json.key("held_out_rows").value(static_cast<long long>(engine.validationTargets().rows()));
    json.key("parameter_count").value(model.parameterCount());
    json.key("fit_seconds").value(seconds);
    json.key("epochs").value(engine.epoch());
    json.key("inputs").array(engine.inputNames());
    json.key("targets").array(engine.outputNames());
    json.key("edges").beginArray();
    for (int e = 0; e < net.edgeCount(); ++e) {
        json.beginObject();
        json.key("node").value(SampledModel::hiddenName(net.edges()[e].target));
        json.key("source").value(model.sourceName(e));
        json.key("primitive").value(primitiveInfo(model.primitive(e)).name);
        json.key("coefficients").array(model.coefficients(e));
        json.key("weights").beginObject();
        for (int m = 0; m < net.primitiveCount(); ++m)
            json.key(primitiveInfo(net.primitives()[m]).name).value(weights(e, m));
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.key("loss_history").array(engine.lossHistory());
    json.key("settings").beginObject();
    for (const ConfigField& f : configFields()) json.key(f.name).value(f.get(engine.config()));
    json.endObject();
    json.key("dot").value(model.dot());
    if (restarts) writeStartsJson(json, *restarts);
    writeHallOfFameJson(json, engine);
    json.endObject();
    out << json.text() << "\n";
}

void writeText(std::ostream& out, const SearchEngine& engine, const RunOutcome& outcome, double seconds,
               const FitMetrics& metrics, const std::string& source) {
    const SampledModel& model = *engine.model();
    char figures[160];
    out << "Data: " << source << ", " << engine.inputs().rows() << " rows\n";
    std::snprintf(figures, sizeof figures, "Search: %s after %d epochs in %.3f s\n", toString(outcome.status),
                  engine.epoch(), seconds);
    out << figures;
    if (!outcome.message.empty()) out << "  " << outcome.message << "\n";
    out << "\nModel:\n";
    for (const std::string& line : model.equations()) out << "  " << line << "\n";
    out << "\nClosed form:\n";
    try {
        const ClosedForm form = closedForm(model);
        for (const std::string& line : form.console) out << "  " << line << "\n";
        std::snprintf(figures, sizeof figures, "  (terms with coefficients below %.2g left out)\n", form.dropThreshold);
        out << figures;
    } catch (const std::exception& e) {
        out << "  not available: " << e.what() << "\n";
    }
    std::snprintf(figures, sizeof figures, "\nMSE %.6g   R^2 %.6f   %d coefficients\n", metrics.mse, metrics.r2,
                  model.parameterCount());
    out << figures;
    if (engine.hasValidation()) {
        std::snprintf(figures, sizeof figures, "Validation MSE %.6g on the %lld held-out rows\n",
                      scoreModel(engine).validationMse, static_cast<long long>(engine.validationTargets().rows()));
        out << figures;
    }
    writeFront(out, engine);
}

void writeTextFile(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    if (!file || !(file << text) || !file.flush()) throw DataError(path + ": cannot write the file");
}

void writePredictions(const std::string& path, const Eigen::MatrixXd& predictions, const std::vector<std::string>& names) {
    std::ofstream file(path, std::ios::binary);
    if (!file) throw DataError(path + ": cannot write the file");
    for (std::size_t o = 0; o < names.size(); ++o) file << (o ? "," : "") << names[o];
    file << "\n";
    for (Eigen::Index r = 0; r < predictions.rows(); ++r) {
        for (Eigen::Index o = 0; o < predictions.cols(); ++o) file << (o ? "," : "") << formatRoundTrip(predictions(r, o));
        file << "\n";
    }
    if (!file.flush()) throw DataError(path + ": writing the file failed");
}

// The --restarts: every start on its own thread (--jobs at a time), a line on the terminal as each
// finishes its epochs (the threads report at once, so the lines are written under a lock).
/// The starts read the engine's data; `names` gives the column names and held-out rows.
std::vector<StartResult> runStarts(const SearchEngine& engine, SearchData names, const SearchConfig& config,
                                   const CliOptions& options, std::ostream& err, bool progress) {
    ParallelSearch search(engine.sharedInputs(), engine.sharedTargets(), std::move(names));
    search.shareSplit(config, engine.rowSplit());  // the engine was built with these settings
    const std::vector<SearchConfig> configs = restartConfigs(config, restartCount(options));
    std::mutex lineMutex;
    int finished = 0;
    StartProgressCallback onProgress;
    if (progress)
        onProgress = [&](const StartProgress& p) {
            // A line when a start's epochs end, and one when its refinement does (its last report).
            const bool refined = p.refineBudget > 0 && p.refined == p.refineBudget;
            if (p.epoch != p.epochs || (p.refineBudget > 0 && !refined)) return;
            const std::lock_guard lock(lineMutex);
            char line[160];
            const auto seed = static_cast<unsigned long long>(configs[static_cast<std::size_t>(p.start)].seed);
            if (refined)
                std::snprintf(line, sizeof line, "        seed %llu: %d architectures refined\n", seed, p.refined);
            else
                std::snprintf(line, sizeof line, "[%d/%zu] seed %llu: %d epochs searched, loss %.4g\n", ++finished,
                              configs.size(), seed, p.epochs, p.loss);
            err << line << std::flush;
        };
    return search.run(configs, options.jobs > 0 ? options.jobs : defaultJobCount(), onProgress);
}

}  // namespace

int runFit(const CliOptions& options, std::ostream& out, std::ostream& err, bool progressBar) {
    // Data, columns and settings come from a session, an example or a file; options override the settings.
    std::optional<Session> session;
    if (!options.sessionPath.empty()) session = loadSessionFile(options.sessionPath);
    const Example* example = options.example.empty() ? nullptr : &findExample(options.example);
    TableOptions reading;
    reading.decimalComma = options.decimalComma;
    reading.missingValues = options.dropMissing ? MissingValues::Drop : MissingValues::Refuse;
    const Table table =
        session ? session->data : example ? exampleTable(*example) : readTable(options.dataPath, reading);
    if (table.droppedRows > 0)
        err << "darts-cli: note: " << table.droppedRows << " row(s) with a missing value dropped (the first on line "
            << table.firstDroppedLine << ")\n";
    const SearchConfig config =
        buildConfig(options, session ? session->config : example ? example->config : SearchConfig{});
    std::unique_ptr<SearchEngine> engine;
    SearchData data;
    if (session) {
        engine = makeEngine(*session);  // the saved settings and search state
        const int savedEpoch = engine->epoch();
        engine->setConfig(config);  // settings that shape the network rebuild it, as in the window
        if (engine->epoch() != savedEpoch)
            err << "darts-cli: note: the settings given change the network (or the seed): the search starts afresh\n";
    } else {
        data = selectSearchData(table, splitNames(options.inputs), splitNames(options.target), options.validationColumn);
        // Built before any search, even with --restarts: bad data show here as one line, in no time. It takes
        // the data over; the starts of --restarts read its copy.
        engine = std::make_unique<SearchEngine>(config, std::move(data.X), std::move(data.Y), data.inputNames,
                                                data.targetNames, data.heldOut);
    }
    Restarts restarts;
    restarts.by = engine->hasValidation() ? SelectBy::Validation : SelectBy::Bic;
    if (!options.selectBy.empty()) restarts.by = selectByFromString(options.selectBy);
    if (restarts.by == SelectBy::Validation && !engine->hasValidation())
        throw UsageError("--select validation needs held-out rows: give --validation-share S or --validation-column COL");
    // The file to predict is checked before the search, so that a mistake in it costs no search time.
    Eigen::MatrixXd newInputs;
    if (!options.predictPath.empty()) newInputs = columnsByName(readTable(options.predictPath, reading), engine->inputNames());

    const auto start = std::chrono::steady_clock::now();
    RunOutcome outcome;
    const int startCount = restartCount(options);
    for (const std::string& note : engine->domainNotes()) err << "darts-cli: note: " << note << "\n";
    if (startCount > 1) {
        restarts.starts = runStarts(*engine, std::move(data), config, options, err, progressBar);
        restarts.selected = bestStart(restarts.starts, restarts.by);
        if (restarts.selected < 0) {
            if (!options.json) writeStartsTable(out, restarts);
            err << "darts-cli: no start found a model with a finite "
                << (restarts.by == SelectBy::Validation ? "validation MSE" : "BIC") << "\n";
            return kExitNumericalFault;
        }
        // Every report and file below is of the chosen start: its search, put back into an engine of its settings.
        const StartResult& chosen = restarts.starts[static_cast<std::size_t>(restarts.selected)];
        // The starts differ only in their seeds: they held out the rows this engine holds out.
        engine = std::make_unique<SearchEngine>(chosen.config, engine->sharedInputs(), engine->sharedTargets(),
                                                engine->rowSplit(), engine->inputNames(), engine->outputNames());
        engine->restore(chosen.state);
        // The hall of fame holds every start's models, the chosen start's first.
        for (const StartResult& start : restarts.starts)
            if (&start != &chosen) engine->mergeHallOfFame(HallOfFame(start.state.hallOfFame));
        outcome.status = chosen.status;
        outcome.message = chosen.message;
    } else {
        // A continued search counts its epochs from where the session left it.
        const int firstEpoch = engine->epoch();
        ProgressBar bar(err, config.max_epochs);
        EpochCallback onEpoch;
        RefineCallback onRefine;
        if (progressBar) {
            onEpoch = [&bar, firstEpoch](const EpochReport& r) { bar.update(r.epoch - firstEpoch, r.loss); };
            onRefine = [&bar](const RefineProgress& r) { bar.refining(r.evaluated, r.budget); };
        }
        outcome = engine->fit(onEpoch, onRefine);
        if (progressBar) bar.finish();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const FitMetrics metrics = fitMetrics(engine->model()->predict(engine->inputs()), engine->targets());
    const Restarts* starts = startCount > 1 ? &restarts : nullptr;
    if (options.json)
        writeJson(out, *engine, outcome, seconds, metrics, starts);
    else {
        if (starts) writeStartsTable(out, *starts);
        writeText(out, *engine, outcome, seconds, metrics, table.source);
    }
    if (!options.predictPath.empty())
        writePredictions(options.predictionsOut, engine->model()->predict(newInputs), engine->outputNames());
    if (!options.exportPython.empty()) writeTextFile(options.exportPython, pythonSource(*engine->model()));
    if (!options.exportC.empty()) writeTextFile(options.exportC, cSource(*engine->model()));
    if (!options.exportLatex.empty()) writeTextFile(options.exportLatex, latexDocument(*engine->model()));
    if (!options.exportHallOfFame.empty()) writeTextFile(options.exportHallOfFame, engine->hallOfFame().csv());
    if (!options.savePath.empty()) saveSessionFile(options.savePath, makeSession(table, *engine, true, options.validationColumn));
    if (outcome.status != RunStatus::NumericalFault) return 0;
    // Scripts read the exit status; a person reads this line (the report above is of the last finite state).
    err << "darts-cli: the search stopped: " << outcome.message << "; the model reported is that of the last finite state\n";
    return kExitNumericalFault;
}

}  // namespace darts::cli
