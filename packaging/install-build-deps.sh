#!/usr/bin/env bash
# Installs the Debian 12 packages that DARTS Studio is built and tested with,
# only those missing, so that running it again costs nothing.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libeigen3-dev   # the search's linear algebra
  qt6-base-dev    # Qt Test for the test suite
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
