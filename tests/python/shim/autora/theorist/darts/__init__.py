"""autora.theorist.darts as the reference's tests import it, from darts_studio.

One adaptation: the reference's tests compare the architecture weights with PyTorch operations
(torch.all(a.eq(b))), so network_.alphas_normal is handed out as a PyTorch tensor here; darts_studio
itself gives a NumPy array and needs no PyTorch.
"""

import torch

import darts_studio
from darts_studio import PRIMITIVES, DARTSExecutionMonitor, DARTSType


class DARTSRegressor(darts_studio.DARTSRegressor):
    @property
    def network_(self):
        network = super().network_
        network.alphas_normal = torch.as_tensor(network.alphas_normal)
        return network


__all__ = ["PRIMITIVES", "DARTSExecutionMonitor", "DARTSRegressor", "DARTSType"]
