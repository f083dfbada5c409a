#!/usr/bin/env bash
# The tests that run a search on a worker thread, built with ThreadSanitizer
# (GCC, -O1) in build-tsan/: the core search tests, the many starts of model
# selection (threads of the core), the search controller, the main window and
# its Model selection dock. Qt is not built with TSan; tests/tsan.supp says which of its
# reports are false and why.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build-tsan -DDARTS_SANITIZE=thread -DDARTS_BUILD_BENCHMARKS=OFF
cmake --build build-tsan --parallel 2 --target test_search test_selection test_search_controller test_main_window test_model_selection
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:history_size=7:suppressions=$PWD/tests/tsan.supp"
export QT_QPA_PLATFORM=offscreen

# The timing checks (a throughput floor, an event loop never blocked over 50 ms) skip themselves in a
# sanitizer build (DARTS_SANITIZED_BUILD): TSan divides the speed by 5 to 15; the normal build runs them.
for test in test_search test_selection test_search_controller test_main_window test_model_selection; do
  echo "-- $test"
  "build-tsan/tests/$test"
done
