#include "io/session_file.h"

#include "network/network.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "util/atomic_file.h"
#include "util/json_reader.h"
#include "util/json_writer.h"
#include "util/number_text.h"
#include "util/random.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <system_error>

namespace darts {
namespace {

using Kind = JsonValue::Kind;

[[noreturn]] void fail(const std::string& message) { throw SessionError(message); }

// ---- Reading: every accessor names the field it looks at, so that a message
// points into the file ("search.alpha[2][0] is null, expected a number").

std::string child(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string item(const std::string& path, std::size_t index) { return path + "[" + std::to_string(index) + "]"; }

const JsonValue& expectKind(const JsonValue& value, Kind kind, const std::string& path) {
    if (value.kind() != kind)
        fail(path + " is " + describe(value.kind()) + ", expected " + describe(kind) +
             (value.isNull() && kind == Kind::Number ? " (a session holds only finite numbers)" : ""));
    return value;
}

const JsonValue& member(const JsonValue& object, std::string_view key, const std::string& path) {
    const JsonValue* value = object.find(key);
    if (!value) fail(child(path, key) + " is missing");
    return *value;
}

const JsonValue& member(const JsonValue& object, std::string_view key, Kind kind, const std::string& path) {
    return expectKind(member(object, key, path), kind, child(path, key));
}

long long wholeNumber(const JsonValue& value, const std::string& path, long long low, long long high) {
    const double x = expectKind(value, Kind::Number, path).asNumber();
    if (x != std::floor(x) || x < static_cast<double>(low) || x > static_cast<double>(high))
        fail(path + " is " + formatRoundTrip(x) + ", expected a whole number from " + std::to_string(low) + " to " +
             std::to_string(high));
    return static_cast<long long>(x);
}

/// `nullIsNaN`: null reads as NaN, for the one list where NaN is a value (see writeSession).
std::vector<double> numbers(const JsonValue& value, const std::string& path, bool nullIsNaN = false) {
    const auto& items = expectKind(value, Kind::Array, path).asArray();
    std::vector<double> result;
    result.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        result.push_back(nullIsNaN && items[i].isNull() ? std::numeric_limits<double>::quiet_NaN()
                                                        : expectKind(items[i], Kind::Number, item(path, i)).asNumber());
    return result;
}

Eigen::VectorXd readVector(const JsonValue& value, const std::string& path) {
    const std::vector<double> v = numbers(value, path);
    return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

/// An array of rows, all of one length; [] is the empty matrix.
Eigen::MatrixXd readMatrix(const JsonValue& value, const std::string& path) {
    const auto& rows = expectKind(value, Kind::Array, path).asArray();
    Eigen::MatrixXd result;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::vector<double> row = numbers(rows[r], item(path, r));
        if (r == 0) result.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(row.size()));
        if (static_cast<Eigen::Index>(row.size()) != result.cols())
            fail(item(path, r) + " has " + std::to_string(row.size()) + " numbers, but " + item(path, 0) + " has " +
                 std::to_string(result.cols()));
        for (std::size_t c = 0; c < row.size(); ++c) result(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = row[c];
    }
    return result;
}

std::vector<std::string> strings(const JsonValue& value, const std::string& path) {
    const auto& items = expectKind(value, Kind::Array, path).asArray();
    std::vector<std::string> result;
    for (std::size_t i = 0; i < items.size(); ++i) result.push_back(expectKind(items[i], Kind::String, item(path, i)).asString());
    return result;
}

}  // namespace

Table readTableJson(const JsonValue& data) {
    const std::string path = "data";
    Table table;
    table.source = member(data, "source", Kind::String, path).asString();
    table.columnNames = strings(member(data, "columns", path), child(path, "columns"));
    const Eigen::Index columns = static_cast<Eigen::Index>(table.columnNames.size());
    const std::string rowsPath = child(path, "rows");
    const auto& rows = member(data, "rows", Kind::Array, path).asArray();
    table.values.resize(static_cast<Eigen::Index>(rows.size()), columns);
    table.firstBadCell.resize(table.columnNames.size());
    std::vector<bool> hasNull(table.columnNames.size(), false);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string rowPath = item(rowsPath, r);
        const auto& cells = expectKind(rows[r], Kind::Array, rowPath).asArray();
        if (static_cast<Eigen::Index>(cells.size()) != columns)
            fail(rowPath + " has " + std::to_string(cells.size()) + " cells, but there are " + std::to_string(columns) +
                 " columns");
        for (Eigen::Index c = 0; c < columns; ++c) {
            const JsonValue& cell = cells[static_cast<std::size_t>(c)];
            if (cell.isNull()) {
                // A cell that was not a number in the original file, as in a Table.
                table.values(static_cast<Eigen::Index>(r), c) = std::numeric_limits<double>::quiet_NaN();
                hasNull[static_cast<std::size_t>(c)] = true;
            } else {
                table.values(static_cast<Eigen::Index>(r), c) =
                    expectKind(cell, Kind::Number, item(rowPath, static_cast<std::size_t>(c))).asNumber();
            }
        }
    }
    if (const JsonValue* bad = data.find("bad_cells")) {
        const std::string badPath = child(path, "bad_cells");
        for (const auto& [name, entry] : expectKind(*bad, Kind::Object, badPath).asObject()) {
            const std::string entryPath = child(badPath, name);
            const int c = table.columnIndex(name);
            if (c < 0) fail(entryPath + ": there is no column '" + name + "'");
            if (!hasNull[static_cast<std::size_t>(c)])
                fail(entryPath + ": column '" + name + "' has no cell that is not a number (no null)");
            expectKind(entry, Kind::Object, entryPath);
            table.firstBadCell[static_cast<std::size_t>(c)] =
                BadCell{static_cast<std::size_t>(wholeNumber(member(entry, "line", entryPath), child(entryPath, "line"), 1,
                                                             std::numeric_limits<int>::max())),
                        member(entry, "text", Kind::String, entryPath).asString()};
        }
    }
    // A hand-edited file may have nulls without an entry: the first null stands in
    // (line numbered as in a CSV file with its header on line 1).
    for (std::size_t c = 0; c < hasNull.size(); ++c)
        if (hasNull[c] && !table.firstBadCell[c])
            for (Eigen::Index r = 0; r < table.values.rows(); ++r)
                if (std::isnan(table.values(r, static_cast<Eigen::Index>(c)))) {
                    table.firstBadCell[c] = BadCell{static_cast<std::size_t>(r) + 2, ""};
                    break;
                }
    return table;
}

SearchConfig readSettingsJson(const JsonValue& settings) {
    const std::string path = "settings";
    expectKind(settings, Kind::Object, path);
    for (const auto& [name, value] : settings.asObject()) {
        bool known = false;
        for (const ConfigField& f : configFields()) known = known || f.name == name;
        // Ignoring it would run a different search from the one that was saved.
        if (!known) fail(path + ": unknown setting '" + name + "'");
    }
    SearchConfig config;
    for (const ConfigField& f : configFields()) {
        const std::string fieldPath = child(path, f.name);
        if (f.optional && !settings.find(f.name)) continue;
        const std::string& text = member(settings, f.name, Kind::String, path).asString();
        try {
            f.set(config, text);
        } catch (const std::invalid_argument& e) {
            fail(fieldPath + ": " + e.what());
        }
    }
    return config;
}

namespace {

// An architecture as a session writes it: "primitives" by name, and where they are not the default,
// "node_kinds" ("sum" or "product") and "output_links" (1 read, 0 not).
Architecture readArchitecture(const JsonValue& object, const std::string& path, const SearchConfig& config) {
    Architecture a;
    const std::string choicesPath = child(path, "primitives");
    const std::vector<std::string> names = strings(member(object, "primitives", path), choicesPath);
    for (std::size_t e = 0; e < names.size(); ++e) {
        int index = -1;
        try {
            const Primitive p = primitiveFromName(names[e]);
            for (std::size_t k = 0; k < config.primitives.size(); ++k)
                if (config.primitives[k] == p) index = static_cast<int>(k);
        } catch (const std::invalid_argument& error) {
            fail(item(choicesPath, e) + ": " + error.what());
        }
        if (index < 0)
            fail(item(choicesPath, e) + ": '" + names[e] + "' is not among the primitives of the settings (" +
                 primitiveListToString(config.primitives) + ")");
        a.choices.push_back(index);
    }
    if (const JsonValue* kinds = object.find("node_kinds")) {
        const std::string kindsPath = child(path, "node_kinds");
        const std::vector<std::string> words = strings(*kinds, kindsPath);
        for (std::size_t j = 0; j < words.size(); ++j) {
            if (words[j] != "sum" && words[j] != "product")
                fail(item(kindsPath, j) + ": '" + words[j] + "' is neither sum nor product");
            a.nodeKinds.push_back(static_cast<int>(words[j] == "product" ? NodeKind::Product : NodeKind::Sum));
        }
    }
    if (const JsonValue* links = object.find("output_links")) {
        const std::string linksPath = child(path, "output_links");
        expectKind(*links, Kind::Array, linksPath);
        for (std::size_t k = 0; k < links->asArray().size(); ++k)
            a.outputLinks.push_back(static_cast<int>(wholeNumber(links->asArray()[k], item(linksPath, k), 0, 1)));
    }
    if (const JsonValue* biases = object.find("output_biases")) {
        const std::string biasesPath = child(path, "output_biases");
        expectKind(*biases, Kind::Array, biasesPath);
        for (std::size_t o = 0; o < biases->asArray().size(); ++o)
            a.outputBiases.push_back(static_cast<int>(wholeNumber(biases->asArray()[o], item(biasesPath, o), 0, 1)));
    }
    return a;
}

void writeArchitecture(JsonWriter& json, const Architecture& a, const SearchConfig& config) {
    json.key("primitives").beginArray();
    for (int choice : a.choices) json.value(primitiveInfo(config.primitives[static_cast<std::size_t>(choice)]).name);
    json.endArray();
    if (std::ranges::count(a.nodeKinds, static_cast<int>(NodeKind::Product)) > 0) {
        json.key("node_kinds").beginArray();
        for (int kind : a.nodeKinds) json.value(kind == static_cast<int>(NodeKind::Product) ? "product" : "sum");
        json.endArray();
    }
    if (std::ranges::count(a.outputLinks, 0) > 0) {
        json.key("output_links").beginArray();
        for (int link : a.outputLinks) json.value(link);
        json.endArray();
    }
    if (std::ranges::count(a.outputBiases, 0) > 0) {
        json.key("output_biases").beginArray();
        for (int bias : a.outputBiases) json.value(bias);
        json.endArray();
    }
}

}  // namespace

SearchState readSearchStateJson(const JsonValue& search, const SearchConfig& config) {
    const std::string path = "search";
    expectKind(search, Kind::Object, path);
    SearchState state;
    state.epoch = static_cast<int>(wholeNumber(member(search, "epoch", path), child(path, "epoch"), 0, INT_MAX));
    state.lossHistory = numbers(member(search, "loss_history", path), child(path, "loss_history"), true);
    if (const JsonValue* history = search.find("validation_loss_history"); history && !history->isNull())
        state.validationLossHistory = numbers(*history, child(path, "validation_loss_history"), true);
    state.alpha = readMatrix(member(search, "alpha", path), child(path, "alpha"));
    state.parameters = readVector(member(search, "parameters", path), child(path, "parameters"));
    const std::string adamPath = child(path, "adam");
    const JsonValue& adam = member(search, "adam", Kind::Object, path);
    // Whole numbers beyond 2^53 would not survive the trip through a double.
    state.adamSteps = wholeNumber(member(adam, "steps", adamPath), child(adamPath, "steps"), 0, 1LL << 53);
    state.adamFirstMoment = readMatrix(member(adam, "first_moment", adamPath), child(adamPath, "first_moment"));
    state.adamSecondMoment = readMatrix(member(adam, "second_moment", adamPath), child(adamPath, "second_moment"));
    state.randomState = member(search, "random_state", Kind::String, path).asString();
    // Optional parts, written only by searches that have them (product nodes, a hall of fame).
    if (const JsonValue* nodeAlpha = search.find("node_alpha"))
        state.nodeAlpha = readMatrix(*nodeAlpha, child(path, "node_alpha"));
    if (const JsonValue* moment = adam.find("node_first_moment"))
        state.nodeAdamFirstMoment = readMatrix(*moment, child(adamPath, "node_first_moment"));
    if (const JsonValue* moment = adam.find("node_second_moment"))
        state.nodeAdamSecondMoment = readMatrix(*moment, child(adamPath, "node_second_moment"));
    if (const JsonValue* model = search.find("model"); model && !model->isNull()) {
        const std::string modelPath = child(path, "model");
        expectKind(*model, Kind::Object, modelPath);
        SampledModelState m;
        m.architecture = readArchitecture(*model, modelPath, config);
        m.parameters = readVector(member(*model, "parameters", modelPath), child(modelPath, "parameters"));
        state.model = std::move(m);
    }
    if (const JsonValue* entries = search.find("hall_of_fame")) {
        const std::string famePath = child(path, "hall_of_fame");
        expectKind(*entries, Kind::Array, famePath);
        for (std::size_t i = 0; i < entries->asArray().size(); ++i) {
            const std::string entryPath = item(famePath, i);
            const JsonValue& e = expectKind(entries->asArray()[i], Kind::Object, entryPath);
            HallOfFameEntry entry;
            entry.architecture = readArchitecture(e, entryPath, config);
            entry.coefficients = numbers(member(e, "coefficients", entryPath), child(entryPath, "coefficients"));
            entry.equation = member(e, "equation", Kind::String, entryPath).asString();
            entry.parameterCount =
                static_cast<int>(wholeNumber(member(e, "coefficient_count", entryPath), child(entryPath, "coefficient_count"), 0, INT_MAX));
            entry.operationCount =
                static_cast<int>(wholeNumber(member(e, "operation_count", entryPath), child(entryPath, "operation_count"), 0, INT_MAX));
            entry.operationCost = entry.operationCount;  // files written before costs had only the count
            if (const JsonValue* cost = e.find("operation_cost"))
                entry.operationCost = static_cast<int>(wholeNumber(*cost, child(entryPath, "operation_cost"), 0, INT_MAX));
            const auto numberOrNull = [&](std::string_view key) {
                const JsonValue& v = member(e, key, entryPath);
                if (v.isNull()) return std::numeric_limits<double>::quiet_NaN();
                return expectKind(v, Kind::Number, child(entryPath, key)).asNumber();
            };
            entry.trainingMse = numberOrNull("training_mse");
            entry.validationMse = numberOrNull("validation_mse");
            entry.seed = static_cast<std::uint64_t>(wholeNumber(member(e, "seed", entryPath), child(entryPath, "seed"), 0, 1LL << 53));
            entry.origin = member(e, "origin", Kind::String, entryPath).asString();
            state.hallOfFame.push_back(std::move(entry));
        }
    }
    return state;
}

namespace {

// ---- Checks shared by reading and writing, so that nothing is written that
// would not read back.

void checkFinite(const double* values, Eigen::Index count, const std::string& what, bool allowNaN = false) {
    for (Eigen::Index i = 0; i < count; ++i)
        if (!std::isfinite(values[i]) && !(allowNaN && std::isnan(values[i])))
            fail("search: " + what + " holds a value that is not finite (" +
                 (std::isnan(values[i]) ? std::string("NaN") : std::string("infinite")) +
                 "); a session stores finite numbers only");
}

void checkTable(const Table& table) {
    const std::size_t columns = table.columnNames.size();
    if (columns == 0) fail("data: the table has no columns");
    if (static_cast<std::size_t>(table.values.cols()) != columns || table.firstBadCell.size() != columns)
        fail("data: the table's values or cell notes do not match its " + std::to_string(columns) + " columns");
    if (table.values.rows() == 0) fail("data: the table has no rows");
    for (std::size_t c = 0; c < columns; ++c) {
        if (table.columnNames[c].empty()) fail("data.columns[" + std::to_string(c) + "]: a column has no name");
        for (std::size_t k = 0; k < c; ++k)
            if (table.columnNames[k] == table.columnNames[c])
                fail("data.columns: the column name '" + table.columnNames[c] + "' appears twice");
        const bool allFinite = table.values.col(static_cast<Eigen::Index>(c)).allFinite();
        if (allFinite == table.firstBadCell[c].has_value())
            fail("data: column '" + table.columnNames[c] + "' " +
                 (allFinite ? "is marked as holding a cell that is not a number, but has none"
                            : "holds cells that are not numbers without a note of the first one"));
    }
}

void checkSession(const Session& session) {
    checkTable(session.data);
    if (session.inputs.empty()) fail("inputs: no input column is chosen");
    if (session.targets.empty()) fail("targets: no target column is chosen");
    try {
        selectColumns(session.data, session.inputs, session.targets);
    } catch (const DataError& e) {
        fail(std::string("inputs and targets: ") + e.what());
    }
    if (const std::string& split = session.validationColumn; !split.empty()) {
        for (const std::vector<std::string>* used : {&session.inputs, &session.targets})
            if (std::find(used->begin(), used->end(), split) != used->end())
                fail("validation_column: '" + split + "' is also an input or a target");
        try {
            if (std::ranges::count(heldOutRows(session.data, split), false) == 0)
                fail("validation_column: '" + split + "' holds out every row: none is left to train on");
        } catch (const DataError& e) {
            fail(std::string("validation_column: ") + e.what());
        }
    }
    try {
        session.config.validate();
    } catch (const std::invalid_argument& e) {
        fail(std::string("settings: ") + e.what());
    }
    if (!session.state) return;
    const SearchState& state = *session.state;
    // The network the settings build is the measure of the state's shapes; its
    // starting values are drawn and thrown away.
    Rng rng(session.config.seed);
    const Network network(static_cast<int>(session.inputs.size()), static_cast<int>(session.targets.size()),
                          session.config, rng);
    try {
        validateState(state, network);
    } catch (const std::invalid_argument& e) {
        fail(std::string("search: ") + e.what());
    }
    // An epoch without any step has the loss NaN (RunOutcome::lastLoss); a fault ends a run before its loss is kept.
    checkFinite(state.lossHistory.data(), static_cast<Eigen::Index>(state.lossHistory.size()), "the loss history", true);
    checkFinite(state.alpha.data(), state.alpha.size(), "alpha");
    checkFinite(state.parameters.data(), state.parameters.size(), "the coefficient vector");
    checkFinite(state.adamFirstMoment.data(), state.adamFirstMoment.size(), "Adam's first moment");
    checkFinite(state.adamSecondMoment.data(), state.adamSecondMoment.size(), "Adam's second moment");
    checkFinite(state.nodeAlpha.data(), state.nodeAlpha.size(), "the nodes' weights");
    checkFinite(state.nodeAdamFirstMoment.data(), state.nodeAdamFirstMoment.size(), "Adam's first moment of the nodes");
    checkFinite(state.nodeAdamSecondMoment.data(), state.nodeAdamSecondMoment.size(), "Adam's second moment of the nodes");
    if (state.model)
        checkFinite(state.model->parameters.data(), state.model->parameters.size(),
                    "the sampled model's coefficient vector");
    for (const HallOfFameEntry& entry : state.hallOfFame)
        checkFinite(entry.coefficients.data(), static_cast<Eigen::Index>(entry.coefficients.size()),
                    "a hall-of-fame model's coefficients");
    if (session.weightHistory.size() > static_cast<std::size_t>(state.epoch))
        fail("weights_history: more entries than epochs");
    const std::vector<int>& epochs = session.weightHistoryEpochs;
    if (!epochs.empty()) {
        if (epochs.size() != session.weightHistory.size())
            fail("weights_history_epochs: not one epoch per entry of weights_history");
        for (std::size_t i = 0; i < epochs.size(); ++i)
            if (epochs[i] < 1 || epochs[i] > state.epoch || (i > 0 && epochs[i] <= epochs[i - 1]))
                fail("weights_history_epochs: epochs must rise, from 1 to the search's epoch");
    }
    for (const Eigen::MatrixXd& w : session.weightHistory) {
        if (w.rows() != state.alpha.rows() || w.cols() != state.alpha.cols())
            fail("weights_history: an entry does not have alpha's shape");
        checkFinite(w.data(), w.size(), "the weights history");
    }
}

// ---- Writing

void writeMatrix(JsonWriter& json, const Eigen::MatrixXd& m) {
    json.beginArray();
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        json.beginArray();
        for (Eigen::Index c = 0; c < m.cols(); ++c) json.value(m(r, c));
        json.endArray();
    }
    json.endArray();
}

void writeVector(JsonWriter& json, const Eigen::VectorXd& v) {
    json.beginArray();
    for (Eigen::Index i = 0; i < v.size(); ++i) json.value(v[i]);
    json.endArray();
}

}  // namespace

