#!/usr/bin/env bash
# A national programme on one laptop: cohorts of N learners x 2,000 events
# made with `puente sample-cohort`, then every facilitator's command on
# them, with time and peak memory, against a floor measured in the same
# run (the same command on one learner). Prints a Markdown table for
# docs/performance.md, and deletes the generated data at the end.
#
#   scripts/scale.sh 40 100 1000      # learners per cohort (default: 40 100)
#   EVENTS=2000 WINDOW=1 scripts/scale.sh 100
#
# WINDOW=1 also opens the window on the dashboard under Xvfb
# (`puente --workshop`, closed by PUENTE_MEASURE after it has read the
# cohort) for the peak memory of the dashboard's first view.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x /usr/bin/time ]] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}
EVENTS=${EVENTS:-2000}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(40 100)
nice -n 10 cargo build --release --quiet --bin puente
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
B="$target/release/puente"
T=$(mktemp -d "${TMPDIR:-/tmp}/puente-scale.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME=$T/home

# row N WHAT CMD...: one table row: learners, what, seconds, peak RSS.
row() {
  local n=$1 what=$2
  shift 2
  local rc=0
  nice -n 10 /usr/bin/time -f '%e %M' -o "$T/time" "$@" >"$T/out" 2>&1 || rc=$?
  read -r secs kb < <(tail -n 1 "$T/time") || true
  [[ $rc == 0 || $what == import* ]] || { echo "failed: $what" >&2; cat "$T/out" >&2; }
  printf '| %s | %s | %s s | %s MB |\n' "$n" "$what" "$secs" "$((kb / 1024))"
}

echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
echo
echo '| learners | what | time | peak memory |'
echo '|---|---|---|---|'
for n in 1 "${sizes[@]}"; do
  d=$T/data-$n s=$T/bundles-$n
  row "$n" "sample-cohort ($EVENTS events each)" "$B" sample-cohort "$s" --learners "$n" --events "$EVENTS"
  row "$n" "import" "$B" --data-dir "$d" import "$s"
  row "$n" "cohort --csv" "$B" --data-dir "$d" cohort --csv "$T/c.csv"
  row "$n" "cohort --items" "$B" --data-dir "$d" cohort --items "$T/i.csv"
  row "$n" "cohort --csv --group (a filter)" "$B" --data-dir "$d" cohort --csv "$T/g.csv" --group "Grupo A"
  row "$n" "export --xapi (batches of 500)" "$B" --data-dir "$d" export --xapi "$T/x-$n"
  du -sh "$T/x-$n" | sed 's/^/    xapi: /' >&2
  rm -rf "$T/x-$n"
  row "$n" "export --xapi --jsonl" "$B" --data-dir "$d" export --xapi "$T/j-$n" --jsonl
  rm -rf "$T/j-$n"
  one=$(find "$s" -name '*.puente' | sort | head -n 1)
  row "$n" "report (one learner's PDF)" "$B" report "$one" --out "$T/r.pdf"
  if [[ ${WINDOW:-0} == 1 ]]; then
    # Long enough for the cohort to be read; the window closes itself.
    secs=$((5 + n * EVENTS / 25000))
    row "$n" "window: dashboard's first view (open ${secs} s)" \
      env PUENTE_MEASURE="$secs" LIBGL_ALWAYS_SOFTWARE=1 \
      xvfb-run -a -s '-screen 0 1280x800x24' "$B" --data-dir "$d" --workshop
  fi
  du -sh "$s" "$d" | sed 's/^/    /' >&2
  rm -rf "$s" "$d"
done
