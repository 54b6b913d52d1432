#!/usr/bin/env bash
# Measure Puente against a bare eframe window built with the same eframe
# features, in the same run, on this machine (software OpenGL under Xvfb).
# Prints a Markdown table for docs/performance.md.
#
#   scripts/measure.sh [RUNS]      (default 7 launches each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
[[ -x /usr/bin/time ]] || need+=(time)
command -v xdpyinfo >/dev/null || need+=(x11-utils)
if ((${#need[@]})); then
  echo "installing ${need[*]} ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null
fi

cargo build --release --quiet --bin puente --example bare_window
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
puente="$target/release/puente"
bare="$target/release/examples/bare_window"

tmp=$(mktemp -d)
for n in $(seq 50 99); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
export DISPLAY=":$n"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# A data folder with one profile, so Puente opens on its home screen.
data="$tmp/data"
id=7d5f3c2a-1b4e-4c6d-9a8b-0c1d2e3f4a5b
mkdir -p "$data/profiles/$id"
printf '{"format":1,"id":"%s","name":"Measure","language":"en","created":"2026-01-01T00:00:00Z"}' "$id" >"$data/profiles/$id/profile.json"

export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

launch() { # prints first-frame ms
  PUENTE_MEASURE=0 "$@" 2>/dev/null | awk '/^first-frame-ms/ {print $2}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

declare -A first rss idle
for who in bare puente; do
  if [[ $who == bare ]]; then cmd=("$bare"); else cmd=("$puente" --data-dir "$data"); fi
  launch "${cmd[@]}" >/dev/null # warm the caches
  first[$who]=$(for _ in $(seq "$runs"); do launch "${cmd[@]}"; done | median)
  rss[$who]=$( { PUENTE_MEASURE=2 /usr/bin/time -f '%M' "${cmd[@]}" >/dev/null; } 2>&1 | tail -1)
  # CPU used between 3 s and 13 s after launch, with no input at all.
  PUENTE_MEASURE=15 "${cmd[@]}" >/dev/null 2>&1 &
  pid=$!
  ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  sleep 3; t0=$(ticks); sleep 10; t1=$(ticks)
  wait "$pid" || true
  idle[$who]=$(awk -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (b-a)/hz/10*100}')
done
size_bare=$(stat -c %s "$bare")
size_puente=$(stat -c %s "$puente")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
echo "| measure | bare eframe window | Puente | ratio | budget |"
echo "|---|---|---|---|---|"
echo "| launch to first painted frame (median of $runs, warm) | ${first[bare]} ms | ${first[puente]} ms | $(ratio "${first[puente]}" "${first[bare]}")x | <= 1.5x and < 500 ms |"
echo "| peak RSS | $((rss[bare] / 1024)) MB | $((rss[puente] / 1024)) MB | $(ratio "${rss[puente]}" "${rss[bare]}")x | <= 1.3x |"
echo "| CPU while idle (10 s from 3 s after launch, no input) | ${idle[bare]} % | ${idle[puente]} % | | ~0 % |"
echo "| stripped release binary | $((size_bare / 1024 / 1024)) MB | $((size_puente / 1024 / 1024)) MB | +$(((size_puente - size_bare) / 1024 / 1024)) MB | <= bare + 10 MB |"
