#!/usr/bin/env bash
# Start-up of ./nn: runs a one-line script (bench/hello.nn) in fresh processes, the launcher's default
# (the class-data archive) and NN_AOT=1 (the JDK 25 ahead-of-time cache) interleaved round by round,
# and prints the median and range of the wall clock and of the CPU time (user + system) of each.
# Usage: ./nn bench startup [ROUNDS]   (default 11). Run it on a quiet machine: under load the wall
# clock mostly measures waiting for a core; the load average is printed before and after.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-11}"
case "$rounds" in ''|*[!0-9]*) echo "nn: bench startup takes a number of rounds, not '$rounds'" >&2; exit 64;; esac
[ -x /usr/bin/time ] || { echo "nn: bench startup needs /usr/bin/time (apt-get install time)" >&2; exit 69; }
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# One untimed run of each: builds the jar when stale and makes the archive and the cache.
./nn bench/hello.nn >/dev/null
NN_AOT=1 ./nn bench/hello.nn >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$rounds"); do
  /usr/bin/time -a -o "$tmp/archive" -f '%e %U %S' ./nn bench/hello.nn >/dev/null
  NN_AOT=1 /usr/bin/time -a -o "$tmp/aot" -f '%e %U %S' ./nn bench/hello.nn >/dev/null
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
stat() {  # column expression -> "median (min–max)"
  awk "{print $1}" "$2" | sort -g | awk '{v[NR]=$1} END {printf "%.3f (%.3f–%.3f)", v[int((NR+1)/2)], v[1], v[NR]}'
}
printf '%-44s %-26s %s\n' "./nn bench/hello.nn, $rounds rounds" "wall s, median (range)" "CPU s (user + sys)"
printf '%-44s %-26s %s\n' "class-data archive (default)" "$(stat '$1' "$tmp/archive")" "$(stat '$2+$3' "$tmp/archive")"
printf '%-44s %-26s %s\n' "ahead-of-time cache (NN_AOT=1)" "$(stat '$1' "$tmp/aot")" "$(stat '$2+$3' "$tmp/aot")"
