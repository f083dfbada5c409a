#!/usr/bin/env bash
# The tests that run a search on a worker thread, built with ThreadSanitizer
# (GCC, -O1) in build-tsan/: the core search tests, the search controller and
# the main window. Qt is not built with TSan; tests/tsan.supp says which of its
# reports are false and why.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build-tsan -DDARTS_SANITIZE=thread -DDARTS_BUILD_BENCHMARKS=OFF
cmake --build build-tsan --parallel 2 --target test_search test_search_controller test_main_window
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:history_size=7:suppressions=$PWD/tests/tsan.supp"
export QT_QPA_PLATFORM=offscreen

# Runs every test function of a Qt Test executable except the named ones: the
# timing checks (a throughput floor, an event loop never blocked over 50 ms)
# measure speed, which TSan divides by 5 to 15; the normal build runs them.
run_except() {
  local test=build-tsan/tests/$1
  shift
  local skip=" $* " functions=()
  for function in $("$test" -functions 2>/dev/null); do
    function=${function%"()"}
    [[ $skip == *" $function "* ]] || functions+=("$function")
  done
  echo "-- $test ${functions[*]}"
  "$test" "${functions[@]}"
}

run_except test_search
run_except test_search_controller progressIsThrottled
run_except test_main_window staysResponsiveDuringASearch
