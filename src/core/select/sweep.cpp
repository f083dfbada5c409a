#include "select/sweep.h"

#include "data/examples.h"
#include "io/session_file.h"
#include "search/config_fields.h"
#include "search/search_engine.h"
#include "util/atomic_file.h"
#include "util/json_reader.h"
#include "util/json_writer.h"
#include "util/number_text.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace darts {
namespace {

using Kind = JsonValue::Kind;

constexpr std::string_view kSweepFormat = "darts-studio-sweep";
constexpr int kSweepVersion = 1;

[[noreturn]] void fail(const std::string& message) { throw SweepError(message); }

const JsonValue& expect(const JsonValue& value, Kind kind, const std::string& path) {
    if (value.kind() != kind)
        fail(path + " is " + describe(value.kind()) + ", expected " + describe(kind));
    return value;
}

const JsonValue& member(const JsonValue& object, std::string_view key, Kind kind, const std::string& path) {
    const JsonValue* value = object.find(key);
    if (!value) fail((path.empty() ? "" : path + ": ") + "'" + std::string(key) + "' is missing");
    return expect(*value, kind, path.empty() ? std::string(key) : path + "." + std::string(key));
}

std::vector<std::string> strings(const JsonValue& value, const std::string& path) {
    std::vector<std::string> items;
    for (std::size_t i = 0; i < expect(value, Kind::Array, path).asArray().size(); ++i)
        items.push_back(expect(value.asArray()[i], Kind::String, path + "[" + std::to_string(i) + "]").asString());
    return items;
}

std::vector<std::string> optionalStrings(const JsonValue& object, std::string_view key) {
    const JsonValue* value = object.find(key);
    return value && !value->isNull() ? strings(*value, std::string(key)) : std::vector<std::string>{};
}

/// A setting's value as the text its field parses: JSON numbers and booleans are accepted too.
std::string settingText(const JsonValue& value, const std::string& path) {
    switch (value.kind()) {
        case Kind::String: return value.asString();
        case Kind::Number: return formatRoundTrip(value.asNumber());
        case Kind::Bool: return value.asBool() ? "true" : "false";
        default: fail(path + " is " + describe(value.kind()) + ", expected a number, true/false or text");
    }
}

const ConfigField& field(const std::string& name, const std::string& path) {
    const ConfigField* f = findConfigField(name);
    if (!f) fail(path + ": unknown setting '" + name + "'");
    return *f;
}

void apply(const ConfigField& f, SearchConfig& config, const std::string& text, const std::string& path) {
    try {
        f.set(config, text);
    } catch (const std::invalid_argument& e) {
        fail(path + ": " + e.what());
    }
}

double number(const JsonValue& point, std::string_view key, const std::string& path) {
    const JsonValue* value = point.find(key);
    if (!value) fail(path + ": '" + std::string(key) + "' is missing");
    if (value->isNull()) return std::numeric_limits<double>::quiet_NaN();
    return expect(*value, Kind::Number, path + "." + std::string(key)).asNumber();
}

RunStatus statusFromString(const std::string& text, const std::string& path) {
    for (RunStatus s : {RunStatus::Completed, RunStatus::Stopped, RunStatus::NumericalFault})
        if (text == toString(s)) return s;
    fail(path + ": unknown status '" + text + "'");
}

std::string readFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) fail(path + ": cannot open the file");
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

/// The file read and parsed, every message of a mistake starting with the path.
template <typename Parse>
auto parseFile(const std::string& path, Parse parse) {
    try {
        return parse(readFile(path));
    } catch (const SweepError& e) {
        if (std::string_view(e.what()).starts_with(path)) throw;  // readFile's own message names it already
        fail(path + ": " + e.what());
    }
}

JsonValue parse(std::string_view text) {
    try {
        return parseJson(text);
    } catch (const JsonError& e) {
        fail(std::string("not JSON: ") + e.what());
    }
}

