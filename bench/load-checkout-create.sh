#!/usr/bin/env bash
# Issue 4 and issue 11 P1: signed POST /opencharge/checkout/create under load, beside the same load against
# ../shared/yardstick (the protocol's work alone) and pgbench simple-update, on the same machine and the same throwaway
# PostgreSQL cluster, at each connection count. Prints both ratios. Figures go into docs/performance.md. Run from the
# repository root:
#
#   bench/load-checkout-create.sh
#
# Environment (all optional):
#   DURATION      seconds of the timed phase, for checkout/create and for pgbench (default 30)
#   CONNECTIONS   comma-separated connection counts / pgbench clients, one phase each (default 64,8)
#   YARDSTICK     the yardstick's project directory (default ../shared/yardstick; YARDSTICK=none skips it)
#   WARMUP        seconds of warm-up per server before the timed phase, not counted (default 30: with 10 s the
#                 gateway's JIT was still tiering up through the first slices)
#   ROUNDS        the timed phase is cut into this many slices, alternating between the gateway and the yardstick, so
#                 that a machine whose speed drifts over minutes slows both alike (default 5)
#   PGBENCH_SCALE pgbench -i scale factor (default 10)
#   BENCHAPP_*    passed to the app without the prefix, for experiments: BENCHAPP_DOTNET_gcServer=1 runs it on the server GC
#   APP_CONNECTION_OPTIONS  appended to the app's connection string, for experiments: 'Maximum Pool Size=32'
#   LATENCY_TRACE a directory: every timed slice's requests go there as CSV (sent_ms,latency_ms), one file per server
#                 and connection count, to see whether slow requests come together (a stall) or scattered
#
# bench/Checkout.LoadTest starts the two peers (merchant gateway 9700, merchant 9701) and the Release app against the
# cluster, pre-signs requests and drives the load; this script owns the database, pgbench and the summary.
# All traffic goes to 127.0.0.1; every phase is bounded in time.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
OC_LOG_TAG="load"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-64,8}
YARDSTICK=${YARDSTICK:-$ROOT/../shared/yardstick}
WARMUP=${WARMUP:-30}
ROUNDS=${ROUNDS:-5}
PGBENCH_SCALE=${PGBENCH_SCALE:-10}
for v in DURATION WARMUP ROUNDS PGBENCH_SCALE; do
  [[ ${!v} =~ ^[0-9]+$ ]] || oc_die "$v must be a whole number (got '${!v}')"