void writeTableJson(JsonWriter& json, const Table& table) {
    json.beginObject();
    json.key("source").value(table.source);
    json.key("columns").array(table.columnNames);
    json.key("rows").beginArray();
    for (Eigen::Index r = 0; r < table.values.rows(); ++r) {
        json.beginArray();
        for (Eigen::Index c = 0; c < table.values.cols(); ++c) json.value(table.values(r, c));  // NaN: null
        json.endArray();
    }
    json.endArray();
    bool anyBad = false;
    for (const auto& bad : table.firstBadCell) anyBad = anyBad || bad.has_value();
    if (anyBad) {
        json.key("bad_cells").beginObject();
        for (std::size_t c = 0; c < table.columnNames.size(); ++c)
            if (const auto& bad = table.firstBadCell[c]) {
                json.key(table.columnNames[c]).beginObject();
                json.key("line").value(static_cast<long long>(bad->line));
                json.key("text").value(bad->text);
                json.endObject();
            }
        json.endObject();
    }
    json.endObject();
}

void writeSettingsJson(JsonWriter& json, const SearchConfig& config) {
    json.beginObject();
    for (const ConfigField& f : configFields()) json.key(f.name).value(f.get(config));
    json.endObject();
}

void writeSearchStateJson(JsonWriter& json, const SearchState& state, const SearchConfig& config) {
    json.beginObject();
    json.key("epoch").value(state.epoch);
    json.key("loss_history").array(state.lossHistory);
    if (!state.validationLossHistory.empty()) json.key("validation_loss_history").array(state.validationLossHistory);
    json.key("alpha");
    writeMatrix(json, state.alpha);
    json.key("parameters");
    writeVector(json, state.parameters);
    json.key("adam").beginObject();
    json.key("steps").value(state.adamSteps);
    json.key("first_moment");
    writeMatrix(json, state.adamFirstMoment);
    json.key("second_moment");
    writeMatrix(json, state.adamSecondMoment);
    if (state.nodeAdamFirstMoment.size() > 0) {
        json.key("node_first_moment");
        writeMatrix(json, state.nodeAdamFirstMoment);
        json.key("node_second_moment");
        writeMatrix(json, state.nodeAdamSecondMoment);
    }
    json.endObject();
    if (state.nodeAlpha.size() > 0) {
        json.key("node_alpha");
        writeMatrix(json, state.nodeAlpha);
    }
    json.key("random_state").value(state.randomState);
    if (const auto& model = state.model) {
        json.key("model").beginObject();
        writeArchitecture(json, model->architecture, config);
        json.key("parameters");
        writeVector(json, model->parameters);
        json.endObject();
    }
    if (!state.hallOfFame.empty()) {
        json.key("hall_of_fame").beginArray();
        for (const HallOfFameEntry& entry : state.hallOfFame) {
            json.beginObject();
            writeArchitecture(json, entry.architecture, config);
            json.key("coefficients").array(entry.coefficients);
            json.key("equation").value(entry.equation);
            json.key("coefficient_count").value(entry.parameterCount);
            json.key("operation_count").value(entry.operationCount);
            json.key("operation_cost").value(entry.operationCost);
            json.key("training_mse").value(entry.trainingMse);
            json.key("validation_mse").value(entry.validationMse);  // NaN (no held-out rows): null
            json.key("seed").value(static_cast<long long>(entry.seed));
            json.key("origin").value(entry.origin);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
}

std::string writeSession(const Session& session) {
    checkSession(session);
    JsonWriter json;
    json.beginObject();
    json.key("format").value(kSessionFormat);
    json.key("version").value(kSessionVersion);

    json.key("data");
    writeTableJson(json, session.data);
    json.key("inputs").array(session.inputs);
    json.key("targets").array(session.targets);
    if (!session.validationColumn.empty()) json.key("validation_column").value(session.validationColumn);
    json.key("settings");
    writeSettingsJson(json, session.config);
    if (const auto& state = session.state) {
        json.key("search");
        writeSearchStateJson(json, *state, session.config);
        if (!session.weightHistory.empty()) {
            json.key("weights_history").beginArray();
            for (const Eigen::MatrixXd& w : session.weightHistory) writeMatrix(json, w);
            json.endArray();
            if (!session.weightHistoryEpochs.empty()) {
                json.key("weights_history_epochs").beginArray();
                for (int epoch : session.weightHistoryEpochs) json.value(epoch);
                json.endArray();
            }
        }
    }
    if (!session.classroom.empty()) {
        json.key("classroom").beginObject();
        for (const auto& [name, shown] : session.classroom) json.key(name).value(shown);
        json.endObject();
    }
    json.endObject();
    return json.text() + "\n";
}

Session readSession(std::string_view text) {
    JsonValue root;
    try {
        root = parseJson(text);
    } catch (const JsonError& e) {
        fail("not valid JSON at line " + std::to_string(e.line()) + ", column " + std::to_string(e.column()) + ": " +
             e.problem());
    }
    if (!root.isObject()) fail(std::string("not a DARTS Studio session: the text holds ") + describe(root.kind()) +
                               ", not an object");
    const JsonValue* format = root.find("format");
    if (!format) fail("not a DARTS Studio session: it has no \"format\" field");
    if (!format->isString() || format->asString() != kSessionFormat)
        fail("not a DARTS Studio session: its \"format\" is " +
             (format->isString() ? "\"" + format->asString() + "\"" : std::string(describe(format->kind()))) +
             " instead of \"" + std::string(kSessionFormat) + "\"");

    Session session;
    const JsonValue& version = member(root, "version", "");
    if (!version.isNumber() || version.asNumber() != std::floor(version.asNumber()) || version.asNumber() < 1)
        fail("version must be a whole number from 1 up");
    if (version.asNumber() > kSessionVersion)
        fail("this session was written by a newer DARTS Studio (version " + formatRoundTrip(version.asNumber()) +
             "); this one reads up to version " + std::to_string(kSessionVersion));
    session.version = static_cast<int>(version.asNumber());

    session.data = readTableJson(member(root, "data", Kind::Object, ""));
    session.inputs = strings(member(root, "inputs", ""), "inputs");
    session.targets = strings(member(root, "targets", ""), "targets");
    if (const JsonValue* split = root.find("validation_column"); split && !split->isNull())
        session.validationColumn = expectKind(*split, Kind::String, "validation_column").asString();
    session.config = readSettingsJson(member(root, "settings", ""));
    if (const JsonValue* search = root.find("search"); search && !search->isNull())
        session.state = readSearchStateJson(*search, session.config);
    if (const JsonValue* history = root.find("weights_history"); history && !history->isNull()) {
        expectKind(*history, Kind::Array, "weights_history");
        for (std::size_t i = 0; i < history->asArray().size(); ++i)
            session.weightHistory.push_back(
                readMatrix(history->asArray()[i], "weights_history[" + std::to_string(i) + "]"));
    }
    if (const JsonValue* epochs = root.find("weights_history_epochs"); epochs && !epochs->isNull()) {
        expectKind(*epochs, Kind::Array, "weights_history_epochs");
        for (std::size_t i = 0; i < epochs->asArray().size(); ++i)
            session.weightHistoryEpochs.push_back(static_cast<int>(
                wholeNumber(epochs->asArray()[i], item("weights_history_epochs", i), 1, INT_MAX)));
    }
    if (const JsonValue* classroom = root.find("classroom"); classroom && !classroom->isNull()) {
        expectKind(*classroom, Kind::Object, "classroom");
        for (const auto& [name, shown] : classroom->asObject()) {
            expectKind(shown, Kind::Bool, child("classroom", name));
            session.classroom.emplace_back(name, shown.asBool());
        }
    }
    checkSession(session);
    return session;
}

void saveSessionFile(const std::string& path, const Session& session) {
    std::string text;
    try {
        text = writeSession(session);
    } catch (const SessionError& e) {
        fail("cannot write '" + path + "': " + e.what());
    }
    try {
        writeFileAtomically(path, text);
    } catch (const FileWriteError& e) {
        fail(e.what());
    }
}

Session loadSessionFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) fail(path + ": cannot open the file (" + std::generic_category().message(errno) + ")");
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad()) fail(path + ": reading the file failed");
    try {
        return readSession(content.str());
    } catch (const SessionError& e) {
        fail(path + ": " + e.what());
    }
}

