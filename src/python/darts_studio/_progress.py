"""What a fit shows while it runs: a progress bar, and the reference's execution_monitor calls.

The engine's threads queue a report per epoch; the fitting Python thread takes them in batches a
few milliseconds apart and hands them to `Progress.on_reports`, so Python code never runs on a search
thread and the search never waits for Python.
"""

import sys
import time
from typing import Callable, List, Optional

import numpy as np

from ._monitor import ArchitectView, NetworkView


def _in_notebook() -> bool:
    # A Jupyter kernel's stderr is no terminal, yet it shows "\r" redraws as a terminal does.
    return "ipykernel" in sys.modules


class ProgressBar:
    """One line on stderr, redrawn when the percentage moves and at most ten times a second."""

    def __init__(self, total: int, unit: str):
        self._total = max(total, 0)
        self._unit = unit
        self._shown_percent = -1
        self._shown_at = 0.0
        self._drawn = False

    @staticmethod
    def wanted() -> bool:
        stream = sys.stderr
        return stream is not None and (_in_notebook() or (hasattr(stream, "isatty") and stream.isatty()))

    def update(self, done: int, loss: float, force: bool = False):
        percent = 100 * done // self._total if self._total else 100
        now = time.monotonic()
        if not force and (percent == self._shown_percent or now - self._shown_at < 0.1):
            return
        self._shown_percent, self._shown_at = percent, now
        filled = percent * 30 // 100
        sys.stderr.write(
            f"\r[{'#' * filled}{'-' * (30 - filled)}] {done}/{self._total} {self._unit}, loss {loss:.4g}   "
        )
        sys.stderr.flush()
        self._drawn = True

    def close(self):
        if self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()


class Progress:
    """Takes the engine's epoch reports of one fit: (start, epoch, loss, validation loss, alpha)."""

    def __init__(
        self,
        *,
        first_epoch: int,
        epochs: int,
        starts: int,
        bar: bool,
        monitor: Optional[Callable],
        monitor_kwargs: dict,
        primitives: List[str],
        edge_labels: List[str],
    ):
        self._first_epoch = first_epoch
        self._done = [0] * starts
        self._bar = ProgressBar(epochs * starts, "epochs" if starts == 1 else f"epochs of {starts} starts") if bar else None
        self._monitor = monitor
        self._monitor_kwargs = monitor_kwargs
        self._primitives = primitives
        self._edge_labels = edge_labels
        self._last_loss = float("nan")

    @property
    def wants_weights(self) -> bool:
        return self._monitor is not None

    def on_reports(self, reports):
        for start, epoch, loss, validation_loss, alpha in reports:
            # A single search counts from where this fit began; a start's network is new.
            done = epoch - self._first_epoch if len(self._done) == 1 else epoch
            self._done[start] = done
            self._last_loss = loss
            if self._monitor is not None:
                self._call_monitor(done - 1, loss, validation_loss, alpha)
        if self._bar is not None and reports:
            self._bar.update(sum(self._done), self._last_loss)

    def _call_monitor(self, epoch: int, loss: float, validation_loss: float, alpha: np.ndarray):
        self._monitor(
            **self._monitor_kwargs,
            network=NetworkView(alpha, self._primitives, self._edge_labels),
            architect=ArchitectView(loss),
            epoch=epoch,
            loss=loss,
            validation_loss=validation_loss,
            alpha=alpha,
        )

    def close(self):
        if self._bar is not None:
            self._bar.update(sum(self._done), self._last_loss, force=True)
            self._bar.close()
