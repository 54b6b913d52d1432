#!/usr/bin/env bash
# The attacks of the November 2026 reliability review that used to hang,
# panic, lose data or take gigabytes, run against the release build, with
# time and peak memory, and Python's json.load of the same bundle as the
# floor for the bundle case. Prints a Markdown table for
# docs/performance.md.
#
#   scripts/hostile-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x /usr/bin/time ]] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}
cargo build --release --quiet --bin puente
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
B="$target/release/puente"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T/home

# run NAME CMD...: one table row with exit code, seconds and peak RSS.
row() {
  local name=$1
  shift
  local rc=0
  timeout 120 /usr/bin/time -f '%e %M' -o "$T/time" "$@" >"$T/out" 2>&1 || rc=$?
  read -r secs kb < <(tail -n 1 "$T/time") || true
  [[ $kb =~ ^[0-9]+$ ]] || { secs="over 120"; kb=0; }
  printf '| %s | %s | %s s | %s MB |\n' "$name" "$rc" "$secs" "$((kb / 1024))"
}

echo '| attack | exit | time | peak memory |'
echo '|---|---|---|---|'

# B6: a 200 MB JSON under the 256 MB cap, mostly an unknown array.
python3 - "$T/b6.puente" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('{"kind":"puente-progress","format":1,"x":[')
    f.write('0,' * 100_000_000)
    f.write('0]}')
PY
row "B6 200 MB bundle, \`import\`" "$B" import --data-dir "$T/d" "$T/b6.puente"
row "B6 floor: Python json.load of it" python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$T/b6.puente"

# B37/B38/C7/C8: devices and FIFOs.
ln -s /dev/zero "$T/zero.puente"
mkfifo "$T/fifo.puente"
row "B37 \`import\` of a link to /dev/zero" "$B" import --data-dir "$T/d" "$T/zero.puente"
row "B38 \`import\` of a FIFO" "$B" import --data-dir "$T/d" "$T/fifo.puente"
row "B39 \`report\` of a FIFO" "$B" report "$T/fifo.puente" --out "$T/r.pdf"

P=$T/pack
mkdir -p "$P/modules"
echo 'Pack(id: "p", format: 1, version: "1", title: "T", languages: ["en"], authors: ["a"], licence: "x")' >"$P/pack.ron"
ln -s /dev/zero "$P/modules/02-zero.ron"
ln -s "$T/fifo.puente" "$P/modules/03-fifo.ron"
cat >"$P/modules/m.ron" <<'R'
Module(id: "m", title: "T", summary: "S", minutes: 15, objectives: ["O"], steps: [
  Date(id: "d", prompt: "P", start: "2025-08-15", period: (months: 240000), explanation: "E"),
])
R
row "C7/C8/C20 \`check\`: /dev/zero, FIFO, 240,000 months" "$B" check "$P"

# C14: 1,000 modules each requiring all others.
python3 - "$T/c14" <<'PY'
import os, sys
p = sys.argv[1]; os.makedirs(p + '/modules')
open(p + '/pack.ron', 'w').write('Pack(id: "p", format: 1, version: "1", title: "T", languages: ["en"], authors: ["a"], licence: "x")')
ids = ['m%04d' % i for i in range(1000)]
for i in ids:
    pre = ', '.join('"%s"' % x for x in ids if x != i)
    open(p + '/modules/%s.ron' % i, 'w').write('Module(id: "%s", title: "T", summary: "S", minutes: 5, prerequisites: [%s], objectives: ["o"], steps: [Lesson(id: "l", title: "t", body: "b")])' % (i, pre))
PY
row "C14 1,000 modules requiring each other, \`check\`" "$B" check "$T/c14"

# C16: 3,000 unknown glossary links against 3,000 terms, ids of 60 chars.
python3 - "$T/c16" <<'PY'
import os, sys
P = sys.argv[1]; os.makedirs(P + '/modules')
open(P + '/pack.ron', 'w').write('Pack(id: "p", format: 1, version: "1", title: "T", languages: ["en"], authors: ["a"], licence: "x")')
N = 3000; L = 60
open(P + '/glossary.ron', 'w').write('Glossary(terms: [' + ','.join('(id: "%s", term: "T", definition: "D")' % (('t%07d' % i) + 'a' * (L - 8)) for i in range(N)) + '])')
body = ' '.join('[x](glossary:%s)' % (('u%07d' % i) + 'b' * (L - 8)) for i in range(N))
open(P + '/modules/m.ron', 'w').write('Module(id: "m", title: "T", summary: "S", minutes: 15, objectives: ["O"], steps: [Lesson(id: "l", title: "L", body: r#"%s"#)])' % body)
PY
row "C16 3,000 unknown links × 3,000 terms, \`check\`" "$B" check "$T/c16"

# C17: 100,000 file links on one line.
python3 - "$T/c17" <<'PY'
import os, sys
P = sys.argv[1]; os.makedirs(P + '/modules')
open(P + '/pack.ron', 'w').write('Pack(id: "p", format: 1, version: "1", title: "T", languages: ["en"], authors: ["a"], licence: "x")')
body = ' '.join('[x](f%d.pdf)' % i for i in range(100_000))
open(P + '/modules/m.ron', 'w').write('Module(id: "m", title: "T", summary: "S", minutes: 15, objectives: ["O"], steps: [Lesson(id: "l", title: "L", body: r#"%s"#)])' % body)
PY
row "C17 100,000 file links on one line, \`check\`" "$B" check "$T/c17"

# B8: one event repeated until the bundle is 200 MB.
"$B" sample-cohort "$T/s8" --learners 1 --events 5 --seed 1 >/dev/null 2>&1
python3 - "$T/s8" "$T/b8.puente" <<'PY'
import glob, json, sys
b = json.load(open(glob.glob(sys.argv[1] + '/*.puente')[0])); b.pop('checksum', None)
ev = json.dumps(b['events'][0])
head = json.dumps({k: b[k] for k in ['kind', 'format', 'exported', 'profile']})[:-1] + ',"events":['
with open(sys.argv[2], 'w') as out:
    out.write(head); out.write(','.join([ev] * int(200 * 2**20 / (len(ev) + 1)))); out.write(']}')
PY
row "B8 one event repeated to 200 MB, \`import\`" "$B" import --data-dir "$T/d8" "$T/b8.puente"

# C19: 20 modules of 7.6 MB.
python3 - "$T/c19" <<'PY'
import os, sys
P = sys.argv[1]; os.makedirs(P + '/modules')
open(P + '/pack.ron', 'w').write('Pack(id: "p", format: 1, version: "1", title: "T", languages: ["en"], authors: ["a"], licence: "x")')
for i in range(20):
    open(P + '/modules/m%02d.ron' % i, 'w').write('Module(id: "m%d", title: "T", summary: "S", minutes: 15, objectives: ["O"], steps: [Lesson(id: "l", title: "L", body: "%s")])' % (i, 'a' * 7_600_000))
PY
row "C19 20 modules of 7.6 MB, \`check\`" "$B" check "$T/c19"
