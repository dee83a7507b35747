#!/usr/bin/env bash
# Start-up of ./nn: runs a one-line script (bench/hello.nn) in fresh processes — the launcher's default
# (the ahead-of-time cache on JDK 24+) and NN_AOT=0 (the static class-data archive) — beside two floors: the
# same JVM running an empty main class (the JDK's own archive, no module), and that again with the Vector
# API module added at start (as nn was started before it added the module on first use). All four interleaved round by round; prints the median, best and
# range of the wall clock and of the CPU time (user + system) of each.
# Usage: ./nn bench startup [ROUNDS] [--lang es|en]   (default 21). Run it on a quiet machine: under load the
# wall clock mostly measures waiting for a core; the load average is printed before and after.
# What it prints is in the run's language (--lang, else NN_LANG, which ./nn sets, else the locale), read from
# nn's catalogue nn/i18n/bench.properties through bench/messages.sh. Sourced (as the tests do), it only
# defines its functions.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/messages.sh"

startup_main() {
  messages_choose_lang "$@"
  if [ -n "$messages_bad_lang" ]; then
    echo "nn: $(messages_t cli.lang.unknown "${messages_bad_lang# }")" >&2
    return 64
  fi
  local rounds="" prev="" a
  for a in "$@"; do
    case "$a" in
      --lang|--lang=*) ;;
      -h|--help) messages_t bench.startup.usage; echo; return 0 ;;
      *) [ "$prev" = --lang ] || rounds="${rounds:+$rounds }$a" ;;
    esac
    prev="$a"
  done
  rounds="${rounds:-21}"
  case "$rounds" in ''|*[!0-9]*|0)
    echo "nn: $(messages_t bench.startup.not-rounds "$rounds")" >&2
    echo "$(messages_t bench.startup.usage)" >&2
    return 64;;
  esac
  startup_has_time || { echo "nn: $(messages_t bench.startup.needs-time)" >&2; return 69; }
  local here i
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cd "$here"
  tmp="$(mktemp -d)"  # global: the trap runs after this function has returned
  trap 'rm -rf "$tmp"' EXIT
  startup_prepare "$tmp"
  echo "$(messages_t bench.startup.load-before "$(startup_load)")"
  for i in $(seq "$rounds"); do
    startup_time "$tmp/aot" ./nn bench/hello.nn
    NN_AOT=0 startup_time "$tmp/archive" ./nn bench/hello.nn
    startup_time "$tmp/floor" "${floor[@]}"
    startup_time "$tmp/floor-vector" "${floor_vector[@]}" 2>/dev/null
  done
  echo "$(messages_t bench.startup.load-after "$(startup_load)")"
  startup_report "$rounds" "$tmp"
}

# The measuring steps, one function each (the tests put fixed figures in their place).
startup_has_time() { [ -x /usr/bin/time ]; }
startup_load() { cut -d' ' -f1-3 /proc/loadavg; }
startup_time() {  # file, command...: appends "wall user system" seconds of one run
  /usr/bin/time -a -o "$1" -f '%e %U %S' "${@:2}" >/dev/null
}
startup_prepare() {  # the scratch folder: builds and archives nn, compiles the empty main class; sets the floors
  # One untimed run of each: builds the jar when stale and makes the archive and the cache.
  ./nn bench/hello.nn >/dev/null
  NN_AOT=0 ./nn bench/hello.nn >/dev/null
  # The JDK the launcher chose (target/nn.java, second line) compiles and runs the empty main class.
  local java_bin
  java_bin="$(sed -n 2p target/nn.java)"
  printf 'public class Empty { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$1/Empty.java"
  "${java_bin%/java}/javac" -d "$1" "$1/Empty.java"
  floor=("$java_bin" -XX:+UseSerialGC -Xshare:auto -cp "$1" Empty)
  floor_vector=("$java_bin" --add-modules jdk.incubator.vector -XX:+UseSerialGC -Xshare:auto -cp "$1" Empty)
}

startup_stat() {  # column expression, file -> "median, best (min–max)"
  local figures
  # In a locale with a decimal comma (es_ES) time writes 0,22; the figures are read and printed in the C locale.
  figures="$(tr , . <"$2" | LC_ALL=C awk "{print $1}" | LC_ALL=C sort -g \
    | LC_ALL=C awk '{v[NR]=$1} END {printf "%.3f %.3f %.3f %.3f", v[int((NR+1)/2)], v[1], v[1], v[NR]}')"
  # shellcheck disable=SC2086 # the four figures are four words
  messages_t bench.startup.stat $figures
}

startup_row() {  # label, wall-clock cell, CPU cell: one line of the table
  # The label is padded by characters (accented letters are two bytes in UTF-8; printf pads by bytes).
  local chars
  chars="$(printf '%s' "$1" | LC_ALL=C tr -d '\200-\277' | wc -c)"
  printf '%s%*s %-34s %s\n' "$1" $((chars < 46 ? 46 - chars : 0)) "" "$2" "$3"
}

startup_report() {  # rounds, the folder of the four timing files: the table
  local rounds="$1" tmp="$2"
  startup_row "$(messages_t bench.startup.rounds "$rounds")" "$(messages_t bench.startup.wall-head)" "$(messages_t bench.startup.cpu-head)"
  startup_row "$(messages_t bench.startup.aot)" "$(startup_stat '$1' "$tmp/aot")" "$(startup_stat '$2+$3' "$tmp/aot")"
  startup_row "$(messages_t bench.startup.archive)" "$(startup_stat '$1' "$tmp/archive")" "$(startup_stat '$2+$3' "$tmp/archive")"
  startup_row "$(messages_t bench.startup.floor)" "$(startup_stat '$1' "$tmp/floor")" "$(startup_stat '$2+$3' "$tmp/floor")"
  startup_row "$(messages_t bench.startup.floor-vector)" "$(startup_stat '$1' "$tmp/floor-vector")" \
    "$(startup_stat '$2+$3' "$tmp/floor-vector")"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  startup_main "$@"
fi
