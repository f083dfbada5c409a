#pragma once
/// @brief The one way into Graphviz: a process-wide lock held for every call, the shared context, the
/// library's error messages, and graphs read from DOT text. Qt-free, so that the window's graph panel and
/// the Python module's SVG drawing share it.

#include <mutex>
#include <string>

struct Agraph_s;
struct GVC_s;

namespace darts {

/// Holds Graphviz for one piece of work. Graphviz keeps global state (the parser, the error hook, the
/// context's plugin tables) and is not thread-safe: every call into it happens while a lock lives.
class GraphvizLock {
public:
    GraphvizLock();
    ~GraphvizLock();
    GraphvizLock(const GraphvizLock&) = delete;
    GraphvizLock& operator=(const GraphvizLock&) = delete;

    /// Created at the first lock and kept for the life of the process: loading the plugin
    /// configuration costs more than a small layout. Null when Graphviz could not start.
    GVC_s* context() const;
    /// What Graphviz reported since this lock was taken, runs of white space folded into one space.
    std::string messages() const;

private:
    std::lock_guard<std::mutex> m_lock;
    int (*m_previousHook)(char*);
};

/// A graph read from DOT text under a lock, freed on every path out (its layout first, as Graphviz requires).
class GraphvizGraph {
public:
    /// graph() is null when the text cannot be read; the lock's messages() say why.
    GraphvizGraph(const GraphvizLock& lock, const std::string& dot);
    ~GraphvizGraph();
    GraphvizGraph(const GraphvizGraph&) = delete;
    GraphvizGraph& operator=(const GraphvizGraph&) = delete;

    Agraph_s* graph() const { return m_graph; }
    /// Lays the graph out with the "dot" engine; false when Graphviz could not (see the lock's messages()).
    bool layout();

private:
    GVC_s* m_context;
    Agraph_s* m_graph;
    bool m_laidOut = false;
};

/// The version of the Graphviz library in use, read at run time (e.g. "2.42.2"), or "?".
std::string graphvizLibraryVersion();

}  // namespace darts
