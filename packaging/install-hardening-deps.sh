#!/usr/bin/env bash
# Installs what the hardening steps of .ci/run need on top of install-build-deps.sh
# (see README "Hardening"): clang with libFuzzer and the clang sanitizer runtimes
# for the fuzz targets, and llvm-symbolizer so that their reports name file and
# line. The GCC sanitizer builds need nothing more: g++ brings libasan, libubsan
# and libtsan. Only missing packages are installed.
set -euo pipefail

packages=(
  clang                # clang++ 14, for the libFuzzer targets
  libclang-rt-14-dev   # libFuzzer and clang's ASan/UBSan/TSan runtimes
  llvm                 # llvm-symbolizer, for file and line in the fuzzers' reports
)

exec bash "$(dirname "$0")/install-missing.sh" "${packages[@]}"
