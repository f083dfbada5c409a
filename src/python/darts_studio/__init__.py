"""darts_studio: equation discovery by Differentiable Architecture Search, in Python.

    from darts_studio import DARTSRegressor

is a drop-in replacement for the AutoRA DARTS regressor (autora-theorist-darts): the same parameters
and defaults, a scikit-learn estimator, backed by the DARTS Studio engine (C++), and it saves sessions
that darts-studio opens and darts-cli continues.
"""

try:
    import numpy as _numpy  # noqa: F401
    import sklearn as _sklearn  # noqa: F401
except ImportError as _missing:
    raise ImportError(
        f"darts_studio needs NumPy and scikit-learn ({_missing}); on Debian: sudo apt install python3-sklearn"
    ) from None

from . import _core
from ._core import SessionError, SweepError
from ._data import load_example
from ._estimator_params import PARAMS as _PARAMS
from ._graph import ModelGraph
from ._monitor import DARTSExecutionMonitor
from ._regressor import DARTSRegressor, DARTSType, DartsWarning, OutputType
from ._sweep import read_sweep

__version__ = _core.__version__

#: The reference's default search space.
PRIMITIVES = tuple(_core.reference_primitives())


def primitives() -> list:
    """Every primitive: name, formula, number of coefficients, df (complexity), and whether it is
    identifiable (reciprocal, ln, softplus and softminus are not: use them with caution)."""
    return _core.primitives()


def presets() -> list:
    """The named presets of settings (preset="discovery"): name, description, settings, restarts."""
    return _core.presets()


def parameters() -> list:
    """The estimator's parameters: name, default, kind and help, in the constructor's order."""
    return [dict(name=p.name, default=p.default, kind=p.kind, help=p.help) for p in _PARAMS]


__all__ = [
    "DARTSRegressor",
    "DARTSExecutionMonitor",
    "DARTSType",
    "DartsWarning",
    "ModelGraph",
    "OutputType",
    "PRIMITIVES",
    "SessionError",
    "SweepError",
    "load_example",
    "parameters",
    "presets",
    "primitives",
    "read_sweep",
]
