#!/usr/bin/env bash
# Runs the whole test suite N times (default 20) while two busy loops keep
# both cores of a small machine occupied, as they are when CI shares it.
# Prints one line per run and a summary; exits 1 if any run failed. The
# log of a failed run is kept in target/under-load/run-K.log.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
mkdir -p target/under-load
cargo test --locked --no-run -q >/dev/null 2>&1 || { echo "the tests do not build"; exit 2; }
yes >/dev/null & a=$!
yes >/dev/null & b=$!
trap 'kill $a $b 2>/dev/null' EXIT
failed=0
for k in $(seq "$runs"); do
  start=$(date +%s)
  if cargo test --locked --no-fail-fast -q >"target/under-load/run-$k.log" 2>&1; then
    echo "run $k: passed ($(( $(date +%s) - start )) s)"
    rm -f "target/under-load/run-$k.log"
  else
    echo "run $k: FAILED ($(( $(date +%s) - start )) s), see target/under-load/run-$k.log"
    failed=$((failed + 1))
  fi
done
echo "$((runs - failed)) passed, $failed failed"
((failed == 0))
