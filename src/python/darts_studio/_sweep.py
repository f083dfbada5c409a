"""Sweep results files (.dartssweep, written by darts-cli sweep/merge and the window) as pandas
DataFrames: one row per grid point."""

import os

from . import _core
from ._estimator_params import PARAMS_BY_NAME, python_value

_FIGURES = ("training_mse", "validation_mse", "parameter_count", "bic", "aic")


def read_sweep(path):
    """The points of a sweep results file as a DataFrame: `point` (its index in the plan's grid), a
    column per axis of the grid (typed as the setting), `status`, `message`, the figures (training and
    validation MSE, coefficients, BIC, AIC; NaN for a point without a model), `seed` and `equations`
    (one text, lines joined by "; "). The plan's axes and data are in `df.attrs`. Needs pandas."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("read_sweep needs pandas (Debian: python3-pandas)") from None
    if not os.path.exists(path):
        raise FileNotFoundError(f"no such sweep results file: '{path}'")
    sweep = _core.read_sweep(os.fspath(path))
    axes = sweep["axes"]
    rows = []
    for point in sweep["points"]:
        row = {"point": point["index"]}
        for axis in axes:
            text = point["values"][axis]
            row[axis] = python_value(axis, text) if axis in PARAMS_BY_NAME else text
        row["status"] = point["status"]
        row["message"] = point["status_message"]
        for figure in _FIGURES:
            row[figure] = float("nan") if point[figure] is None else point[figure]
        row["seed"] = int(point["settings"]["seed"])
        row["equations"] = "; ".join(point["equations"])
        rows.append(row)
    columns = ["point", *[a for a in axes if a != "seed"], "status", "message", *_FIGURES, "seed", "equations"]
    frame = pd.DataFrame(rows, columns=columns)
    frame.attrs.update(
        axes=list(axes),
        data=sweep["data"],
        example=sweep["example"],
        task_index=sweep["task_index"],
        task_count=sweep["task_count"],
        point_count=sweep["point_count"],
    )
    return frame
