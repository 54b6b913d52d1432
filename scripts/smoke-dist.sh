#!/usr/bin/env bash
# Test what scripts/dist.sh made, as a trainee and a facilitator would:
#   - SHA256SUMS match;
#   - Windows: the unzipped Puente.exe is a GUI program with an icon and
#     version information; under Wine and Xvfb "Puente.exe check" prints the
#     pack summary with exit code 0, the window opens, and a profile made in
#     it is written into puente-data/ beside it; its idle CPU is measured
#     against Wine's own floor for a winit window (scripts/smoke/wine-idle.c);
#   - Linux: the tar.gz runs the same way from its folder;
#   - the .deb installs with dpkg -i, /usr/bin/puente check works, the menu
#     entry and icon are in place, and it removes without leaving a file.
#
#   scripts/smoke-dist.sh [DIST_DIR]        (default dist/)
# Environment: IDLE_SECS (default 60) how long the idle window is watched;
# KEEP=1 keeps the temporary folder (screenshots) and says where.
#
# Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Windows 10 and newer
# have and Rust's standard library needs (ProcessPrng): a stand-in built
# here with mingw-w64 goes into the test's Wine prefix only, never into
# anything shipped. Needs root for apt-get and dpkg, as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=$(realpath "${1:-dist}")
idle_secs=${IDLE_SECS:-60}
# Under Wine 8 every winit window spins (scripts/smoke/wine-idle.c shows
# why, without Puente): Puente.exe must use no more than that floor, with
# 10 points of a core for noise. On Linux the budget is DESIGN.md's ~0 %.
wine_margin=10
linux_budget=1

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

step "tools"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdpyinfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v wine >/dev/null || need+=(wine wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wrestool >/dev/null || need+=(icoutils)
command -v unzip >/dev/null || need+=(unzip)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if ((${#need[@]})); then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

zip=$(ls "$dist"/puente-*-windows-x86_64.zip 2>/dev/null | head -1)
tgz=$(ls "$dist"/puente-*-linux-x86_64.tar.gz 2>/dev/null | head -1)
deb=$(ls "$dist"/puente_*_amd64.deb 2>/dev/null | head -1)
[[ -n $zip && -n $tgz && -n $deb ]] || fail "no release files in $dist: run scripts/dist.sh first"
version=$(basename "$tgz" | sed 's/^puente-\(.*\)-linux-x86_64.tar.gz$/\1/')

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -n ${WINEPREFIX:-} ]] && wineserver -k 2>/dev/null || true
  if [[ ${KEEP:-} == 1 ]]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

step "checksums"
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS"
ok "SHA256SUMS match"

step "display"
for n in $(seq 60 99); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$n"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || fail "Xvfb did not start"
ok "Xvfb on $DISPLAY"

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
percent() { awk -v a="$1" -v b="$2" -v s="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", (b-a)/hz/s*100}'; }
# Wait for a window whose name is exactly Puente; prints its id.
window() {
  local id=""
  for _ in $(seq 120); do
    id=$(xdotool search --name '^Puente$' 2>/dev/null | head -1) && [[ -n $id ]] && break
    sleep 0.5
  done
  [[ -n $id ]] || return 1
  echo "$id"
}
# Make the first profile on the profile screen: the name field, then Enter.
make_profile() {
  local win=$1 name=$2
  sleep 3
  # No window manager here: give the window the keyboard focus by hand.
  xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
  xdotool mousemove --window "$win" "${NAME_FIELD[@]}" click 1
  sleep 0.5
  xdotool type --delay 60 "$name"
  xdotool key Return
  sleep 2
}
# The profile screen's name field, in the window (1180 x 760 at scale 1).
NAME_FIELD=(590 277)

step "Windows: the zip"
mkdir -p "$tmp/win"
unzip -q "$zip" -d "$tmp/win"
wdir="$tmp/win/$(basename "$zip" .zip)"
exe="$wdir/Puente.exe"
[[ -f $exe && -f $wdir/READ-ME.txt ]] || fail "Puente.exe and READ-ME.txt in the zip"
[[ -d $wdir/puente-data && -z $(ls -A "$wdir/puente-data") ]] || fail "an empty puente-data folder in the zip"
# (grep -q on a variable: with pipefail, a pipe into grep -q can fail.)
pe=$(x86_64-w64-mingw32-objdump -p "$exe")
resources=$(wrestool -l "$exe")
version_info=$(wrestool -x --raw --type=16 "$exe" | strings -el)
grep -q 'Subsystem.*Windows GUI' <<<"$pe" || fail "Puente.exe is not a GUI program (a console window would open)"
grep -q 'type=14' <<<"$resources" || fail "no icon in Puente.exe"
grep -q 'type=16' <<<"$resources" || fail "no version information in Puente.exe"
grep -qx "$version" <<<"$version_info" || fail "the version information does not say $version"
ok "zip layout; GUI subsystem; icon and version $version in the resources; $(stat -c %s "$exe") bytes"

step "Windows: Wine prefix"
export WINEPREFIX="$root/target/smoke/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$WINEPREFIX"
wineboot -i >/dev/null 2>&1 || true
wineserver -w
cat >"$tmp/prng.c" <<'EOF'
#include <windows.h>
#include <bcrypt.h>
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  return BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, (ULONG)len, BCRYPT_USE_SYSTEM_PREFERRED_RNG));
}
EOF
printf 'LIBRARY bcryptprimitives.dll\nEXPORTS\n  ProcessPrng\n' >"$tmp/prng.def"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$tmp/prng.c" "$tmp/prng.def" -lbcrypt
ok "prefix $WINEPREFIX with the test-only bcryptprimitives.dll"

