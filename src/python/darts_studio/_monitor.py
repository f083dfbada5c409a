"""The reference's execution monitor: a callback that sees the search after every epoch, and a
recorder of loss and architecture weights that plots them.

The reference hands its callback the PyTorch network and architect; here they are small read-only
views with the members a monitor written for the reference reads (network.arch_parameters()[0]
.detach().numpy(), network.primitives, architect.current_loss), so such monitors run unchanged.
"""

from types import SimpleNamespace
from typing import Any, List

import numpy as np


class _Detached:
    """An array where a monitor for the reference expects a tensor: detach(), cpu() and numpy()."""

    def __init__(self, values: np.ndarray):
        self._values = values

    def detach(self):
        return self

    def cpu(self):
        return self

    def numpy(self) -> np.ndarray:
        return self._values

    def __array__(self, dtype=None):
        return self._values if dtype is None else self._values.astype(dtype)


class NetworkView:
    """The search network as a monitor sees it after an epoch."""

    def __init__(self, alpha: np.ndarray, primitives: List[str], edge_labels: List[str]):
        self.alphas_normal = alpha  # edges x primitives, the reference's name
        self.primitives = list(primitives)
        self.edge_labels = list(edge_labels)  # "x1 -> k1", one per row of alphas_normal

    def arch_parameters(self) -> list:
        return [_Detached(self.alphas_normal)]

    def __repr__(self) -> str:
        leading = [self.primitives[int(np.argmax(row))] for row in np.asarray(self.alphas_normal)]
        edges = ", ".join(f"{label}: {name}" for label, name in zip(self.edge_labels, leading))
        return f"<DARTS network, {len(leading)} edges, leading primitives: {edges}>"


class ArchitectView:
    def __init__(self, loss: float):
        self.current_loss = loss


class DARTSExecutionMonitor:
    """Records the loss and the architecture weights of every epoch of a fit and plots them.

    >>> monitor = DARTSExecutionMonitor()
    >>> DARTSRegressor(execution_monitor=monitor.execution_monitor).fit(X, y)
    >>> monitor.display()
    """

    def __init__(self):
        self.arch_weight_history: List[np.ndarray] = []  # per epoch, 1 x edges x primitives
        self.loss_history: List[float] = []
        self.epoch_history: List[int] = []
        self.primitives: List[str] = []
        self.edge_labels: List[str] = []

    def execution_monitor(self, network, architect, epoch: int, **kwargs: Any):
        self.epoch_history.append(epoch)
        weights = np.asarray(network.arch_parameters()[0].detach().numpy(), dtype=float).copy()
        self.arch_weight_history.append(weights[np.newaxis, :])
        self.loss_history.append(float(architect.current_loss))
        self.primitives = list(network.primitives)
        self.edge_labels = list(getattr(network, "edge_labels", []))

    def display(self):
        """Two figures: the loss against epoch, and each edge's weight of every primitive against
        epoch (one small plot per edge, in a square grid). Returns them in a SimpleNamespace
        (loss_fig, loss_ax, arch_fig, arch_axes). Needs matplotlib (Debian: python3-matplotlib)."""
        from matplotlib import pyplot as plt

        loss_fig, loss_ax = plt.subplots(1, 1)
        loss_ax.plot(self.epoch_history, self.loss_history)
        loss_ax.set_xlabel("Epoch")
        loss_ax.set_ylabel("Loss")
        loss_ax.set_title("Training loss")

        history = np.vstack(self.arch_weight_history) if self.arch_weight_history else np.zeros((0, 0, 0))
        edges = history.shape[1]
        side = max(1, int(np.ceil(np.sqrt(edges))))
        arch_fig, arch_axes = plt.subplots(side, side, sharex=True, sharey=True, figsize=(10, 10), squeeze=False)
        arch_fig.suptitle("Architecture weights (alpha)")
        for edge, ax in enumerate(arch_axes.flat):
            if edge >= edges:
                ax.set_visible(False)
                continue
            for m, name in enumerate(self.primitives):
                ax.plot(self.epoch_history, history[:, edge, m], label=name)
            title = self.edge_labels[edge] if edge < len(self.edge_labels) else f"edge {edge + 1}"
            ax.set_title(title, fontsize=8)
        if edges:
            arch_axes.flat[0].legend(loc="upper left", fontsize=7)
            arch_axes.flat[0].set_ylabel("Weight")
            arch_axes.flat[0].set_xlabel("Epoch")
        return SimpleNamespace(loss_fig=loss_fig, loss_ax=loss_ax, arch_fig=arch_fig, arch_axes=arch_axes)
