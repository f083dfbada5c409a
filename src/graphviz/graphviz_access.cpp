#include "graphviz_access.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace darts {
namespace {

std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

// Filled by Graphviz's error hook while the mutex is held.
std::string& collectedMessages() {
    static std::string messages;
    return messages;
}

int collectMessage(char* message) {
    if (message) collectedMessages() += message;
    return 0;
}

}  // namespace

GraphvizLock::GraphvizLock() : m_lock(graphvizMutex()), m_previousHook(agseterrf(&collectMessage)) {
    collectedMessages().clear();
    agreseterrors();
}

GraphvizLock::~GraphvizLock() { agseterrf(m_previousHook); }

GVC_s* GraphvizLock::context() const {
    // Never freed: freeing it at exit could race with static destructors for nothing.
    static GVC_t* context = gvContext();
    return context;
}

std::string GraphvizLock::messages() const {
    std::string folded;
    for (char ch : collectedMessages()) {
        if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r')
            folded += ch;
        else if (!folded.empty() && folded.back() != ' ')
            folded += ' ';
    }
    if (!folded.empty() && folded.back() == ' ') folded.pop_back();
    return folded;
}

GraphvizGraph::GraphvizGraph(const GraphvizLock& lock, const std::string& dot)
    : m_context(lock.context()), m_graph(agmemread(dot.c_str())) {}

GraphvizGraph::~GraphvizGraph() {
    if (m_laidOut) gvFreeLayout(m_context, m_graph);
    if (m_graph) agclose(m_graph);
}

bool GraphvizGraph::layout() {
    m_laidOut = m_context && m_graph && gvLayout(m_context, m_graph, "dot") == 0;
    return m_laidOut;
}

std::string graphvizLibraryVersion() {
    const GraphvizLock lock;
    const char* version = lock.context() ? gvcVersion(lock.context()) : nullptr;
    return version ? version : "?";
}

}  // namespace darts