# Ticks of a process and of this prefix's wineserver over IDLE_SECS, from
# 5 s after it started; prints "app% server%".
wine_idle() {
  local pid=$1 server="" a0 a1 s0 s1
  sleep 5
  for p in $(pgrep -x 'wineserver(64)?' || true); do
    grep -qz "^WINEPREFIX=$WINEPREFIX\$" "/proc/$p/environ" 2>/dev/null && server=$p
  done
  a0=$(ticks "$pid"); s0=$(if [[ -n $server ]]; then ticks "$server"; else echo 0; fi)
  sleep "$idle_secs"
  a1=$(ticks "$pid"); s1=$(if [[ -n $server ]]; then ticks "$server"; else echo 0; fi)
  echo "$(percent "$a0" "$a1" "$idle_secs") $(percent "$s0" "$s1" "$idle_secs")"
}

step "Windows: Wine's own idle floor (scripts/smoke/wine-idle.c)"
x86_64-w64-mingw32-gcc -O2 -o "$tmp/wine-idle.exe" scripts/smoke/wine-idle.c -lopengl32 -lgdi32
declare -A floor
for kind in plain winit; do
  wine "$tmp/wine-idle.exe" "$kind" >/dev/null 2>&1 &
  p=$!
  pids+=("$p")
  floor[$kind]=$(wine_idle "$p")
  kill "$p" 2>/dev/null || true
  wineserver -k 2>/dev/null || true
  wait "$p" 2>/dev/null || true
  echo "$kind Win32 window: ${floor[$kind]% *} % of a core, wineserver ${floor[$kind]#* } %"
done

step "Windows: Puente.exe check"
set +e
(cd "$wdir" && wine ./Puente.exe check) >"$tmp/check.out" 2>"$tmp/check.err"
code=$?
set -e
cat "$tmp/check.out"
[[ $code == 0 ]] || { cat "$tmp/check.err"; fail "Puente.exe check exited with $code"; }
grep -q '0 errors, 0 warnings' "$tmp/check.out" || fail "no pack summary from Puente.exe check"
[[ $(cd "$wdir" && wine ./Puente.exe --version) == "puente $version" ]] || fail "Puente.exe --version"
ok "Puente.exe check: exit code 0, the summary printed"