/// What validate() says of the settings every point shares, or "" when they are fine.
std::string baseProblem(const SearchConfig& base) {
    try {
        base.validate();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

SweepPlan readPlan(const JsonValue& root) {
    expect(root, Kind::Object, "the plan");
    SweepPlan plan;
    if (const JsonValue* data = root.find("data")) plan.dataPath = expect(*data, Kind::String, "data").asString();
    if (const JsonValue* example = root.find("example"))
        plan.example = expect(*example, Kind::String, "example").asString();
    if (plan.dataPath.empty() == plan.example.empty())
        fail("the plan needs either \"data\" (a file) or \"example\" (a built-in example's name)");
    if (!plan.example.empty()) {
        try {
            plan.base = findExample(plan.example).config;
        } catch (const DataError& e) {
            fail(std::string("example: ") + e.what());
        }
    }
    plan.inputs = optionalStrings(root, "inputs");
    plan.targets = optionalStrings(root, "targets");
    if (const JsonValue* column = root.find("validation_column"); column && !column->isNull())
        plan.validationColumn = expect(*column, Kind::String, "validation_column").asString();
    if (const JsonValue* settings = root.find("settings")) {
        for (const auto& [name, value] : expect(*settings, Kind::Object, "settings").asObject()) {
            const std::string path = "settings." + name;
            apply(field(name, "settings"), plan.base, settingText(value, path), path);
        }
    }
    for (const auto& [name, values] : member(root, "grid", Kind::Object, "").asObject()) {
        const std::string path = "grid." + name;
        const ConfigField& f = field(name, "grid");
        SweepAxis axis{std::string(f.name), {}};
        if (std::any_of(plan.axes.begin(), plan.axes.end(), [&](const SweepAxis& a) { return a.name == axis.name; }))
            fail(path + ": the setting is swept twice");
        const JsonValue::Array& items = expect(values, Kind::Array, path).asArray();
        if (items.empty()) fail(path + ": an axis needs at least one value");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string itemPath = path + "[" + std::to_string(i) + "]";
            SearchConfig probe = plan.base;
            apply(f, probe, settingText(items[i], itemPath), itemPath);
            axis.values.push_back(f.get(probe));  // the field's own spelling, so that files compare equal
        }
        plan.axes.push_back(std::move(axis));
    }
    if (plan.pointCount() == 0) fail("grid: the plan has no point");
    // Each point's settings must make sense together (e.g. a share of rows held out).
    for (std::size_t i = 0; i < plan.pointCount(); ++i) {
        try {
            plan.pointConfig(i).validate();
        } catch (const std::invalid_argument& e) {
            fail(baseProblem(plan.base) == e.what() ? std::string("settings: ") + e.what()  // no grid value to blame
                                                    : "grid point " + std::to_string(i) + ": " + e.what());
        }
    }
    return plan;
}

void writePlan(JsonWriter& json, const SweepPlan& plan) {
    json.beginObject();
    if (!plan.example.empty()) json.key("example").value(plan.example);
    if (!plan.dataPath.empty()) json.key("data").value(plan.dataPath);
    json.key("inputs").array(plan.inputs);
    json.key("targets").array(plan.targets);
    if (!plan.validationColumn.empty()) json.key("validation_column").value(plan.validationColumn);
    // Every setting, so that a plan read back needs neither the example nor this program's defaults.
    json.key("settings").beginObject();
    for (const ConfigField& f : configFields()) {
        const bool swept = std::any_of(plan.axes.begin(), plan.axes.end(), [&](const SweepAxis& a) { return a.name == f.name; });
        if (!swept) json.key(f.name).value(f.get(plan.base));
    }
    json.endObject();
    json.key("grid").beginObject();
    for (const SweepAxis& axis : plan.axes) json.key(axis.name).array(axis.values);
    json.endObject();
    json.endObject();
}

void writePoint(JsonWriter& json, const SweepPlan& plan, const SweepPoint& point) {
    const StartResult& r = point.result;
    json.beginObject();
    json.key("index").value(static_cast<long long>(point.index));
    json.key("values").beginObject();
    const std::vector<std::string> values = plan.pointValues(point.index);
    for (std::size_t a = 0; a < plan.axes.size(); ++a) json.key(plan.axes[a].name).value(values[a]);
    json.endObject();
    json.key("status").value(toString(r.status));
    json.key("message").value(r.message);
    json.key("training_mse").value(r.scores.trainingMse);
    json.key("validation_mse").value(r.scores.validationMse);
    json.key("parameter_count").value(r.scores.parameterCount);
    json.key("bic").value(r.scores.bic);
    json.key("aic").value(r.scores.aic);
    json.key("equations").array(r.equations);
    if (r.state.alpha.size() > 0) {  // a start refused before its engine was built has no state
        json.key("search");
        writeSearchStateJson(json, r.state, r.config);
    }
    json.endObject();
}

SweepPoint readPoint(const JsonValue& value, const SweepPlan& plan, const std::string& path) {
    expect(value, Kind::Object, path);
    SweepPoint point;
    const double index = member(value, "index", Kind::Number, path).asNumber();
    if (index < 0 || index >= static_cast<double>(plan.pointCount()) || index != std::floor(index))
        fail(path + ".index: " + formatRoundTrip(index) + " is not a point of the plan's grid");
    point.index = static_cast<std::size_t>(index);
    StartResult& r = point.result;
    r.config = plan.pointConfig(point.index);
    r.status = statusFromString(member(value, "status", Kind::String, path).asString(), path + ".status");
    r.message = member(value, "message", Kind::String, path).asString();
    r.scores.trainingMse = number(value, "training_mse", path);
    r.scores.validationMse = number(value, "validation_mse", path);
    r.scores.parameterCount = static_cast<int>(member(value, "parameter_count", Kind::Number, path).asNumber());
    r.scores.bic = number(value, "bic", path);
    r.scores.aic = number(value, "aic", path);
    r.equations = strings(member(value, "equations", Kind::Array, path), path + ".equations");
    if (const JsonValue* search = value.find("search")) {
        try {
            r.state = readSearchStateJson(*search, r.config);
        } catch (const SessionError& e) {
            fail(path + ": " + e.what());
        }
    }
    return point;
}

}  // namespace

