#!/usr/bin/env bash
# Render the app icon from its source, assets/icon/puente.svg, into the
# files the builds use (committed, so building needs none of these tools):
#   assets/icon/puente-{16,24,32,48,64,128,256}.png  window, Linux desktop
#   assets/icon/puente.ico                           Windows executable
# Run it after editing the SVG. Installs librsvg2-bin and icoutils if missing.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v icotool >/dev/null || need+=(icoutils)
if ((${#need[@]})); then
  echo "installing ${need[*]} ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null
fi

sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" puente.svg -o "puente-$s.png"
done
# Windows wants the large size PNG-compressed and the small ones as bitmaps.
icotool -c -o puente.ico puente-{16,24,32,48,64,128}.png -r puente-256.png
ls -l puente.svg puente-*.png puente.ico
