#!/usr/bin/env bash
# Renders the hand-written SVG icon to the PNG sizes the hicolor theme wants. The PNGs are
# committed, so a build needs no SVG renderer; run this (needs rsvg-convert, Debian
# package librsvg2-bin) after changing socket-playground.svg, and commit the results.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" socket-playground.svg -o "socket-playground-$size.png"
done
