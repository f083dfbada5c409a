"""Sessions both ways between Python, darts-cli and the window (darts-studio), and sweep results."""

import glob
import json
import os
import signal
import subprocess
import time

import numpy as np
import pandas as pd
import pytest
from sklearn.exceptions import NotFittedError

import darts_studio
from darts_studio import DARTSRegressor

from conftest import cli, cli_json, cli_options, program, write_csv

QUICK = dict(num_graph_nodes=2, max_epochs=8, param_updates_per_epoch=5, param_updates_for_sampled_model=30)


def test_a_python_session_continues_in_darts_cli_bit_for_bit(tmp_path, small_data):
    X, y = small_data
    frame = pd.DataFrame(X, columns=["a", "b"])
    estimator = DARTSRegressor(**QUICK).fit(frame, y)
    estimator.save(tmp_path / "run.darts")
    report = cli_json("fit", "--session", tmp_path / "run.darts", "--max-epochs", 6)
    estimator.set_params(max_epochs=6).fit(frame, y)
    assert report["epochs"] == 2 * QUICK["max_epochs"] - 2
    assert estimator.loss_history_ == report["loss_history"]
    assert estimator.equations() == report["equations"]
    assert estimator.visualize_model().source == report["dot"]


def test_a_darts_cli_session_loads_and_continues_in_python(tmp_path, small_data):
    X, y = small_data
    data = write_csv(tmp_path / "data.csv", X, y, ["u", "v"], "w")
    first = cli_json("fit", data, *cli_options(QUICK), "--seed", 4, "--save", tmp_path / "cli.darts")
    estimator = DARTSRegressor.load(tmp_path / "cli.darts")
    assert estimator.seed == 4 and estimator.max_epochs == QUICK["max_epochs"]
    assert list(estimator.X_.columns) == ["u", "v"] and estimator.y_.name == "w"
    np.testing.assert_array_equal(estimator.X_.to_numpy(), X)
    assert estimator.equations() == first["equations"] and estimator.loss_history_ == first["loss_history"]
    estimator.set_params(max_epochs=5).fit(estimator.X_, estimator.y_)
    report = cli_json("fit", "--session", tmp_path / "cli.darts", "--max-epochs", 5)
    assert estimator.loss_history_ == report["loss_history"]
    assert estimator.equations() == report["equations"]
    # Parameters given to load win over the session's settings.
    assert DARTSRegressor.load(tmp_path / "cli.darts", max_epochs=3).max_epochs == 3


def test_sessions_that_cannot_be_read(tmp_path, small_data):
    with pytest.raises(FileNotFoundError):
        DARTSRegressor.load(tmp_path / "missing.darts")
    broken = tmp_path / "broken.darts"
    broken.write_text('{"format":"darts-studio-session","version":1,"data":')
    with pytest.raises(darts_studio.SessionError, match="broken.darts"):
        DARTSRegressor.load(broken)
    assert issubclass(darts_studio.SessionError, ValueError)
    with pytest.raises(NotFittedError):
        DARTSRegressor().save(tmp_path / "nothing.darts")


def window_environment(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))  # fmt: skip
    env.pop("DISPLAY", None)
    return env


def window_autosave(tmp_path, session, least_epochs: int) -> str:
    """darts-studio opens `session`, continues its search, and autosaves it; the first autosave with at
    least `least_epochs` epochs is returned once the window has been killed (as test_recovery does)."""
    window = subprocess.Popen([program("DARTS_STUDIO"), str(session), "--continue", "--autosave-seconds", "0.2"],
                              env=window_environment(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            for path in glob.glob(str(tmp_path / "data" / "**" / "recovery-*.darts"), recursive=True):
                try:
                    epoch = json.loads(open(path).read())["search"]["epoch"]
                except (ValueError, KeyError):
                    continue  # a file being replaced
                if epoch >= least_epochs:
                    window.send_signal(signal.SIGKILL)
                    window.wait()
                    copy = tmp_path / "window.darts"
                    copy.write_text(open(path).read())
                    return str(copy)
            if window.poll() is not None:
                raise AssertionError(f"darts-studio ended with {window.returncode}: {window.stderr.read().decode()}")
            time.sleep(0.05)
        raise AssertionError("darts-studio autosaved no search in 60 s")
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()


def test_sessions_go_both_ways_between_python_and_the_window(tmp_path, small_data):
    X, y = small_data
    frame = pd.DataFrame(X, columns=["a", "b"])
    estimator = DARTSRegressor(**dict(QUICK, max_epochs=3)).fit(frame, y)
    start = len(estimator.loss_history_)
    estimator.save(tmp_path / "python.darts")
    # The window continues the search for many epochs (the session's max_epochs, which decides nothing
    # else): its autosave is somewhere along the way.
    session = json.loads((tmp_path / "python.darts").read_text())
    session["settings"]["max_epochs"] = "200000"
    (tmp_path / "long.darts").write_text(json.dumps(session))
    window_session = window_autosave(tmp_path, tmp_path / "long.darts", start + 5)

    # Python reads the window's session: the same search, further on.
    from_window = DARTSRegressor.load(window_session)
    epochs = len(from_window.loss_history_)
    assert epochs > start
    # Continued here as far as the window went, the Python search is the window's, bit for bit.
    here = DARTSRegressor.load(tmp_path / "python.darts", max_epochs=epochs - start)
    here.fit(here.X_, here.y_)
    assert here.loss_history_ == from_window.loss_history_
    np.testing.assert_array_equal(here.network_.alphas_normal, from_window.network_.alphas_normal)

    # And the window's session continues alike in Python and in darts-cli.
    from_window.set_params(max_epochs=4).fit(from_window.X_, from_window.y_)
    report = cli_json("fit", "--session", window_session, "--max-epochs", 4)
    assert from_window.loss_history_ == report["loss_history"]
    assert from_window.equations() == report["equations"]


def test_sweep_results_read_into_a_dataframe(tmp_path):
    plan = {
        "example": "seed",
        "settings": {"max_epochs": 3, "param_updates_per_epoch": 20},
        "grid": {"num_graph_nodes": [1, 2], "seed": [0, 1]},
    }
    (tmp_path / "plan.json").write_text(json.dumps(plan))
    cli("sweep", tmp_path / "plan.json", "--jobs", 2, "--out", tmp_path / "parts")
    path = glob.glob(str(tmp_path / "parts" / "*.dartssweep"))[0]
    frame = darts_studio.read_sweep(path)
    assert list(frame.columns) == ["point", "num_graph_nodes", "status", "message", "training_mse",
                                   "validation_mse", "parameter_count", "bic", "aic", "seed", "equations"]  # fmt: skip
    assert len(frame) == 4 and frame["num_graph_nodes"].tolist() == [1, 1, 2, 2] and frame["seed"].tolist() == [0, 1, 0, 1]
    points = json.loads(open(path).read())["points"]
    assert frame["training_mse"].tolist() == [p["training_mse"] for p in points]
    assert frame["validation_mse"].isna().all()  # no rows held out
    assert frame.attrs["axes"] == ["num_graph_nodes", "seed"] and frame.attrs["example"] == "seed"
    with pytest.raises(FileNotFoundError):
        darts_studio.read_sweep(tmp_path / "none.dartssweep")
    (tmp_path / "bad.dartssweep").write_text("{}")
    with pytest.raises(darts_studio.SweepError):
        darts_studio.read_sweep(tmp_path / "bad.dartssweep")
