"""The module searches exactly as darts-cli does: the same data, settings and seed give the same
model, bit for bit (equations, loss of every epoch, predictions, graph), for single searches,
multi-starts, refits of a fixed architecture, and the seed document's own code."""

import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from darts_studio import DARTSRegressor, load_example

from conftest import HERE, cli, cli_json, cli_options, write_csv


def read_predictions(path):
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def test_a_fit_on_a_file_agrees_with_darts_cli(tmp_path, small_data):
    X, y = small_data
    data = write_csv(tmp_path / "data.csv", X, y, ["speed", "load"], "power")
    new = write_csv(tmp_path / "new.csv", X[:10] * 1.5, y[:10], ["speed", "load"], "power")
    params = dict(num_graph_nodes=2, max_epochs=40, primitives=["none", "add", "mult", "linear", "exp"], seed=3)
    estimator = DARTSRegressor(**params).fit(pd.DataFrame(X, columns=["speed", "load"]), pd.Series(y, name="power"))
    report = cli_json("fit", data, *cli_options(params), "--predict", new, "--predictions-out", tmp_path / "p.csv")
    assert estimator.equations() == report["equations"]
    assert estimator.loss_history_ == report["loss_history"]
    assert estimator.visualize_model().source == report["dot"]
    assert estimator.closed_form() == report["closed_form"]
    assert estimator.latex() == report["latex"]
    assert estimator.scores()["r2"] == report["r2"]
    np.testing.assert_array_equal(estimator.predict(X[:10] * 1.5), read_predictions(tmp_path / "p.csv")[:, 0])


@pytest.mark.parametrize("example", ["seed", "weber-fechner"])
def test_the_examples_agree_with_darts_cli(example):
    X, y, params = load_example(example)
    params["max_epochs"] = min(params.get("max_epochs", 10), 60)
    estimator = DARTSRegressor(**params).fit(X, y)
    report = cli_json("fit", "--example", example, "--max-epochs", params["max_epochs"])
    assert estimator.equations() == report["equations"]
    assert estimator.loss_history_ == report["loss_history"]


def test_a_multi_start_agrees_with_darts_cli(tmp_path, small_data):
    X, y = small_data
    data = write_csv(tmp_path / "data.csv", X, y)
    params = dict(num_graph_nodes=2, max_epochs=15, validation_share=0.25)
    estimator = DARTSRegressor(restarts=3, jobs=2, **params).fit(X, y)
    report = cli_json("fit", data, *cli_options(params), "--restarts", 3, "--jobs", 2)
    assert estimator.starts_ == report["starts"]
    assert estimator.selected_start_ == report["selected"]
    assert estimator.equations() == report["equations"]
    assert estimator.loss_history_ == report["loss_history"]
    # The results do not depend on how many starts run at once.
    one_at_a_time = DARTSRegressor(restarts=3, jobs=1, **params).fit(X, y)
    assert one_at_a_time.starts_ == estimator.starts_


def test_a_multi_start_is_continued_as_the_start_it_kept(tmp_path, small_data):
    """After a multi-start, a fit continues the kept start (its seed), as darts-cli --session does."""
    X, y = small_data
    data = write_csv(tmp_path / "data.csv", X, y)
    params = dict(num_graph_nodes=1, max_epochs=10, seed=5)
    estimator = DARTSRegressor(restarts=3, jobs=2, **params).fit(X, y)
    cli("fit", data, *cli_options(params), "--restarts", 3, "--jobs", 2, "--quiet", "--save", tmp_path / "s.darts")
    estimator.set_params(max_epochs=7).fit(X, y)
    report = cli_json("fit", "--session", tmp_path / "s.darts", "--max-epochs", 7)
    assert estimator.loss_history_ == report["loss_history"]
    assert estimator.equations() == report["equations"]


def test_refits_of_the_fixed_architecture_agree_with_darts_cli_sessions(tmp_path, seed_example):
    """The seed document's steps: search, then max_epochs=0 refits (sample, then max again)."""
    X, y, params = seed_example
    params["max_epochs"] = 50
    data = write_csv(tmp_path / "seed.csv", X, y)
    session = tmp_path / "seed.darts"
    estimator = DARTSRegressor(**params).fit(X, y)
    first = cli_json("fit", data, *cli_options(params), "--save", session)
    assert estimator.visualize_model().source == first["dot"]
    for step in (dict(max_epochs=0, param_updates_for_sampled_model=1000),
                 dict(max_epochs=0, sampling_strategy="sample", param_updates_for_sampled_model=800),
                 dict(max_epochs=0, sampling_strategy="max", param_updates_for_sampled_model=1000)):  # fmt: skip
        alpha = estimator.network_.alphas_normal
        estimator.set_params(**step).fit(X, y)
        report = cli_json("fit", "--session", session, *cli_options(step), "--save", session)
        assert estimator.equations() == report["equations"]
        assert estimator.visualize_model().source == report["dot"]
        np.testing.assert_array_equal(estimator.network_.alphas_normal, alpha)  # the architecture stayed
    assert estimator.equations() == first["equations"]  # "max" gives back the first model's architecture


def seed_document() -> str:
    path = os.environ.get("DARTS_SEED_DOCUMENT", "")
    if not os.path.exists(path):
        pytest.skip("the seed document was not found (CMake variable DARTS_SEED_DOCUMENT)")
    return path


def test_the_seed_documents_code_prints_what_darts_cli_finds(tmp_path):
    """The seed document's Python code, run as a notebook runs it, with only its import line changed:
    each visualize_model() it displays is the graph darts-cli draws for the same data, settings and seed."""
    out = tmp_path / "notebook.json"
    run = subprocess.run(
        [sys.executable, os.path.join(HERE, "notebook_runner.py"), seed_document(),
         "from autora.skl.darts import DARTSRegressor", "from darts_studio import DARTSRegressor", out],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    notebook = json.loads(out.read_text())
    assert any("darts_estimator.fit(X, y)" in cell for cell in notebook["cells"])
    displays = notebook["displays"]
    assert len(displays) == 4  # the document shows the model after each of its four fits
    data = write_csv(tmp_path / "data.csv", notebook["X"], notebook["y"])
    session = tmp_path / "run.darts"
    for i, display in enumerate(displays):
        source = ["--session", session] if i else [data]
        options = [f"--{name.replace('_', '-')}={text}" for name, text in display["settings"].items()]
        report = cli_json("fit", *source, *options, "--save", session)
        assert display["text"] == report["dot"], f"display {i + 1}"
    # The search the document runs is the classic seed run: one node, the least-squares refit.
    assert "99.44" in displays[0]["text"]