done
[[ $CONNECTIONS =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || oc_die "CONNECTIONS must be positive whole numbers separated by commas (got '$CONNECTIONS')"
IFS=, read -r -a COUNTS <<<"$CONNECTIONS"
MAX_CONNECTIONS=$(printf '%s\n' "${COUNTS[@]}" | sort -n | tail -n1)
(( DURATION > 0 && ROUNDS > 0 )) || oc_die "DURATION and ROUNDS must be positive"

BENCH_TOOL="the load tool"
# shellcheck source=scripts/lib/bench.sh
source "$ROOT/scripts/lib/bench.sh"
bench_arm_cleanup

command -v dotnet >/dev/null 2>&1 || oc_die "the .NET SDK ('dotnet') is not on PATH; install the .NET 10 SDK"
pg_ensure_installed
PG_BIN=$(pg_bin_dir)
[[ -x $PG_BIN/pgbench ]] || oc_die "pgbench not found in $PG_BIN"

# --- build --------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/opencharge-load.XXXXXX")
for proj in src/Checkout.Web bench/Checkout.LoadTest; do
  oc_log "building $proj (Release)"
  dotnet build "$proj" -c Release -nologo -v quiet </dev/null >"$WORK/build.log" 2>&1 || {
    cat "$WORK/build.log" >&2
    oc_die "build of $proj failed"
  }
done
YARDSTICK_ARGS=()
if [[ $YARDSTICK != none ]]; then
  [[ -f $YARDSTICK/yardstick.csproj ]] || oc_die "no yardstick.csproj in $YARDSTICK (set YARDSTICK=none to skip it)"
  # Built from a private copy: the shared directory is read by every worktree, so it gets no obj/ or bin/ from here.
  mkdir -p "$WORK/yardstick-src"
  cp "$YARDSTICK/Program.cs" "$YARDSTICK/yardstick.csproj" "$WORK/yardstick-src/"
  oc_log "building the yardstick (Release) from a copy of $YARDSTICK"
  dotnet build "$WORK/yardstick-src" -c Release -nologo -v quiet -o "$WORK/yardstick-bin" </dev/null >"$WORK/build.log" 2>&1 || {
    cat "$WORK/build.log" >&2
    oc_die "build of the yardstick failed"
  }
fi
APP_DIR="$ROOT/src/Checkout.Web/bin/Release/net10.0"
LOAD_DLL="$ROOT/bench/Checkout.LoadTest/bin/Release/net10.0/Checkout.LoadTest.dll"
[[ -f $APP_DIR/Checkout.Web.dll && -f $LOAD_DLL ]] || oc_die "build output missing"

# --- throwaway database cluster -----------------------------------------------------------------
PG_DIR="$WORK/pg"
started=0
for attempt in 1 2 3 4 5; do
  PG_PORT=$(pg_pick_port 56000) || oc_die "no free port found in 56000-56499"
  ( pg_cluster_init "$PG_DIR" "$PG_PORT" throwaway ) || oc_die "initdb"
  if [[ $attempt == 1 ]]; then
    # The app's pool (16 by default), the yardstick's (64) and pgbench's clients must all fit.
    printf 'max_connections = %s\n' $((MAX_CONNECTIONS + 200)) | pg_as_user tee -a "$PG_DIR/data/postgresql.conf" >/dev/null
  fi
  if ( pg_cluster_start "$PG_DIR" "$PG_PORT" ); then
    started=1
    break
  fi
  oc_log "start on port $PG_PORT failed (attempt $attempt); trying another port"
done
(( started )) || oc_die "could not start the throwaway PostgreSQL cluster"
oc_log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR, fsync off)"
pg_create_database "$PG_PORT" checkout
pg_create_database "$PG_PORT" pgbench
pg_create_database "$PG_PORT" yardstick
if [[ $YARDSTICK != none ]]; then
  YARDSTICK_ARGS=(--yardstick-dll "$WORK/yardstick-bin/yardstick.dll"
    --yardstick-connection-string "Host=127.0.0.1;Port=$PG_PORT;Database=yardstick;Username=postgres")
fi
POSTMASTER_PID=$(head -n1 "$PG_DIR/data/postmaster.pid")

printf '\nmachine: %s, %s cores, %s GB RAM; load average before: %s\n' \
  "$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n1)" "$(nproc)" \
  "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- checkout/create under load -----------------------------------------------------------------
printf '\n=== POST /opencharge/checkout/create: %s connections, %s s each in %s alternating slices (warm-up %s s) ===\n' "$CONNECTIONS" "$DURATION" "$ROUNDS" "$WARMUP"
RESULTS="$WORK/checkout.results"
setsid dotnet "$LOAD_DLL" \
  --connection-string "Host=127.0.0.1;Port=$PG_PORT;Database=checkout;Username=postgres${APP_CONNECTION_OPTIONS:+;$APP_CONNECTION_OPTIONS}" \
  --app-dir "$APP_DIR" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" --rounds "$ROUNDS" \
  --postmaster-pid "$POSTMASTER_PID" --results "$RESULTS" "${YARDSTICK_ARGS[@]}" </dev/null &
BENCH_PID=$!
set +e
wait "$BENCH_PID"
load_rc=$?
set -e
BENCH_PID=""
[[ -s $RESULTS ]] || oc_die "the load tool failed before the timed phase finished (exit $load_rc)"
result() { sed -n "s/^$1=//p" "$RESULTS"; }
# What the database did per gateway request, over every gateway request of the run (checks, warm-ups, timed phases);
# the app's migrations add a few hundred rows once, which is noise next to thousands of requests.
GATEWAY_REQUESTS=0
for c in "${COUNTS[@]}"; do GATEWAY_REQUESTS=$((GATEWAY_REQUESTS + $(result "gateway_${c}_all_requests"))); done
DB_PER_REQUEST=$(pg_psql "$PG_PORT" -d checkout -tA -F' ' -c "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted
  FROM pg_stat_database WHERE datname = 'checkout'" | awk -v n="$GATEWAY_REQUESTS" \
  '{ printf "%.1f commits, %.1f rollbacks, %.1f rows inserted, %.1f updated, %.1f deleted", $1 / n, $2 / n, $3 / n, $4 / n, $5 / n }')

# --- pgbench simple-update on the same cluster, at each connection count ---------------------------
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres
"$PG_BIN/pgbench" -i -q -s "$PGBENCH_SCALE" pgbench >"$WORK/pgbench-init.log" 2>&1 || {
  cat "$WORK/pgbench-init.log" >&2
  oc_die "pgbench -i failed"
}
declare -A PGBENCH_TPS=() PGBENCH_LAT=() PGBENCH_LOAD=()
for c in "${COUNTS[@]}"; do
  printf '\n=== pgbench -b simple-update -c %s -j 2 -T %s (scale %s) ===\n' "$c" "$DURATION" "$PGBENCH_SCALE"
  ( sleep $((DURATION / 2)); cut -d' ' -f1-3 /proc/loadavg >"$WORK/pgbench.load" ) &
  "$PG_BIN/pgbench" -b simple-update -c "$c" -j 2 -T "$DURATION" pgbench 2>&1 | tee "$WORK/pgbench.log"
  wait
  PGBENCH_TPS[$c]=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.log" | head -n1)
  PGBENCH_LAT[$c]=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$WORK/pgbench.log" | head -n1)
  PGBENCH_LOAD[$c]=$(cat "$WORK/pgbench.load" 2>/dev/null || echo '?')
  [[ -n ${PGBENCH_TPS[$c]} && -n ${PGBENCH_LAT[$c]} ]] || oc_die "could not read tps and latency from pgbench's output"
done

# --- summary ------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else printf "n/a" }'; }
line() { # TARGET CONNECTIONS
  printf '  %-10s %8s req/s   p50 %6s ms   p90 %6s ms   p99 %6s ms   max %6s ms   errors %s\n' "$1" "$(result "$1_$2_rps")" \
    "$(result "$1_$2_p50_ms")" "$(result "$1_$2_p90_ms")" "$(result "$1_$2_p99_ms")" "$(result "$1_$2_max_ms")" "$(result "$1_$2_errors")"
}
printf '\n=== summary (%s s per phase in %s slices alternating between the servers, after a %s s warm-up each, same machine, same PostgreSQL cluster; load average before: %s) ===\n' \
  "$DURATION" "$ROUNDS" "$WARMUP" "$(result "gateway_${COUNTS[0]}_load_before")"
for c in "${COUNTS[@]}"; do
  printf '\n%s connections\n' "$c"
  line gateway "$c"
  [[ $YARDSTICK != none ]] && line yardstick "$c"
  printf '  %-10s %8s tps     latency average %s ms\n' pgbench "${PGBENCH_TPS[$c]}" "${PGBENCH_LAT[$c]}"
  if [[ $YARDSTICK != none ]]; then
    printf '  ratio      gateway / yardstick req/s = %s   p99 gateway / yardstick = %s\n' \
      "$(ratio "$(result "gateway_${c}_rps")" "$(result "yardstick_${c}_rps")")" \
      "$(ratio "$(result "gateway_${c}_p99_ms")" "$(result "yardstick_${c}_p99_ms")")"
  fi
  printf '  ratio      gateway req/s / pgbench tps = %s\n' "$(ratio "$(result "gateway_${c}_rps")" "${PGBENCH_TPS[$c]}")"
  for t in gateway yardstick; do
    [[ $t == yardstick && $YARDSTICK == none ]] && continue
    p=$(result "${t}_${c}_process" | tr -d '.')
    printf '  CPU %-9s (cores of %s): %s %s, PostgreSQL %s, load tool %s; per request (ms): %s %s, PostgreSQL %s, load tool %s\n' \
      "$t" "$(nproc)" "$(result "${t}_${c}_process")" "$(result "${t}_${c}_cores_$p")" "$(result "${t}_${c}_cores_PostgreSQL")" \
      "$(result "${t}_${c}_cores_load_tool")" "$(result "${t}_${c}_process")" "$(result "${t}_${c}_cpu_ms_$p")" \
      "$(result "${t}_${c}_cpu_ms_PostgreSQL")" "$(result "${t}_${c}_cpu_ms_load_tool")"
    printf '  load average during %s: %s; requests %s pre-signed, %s signed on the fly\n' "$t" \
      "$(result "${t}_${c}_load_during")" "$(result "${t}_${c}_presigned")" "$(result "${t}_${c}_signed_on_the_fly")"
  done
  printf '  load average during pgbench: %s\n' "${PGBENCH_LOAD[$c]}"
done
printf '\nPostgreSQL per gateway checkout request: %s\n' "$DB_PER_REQUEST"
exit "$load_rc"
