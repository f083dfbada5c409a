"""The model's graph as visualize_model() returns it: Graphviz DOT text, drawn as SVG in-process by
the same Graphviz code as the window's graph panel. Notebooks show it as a picture, as they show the
reference's graphviz.Digraph; the members mirror that class's (source, pipe, render)."""

import os
from typing import Optional

from . import _core


class ModelGraph:
    def __init__(self, source: str):
        self.source = source  # DOT text

    def __str__(self) -> str:
        return self.source

    def __repr__(self) -> str:
        return f"<ModelGraph: {len(self.source)} characters of DOT; .svg() draws it>"

    def svg(self) -> str:
        """The graph laid out by Graphviz's dot and drawn as an SVG document."""
        return _core.render_svg(self.source)

    def pipe(self, format: str = "svg", encoding: Optional[str] = None):
        """The drawing ("svg") or the source ("dot", "gv") as bytes, or as text when an encoding is given."""
        text = self._text(format)
        return text if encoding else text.encode("utf-8")

    def render(self, filename: str, format: str = "svg") -> str:
        """Writes the DOT source to `filename` and the drawing to `filename.<format>`; returns the latter."""
        with open(filename, "w", encoding="utf-8") as f:
            f.write(self.source)
        return self.save(f"{filename}.{format}")

    def save(self, path: str) -> str:
        """Writes the drawing (.svg) or the source (.dot, .gv) to `path`, chosen by its suffix."""
        format = os.path.splitext(path)[1].lstrip(".").lower()
        text = self._text(format)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def _text(self, format: str) -> str:
        if format == "svg":
            return self.svg()
        if format in ("dot", "gv"):
            return self.source
        raise ValueError(f"cannot write the graph as '{format}': use svg, dot or gv")

    def _repr_svg_(self) -> str:
        return self.svg()

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"image/svg+xml": self.svg(), "text/plain": self.source}
