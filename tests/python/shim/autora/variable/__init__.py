"""autora.variable as the reference's tests import it: the output types."""

from darts_studio import OutputType as ValueType

__all__ = ["ValueType"]