std::size_t SweepPlan::pointCount() const {
    std::size_t count = 1;
    for (const SweepAxis& axis : axes) count *= axis.values.size();
    return count;
}

std::vector<std::string> SweepPlan::pointValues(std::size_t index) const {
    std::vector<std::string> values(axes.size());
    for (std::size_t a = axes.size(); a-- > 0;) {
        values[a] = axes[a].values[index % axes[a].values.size()];
        index /= axes[a].values.size();
    }
    return values;
}

SearchConfig SweepPlan::pointConfig(std::size_t index) const {
    SearchConfig config = base;
    const std::vector<std::string> values = pointValues(index);
    for (std::size_t a = 0; a < axes.size(); ++a) findConfigField(axes[a].name)->set(config, values[a]);
    return config;
}

SweepPlan readSweepPlan(std::string_view text) { return readPlan(parse(text)); }

std::string writeSweepPlan(const SweepPlan& plan) {
    JsonWriter json;
    writePlan(json, plan);
    return json.text() + "\n";
}

SweepPlan loadSweepPlanFile(const std::string& path) { return parseFile(path, readSweepPlan); }

Table loadSweepTable(const SweepPlan& plan, const std::string& planFolder) {
    if (!plan.example.empty()) return exampleTable(findExample(plan.example));
    const std::filesystem::path data(plan.dataPath);
    return readTable(data.is_absolute() || planFolder.empty() ? data.string() : (std::filesystem::path(planFolder) / data).string());
}

