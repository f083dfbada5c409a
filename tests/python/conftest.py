"""Shared helpers of the Python module's tests. ctest sets PYTHONPATH to the built module and names the
programs to compare with (DARTS_CLI, DARTS_STUDIO); tests that need a missing one are skipped."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

import darts_studio

HERE = os.path.dirname(os.path.abspath(__file__))


def program(variable: str) -> str:
    path = os.environ.get(variable, "")
    if not path or not os.path.exists(path):
        pytest.skip(f"{variable} does not name a built program (run the tests through ctest)")
    return path


def cli(*args, check=True, timeout=300) -> subprocess.CompletedProcess:
    """darts-cli with these arguments (as text)."""
    run = subprocess.run([program("DARTS_CLI"), *map(str, args)], capture_output=True, text=True, timeout=timeout)
    if check and run.returncode != 0:
        raise AssertionError(f"darts-cli {' '.join(map(str, args))} ended with {run.returncode}: {run.stderr}")
    return run


def cli_json(*args) -> dict:
    return json.loads(cli(*args, "--json", "--quiet").stdout)


def cli_options(params: dict) -> list:
    """Estimator parameters as darts-cli options (--num-graph-nodes 1 ...)."""
    options = []
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            value = ",".join(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, float):
            value = repr(value)
        options += ["--" + name.replace("_", "-"), str(value)]
    return options


def write_csv(path, X, y, inputs=None, target="y") -> str:
    """The data as a CSV file whose numbers read back bit for bit (shortest round-trip form)."""
    X = np.asarray(X, dtype=float)
    inputs = inputs or [f"x{i + 1}" for i in range(X.shape[1])]
    with open(path, "w") as f:
        f.write(",".join([*inputs, target]) + "\n")
        for row, value in zip(X, np.asarray(y, dtype=float)):
            f.write(",".join(repr(float(v)) for v in [*row, value]) + "\n")
    return str(path)


def run_python(code: str, timeout=120, **kwargs) -> subprocess.CompletedProcess:
    """A fresh Python process running `code`, with this one's module path."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, **kwargs)


@pytest.fixture
def seed_example():
    """The seed document's data (the built-in example that darts-cli --example seed searches)."""
    X, y, params = darts_studio.load_example("seed")
    return X, y, params


@pytest.fixture
def small_data():
    rng = np.random.default_rng(7)
    X = rng.uniform(0.5, 2.0, size=(60, 2))
    y = 1.5 * X[:, 0] - 0.5 * X[:, 1]
    return X, y
