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

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
