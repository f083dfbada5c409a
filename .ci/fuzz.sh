#!/usr/bin/env bash
# The libFuzzer targets (clang, with ASan and UBSan) in build-fuzz/: first every
# seed and saved regression once, then each reader fuzzed for FUZZ_SECONDS
# (default 60) from its seeds. A crash leaves its input in build-fuzz/ (named in
# the report); copy it to tests/fuzz/regressions/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DDARTS_FUZZ=ON -DDARTS_BUILD_GUI=OFF -DDARTS_BUILD_BENCHMARKS=OFF
cmake --build build-fuzz --parallel 2 --target fuzz_table fuzz_session
export UBSAN_OPTIONS="print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
for reader in table session; do
  fuzzer=build-fuzz/tests/fuzz/fuzz_$reader
  # New inputs go to the first folder, so the seeds in the repository stay as they are.
  work=build-fuzz/corpus-$reader
  mkdir -p "$work"
  # The session fuzzer gets the format's names, which random bytes seldom spell.
  dict=()
  if [ -f tests/fuzz/$reader.dict ]; then dict=(-dict=tests/fuzz/$reader.dict); fi
  "$fuzzer" -runs=0 tests/fuzz/corpus/$reader tests/fuzz/regressions
  # -timeout: an input that takes over 10 s is a hang; -rss_limit_mb: one that needs 2 GB is a bug too.
  "$fuzzer" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=build-fuzz/crash-$reader- "$work" tests/fuzz/corpus/$reader
done
