#!/usr/bin/env bash
# Build the files a trainee downloads, into dist/ (made anew each run):
#   puente-<version>-windows-x86_64.zip   Puente.exe, puente-data/, READ-ME.txt
#   puente-<version>-linux-x86_64.tar.gz  puente, puente-data/, READ-ME.txt
#   puente_<version>_amd64.deb            /usr/bin/puente, menu entry, icon
#   SHA256SUMS
# and, with --kit, a folder to copy to the workshop's USB sticks.
#
#   scripts/dist.sh [--kit DIR] [--pack PACK_DIR ...]
#
# Windows is cross-built here (x86_64-pc-windows-gnu, mingw-w64): about
# 8 minutes on 2 cores from a clean target folder, so it is not part of CI;
# scripts/smoke-dist.sh tests what this script made. Installs what a fresh
# Debian machine lacks, like .ci/run. Runs again safely: every output is
# rewritten, and files carry the last commit's time, so the archives are the
# same when the binaries are.
set -euo pipefail
cd "$(dirname "$0")/.."

kit=""
packs=()
while (($#)); do
  case $1 in
    --kit) kit=${2:?--kit needs a folder}; shift 2 ;;
    --pack) packs+=("${2:?--pack needs a pack folder}"); shift 2 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "dist.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
for p in "${packs[@]}"; do
  [[ -f $p/pack.ron ]] || { echo "dist.sh: $p is not a pack folder (no pack.ron)" >&2; exit 2; }
done
if ((${#packs[@]})) && [[ -z $kit ]]; then
  echo "dist.sh: --pack goes with --kit" >&2; exit 2
fi

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }
t_start=$(date +%s)

step "tools"
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v x86_64-w64-mingw32-windres >/dev/null || need+=(binutils-mingw-w64-x86-64)
command -v zip >/dev/null || need+=(zip)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v objdump >/dev/null || need+=(binutils)
if ((${#need[@]})); then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target list --installed | grep -qx x86_64-pc-windows-gnu || rustup target add x86_64-pc-windows-gnu
cargo deb --version >/dev/null 2>&1 || cargo install --locked cargo-deb@^3
echo "tools ready"

version=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "puente"))')
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH=$epoch

step "Linux build (profile dist: release with LTO)"
t0=$(date +%s)
cargo build --profile dist --locked --bin puente
linux_secs=$(($(date +%s) - t0))
linux_bin="$target/dist/puente"

step "Windows build (profile dist, x86_64-pc-windows-gnu)"
t0=$(date +%s)
cargo build --profile dist --locked --target x86_64-pc-windows-gnu --bin puente
windows_secs=$(($(date +%s) - t0))
windows_bin="$target/x86_64-pc-windows-gnu/dist/puente.exe"

glibc=$(objdump -T "$linux_bin" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)

dist=dist
stage="$dist/stage"
rm -rf "$dist"
mkdir -p "$stage"

# Text for Windows' Notepad: a byte-order mark and CRLF line ends.
readme_windows() {
  printf '\xef\xbb\xbf'
  sed -e "s/@VERSION@/$version/g" -e 's/$/\r/' packaging/windows/READ-ME.txt
}
readme_linux() {
  sed -e "s/@VERSION@/$version/g" -e "s/@GLIBC@/$glibc/g" packaging/linux/READ-ME.txt
}
stamp_tree() { find "$1" -exec touch -h -d "@$epoch" {} +; }

step "Windows zip"
win="puente-$version-windows-x86_64"
mkdir -p "$stage/$win/puente-data"
cp "$windows_bin" "$stage/$win/Puente.exe"
readme_windows >"$stage/$win/READ-ME.txt"
stamp_tree "$stage/$win"
(cd "$stage" && find "$win" | LC_ALL=C sort | zip -X -q -@ "../$win.zip")

step "Linux tar.gz"
lin="puente-$version-linux-x86_64"
mkdir -p "$stage/$lin/puente-data"
cp "$linux_bin" "$stage/$lin/puente"
readme_linux >"$stage/$lin/READ-ME.txt"
stamp_tree "$stage/$lin"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -cf - "$lin" |
  gzip -n -9 >"$dist/$lin.tar.gz"

step "Debian package"
deb="puente_${version}_amd64.deb"
cargo deb --no-build --profile dist --output "$dist/$deb" >/dev/null
dpkg-deb --info "$dist/$deb" | sed -n '/Package:/,$p'

rm -rf "$stage"
(cd "$dist" && sha256sum -- *.zip *.tar.gz *.deb >SHA256SUMS)

if [[ -n $kit ]]; then
  step "workshop kit in $kit"
  mkdir -p "$kit"
  # Only what this script puts there is replaced; a facilitator's own files stay.
  rm -rf "$kit/Puente.exe" "$kit/puente" "$kit/puente.sh" "$kit/packs" "$kit"/READ-ME*.txt "$kit"/facilitator-guide*.pdf
  mkdir -p "$kit/puente-data"
  cp "$windows_bin" "$kit/Puente.exe"
  cp "$linux_bin" "$kit/puente"
  sed -e "s/@VERSION@/$version/g" packaging/kit/puente.sh >"$kit/puente.sh"
  chmod 755 "$kit/puente" "$kit/puente.sh"
  { printf '\xef\xbb\xbf'; sed -e "s/@VERSION@/$version/g" -e "s/@GLIBC@/$glibc/g" -e 's/$/\r/' packaging/kit/READ-ME.txt; } >"$kit/READ-ME.txt"
  if ((${#packs[@]})); then
    mkdir -p "$kit/packs"
    for p in "${packs[@]}"; do
      "$linux_bin" check "$p" >/dev/null || { echo "dist.sh: $p has errors (puente check $p)" >&2; exit 1; }
      cp -r "$p" "$kit/packs/$(basename "$(realpath "$p")")"
    done
  fi
  "$linux_bin" guide --out "$kit/facilitator-guide.pdf"
  ls -l "$kit"
fi

step "done in $(($(date +%s) - t_start)) s (Linux build $linux_secs s, Windows build $windows_secs s)"
ls -l "$dist"
cat "$dist/SHA256SUMS"
