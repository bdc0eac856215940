# Shared by the bench scripts: a scratch directory, a throwaway cluster in it, and a tool that leads its own process
# group (setsid) holding the app it started. bench_arm_cleanup installs traps that stop all three on any exit.
# The caller sets WORK, PG_DIR and BENCH_PID as it goes, and BENCH_TOOL to name the tool in the log.

WORK=""
PG_DIR=""
BENCH_PID=""
BENCH_TOOL=${BENCH_TOOL:-"the bench tool"}

# shellcheck disable=SC2317 # invoked by the traps
bench_cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $BENCH_PID ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
    oc_log "stopping $BENCH_TOOL and the app it started (process group $BENCH_PID)"
    kill -TERM -- "-$BENCH_PID" 2>/dev/null || true
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  if [[ -n $PG_DIR ]]; then
    pg_cluster_stop "$PG_DIR" || true
  fi
  [[ -n $WORK ]] && rm -rf "$WORK"
  exit "$rc"
}

bench_arm_cleanup() {
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}