SearchData selectSearchData(const Table& table, std::vector<std::string> inputs, std::vector<std::string> targets,
                            const std::string& validationColumn) {
    std::vector<bool> heldOut;
    if (!validationColumn.empty()) {
        heldOut = heldOutRows(table, validationColumn);  // names an unknown column
        const std::string why = table.source + ": column '" + validationColumn + "' marks the held-out rows; it cannot be ";
        // The default target is the last column, the split column apart (it is often put last).
        if (targets.empty())
            for (auto name = table.columnNames.rbegin(); name != table.columnNames.rend() && targets.empty(); ++name)
                if (*name != validationColumn) targets.push_back(*name);
        if (std::find(targets.begin(), targets.end(), validationColumn) != targets.end()) throw DataError(why + "a target");
        if (std::find(inputs.begin(), inputs.end(), validationColumn) != inputs.end()) throw DataError(why + "an input");
        // selectColumns would take every other numeric column as input, the split column with them.
        if (inputs.empty())
            for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
                const std::string& name = table.columnNames[c];
                if (table.isNumeric(c) && name != validationColumn && std::find(targets.begin(), targets.end(), name) == targets.end())
                    inputs.push_back(name);
            }
        if (inputs.empty()) throw DataError(table.source + ": there is no numeric column left to use as input");
    }
    Selection selection = selectColumns(table, std::move(inputs), std::move(targets));
    return {std::move(selection.X), std::move(selection.Y), std::move(selection.inputNames),
            std::move(selection.targetNames), std::move(heldOut)};
}

SearchData sweepData(const SweepPlan& plan, const Table& table) {
    return selectSearchData(table, plan.inputs, plan.targets, plan.validationColumn);
}

std::vector<std::size_t> taskPoints(std::size_t pointCount, int taskIndex, int taskCount) {
    if (taskCount < 1) throw std::invalid_argument("the task count must be at least 1");
    if (taskIndex < 0 || taskIndex >= taskCount)
        throw std::invalid_argument("the task index must be from 0 to " + std::to_string(taskCount - 1));
    std::vector<std::size_t> points;
    for (std::size_t i = static_cast<std::size_t>(taskIndex); i < pointCount; i += static_cast<std::size_t>(taskCount))
        points.push_back(i);
    return points;
}

SweepResults runSweepTask(const SweepPlan& plan, const Table& table, ParallelSearch& search, int taskIndex,
                          int taskCount, int jobs, const StartProgressCallback& onProgress) {
    SweepResults results;
    results.plan = plan;
    results.taskIndex = taskIndex;
    results.taskCount = taskCount;
    if (taskIndex == 0) results.data = table;
    const std::vector<std::size_t> indices = taskPoints(plan.pointCount(), taskIndex, taskCount);
    std::vector<SearchConfig> configs;
    for (std::size_t i : indices) configs.push_back(plan.pointConfig(i));
    std::vector<StartResult> found = search.run(configs, jobs, onProgress);
    for (std::size_t k = 0; k < indices.size(); ++k) results.points.push_back({indices[k], std::move(found[k])});
    return results;
}

std::string writeSweepResults(const SweepResults& results) {
    JsonWriter json;
    json.beginObject();
    json.key("format").value(kSweepFormat);
    json.key("version").value(kSweepVersion);
    json.key("plan");
    writePlan(json, results.plan);
    json.key("task_index").value(results.taskIndex);
    json.key("task_count").value(results.taskCount);
    if (results.data) {
        json.key("data");
        writeTableJson(json, *results.data);
    }
    json.key("points").beginArray();
    for (const SweepPoint& point : results.points) writePoint(json, results.plan, point);
    json.endArray();
    json.endObject();
    return json.text() + "\n";
}

