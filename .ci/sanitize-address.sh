#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (GCC, -O1) in build-asan/. Any report fails the test that triggers it.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build-asan -DDARTS_SANITIZE=address,undefined -DDARTS_BUILD_BENCHMARKS=OFF
cmake --build build-asan --parallel 2
export ASAN_OPTIONS="strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1"
export DARTS_STRESS_SEQUENCES=300  # the stress test's 1,000 sequences take minutes instrumented
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
ctest --test-dir build-asan --output-on-failure
