"""The data a fit or predict is given, as the engine takes them: float64 matrices and column names.

Shapes and types are checked here (scikit-learn's checks, so that arrays, lists, DataFrames and
memory maps are all taken); the values themselves (NaN, infinity, rows that do not match) are checked
by the engine, whose messages are those darts-cli gives.
"""

from dataclasses import dataclass
from typing import List, Optional

import numpy as np
from sklearn.utils.validation import check_array


@dataclass
class FitData:
    X: np.ndarray  # rows x inputs, float64
    Y: np.ndarray  # rows x targets, float64
    inputs: List[str]
    targets: List[str]
    y_is_1d: bool
    feature_names: Optional[np.ndarray]  # the DataFrame's column names, for feature_names_in_


def _column_names(data) -> Optional[List[str]]:
    """A DataFrame's column names, or a named Series' name, else None."""
    columns = getattr(data, "columns", None)
    if columns is not None:
        return [str(c) for c in columns]
    name = getattr(data, "name", None)
    if name is not None and getattr(data, "ndim", 0) == 1:
        return [str(name)]
    return None


def _unique(name: str, taken: List[str]) -> str:
    while name in taken:
        name += "_"
    return name


def input_matrix(X, estimator=None, finite=False) -> np.ndarray:
    return check_array(
        X, dtype=np.float64, ensure_2d=True, force_all_finite=finite, ensure_min_samples=0, estimator=estimator
    )


def fit_data(X, y, estimator=None) -> FitData:
    if y is None:
        raise ValueError(f"{type(estimator).__name__} requires y to be passed, but the target y is None")
    X_ = input_matrix(X, estimator)
    y_ = check_array(y, dtype=np.float64, ensure_2d=False, force_all_finite=False, ensure_min_samples=0,
                     estimator=estimator, input_name="y")  # fmt: skip
    if y_.ndim > 2:
        raise ValueError(f"y must have one or two dimensions, not {y_.ndim}")
    y_is_1d = y_.ndim == 1
    Y = y_.reshape(-1, 1) if y_is_1d else y_
    inputs = _column_names(X) or [f"x{i + 1}" for i in range(X_.shape[1])]
    if len(set(inputs)) != len(inputs):
        raise ValueError("the input columns have repeated names: " + ", ".join(inputs))
    targets = _column_names(y)
    if targets is None:
        targets = ["y"] if Y.shape[1] == 1 else [f"y{i + 1}" for i in range(Y.shape[1])]
        # Unnamed targets must not take an input's name: the session keeps them in one table.
        targets = [_unique(name, inputs) for name in targets]
    columns = getattr(X, "columns", None)
    feature_names = None
    if columns is not None and all(isinstance(c, str) for c in columns):
        feature_names = np.asarray(columns, dtype=object)
    return FitData(X_, Y, inputs, targets, y_is_1d, feature_names)


def predict_matrix(X, inputs: List[str], estimator=None) -> np.ndarray:
    """X for a model of these inputs: a DataFrame's columns are taken by name (as darts-cli --predict
    does), anything else by position."""
    names = _column_names(X)
    if names is not None and getattr(X, "columns", None) is not None and set(inputs) <= set(names):
        X = X[[X.columns[names.index(name)] for name in inputs]]
    # Values the model cannot be evaluated at are refused, as darts-cli --predict refuses them.
    X_ = input_matrix(X, estimator, finite=True)
    if X_.shape[1] != len(inputs):
        raise ValueError(
            f"X has {X_.shape[1]} features, but {type(estimator).__name__} is expecting {len(inputs)} "
            f"features as input."
        )
    return X_


def load_example(name: str):
    """A built-in example (darts_studio._core.examples(): "seed", "weber-fechner", ...) as darts-cli
    --example takes it: (X, y, params), X the inputs as a DataFrame, y the last column as a Series, and
    params the settings of the example's classic run that differ from the defaults. Needs pandas."""
    import pandas as pd

    from . import _core
    from ._estimator_params import PARAMS_BY_NAME, python_value, setting_text

    example = _core.example(name)
    frame = pd.DataFrame(example["values"], columns=example["columns"])
    params = {}
    for setting, text in example["settings"].items():
        param, value = PARAMS_BY_NAME[setting], python_value(setting, text)
        if setting_text(param, value) != setting_text(param, param.default):
            params[setting] = value
    return frame.iloc[:, :-1], frame.iloc[:, -1], params