SweepResults readSweepResults(std::string_view text) {
    const JsonValue root = parse(text);
    expect(root, Kind::Object, "the file");
    if (const JsonValue* format = root.find("format"); !format || !format->isString() || format->asString() != kSweepFormat)
        fail("not a DARTS Studio sweep file (no \"format\": \"darts-studio-sweep\")");
    const double version = member(root, "version", Kind::Number, "").asNumber();
    if (version > kSweepVersion)
        fail("the file is of version " + formatRoundTrip(version) + ", newer than this program reads (" +
             std::to_string(kSweepVersion) + ")");
    SweepResults results;
    try {
        results.plan = readPlan(member(root, "plan", Kind::Object, ""));
    } catch (const SweepError& e) {
        fail(std::string("plan: ") + e.what());
    }
    results.taskIndex = static_cast<int>(member(root, "task_index", Kind::Number, "").asNumber());
    results.taskCount = static_cast<int>(member(root, "task_count", Kind::Number, "").asNumber());
    if (results.taskCount < 1 || results.taskIndex < 0 || results.taskIndex >= results.taskCount)
        fail("task_index and task_count do not make a task");
    if (const JsonValue* data = root.find("data"); data && !data->isNull()) {
        try {
            results.data = readTableJson(*data);
        } catch (const SessionError& e) {
            fail(std::string("data: ") + e.what());
        }
    }
    const JsonValue::Array& points = member(root, "points", Kind::Array, "").asArray();
    for (std::size_t i = 0; i < points.size(); ++i)
        results.points.push_back(readPoint(points[i], results.plan, "points[" + std::to_string(i) + "]"));
    return results;
}

void saveSweepResultsFile(const std::string& path, const SweepResults& results) {
    try {
        writeFileAtomically(path, writeSweepResults(results));
    } catch (const std::exception& e) {
        fail(e.what());
    }
}

SweepResults loadSweepResultsFile(const std::string& path) { return parseFile(path, readSweepResults); }

SweepResults mergeSweepResults(std::vector<SweepResults> parts) {
    if (parts.empty()) fail("there are no results to merge");
    std::sort(parts.begin(), parts.end(), [](const SweepResults& a, const SweepResults& b) { return a.taskIndex < b.taskIndex; });
    const std::string plan = writeSweepPlan(parts.front().plan);
    const int count = parts.front().taskCount;
    SweepResults merged;
    merged.plan = parts.front().plan;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const SweepResults& part = parts[i];
        const std::string which = "task " + std::to_string(part.taskIndex) + " of " + std::to_string(part.taskCount);
        if (part.taskCount != count || writeSweepPlan(part.plan) != plan)
            fail(which + " belongs to another sweep (its plan or task count differs)");
        if (i > 0 && parts[i - 1].taskIndex == part.taskIndex) fail(which + " is there twice");
        if (part.data && !merged.data) merged.data = part.data;
        for (const SweepPoint& point : part.points) merged.points.push_back(point);
    }
    for (int t = 0; t < count; ++t)
        if (std::none_of(parts.begin(), parts.end(), [t](const SweepResults& p) { return p.taskIndex == t; }))
            fail("task " + std::to_string(t) + " of " + std::to_string(count) + " is missing (no results file for it)");
    std::sort(merged.points.begin(), merged.points.end(), [](const SweepPoint& a, const SweepPoint& b) { return a.index < b.index; });
    for (std::size_t i = 0; i < merged.points.size(); ++i)
        if (merged.points[i].index != i) fail("grid point " + std::to_string(i) + " has no result or more than one");
    if (merged.points.size() != merged.plan.pointCount())
        fail("the parts hold " + std::to_string(merged.points.size()) + " points of " + std::to_string(merged.plan.pointCount()));
    return merged;
}

double selectionError(const StartResult& result) {
    return std::isfinite(result.scores.validationMse) ? result.scores.validationMse : result.scores.trainingMse;
}

std::vector<std::size_t> paretoFront(const std::vector<SweepPoint>& points) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].result.hasModel() && std::isfinite(selectionError(points[i].result))) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const StartResult& ra = points[a].result;
        const StartResult& rb = points[b].result;
        if (ra.scores.parameterCount != rb.scores.parameterCount) return ra.scores.parameterCount < rb.scores.parameterCount;
        return selectionError(ra) < selectionError(rb);
    });
    // Walking up in coefficients, a point is on the front when its error beats every simpler one's.
    std::vector<std::size_t> front;
    double bestError = std::numeric_limits<double>::infinity();
    for (std::size_t i : order)
        if (selectionError(points[i].result) < bestError) {
            bestError = selectionError(points[i].result);
            front.push_back(i);
        }
    return front;
}

}  // namespace darts
