#!/bin/sh
# Starts the Linux Puente of this kit with the progress folder beside it,
# even from a USB stick mounted without permission to run programs
# (FAT sticks often are): "sh puente.sh" always works.
dir=$(cd "$(dirname "$0")" && pwd)
if [ -x "$dir/puente" ]; then
  exec "$dir/puente" "$@"
fi
# No permission to run it: the system's loader runs it instead. The
# program cannot see where it lies then, so its folder is named.
for loader in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2; do
  if [ -e "$loader" ]; then
    exec "$loader" "$dir/puente" --data-dir "$dir/puente-data" "$@"
  fi
done
echo "Puente: this computer is not a 64-bit Linux (x86-64) with the GNU C library." >&2
exit 1
