#!/usr/bin/env bash
# Puente driven through the Linux accessibility stack, as a screen reader
# drives it: a D-Bus session with the AT-SPI bus, a virtual display, and
# scripts/a11y_check.py, which fills in the profile form, opens a module,
# answers a single choice, a multiple choice and a true/false question by
# their accessible names, reads the feedback, and rates a self-assessment
# item — in English and in Spanish.
#
#   scripts/a11y-check.sh [PUENTE_BINARY]
#
# Uses the debug binary `cargo test` already built (target/debug/puente),
# building it if missing. Installs at-spi2-core, python3-pyatspi, dbus and
# xvfb if missing (Debian, as root).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[[ -x /usr/libexec/at-spi-bus-launcher ]] || need+=(at-spi2-core)
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || need+=(python3-pyatspi gir1.2-atspi-2.0)
command -v dbus-run-session >/dev/null || need+=(dbus dbus-x11)
command -v Xvfb >/dev/null || need+=(xvfb)
if ((${#need[@]})); then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

exe=${1:-}
if [[ -z $exe ]]; then
  target=$(cargo metadata --format-version 1 --no-deps |
    /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  exe=$target/debug/puente
  [[ -x $exe ]] || cargo build --quiet --bin puente
fi

for lang in en es; do
  case $lang in
    en) locale=en_US.UTF-8 ;;
    es) locale=es_MX.UTF-8 ;;
  esac
  # A runtime folder of its own: the AT-SPI bus's socket lives there.
  run=$(mktemp -d)
  chmod 700 "$run"
  XDG_RUNTIME_DIR=$run LANG_CODE=$lang LOCALE=$locale EXE=$exe dbus-run-session -- bash -c '
    set -u
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & lp=$!
    for _ in $(seq 50); do [[ -S $XDG_RUNTIME_DIR/at-spi/bus || -S $XDG_RUNTIME_DIR/at-spi/bus_0 ]] && break; sleep 0.1; done
    sleep 0.5
    busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true >/dev/null 2>&1 || true
    busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status ScreenReaderEnabled b true >/dev/null 2>&1 || true
    for n in $(seq 90 139); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
    Xvfb :$n -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xp=$!
    sleep 1
    h=$(mktemp -d)
    # The frozen pack replaces the built-in one (same id), so rewording
    # the course does not break this script.
    env DISPLAY=:$n HOME=$h XDG_DATA_HOME=$h/d XDG_CONFIG_HOME=$h/c LANG=$LOCALE LC_ALL=$LOCALE \
      "$EXE" --pack tests/fixtures/pack-0.2.0 >"$h/log" 2>&1 & ap=$!
    /usr/bin/python3 scripts/a11y_check.py; rc=$?
    kill $ap 2>/dev/null; wait $ap 2>/dev/null
    ((rc == 0)) || { echo "puente said:"; tail -20 "$h/log"; }
    kill $xp $lp 2>/dev/null; wait $lp 2>/dev/null; rm -rf "$h"; exit $rc' 2> >(grep -v "Failed to set fd limit" >&2)
  rm -rf "$run"
done
echo "accessibility check passed (en, es)"
