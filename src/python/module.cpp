// darts_studio._core: the search engine for Python. The estimator (darts_studio/_regressor.py) is
// written in Python on top of this; everything here is a thin layer over darts_core.

#include "background_run.h"
#include "estimator_search.h"

#include "data/examples.h"
#include "model/closed_form.h"
#include "network/output_function.h"
#include "search/config_fields.h"
#include "search/presets.h"
#include "select/model_scores.h"
#include "select/sweep.h"
#include "graphviz_access.h"
#include "svg_render.h"

#include <pybind11/eigen.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace py = pybind11;
using namespace pybind11::literals;

namespace darts::python {
namespace {

using Names = std::vector<std::string>;

// The search of one estimator. While a fit runs, the GIL is released, so another Python thread could
// reach the same search: it gets an error instead of a data race.
class SearchHandle {
public:
    explicit SearchHandle(std::unique_ptr<EstimatorSearch> search) : m_search(std::move(search)) {}

    EstimatorSearch& get() {
        if (m_fitting) throw std::runtime_error("this estimator is being fitted: wait until the fit has ended");
        return *m_search;
    }
    const SampledModel& model() {
        const SampledModel* model = get().engine().model();
        if (!model) throw std::runtime_error("the search has no model yet: fit first");
        return *model;
    }

    /// Marks the search busy while it lives.
    class FitScope {
    public:
        explicit FitScope(SearchHandle& handle) : m_handle(handle), m_search(handle.get()) { handle.m_fitting = true; }
        ~FitScope() { m_handle.m_fitting = false; }
        FitScope(const FitScope&) = delete;
        FitScope& operator=(const FitScope&) = delete;
        EstimatorSearch& search() const { return m_search; }