step "Windows: the window, the profile in puente-data, idle CPU"
(cd "$wdir" && exec wine ./Puente.exe) >"$tmp/win-gui.log" 2>&1 &
gui=$!
pids+=("$gui")
win=$(window) || { cat "$tmp/win-gui.log"; fail "no Puente window under Wine"; }
import -window root "$tmp/wine-window.png"
make_profile "$win" "Smoke Test"
import -window root "$tmp/wine-home.png"
ls "$wdir"/puente-data/profiles/*/profile.json >/dev/null 2>&1 ||
  fail "no profile written into puente-data beside Puente.exe (see $tmp/wine-*.png with KEEP=1)"
grep -q '"Smoke Test"' "$wdir"/puente-data/profiles/*/profile.json || fail "the profile has not the name typed"
ok "window opened; profile written to puente-data/ beside Puente.exe"
read -r app_idle server_idle < <(wine_idle "$gui")
echo "idle over ${idle_secs} s: Puente.exe ${app_idle} % of a core, wineserver ${server_idle} %"
budget=$(awk -v f="${floor[winit]% *}" -v m="$wine_margin" 'BEGIN {print f + m}')
awk -v v="$app_idle" -v b="$budget" 'BEGIN {exit !(v <= b)}' ||
  fail "Puente.exe used ${app_idle} % of a core while idle, beyond Wine's floor for a winit window (${floor[winit]% *} %)"
ok "Puente.exe idles at Wine's floor for a winit window (${floor[winit]% *} %; a plain Win32 window: ${floor[plain]% *} %)"
kill "$gui" 2>/dev/null || true
wineserver -k 2>/dev/null || true
wait "$gui" 2>/dev/null || true

step "Linux: the tar.gz"
mkdir -p "$tmp/lin"
tar -C "$tmp/lin" -xzf "$tgz"
ldir="$tmp/lin/$(basename "$tgz" .tar.gz)"
[[ -x $ldir/puente && -f $ldir/READ-ME.txt && -d $ldir/puente-data ]] || fail "puente, READ-ME.txt, puente-data/ in the tar.gz"
"$ldir/puente" check | tee "$tmp/lcheck.out"
grep -q '0 errors, 0 warnings' "$tmp/lcheck.out" || fail "no pack summary from ./puente check"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
"$ldir/puente" >"$tmp/lin-gui.log" 2>&1 &
lgui=$!
pids+=("$lgui")
win=$(window) || { cat "$tmp/lin-gui.log"; fail "no Puente window on Linux"; }
make_profile "$win" "Smoke Linux"
import -window root "$tmp/linux-home.png"
grep -qs '"Smoke Linux"' "$ldir"/puente-data/profiles/*/profile.json || fail "no profile in the tar.gz's puente-data"
a0=$(ticks "$lgui"); sleep 10; a1=$(ticks "$lgui")
linux_idle=$(percent "$a0" "$a1" 10)
echo "idle over 10 s: puente ${linux_idle} % of a core"
awk -v v="$linux_idle" -v b="$linux_budget" 'BEGIN {exit !(v <= b)}' || fail "the Linux build used ${linux_idle} % of a core while idle"
kill "$lgui"; wait "$lgui" 2>/dev/null || true
ok "Linux build: check, window, portable profile"

step "Debian package"
if dpkg -s puente >/dev/null 2>&1; then fail "a puente package is already installed here; remove it first"; fi
dpkg -i "$deb" >/dev/null
[[ -x /usr/bin/puente ]] || fail "/usr/bin/puente"
for f in /usr/share/applications/puente.desktop /usr/share/icons/hicolor/256x256/apps/puente.png \
  /usr/share/icons/hicolor/scalable/apps/puente.svg; do
  [[ -f $f ]] || fail "$f not installed"
done
desktop-file-validate /usr/share/applications/puente.desktop || fail "the menu entry is not valid"
/usr/bin/puente check | tail -1
/usr/bin/puente check >/dev/null || fail "/usr/bin/puente check"
[[ $(/usr/bin/puente --version) == "puente $version" ]] || fail "/usr/bin/puente --version"
listed=$(dpkg -L puente | while read -r f; do [[ -f $f ]] && echo "$f"; done)
dpkg --purge puente >/dev/null
left=$(for f in $listed; do [[ -e $f ]] && echo "$f"; done || true)
[[ -z $left ]] || fail "left after removal: $left"
dpkg -s puente >/dev/null 2>&1 && fail "still installed"
ok "installed, ran, removed; $(echo "$listed" | wc -l) files, none left"

step "all passed"
echo "idle, % of a core over ${idle_secs} s under Wine: Puente.exe ${app_idle} (wineserver ${server_idle});"
echo "  Wine's floor: plain Win32 window ${floor[plain]% *} (${floor[plain]#* }), with winit's helper window ${floor[winit]% *} (${floor[winit]#* })"
echo "idle on Linux: ${linux_idle} %"
