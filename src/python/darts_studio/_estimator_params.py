"""The estimator's parameters, and their values as the engine's settings.

The list is built, not written out: first the reference regressor's parameters in its order (its API),
then every other setting of the engine in the order the engine lists them (so a setting added to the
engine appears here with no edit), then the few that belong to this Python layer. Defaults and help
texts come from the engine.
"""

import enum
import numbers
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np

from . import _core


def no_monitor(*args, **kwargs):
    """The default execution_monitor, as the reference's: it does nothing."""


# The reference DARTSRegressor's parameters, in the order of its constructor. All but two are
# settings of the engine, which has the reference's defaults; the two are the reference's own.
_REFERENCE_ORDER = (
    "batch_size", "num_graph_nodes", "output_type", "classifier_weight_decay", "darts_type",
    "init_weights_function", "param_updates_per_epoch", "param_updates_for_sampled_model",
    "param_learning_rate_max", "param_learning_rate_min", "param_momentum", "param_weight_decay",
    "arch_updates_per_epoch", "arch_learning_rate_max", "arch_weight_decay", "arch_weight_decay_df",
    "arch_weight_decay_base", "arch_momentum", "fair_darts_loss_weight", "max_epochs", "grad_clip",
    "primitives", "train_classifier_coefficients", "train_classifier_bias", "execution_monitor",
    "sampling_strategy",
)  # fmt: skip


@dataclass(frozen=True)
class Param:
    name: str
    default: Any
    kind: str  # an engine setting's kind (real, integer, bool, primitives, text), or "python"
    help: str

    @property
    def is_setting(self) -> bool:
        return self.kind != "python"


# Parameters that are not settings of the engine, with their defaults and help.
_PYTHON_PARAMS = {
    "init_weights_function": (
        None,
        "the reference applies this function to its PyTorch modules; not supported here (the coefficients "
        "are drawn from seed), so it must stay None",
    ),
    "execution_monitor": (
        no_monitor,
        "called after every epoch with keyword arguments (network, architect, epoch, loss, ...), as the "
        "reference calls it; DARTSExecutionMonitor().execution_monitor records and plots them",
    ),
    "restarts": (
        1,
        "searches from fresh networks (seeds seed, seed + 1, ...) run at once by a fit that starts a "
        "search; the best model is kept (see select). A fit that continues a search continues the one kept",
    ),
    "jobs": (None, "searches of a multi-start run at once; None: one per core"),
    "select": (
        None,
        "how a multi-start chooses: 'validation' (lowest validation MSE), 'bic', or None: validation "
        "when rows are held out (validation_share), else BIC",
    ),
    "preset": (
        None,
        "a named preset of settings (darts_studio.presets()), e.g. 'discovery'; a parameter left at its "
        "default takes the preset's value, and so does restarts",
    ),
    "progress_bar": (True, "draw a progress bar on a terminal or in a notebook during fit"),
}
_AFTER_SETTINGS = ("restarts", "jobs", "select", "preset", "progress_bar")


def _default_value(kind: str, text: str) -> Any:
    if kind == "real":
        return float(text)
    if kind == "integer":
        return int(text)
    if kind == "bool":
        return text == "true"
    if kind == "primitives":
        # A tuple, as the reference's default (scikit-learn wants immutable defaults).
        return tuple(name.strip() for name in text.split(","))
    return text


def _build_params() -> tuple:
    fields = {field["name"]: field for field in _core.config_fields()}

    def param(name: str) -> Param:
        if name in _PYTHON_PARAMS:
            default, help_text = _PYTHON_PARAMS[name]
            return Param(name, default, "python", help_text)
        field = fields[name]
        return Param(name, _default_value(field["kind"], field["default"]), field["kind"], field["help"])

    names = list(_REFERENCE_ORDER)
    names += [name for name in fields if name not in _REFERENCE_ORDER]
    names += list(_AFTER_SETTINGS)
    return tuple(param(name) for name in names)


PARAMS = _build_params()
PARAMS_BY_NAME = {p.name: p for p in PARAMS}


def is_whole_number(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))


def _as_text(param: Param, value) -> tuple:
    """The value as the engine's text, and whether its Python type fits the parameter."""
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        value = value.value  # the reference's enums (DARTSType, ValueType) hold the text
    kind = param.kind
    if kind == "integer":
        if is_whole_number(value):
            return str(int(value)), True
        if isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)) and float(value).is_integer():
            return str(int(value)), True  # 300.0 from a grid of floats
    elif kind == "real":
        if isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)):
            return repr(float(value)), True
    elif kind == "bool":
        if isinstance(value, (bool, np.bool_)):
            return ("true" if value else "false"), True
    elif kind == "primitives":
        if isinstance(value, str):
            return value, True
        if isinstance(value, (list, tuple, np.ndarray)) and all(isinstance(v, str) for v in value):
            return ",".join(value), True
    elif isinstance(value, str):
        return value, True
    return str(value).lower() if isinstance(value, (bool, np.bool_)) else str(value), False


def setting_text(param: Param, value) -> str:
    """The engine's text for a parameter's value. Raises, with darts-cli's words where it has any:
    NotImplementedError for an unknown primitive or output_type 'class' (as the reference does),
    TypeError for a value of the wrong type, ValueError for a bad value."""
    text, type_fits = _as_text(param, value)
    problem = _core.setting_problem(param.name, text)
    if problem is None and type_fits:
        return text
    if problem is not None and (param.kind == "primitives" or (param.name == "output_type" and text == "class")):
        raise NotImplementedError(problem)
    if not type_fits:
        raise TypeError(problem or f"{param.name} takes a value of kind {param.kind}, not {value!r}")
    raise ValueError(problem)


def engine_settings(params: dict) -> tuple:
    """The engine's settings for these parameter values (every setting, as text) and the restarts to
    run. The preset, if any, comes first; a parameter whose value differs from its default overrides it."""
    if params["init_weights_function"] is not None:
        raise NotImplementedError(
            "init_weights_function is not supported: the reference applies it to PyTorch modules; here "
            "the coefficients are drawn from seed"
        )
    given = []
    for param in PARAMS:
        if not param.is_setting:
            continue
        text = setting_text(param, params[param.name])
        if text != setting_text(param, param.default):
            given.append((param.name, text))
    preset = params["preset"]
    if preset is not None and not isinstance(preset, str):
        raise TypeError(f"preset takes the name of a preset, not {preset!r}")
    settings, preset_restarts = _core.resolve_settings(preset or "", given)
    restarts = params["restarts"]
    if not is_whole_number(restarts) or restarts < 1:
        raise ValueError(f"restarts takes a whole number of at least 1, not {restarts!r}")
    if preset is not None and restarts == PARAMS_BY_NAME["restarts"].default:
        restarts = preset_restarts
    return settings, int(restarts)


def python_value(name: str, text: str) -> Optional[Any]:
    """A setting's text (from a session) as the parameter's Python value."""
    param = PARAMS_BY_NAME[name]
    value = _default_value(param.kind, text)
    return list(value) if param.kind == "primitives" else value


def docstring_parameters() -> str:
    lines = []
    for p in PARAMS:
        default = p.default.__name__ if callable(p.default) else repr(p.default)
        lines.append(f"    {p.name} = {default}\n        {p.help}")
    return "\n".join(lines)
