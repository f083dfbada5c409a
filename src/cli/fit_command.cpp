#include "fit_command.h"

#include "data/examples.h"
#include "data/table.h"
#include "io/session_file.h"
#include "model/closed_form.h"
#include "model/code_export.h"
#include "network/output_function.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "util/json_writer.h"
#include "util/number_text.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
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
    void finish() {
        if (m_lastPercent >= 0) m_err << "\n";
    }

private:
    std::ostream& m_err;
    int m_total;
    int m_lastPercent = -1;
};

void writeJson(std::ostream& out, const SearchEngine& engine, const RunOutcome& outcome, double seconds,
               const FitMetrics& metrics) {
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
    if (session) {
        engine = makeEngine(*session);  // the saved settings and search state
        const int savedEpoch = engine->epoch();
        engine->setConfig(config);  // settings that shape the network rebuild it, as in the window
        if (engine->epoch() != savedEpoch)
            err << "darts-cli: note: the settings given change the network (or the seed): the search starts afresh\n";
    } else {
        Selection data = selectColumns(table, splitNames(options.inputs), splitNames(options.target));
        engine = std::make_unique<SearchEngine>(config, data.X, data.Y, data.inputNames, data.targetNames);
    }
    // The file to predict is checked before the search, so that a mistake in it costs no search time.
    Eigen::MatrixXd newInputs;
    if (!options.predictPath.empty()) newInputs = columnsByName(readTable(options.predictPath, reading), engine->inputNames());

    // A continued search counts its epochs from where the session left it.
    const int firstEpoch = engine->epoch();
    ProgressBar bar(err, config.max_epochs);
    EpochCallback onEpoch;
    if (progressBar) onEpoch = [&bar, firstEpoch](const EpochReport& r) { bar.update(r.epoch - firstEpoch, r.loss); };

    const auto start = std::chrono::steady_clock::now();
    const RunOutcome outcome = engine->fit(onEpoch);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progressBar) bar.finish();

    const FitMetrics metrics = fitMetrics(engine->model()->predict(engine->inputs()), engine->targets());
    if (options.json)
        writeJson(out, *engine, outcome, seconds, metrics);
    else
        writeText(out, *engine, outcome, seconds, metrics, table.source);
    if (!options.predictPath.empty())
        writePredictions(options.predictionsOut, engine->model()->predict(newInputs), engine->outputNames());
    if (!options.exportPython.empty()) writeTextFile(options.exportPython, pythonSource(*engine->model()));
    if (!options.exportC.empty()) writeTextFile(options.exportC, cSource(*engine->model()));
    if (!options.exportLatex.empty()) writeTextFile(options.exportLatex, latexDocument(*engine->model()));
    if (!options.savePath.empty()) saveSessionFile(options.savePath, makeSession(table, *engine));
    if (outcome.status != RunStatus::NumericalFault) return 0;
    // Scripts read the exit status; a person reads this line (the report above is of the last finite state).
    err << "darts-cli: the search stopped: " << outcome.message << "; the model reported is that of the last finite state\n";
    return kExitNumericalFault;
}

}  // namespace darts::cli
