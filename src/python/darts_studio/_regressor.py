"""DARTSRegressor: the reference regressor's API on the DARTS Studio engine."""

import enum
import inspect
import os
import warnings

import numpy as np
from sklearn.base import BaseEstimator, RegressorMixin
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted

from . import _core, _data
from ._estimator_params import PARAMS, no_monitor, docstring_parameters, engine_settings, is_whole_number, python_value
from ._graph import ModelGraph
from ._monitor import NetworkView
from ._progress import Progress, ProgressBar


class DARTSType(str, enum.Enum):
    """The reference's choice of mixture; its strings work as well."""

    ORIGINAL = "original"
    FAIR = "fair"


class OutputType(str, enum.Enum):
    """The reference's output types (autora.variable.ValueType); its strings work as well."""

    REAL = "real"
    SIGMOID = "sigmoid"
    PROBABILITY = "probability"
    PROBABILITY_SAMPLE = "probability_sample"
    PROBABILITY_DISTRIBUTION = "probability_distribution"
    CLASS = "class"  # refused by fit, as by the reference


class DartsWarning(UserWarning):
    """Something about a fit worth knowing that did not stop it (the search started afresh, ...)."""


_SIGNATURE = inspect.Signature(
    [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    + [inspect.Parameter(p.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=p.default) for p in PARAMS]
)


class DARTSRegressor(RegressorMixin, BaseEstimator):
    def __init__(self, *args, **kwargs):
        bound = _SIGNATURE.bind(self, *args, **kwargs)
        bound.apply_defaults()
        for name, value in list(bound.arguments.items())[1:]:
            setattr(self, name, value)

    __init__.__signature__ = _SIGNATURE  # what get_params, clone and help() read

    # ---- fitting

    def fit(self, X, y):
        """Searches for a model of y from X: max_epochs epochs, continuing the search of an earlier
        fit (as the reference does; max_epochs=0 only samples and refits the model), then a model
        drawn from the architecture weights and refitted. X: array or DataFrame (its column names
        name the variables of the equations); y: 1-D, or one column per target. Returns self."""
        data = _data.fit_data(X, y, self)
        params = self.get_params(deep=False)
        settings, restarts = engine_settings(params)
        jobs, select = self._jobs(), params["select"]
        search = self._search_for(data, settings)
        fresh = search.epoch == 0 and not search.has_model
        starts = restarts if fresh else 1
        monitor = None if params["execution_monitor"] in (None, no_monitor) else params["execution_monitor"]
        if starts > 1 and monitor is not None:
            warnings.warn("execution_monitor follows a single search: it is not called during a multi-start "
                          f"(restarts={starts})", DartsWarning, stacklevel=2)  # fmt: skip
            monitor = None
        by = search.selection(select) if starts > 1 else None
        progress = self._progress(search, settings, starts, monitor, params, data)
        self._search = search  # an interrupted fit keeps the epochs it finished (see README)
        try:
            on_reports = progress.on_reports if progress else None
            if starts > 1:
                result = search.fit_starts(starts, jobs, by, on_reports)
                self._restart_seed = settings["seed"]
            else:
                result = search.fit(on_reports, bool(progress and progress.wants_weights))
        finally:
            if progress:
                progress.close()
        self._take_result(result, data, X, y)
        return self

    def _jobs(self) -> int:
        if self.jobs is None:
            return _core.default_jobs()
        if not is_whole_number(self.jobs) or self.jobs < 1:
            raise ValueError(f"jobs takes a whole number of at least 1 or None, not {self.jobs!r}")
        return int(self.jobs)

    def _search_for(self, data, settings):
        """The search this fit runs: the last one, carried onto new data if need be and given the new
        settings, or a new one."""
        search = getattr(self, "_search", None)
        if search is not None:
            # The seed of the start a multi-start kept stands for the seed it was started with.
            if getattr(self, "_restart_seed", None) == settings["seed"]:
                settings = dict(settings, seed=search.settings["seed"])
            if not search.searches(data.X, data.Y, data.inputs, data.targets):
                carried = search.carried_to(data.X, data.Y, data.inputs, data.targets)
                if carried is None:
                    warnings.warn("the data have other numbers of inputs or targets than the search so far: "
                                  "the search starts afresh", DartsWarning, stacklevel=3)  # fmt: skip
                search = carried
        if search is None:
            self._restart_seed = None
            return _core.Search(settings, data.X, data.Y, data.inputs, data.targets)
        if search.configure(settings):
            self._restart_seed = None
            warnings.warn("the settings given change the network (or the seed): the search starts afresh",
                          DartsWarning, stacklevel=3)  # fmt: skip
        return search

    def _progress(self, search, settings, starts, monitor, params, data):
        bar = bool(self.progress_bar) and ProgressBar.wanted()
        if not bar and monitor is None:
            return None  # nothing to show: the search reports nothing, and costs nothing for it
        return Progress(
            first_epoch=search.epoch if starts == 1 else 0,
            epochs=int(settings["max_epochs"]),
            starts=starts,
            bar=bar,
            monitor=monitor,
            monitor_kwargs=dict(params, X=data.X, y=data.Y),
            primitives=search.primitives,
            edge_labels=search.edge_labels,
        )

    def _take_result(self, result, data, X, y):
        status, message = result["status"], result["message"]
        if not self._search.has_model:
            raise RuntimeError(message or "the search found no model")
        if status == "numerical fault":
            warnings.warn(f"the search stopped: {message}; the model is that of the last finite state",
                          RuntimeWarning, stacklevel=3)  # fmt: skip
        self.X_, self.y_ = X, y
        self.n_features_in_ = data.X.shape[1]
        if data.feature_names is not None:
            self.feature_names_in_ = data.feature_names
        elif hasattr(self, "feature_names_in_"):
            del self.feature_names_in_
        self._y_is_1d = data.y_is_1d
        self.status_ = status
        self.status_message_ = message
        self.starts_ = result["starts"]
        self.selected_start_ = result["selected"] if result["starts"] else None

    def __sklearn_is_fitted__(self) -> bool:
        search = getattr(self, "_search", None)
        return search is not None and search.has_model

    def _fitted_search(self):
        check_is_fitted(self)
        return self._search

    # ---- predicting and reading the model

    def predict(self, X) -> np.ndarray:
        """The model's predictions: 1-D when fitted with a 1-D y, else one column per target. A
        DataFrame's columns are taken by name."""
        search = self._fitted_search()
        Y = search.predict(_data.predict_matrix(X, search.input_names, self))
        return Y[:, 0] if getattr(self, "_y_is_1d", False) else Y

    def model_repr(
        self,
        input_labels=None,
        output_labels=None,
        output_function_label: str = "",
        decimals_to_display: int = 2,
        output_format: str = "console",
    ) -> str:
        """The model's equations as the reference prints them: "Model:", then one line per hidden node
        and per output, coefficients with `decimals_to_display` decimals, in "console" or "latex" form.
        An output_function_label names the output function (ours is written in any case)."""
        if output_format not in ("console", "latex"):
            raise ValueError(f"output_format takes 'console' or 'latex', not {output_format!r}")
        search = self._fitted_search()
        lines = search.equations(
            latex=output_format == "latex",
            fixed_decimals=True,
            digits=int(decimals_to_display),
            inputs=_labels(input_labels),
            outputs=_labels(output_labels),
        )
        if output_function_label:
            outputs = len(lines) - len(search.target_names)
            lines[outputs:] = [_label_output(line, output_function_label) for line in lines[outputs:]]
        return "\n".join(["Model:"] + lines)

    def equations(self, digits: int = 4, latex: bool = False) -> list:
        """The model's equations, one per hidden node and per output, as darts-cli prints them
        (coefficients to `digits` significant digits), or in LaTeX."""
        return self._fitted_search().equations(latex=latex, digits=int(digits))

    def latex(self, digits: int = 4) -> list:
        return self.equations(digits, latex=True)

    def closed_form(self, digits: int = 3, latex: bool = False) -> list:
        """One equation per output with the hidden nodes substituted and like terms collected (GiNaC),
        terms with negligible coefficients left out, as darts-cli's "Closed form"."""
        return self._fitted_search().closed_form(int(digits))["latex" if latex else "console"]

    def sympy(self) -> list:
        """The closed form as SymPy equations (sympy.Eq(target, expression)), one per output, with full
        precision coefficients and the columns' names as symbols. Needs SymPy."""
        from ._symbolic import closed_form_equations

        return closed_form_equations(self._fitted_search())

    def visualize_model(self, input_labels=None) -> ModelGraph:
        """The model's graph as Graphviz DOT text (`.source`), shown as a picture in a notebook;
        `.svg()` draws it and `.save("model.svg")` writes it."""
        return ModelGraph(self._fitted_search().dot(inputs=_labels(input_labels)))

    def scores(self) -> dict:
        """MSE and R^2 on all rows, training and validation MSE, coefficients, BIC and AIC."""
        return self._fitted_search().scores()

    @property
    def network_(self) -> NetworkView:
        """The search network: its architecture weights (alphas_normal, edges x primitives)."""
        search = self._searched()
        return NetworkView(search.alpha, search.primitives, search.edge_labels)

    @property
    def model_(self) -> list:
        """The sampled model, edge by edge: node, source, primitive, coefficients, mixture weights."""
        if not self.__sklearn_is_fitted__():
            raise AttributeError("model_: the estimator has not been fitted")
        return self._search.edges()

    @property
    def loss_history_(self) -> list:
        """The loss of every epoch searched so far (this fit's and the earlier ones')."""
        return list(self._searched().loss_history)

    @property
    def validation_loss_history_(self) -> list:
        """The held-out rows' loss of every epoch (empty without validation_share)."""
        return list(self._searched().validation_loss_history)

    def _searched(self):
        search = getattr(self, "_search", None)
        if search is None:
            raise AttributeError("the estimator has not been fitted")
        return search

    def _get_input_labels(self):
        return tuple(self._fitted_search().input_names)

    def _get_output_labels(self):
        return tuple(self._fitted_search().target_names)

    # ---- sessions, pickling

    def save(self, path) -> None:
        """Writes the session (data, columns, settings, the whole search) that darts-studio opens and
        darts-cli --session continues, bit for bit."""
        search = getattr(self, "_search", None)
        if search is None:
            raise NotFittedError("nothing to save: the estimator has not been fitted")
        search.save(os.fspath(path))

    @classmethod
    def load(cls, path, **params) -> "DARTSRegressor":
        """An estimator holding the session a window or darts-cli saved: its settings as parameters
        (`params` override them), its data as X_ and y_, its search to continue with fit(X_, y_)."""
        if not os.path.exists(path):
            raise FileNotFoundError(f"no such session file: '{path}'")
        search = _core.Search.load(os.fspath(path))
        values = {name: python_value(name, text) for name, text in search.settings.items()}
        estimator = cls(**dict(values, **params))
        estimator._adopt(search)
        return estimator

    def _adopt(self, search):
        self._search = search
        self._restart_seed = None
        X, y = _frames(search)
        self.X_, self.y_ = X, y
        self.n_features_in_ = len(search.input_names)
        self.feature_names_in_ = np.asarray(search.input_names, dtype=object)
        self._y_is_1d = len(search.target_names) == 1
        self.status_, self.status_message_, self.starts_, self.selected_start_ = "completed", "", [], None

    def __getstate__(self):
        state = dict(super().__getstate__())  # Python's own is the live __dict__, not a copy
        search = state.pop("_search", None)
        # The session text holds the whole search, so an unpickled estimator continues exactly.
        state["_session_text"] = search.to_text() if search is not None else None
        return state

    def __setstate__(self, state):
        state = dict(state)
        text = state.pop("_session_text", None)
        super().__setstate__(state)
        if text is not None:
            self._search = _core.Search.from_text(text)

    def _more_tags(self):
        # poor_score: the reference's defaults (10 epochs) do not promise a good fit on every data set.
        return {"multioutput": True, "poor_score": True}


DARTSRegressor.__doc__ = f"""Equation discovery by Differentiable Architecture Search: the reference
regressor's API (autora-theorist-darts), backed by the DARTS Studio engine.

A scikit-learn estimator: fit(X, y), predict(X), score, get_params/set_params, clone, pipelines and
grid searches, pickling. Settings with the reference's names and defaults, then ours:

{docstring_parameters()}
"""


def _labels(labels):
    return None if labels is None else [str(label) for label in labels]


def _label_output(line: str, label: str) -> str:
    """An output line with its output function written as `label`: in place of the engine's name for
    it, or around the sum when the output is the sum itself (output_type real)."""
    left, right = line.split(" = ", 1)
    latex = right.startswith("\\")
    engine_name = "\\sigma" if latex else "logistic"
    if right.startswith(engine_name + ("\\left(" if latex else "(")):
        return f"{left} = {label}{right[len(engine_name):]}"
    return f"{left} = {label}\\left({right}\\right)" if latex else f"{left} = {label}({right})"


def _frames(search):
    """The data of a search as the user would have given them: DataFrames named by the columns when
    pandas is there, else arrays."""
    X, Y = np.asarray(search.inputs), np.asarray(search.targets)
    try:
        import pandas as pd
    except ImportError:
        return X, (Y[:, 0] if Y.shape[1] == 1 else Y)
    frame = pd.DataFrame(X, columns=search.input_names)
    targets = pd.DataFrame(Y, columns=search.target_names)
    return frame, (targets.iloc[:, 0] if Y.shape[1] == 1 else targets)
