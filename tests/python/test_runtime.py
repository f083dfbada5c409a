"""A fit behaves as Python users expect: other threads run during it (the GIL is released), Ctrl+C
stops it at once and leaves the estimator usable, a progress bar on a terminal, warnings through the
warnings module, the reference's execution monitor, and refits of a fixed architecture."""

import os
import pty
import select
import signal
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

from darts_studio import DARTSExecutionMonitor, DARTSRegressor, DartsWarning, load_example

from conftest import run_python

SANITIZED = os.environ.get("DARTS_SANITIZED_BUILD") == "1"


def long_fit_script(body: str) -> str:
    return f"""
import sys, time
import numpy as np
from darts_studio import DARTSRegressor, load_example
X, y, params = load_example("weber-fechner")
params.update(num_graph_nodes=2, param_updates_per_epoch=20, arch_updates_per_epoch=5, progress_bar=False)
{body}
"""


def interrupt(script: str, after_line: str, wait: float = 0.5):
    """Runs the script, sends SIGINT once it printed `after_line` and `wait` seconds passed; returns its
    output and the seconds from the signal to its end."""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    for line in child.stdout:
        lines.append(line)
        if line.strip() == after_line:
            break
    time.sleep(wait)
    signalled = time.monotonic()
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=60)
    return "".join(lines) + out, err, time.monotonic() - signalled, child.returncode


def test_ctrl_c_stops_a_fit_at_once_and_the_first_fit_leaves_no_model():
    script = long_fit_script("""
estimator = DARTSRegressor(**dict(params, max_epochs=10**7))
print("fitting", flush=True)
try:
    estimator.fit(X, y)
except KeyboardInterrupt:
    print("interrupted", flush=True)
print("fitted", estimator.__sklearn_is_fitted__(), flush=True)
searched = len(estimator.loss_history_)
print("searched", searched > 0, flush=True)
estimator.set_params(max_epochs=0).fit(X, y)   # a model from the epochs searched so far
print("model", estimator.predict(X[:3]).shape, len(estimator.loss_history_) == searched, flush=True)
""")
    out, err, seconds, status = interrupt(script, "fitting")
    assert status == 0, err
    assert "interrupted" in out and "fitted False" in out and "searched True" in out
    assert "model (3,) True" in out
    assert seconds < (5.0 if SANITIZED else 1.0), f"{seconds:.2f} s from Ctrl+C to the end"


def test_ctrl_c_during_a_later_fit_keeps_the_last_model():
    script = long_fit_script("""
estimator = DARTSRegressor(**dict(params, max_epochs=20)).fit(X, y)
before = estimator.predict(X)
equations = estimator.equations()
estimator.set_params(max_epochs=10**7)
print("fitting", flush=True)
try:
    estimator.fit(X, y)
except KeyboardInterrupt:
    print("interrupted", flush=True)
print("same model", np.array_equal(estimator.predict(X), before) and estimator.equations() == equations)
print("went on", len(estimator.loss_history_) > 20)
""")
    out, err, seconds, status = interrupt(script, "fitting")
    assert status == 0, err
    assert "interrupted" in out and "same model True" in out and "went on True" in out


def test_ctrl_c_stops_a_multi_start():
    script = long_fit_script("""
estimator = DARTSRegressor(**dict(params, max_epochs=10**7), restarts=4, jobs=2)
print("fitting", flush=True)
try:
    estimator.fit(X, y)
except KeyboardInterrupt:
    print("interrupted", flush=True)
print("fitted", estimator.__sklearn_is_fitted__())
""")
    out, err, seconds, status = interrupt(script, "fitting")
    assert status == 0, err
    assert "interrupted" in out and "fitted False" in out
    assert seconds < (5.0 if SANITIZED else 1.0)


def test_other_threads_run_while_a_fit_runs():
    X, y, params = load_example("weber-fechner")
    estimator = DARTSRegressor(**dict(params, max_epochs=300, progress_bar=False))
    ticks = 0
    fitting = threading.Event()

    def count():
        nonlocal ticks
        fitting.wait()
        while fitting.is_set():
            ticks += 1
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    fitting.set()
    started = time.monotonic()
    estimator.fit(X, y)
    seconds = time.monotonic() - started
    fitting.clear()
    counter.join()
    # With the GIL held during the search the counter would not move at all.
    assert seconds > 0.05 and ticks > 0.3 * seconds / 0.001 * 0.5


