#include "svg_render.h"

#include "graphviz_access.h"

#include <graphviz/gvc.h>

#include <stdexcept>

namespace darts {

std::string renderSvg(const std::string& dot) {
    const GraphvizLock lock;
    GraphvizGraph graph(lock, dot);
    auto fail = [&lock](const std::string& what) {
        const std::string detail = lock.messages();
        return std::runtime_error(what + (detail.empty() ? "" : ": " + detail));
    };
    if (!graph.graph()) throw fail("Graphviz could not read the graph text");
    // The usual cause of a failed layout is a Graphviz whose plugins were never registered.
    if (!graph.layout()) throw fail("Graphviz could not lay out the graph (if its plugins are missing, run 'dot -c' as root)");
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(lock.context(), graph.graph(), "svg", &data, &length) != 0 || !data)
        throw fail("Graphviz could not draw the graph as SVG");
    std::string svg(data, length);
    gvFreeRenderData(data);
    return svg;
}

}  // namespace darts
