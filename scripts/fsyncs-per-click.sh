#!/usr/bin/env bash
# Count the fsync and fdatasync calls a click costs in the window: the
# probe (tests/window/fsync_probe.rs) clicks through a module under strace -c, once
# with no clicks (the start: profile, module), once with N step changes and
# once with N answers checked. The difference, divided by N, is per click.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
command -v strace >/dev/null || { echo "needs strace"; exit 1; }
bin=$(cargo test --test window --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
count() {
  PROBE_NAV=$1 PROBE_ANSWERS=$2 strace -f -c -e trace=fsync,fdatasync -o /tmp/fsync-probe.txt \
    "$bin" --ignored --exact fsync_probe::fsync_probe >/dev/null 2>&1
  awk '$NF == "total" { print $(NF-1) }' /tmp/fsync-probe.txt
}
base=$(count 0 0)
nav=$(count "$n" 0)
answers=$(count 0 "$n")
echo "start (profile created, module opened): $base fsync+fdatasync"
echo "$n step changes: $((nav - base)) more, $(awk "BEGIN { print ($nav - $base) / $n }") per click"
echo "$n answers checked: $((answers - base)) more, $(awk "BEGIN { print ($answers - $base) / $n }") per answer"