def terminal_output(code: str) -> str:
    """What a Python process running `code` writes to its terminal (a pseudo-terminal)."""
    main, side = pty.openpty()
    child = subprocess.Popen([sys.executable, "-c", code], stdin=side, stdout=side, stderr=side)
    os.close(side)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    child.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode(errors="replace")


def test_a_progress_bar_on_a_terminal_that_can_be_turned_off():
    code = """
from darts_studio import DARTSRegressor, load_example
X, y, params = load_example("seed")
DARTSRegressor(**dict(params, max_epochs=200, progress_bar={bar})).fit(X, y)
print("done")
"""
    shown = terminal_output(code.format(bar=True))
    assert "200/200 epochs, loss" in shown and "[##############################]" in shown and "done" in shown
    hidden = terminal_output(code.format(bar=False))
    assert "epochs" not in hidden and "done" in hidden
    # Not a terminal (a pipe, a log): no bar.
    piped = run_python(code.format(bar=True))
    assert piped.returncode == 0 and piped.stderr == ""


def test_warnings_go_through_the_warnings_module(capfd, small_data):
    X, y = small_data
    X = X.copy()
    X[0, 0] = 0.0
    with pytest.warns(RuntimeWarning, match="the search stopped: .*reciprocal"):
        DARTSRegressor(primitives=["reciprocal"], num_graph_nodes=1, max_epochs=2).fit(X, y)
    estimator = DARTSRegressor(num_graph_nodes=1, max_epochs=2).fit(*small_data)
    with pytest.warns(DartsWarning, match="the settings given change the network"):
        estimator.set_params(seed=1).fit(*small_data)
    out, err = capfd.readouterr()
    assert err == ""


def test_the_execution_monitor_sees_every_epoch_and_plots_them(small_data):
    X, y = small_data
    monitor = DARTSExecutionMonitor()
    estimator = DARTSRegressor(num_graph_nodes=2, max_epochs=25, execution_monitor=monitor.execution_monitor)
    estimator.fit(X, y)
    assert monitor.epoch_history == list(range(25))
    assert monitor.loss_history == estimator.loss_history_
    np.testing.assert_array_equal(monitor.arch_weight_history[-1][0], estimator.network_.alphas_normal)
    assert monitor.primitives == list(estimator.primitives)
    assert monitor.edge_labels[:3] == ["x1 -> k1", "x2 -> k1", "x1 -> k2"]
    # The same search as without a monitor.
    assert DARTSRegressor(num_graph_nodes=2, max_epochs=25).fit(X, y).equations() == estimator.equations()
    figures = monitor.display()
    assert len(figures.loss_ax.lines) == 1 and figures.arch_axes.shape == (3, 3)
    assert len(figures.arch_axes[0, 0].lines) == len(estimator.primitives)


def test_a_monitor_that_raises_stops_the_fit(small_data):
    def failing(epoch, **kwargs):
        if epoch == 3:
            raise RuntimeError("monitor says stop")

    estimator = DARTSRegressor(num_graph_nodes=1, max_epochs=10**6, execution_monitor=failing)
    with pytest.raises(RuntimeError, match="monitor says stop"):
        estimator.fit(*small_data)
    assert not estimator.__sklearn_is_fitted__()
    assert estimator.set_params(max_epochs=0, execution_monitor=None).fit(*small_data).predict(small_data[0]).shape == (60,)


def test_a_fixed_architecture_is_refitted_on_new_data():
    """max_epochs=0 keeps the architecture; the coefficients follow the new data (the reference's
    'fit with fixed architecture'), and "max" gives back the first model."""
    X = np.linspace(-5, 5, 200)[:, np.newaxis]
    noise = np.random.default_rng(42).normal(0, 0.01, 200)
    y, other_y = 20 * X[:, 0] + 10 + noise, 5 * X[:, 0] + 10 + noise
    estimator = DARTSRegressor(primitives=["linear", "mult"], num_graph_nodes=1, max_epochs=100)
    first = estimator.fit(X, y).model_repr()
    alpha = estimator.network_.alphas_normal
    refitted = estimator.set_params(max_epochs=0, param_updates_for_sampled_model=500).fit(X, other_y).model_repr()
    np.testing.assert_array_equal(estimator.network_.alphas_normal, alpha)
    assert refitted != first
    assert estimator.fit(X, y).model_repr() == first
