#!/usr/bin/env bash
# The tests that run a search on a worker thread, built with ThreadSanitizer
# (GCC, -O1) in build-tsan/: the core search tests, the search controller and
# the main window. Qt is not built with TSan; tests/tsan.supp says which of its
# reports are false and why.
set -euo pipefail
cd "$(dirname "$0")/.."

tests=(test_search test_search_controller test_main_window)
cmake -S . -B build-tsan -DDARTS_SANITIZE=thread -DDARTS_BUILD_BENCHMARKS=OFF
cmake --build build-tsan --parallel 2 --target "${tests[@]}"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp"
ctest --test-dir build-tsan --output-on-failure -R "^($(IFS='|'; echo "${tests[*]}"))\$"
