# Runs bench/startup.sh's startup_main with its measuring steps replaced by fixed figures, so every line it
# prints can be compared with what it printed before (English) and read in Spanish (nn.bench.BenchScriptsTest).
# Usage: bash startup_driver.sh ROOT [startup.sh arguments...]; standard error goes to standard output.
root="$1"
shift
exec 2>&1
. "$root/bench/startup.sh"
set +e
startup_has_time() { [ -z "${NO_TIME:-}" ]; }
startup_load() { echo "1.00 2.00 3.00"; }
startup_prepare() { floor=(floor); floor_vector=(floor-vector); }
round=0
startup_time() {  # the figures of run $round of each command, as the original test data
  local file="$1" i
  case "$file" in */aot) round=$((round + 1)) ;; esac
  i="$round"
  case "$file" in
    */archive) echo "0.$((20 + i)) 0.$((30 + i)) 0.0$i" >>"$file" ;;
    */aot) echo "0.$((10 + i)) 0.$((40 + i)) 0.0$i" >>"$file" ;;
    */floor) echo "0.0$((5 + i)) 0.0$((3 + i)) 0.0$i" >>"$file" ;;
    */floor-vector) echo "0.0$((6 + i)) 0.0$((4 + i)) 0.0$i" >>"$file" ;;
  esac
}
startup_main "$@"
status=$?
[ "$status" = 0 ] || echo "[exit $status]"
