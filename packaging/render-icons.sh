#!/usr/bin/env bash
# Renders the application icon's PNG sizes from its SVG (needs rsvg-convert, package librsvg2-bin).
# The PNGs are committed, so building and packaging do not need this; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

id=io.github.dartsstudio.DartsStudio
for size in 16 32 48 64 128 256; do
  mkdir -p "${size}x${size}"
  rsvg-convert --width "$size" --height "$size" "$id.svg" --output "${size}x${size}/$id.png"
done