    private:
        SearchHandle& m_handle;
        EstimatorSearch& m_search;
    };

private:
    std::unique_ptr<EstimatorSearch> m_search;
    bool m_fitting = false;  // read and written only with the GIL held
};

SearchConfig configFrom(const py::dict& settings) {
    SearchConfig config;
    for (const auto& [key, value] : settings) {
        const auto name = key.cast<std::string>();
        const ConfigField* field = findConfigField(name);
        if (!field) throw std::invalid_argument("unknown setting '" + name + "'");
        field->set(config, value.cast<std::string>());
    }
    config.validate();
    return config;
}

py::dict settingsOf(const SearchConfig& config) {
    py::dict settings;
    for (const ConfigField& field : configFields()) settings[py::str(std::string(field.name))] = field.get(config);
    return settings;
}

// What kind of Python value a field takes, found by the texts its parser accepts, so that fields added
// to configFields() later get the right Python type with no edit here.
std::string fieldKind(const ConfigField& field) {
    SearchConfig scratch;
    auto accepts = [&](std::string_view text) {
        try {
            field.set(scratch, text);
            return true;
        } catch (const std::invalid_argument&) {
            return false;
        }
    };
    if (accepts("0.5")) return "real";
    if (accepts("7")) return "integer";
    if (accepts("true")) return "bool";
    if (accepts("none,add")) return "primitives";
    return "text";
}

py::list configFieldList() {
    const SearchConfig defaults;
    py::list fields;
    for (const ConfigField& field : configFields())
        fields.append(py::dict("name"_a = std::string(field.name), "default"_a = field.get(defaults),
                               "help"_a = std::string(field.help), "kind"_a = fieldKind(field)));
    return fields;
}

// As darts-cli --json writes a start: figures that are missing or not finite are None (null there).
py::dict startDict(const StartResult& start) {
    const bool model = start.hasModel();
    auto figure = [model](double value) {
        return model && std::isfinite(value) ? py::object(py::float_(value)) : py::object(py::none());
    };
    return py::dict("seed"_a = start.config.seed, "status"_a = toString(start.status),
                    "status_message"_a = start.message, "training_mse"_a = figure(start.scores.trainingMse),
                    "validation_mse"_a = figure(start.scores.validationMse),
                    "parameter_count"_a = model ? py::object(py::int_(start.scores.parameterCount)) : py::none(),
                    "bic"_a = figure(start.scores.bic), "aic"_a = figure(start.scores.aic),
                    "equations"_a = start.equations);
}

py::dict resultDict(const FitResult& result) {
    py::list starts;
    for (const StartResult& start : result.starts) starts.append(startDict(start));
    return py::dict("status"_a = toString(result.status), "message"_a = result.message, "starts"_a = starts,
                    "selected"_a = result.selected, "select_by"_a = std::string(toString(result.by)));
}

// Hands the queued epoch reports to Python's callback, in order, as (start, epoch, loss, validation
// loss, weights or None) tuples.
void deliver(ProgressQueue& queue, const py::object& onProgress) {
    std::vector<ProgressEvent> events = queue.takeAll();
    if (events.empty() || onProgress.is_none()) return;
    py::list batch;
    for (ProgressEvent& e : events)
        batch.append(py::make_tuple(e.start, e.epoch, e.loss, e.validationLoss,
                                    e.alpha.size() ? py::cast(std::move(e.alpha)) : py::none()));
    onProgress(batch);
}

// Runs `fitCall` (a fit of `search`) on its own thread while this one waits without the GIL.
py::dict runFit(SearchHandle& handle, const py::object& onProgress,
                const std::function<FitResult(EstimatorSearch&, const ProgressSink&)>& fitCall) {
    const SearchHandle::FitScope scope(handle);
    EstimatorSearch& search = scope.search();
    ProgressQueue queue;
    ProgressSink sink;
    if (!onProgress.is_none()) sink = [&queue](ProgressEvent event) { queue.push(std::move(event)); };
    search.clearStop();
    FitResult result;
    runInBackground([&] { result = fitCall(search, sink); }, [&search] { search.requestStop(); },
                    [&] { deliver(queue, onProgress); });
    return resultDict(result);
}

SampledModel labelled(const SampledModel& model, const std::optional<Names>& inputs, const std::optional<Names>& outputs) {
    return SampledModel(model.network(), inputs.value_or(model.inputNames()), outputs.value_or(model.outputNames()));
}

py::list edgeList(SearchHandle& handle) {
    const SampledModel& model = handle.model();
    const Network& net = handle.get().engine().network();
    const Eigen::MatrixXd weights = rowSoftmax(net.alpha());
    py::list edges;
    for (int e = 0; e < net.edgeCount(); ++e) {
        py::dict mixture;
        for (int m = 0; m < net.primitiveCount(); ++m)
            mixture[py::str(std::string(primitiveInfo(net.primitives()[m]).name))] = weights(e, m);
        edges.append(py::dict("node"_a = SampledModel::hiddenName(net.edges()[e].target), "source"_a = model.sourceName(e),
                              "primitive"_a = std::string(primitiveInfo(model.primitive(e)).name),
                              "coefficients"_a = model.coefficients(e), "weights"_a = mixture));
    }
    return edges;
}

py::dict scoresOf(SearchHandle& handle) {
    const SampledModel& model = handle.model();
    const SearchEngine& engine = handle.get().engine();
    const ModelScores scores = scoreModel(engine);
    const FitMetrics metrics = fitMetrics(model.predict(engine.inputs()), engine.targets());
    return py::dict("mse"_a = metrics.mse, "r2"_a = metrics.r2, "training_mse"_a = scores.trainingMse,
                    "validation_mse"_a = scores.validationMse, "parameter_count"_a = scores.parameterCount,
                    "bic"_a = scores.bic, "aic"_a = scores.aic,
                    "held_out_rows"_a = engine.validationTargets().rows());
}

py::dict sweepDict(const std::string& path) {
    const SweepResults results = loadSweepResultsFile(path);
    Names axes;
    for (const SweepAxis& axis : results.plan.axes) axes.push_back(axis.name);
    py::list points;
    for (const SweepPoint& point : results.points) {
        py::dict values;
        const Names pointValues = results.plan.pointValues(point.index);
        for (std::size_t a = 0; a < axes.size(); ++a) values[py::str(axes[a])] = pointValues[a];
        py::dict row = startDict(point.result);
        row["index"] = point.index;
        row["values"] = values;
        row["settings"] = settingsOf(point.result.config);
        points.append(row);
    }
    return py::dict("axes"_a = axes, "points"_a = points, "task_index"_a = results.taskIndex,
                    "task_count"_a = results.taskCount, "data"_a = results.plan.dataPath,
                    "example"_a = results.plan.example, "point_count"_a = results.plan.pointCount());
}

}  // namespace
}  // namespace darts::python

