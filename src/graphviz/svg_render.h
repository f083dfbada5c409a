#pragma once
/// @brief DOT text drawn as an SVG document by Graphviz, in-process (no "dot" program needed).

#include <string>

namespace darts {

/// Lays `dot` out with Graphviz's "dot" engine and returns the SVG document. Thread-safe (GraphvizLock).
/// Throws std::runtime_error with Graphviz's own message when the text cannot be read or laid out.
std::string renderSvg(const std::string& dot);

}  // namespace darts
