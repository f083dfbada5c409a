#include "background_run.h"

#include <pybind11/pybind11.h>

#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace py = pybind11;

namespace darts::python {

void runInBackground(const std::function<void()>& work, const std::function<void()>& stop,
                     const std::function<void()>& poll) {
    // Short enough that Ctrl+C feels immediate and a progress bar moves smoothly, long enough to cost
    // nothing next to the search.
    constexpr auto kSlice = std::chrono::milliseconds(20);
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
        const std::lock_guard lock(mutex);
        done = true;
        finished.notify_all();
    });
    try {
        for (bool over = false; !over;) {
            {
                const py::gil_scoped_release release;
                std::unique_lock lock(mutex);
                over = finished.wait_for(lock, kSlice, [&] { return done; });
            }
            poll();
            // Python runs its signal handlers only between bytecodes of the main thread: here, while
            // we wait. A handler that raises (SIGINT's raises KeyboardInterrupt) leaves the error set.
            if (!over && PyErr_CheckSignals() != 0) throw py::error_already_set();
        }
    } catch (...) {
        stop();
        {
            const py::gil_scoped_release release;
            worker.join();
        }
        throw;
    }
    worker.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace darts::python