PYBIND11_MODULE(_core, m) {
    using namespace darts;
    using namespace darts::python;
    m.doc() = "The DARTS Studio search engine (darts_core); use darts_studio.DARTSRegressor.";
    m.attr("__version__") = DARTS_VERSION;

    // Files that cannot be read are the user's data problems: ValueError, as for any bad input.
    static py::exception<SessionError> sessionError(m, "SessionError", PyExc_ValueError);
    static py::exception<SweepError> sweepError(m, "SweepError", PyExc_ValueError);
    py::register_exception_translator([](std::exception_ptr failure) {
        try {
            if (failure) std::rethrow_exception(failure);
        } catch (const SessionError& e) {
            sessionError(e.what());
        } catch (const SweepError& e) {
            sweepError(e.what());
        } catch (const DataError& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        }
    });

    m.def("config_fields", &configFieldList,
          "Every setting of the search: name, default (as text), help, kind (real, integer, bool, primitives, text).");
    m.def(
        "setting_problem",
        [](const std::string& name, const std::string& text) -> std::optional<std::string> {
            const ConfigField* field = findConfigField(name);
            if (!field) return "unknown setting '" + name + "'";
            SearchConfig scratch;
            try {
                field->set(scratch, text);
            } catch (const std::invalid_argument& e) {
                return std::string(e.what());
            }
            return std::nullopt;
        },
        "What is wrong with `text` as the value of setting `name`, in darts-cli's words, or None.");
    m.def(
        "resolve_settings",
        [](const std::string& preset, const std::vector<std::pair<std::string, std::string>>& given) {
            SearchConfig config;
            int restarts = 1;
            if (!preset.empty()) {
                const SearchPreset& chosen = findSearchPreset(preset);
                config = withPreset(chosen, config);
                restarts = chosen.restarts;
            }
            py::dict settings = settingsOf(config);
            for (const auto& [name, text] : given) settings[py::str(name)] = text;
            configFrom(settings);  // validates the whole
            return py::make_tuple(settings, restarts);
        },
        "preset"_a, "given"_a,
        "Every setting: the defaults, then the preset's (if named), then those given; and the preset's restarts.");
    m.def("presets", [] {
        py::list presets;
        for (const SearchPreset& preset : searchPresets()) {
            py::dict settings;
            for (const auto& [name, value] : preset.settings) settings[py::str(std::string(name))] = std::string(value);
            presets.append(py::dict("name"_a = std::string(preset.name), "description"_a = std::string(preset.description),
                                    "settings"_a = settings, "restarts"_a = preset.restarts));
        }
        return presets;
    });
    m.def("primitives", [] {
        py::list list;
        for (const PrimitiveInfo& info : allPrimitives())
            list.append(py::dict("name"_a = std::string(info.name), "formula"_a = std::string(info.formula),
                                 "coefficients"_a = info.coefficientCount, "df"_a = info.df,
                                 "identifiable"_a = info.group != PrimitiveGroup::NotIdentifiable));
        return list;
    });
    m.def("reference_primitives", [] {
        Names names;
        for (Primitive p : referenceDefaultPrimitives()) names.emplace_back(primitiveInfo(p).name);
        return names;
    });
    m.def("example", [](const std::string& name) {
        const Example& example = findExample(name);
        const Table table = exampleTable(example);
        return py::dict("name"_a = std::string(example.name), "title"_a = std::string(example.title),
                        "law"_a = std::string(example.law), "columns"_a = table.columnNames, "values"_a = table.values,
                        "settings"_a = settingsOf(example.config));
    });
    m.def("examples", [] {
        Names names;
        for (const Example& example : builtInExamples()) names.emplace_back(example.name);
        return names;
    });
    m.def(
        "render_svg",
        [](const std::string& dot) {
            const py::gil_scoped_release release;
            return renderSvg(dot);
        },
        "DOT text laid out and drawn by Graphviz, in-process, as an SVG document.");
    m.def("graphviz_version", &graphvizLibraryVersion);
    m.def("algebra_version", &algebraLibraryVersion);
    m.def("read_sweep", &sweepDict, "The points of a sweep results file (.dartssweep) as plain values.");
    m.def("default_jobs", &defaultJobCount);

    py::class_<SearchHandle>(m, "Search")
        .def(py::init([](const py::dict& settings, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y,
                         const Names& inputs, const Names& targets) {
                 return SearchHandle(std::make_unique<EstimatorSearch>(EstimatorSearch::makeTable(X, Y, inputs, targets),
                                                                       inputs, targets, configFrom(settings)));
             }),
             "settings"_a, "X"_a, "Y"_a, "inputs"_a, "targets"_a)
        .def_static("load", [](const std::string& path) {
            return SearchHandle(std::make_unique<EstimatorSearch>(loadSessionFile(path)));
        })
        .def_static("from_text", [](const std::string& text) {
            return SearchHandle(std::make_unique<EstimatorSearch>(readSession(text)));
        })
        .def("to_text", [](SearchHandle& h) { return writeSession(h.get().session()); })
        .def("save", [](SearchHandle& h, const std::string& path) { saveSessionFile(path, h.get().session()); })
        .def("searches", [](SearchHandle& h, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, const Names& inputs,
                            const Names& targets) { return h.get().searches(X, Y, inputs, targets); })
        .def("carried_to",
             [](SearchHandle& h, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y, const Names& inputs,
                const Names& targets) -> std::optional<SearchHandle> {
                 auto carried = h.get().carriedTo(EstimatorSearch::makeTable(X, Y, inputs, targets), inputs, targets);
                 if (!carried) return std::nullopt;
                 return SearchHandle(std::move(carried));
             })
        .def("configure", [](SearchHandle& h, const py::dict& settings) { return h.get().configure(configFrom(settings)); })
        .def("selection",
             [](SearchHandle& h, const std::optional<std::string>& by) {
                 return std::string(toString(h.get().selection(by ? std::optional(selectByFromString(*by)) : std::nullopt)));
             })
        .def("fit",
             [](SearchHandle& h, const py::object& onProgress, bool withWeights) {
                 return runFit(h, onProgress, [withWeights](EstimatorSearch& s, const ProgressSink& sink) {
                     return s.fit(sink, withWeights);
                 });
             },
             "on_progress"_a, "with_weights"_a)
        .def("fit_starts",
             [](SearchHandle& h, int restarts, int jobs, const std::string& by, const py::object& onProgress) {
                 const SelectBy selectBy = selectByFromString(by);
                 return runFit(h, onProgress, [=](EstimatorSearch& s, const ProgressSink& sink) {
                     return s.fitStarts(restarts, jobs, selectBy, sink);
                 });
             },
             "restarts"_a, "jobs"_a, "select_by"_a, "on_progress"_a)
        .def_property_readonly("settings", [](SearchHandle& h) { return settingsOf(h.get().engine().config()); })
        .def_property_readonly("epoch", [](SearchHandle& h) { return h.get().engine().epoch(); })
        .def_property_readonly("loss_history", [](SearchHandle& h) { return h.get().engine().lossHistory(); })
        .def_property_readonly("validation_loss_history",
                               [](SearchHandle& h) { return h.get().engine().validationLossHistory(); })
        .def_property_readonly("alpha", [](SearchHandle& h) { return h.get().engine().network().alpha(); })
        .def_property_readonly("primitives",
                               [](SearchHandle& h) {
                                   Names names;
                                   for (Primitive p : h.get().engine().network().primitives())
                                       names.emplace_back(primitiveInfo(p).name);
                                   return names;
                               })
        .def_property_readonly("edge_labels",
                               [](SearchHandle& h) {
                                   const SearchEngine& engine = h.get().engine();
                                   const Network& net = engine.network();
                                   Names labels;
                                   for (const Edge& edge : net.edges())
                                       labels.push_back((edge.source < net.inputCount()
                                                             ? engine.inputNames()[edge.source]
                                                             : SampledModel::hiddenName(edge.source - net.inputCount())) +
                                                        " -> " + SampledModel::hiddenName(edge.target));
                                   return labels;
                               })
        .def_property_readonly("input_names", [](SearchHandle& h) { return h.get().engine().inputNames(); })
        .def_property_readonly("target_names", [](SearchHandle& h) { return h.get().engine().outputNames(); })
        .def_property_readonly("inputs", [](SearchHandle& h) { return h.get().engine().inputs(); })
        .def_property_readonly("targets", [](SearchHandle& h) { return h.get().engine().targets(); })
        .def_property_readonly("held_out_rows", [](SearchHandle& h) { return h.get().engine().heldOutRows(); })
        .def_property_readonly("has_model", [](SearchHandle& h) { return h.get().engine().model() != nullptr; })
        .def("predict", [](SearchHandle& h, const Eigen::MatrixXd& X) -> Eigen::MatrixXd { return h.model().predict(X); })
        .def(
            "equations",
            [](SearchHandle& h, bool latex, bool fixedDecimals, int digits, const std::optional<Names>& inputs,
               const std::optional<Names>& outputs) {
                const SampledModel model = labelled(h.model(), inputs, outputs);
                const NumberStyle style{fixedDecimals, digits};
                return latex ? model.latexEquations(style) : model.equations(style);
            },
            "latex"_a = false, "fixed_decimals"_a = false, "digits"_a = NumberStyle{}.digits, "inputs"_a = py::none(),
            "outputs"_a = py::none())
        .def(
            "closed_form",
            [](SearchHandle& h, int digits, const std::optional<Names>& inputs, const std::optional<Names>& outputs) {
                const ClosedForm form = closedForm(labelled(h.model(), inputs, outputs), digits);
                return py::dict("console"_a = form.console, "latex"_a = form.latex, "threshold"_a = form.dropThreshold);
            },
            "digits"_a = 3, "inputs"_a = py::none(), "outputs"_a = py::none())
        .def(
            "dot",
            [](SearchHandle& h, const std::optional<Names>& inputs, const std::optional<Names>& outputs) {
                return labelled(h.model(), inputs, outputs).dot();
            },
            "inputs"_a = py::none(), "outputs"_a = py::none())
        .def("edges", &edgeList)
        .def("scores", &scoresOf);
}
