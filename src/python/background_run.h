#pragma once
/// @brief Work on a thread of its own while the Python thread that asked for it waits without the GIL,
/// so that other Python threads run, Ctrl+C is answered at once, and progress reaches Python code.

#include <functional>

namespace darts::python {

/// Runs `work` on a new thread. The calling thread, which holds the GIL, waits for it with the GIL
/// released, waking every few milliseconds to call `poll` (with the GIL) and to let Python run its
/// signal handlers. When `poll` throws or a handler raises (Ctrl+C: KeyboardInterrupt), `stop` is
/// called, the thread joined and the exception passed on. An exception of `work` is rethrown here
/// after the last `poll`. `work` must not touch Python objects.
void runInBackground(const std::function<void()>& work, const std::function<void()>& stop,
                     const std::function<void()>& poll);

}  // namespace darts::python