Session makeSession(const Table& table, const SearchEngine& engine, bool withState, const std::string& validationColumn) {
    Session session;
    session.data = table;
    session.inputs = engine.inputNames();
    session.targets = engine.outputNames();
    session.config = engine.config();
    session.validationColumn = validationColumn;
    try {
        if (!validationColumn.empty() && heldOutRows(table, validationColumn) != engine.heldOutRows())
            fail("the column '" + validationColumn + "' does not mark the rows the search held out");
        const auto same = [](const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
            return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
        };
        if (!same(columnsByName(table, session.inputs), engine.inputs()) ||
            !same(columnsByName(table, session.targets), engine.targets()))
            fail("the table's columns do not hold the data the search ran on");
    } catch (const DataError& e) {
        fail(std::string("the table does not hold the search's columns: ") + e.what());
    }
    if (withState) session.state = engine.state();
    return session;
}

std::unique_ptr<SearchEngine> makeEngine(const Session& session) {
    try {
        Selection data = selectColumns(session.data, session.inputs, session.targets);
        std::vector<bool> heldOut;
        if (!session.validationColumn.empty()) heldOut = heldOutRows(session.data, session.validationColumn);
        auto engine = std::make_unique<SearchEngine>(session.config, std::move(data.X), std::move(data.Y),
                                                     std::move(data.inputNames), std::move(data.targetNames),
                                                     std::move(heldOut));
        if (session.state) engine->restore(*session.state);
        return engine;
    } catch (const DataError& e) {
        fail(e.what());
    } catch (const std::invalid_argument& e) {
        fail(e.what());
    }
}

}  // namespace darts
