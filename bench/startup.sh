#!/usr/bin/env bash
# Start-up of ./nn: runs a one-line script (bench/hello.nn) in fresh processes — the launcher's default
# (the ahead-of-time cache on JDK 24+) and NN_AOT=0 (the static class-data archive) — beside two floors: the
# same JVM running an empty main class (the JDK's own archive, no module), and that again with the Vector
# API module added at start (as nn was started before it added the module on first use). All four
# interleaved round by round; prints the median, best and range of the wall clock and of the CPU time
# (user + system) of each.
# Usage: ./nn bench startup [ROUNDS]   (default 21). Run it on a quiet machine: under load the wall
# clock mostly measures waiting for a core; the load average is printed before and after.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-21}"
case "$rounds" in ''|*[!0-9]*) echo "nn: bench startup takes a number of rounds, not '$rounds'" >&2; exit 64;; esac
[ -x /usr/bin/time ] || { echo "nn: bench startup needs /usr/bin/time (apt-get install time)" >&2; exit 69; }
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# One untimed run of each: builds the jar when stale and makes the archive and the cache.
./nn bench/hello.nn >/dev/null
NN_AOT=0 ./nn bench/hello.nn >/dev/null
# The JDK the launcher chose (target/nn.java, second line) compiles and runs the empty main class.
java_bin="$(sed -n 2p target/nn.java)"
printf 'public class Empty { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$tmp/Empty.java"
"${java_bin%/java}/javac" -d "$tmp" "$tmp/Empty.java"
floor=("$java_bin" -XX:+UseSerialGC -Xshare:auto -cp "$tmp" Empty)
floor_vector=("$java_bin" --add-modules jdk.incubator.vector -XX:+UseSerialGC -Xshare:auto -cp "$tmp" Empty)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$rounds"); do
  /usr/bin/time -a -o "$tmp/aot" -f '%e %U %S' ./nn bench/hello.nn >/dev/null
  NN_AOT=0 /usr/bin/time -a -o "$tmp/archive" -f '%e %U %S' ./nn bench/hello.nn >/dev/null
  /usr/bin/time -a -o "$tmp/floor" -f '%e %U %S' "${floor[@]}" >/dev/null
  /usr/bin/time -a -o "$tmp/floor-vector" -f '%e %U %S' "${floor_vector[@]}" >/dev/null 2>&1
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
stat() {  # column expression, file -> "median, best (min–max)"
  awk "{print $1}" "$2" | sort -g | awk '{v[NR]=$1} END {printf "%.3f, best %.3f (%.3f–%.3f)", v[int((NR+1)/2)], v[1], v[1], v[NR]}'
}
printf '%-46s %-34s %s\n' "$rounds rounds" "wall s: median, best (range)" "CPU s (user + sys)"
printf '%-46s %-34s %s\n' "./nn bench/hello.nn (AOT cache, JDK 24+)" "$(stat '$1' "$tmp/aot")" "$(stat '$2+$3' "$tmp/aot")"
printf '%-46s %-34s %s\n' "NN_AOT=0 ./nn bench/hello.nn (CDS archive)" "$(stat '$1' "$tmp/archive")" "$(stat '$2+$3' "$tmp/archive")"
printf '%-46s %-34s %s\n' "floor: java, empty main" "$(stat '$1' "$tmp/floor")" "$(stat '$2+$3' "$tmp/floor")"
printf '%-46s %-34s %s\n' "floor: java + vector module, empty main" "$(stat '$1' "$tmp/floor-vector")" "$(stat '$2+$3' "$tmp/floor-vector")"
