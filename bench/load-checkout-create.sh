#!/usr/bin/env bash
# Issue 4: POST /opencharge/checkout/create under load, beside pgbench on the same machine and the same throwaway
# PostgreSQL cluster. Figures go into docs/performance.md. Run from the repository root:
#
#   bench/load-checkout-create.sh
#
# Environment (all optional):
#   DURATION      seconds of the timed phase, for checkout/create and for pgbench (default 30)
#   CONNECTIONS   concurrent connections / pgbench clients (default 64)
#   WARMUP        seconds of warm-up before the timed phase, not counted (default 10)
#   PGBENCH_SCALE pgbench -i scale factor (default 10)
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
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}
PGBENCH_SCALE=${PGBENCH_SCALE:-10}
for v in DURATION CONNECTIONS WARMUP PGBENCH_SCALE; do
  [[ ${!v} =~ ^[0-9]+$ ]] || oc_die "$v must be a whole number (got '${!v}')"
done
(( DURATION > 0 && CONNECTIONS > 0 )) || oc_die "DURATION and CONNECTIONS must be positive"

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
    # The app's pool (Npgsql default 100) and pgbench's CONNECTIONS clients must both fit.
    printf 'max_connections = %s\n' $((CONNECTIONS + 150)) | pg_as_user tee -a "$PG_DIR/data/postgresql.conf" >/dev/null
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
POSTMASTER_PID=$(head -n1 "$PG_DIR/data/postmaster.pid")

printf '\nmachine: %s, %s cores, %s GB RAM; load average before: %s\n' \
  "$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n1)" "$(nproc)" \
  "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- checkout/create under load -----------------------------------------------------------------
printf '\n=== POST /opencharge/checkout/create: %s connections, %s s (warm-up %s s) ===\n' "$CONNECTIONS" "$DURATION" "$WARMUP"
RESULTS="$WORK/checkout.results"
setsid dotnet "$LOAD_DLL" \
  --connection-string "Host=127.0.0.1;Port=$PG_PORT;Database=checkout;Username=postgres" \
  --app-dir "$APP_DIR" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" \
  --postmaster-pid "$POSTMASTER_PID" --results "$RESULTS" </dev/null &
BENCH_PID=$!
set +e
wait "$BENCH_PID"
load_rc=$?
set -e
BENCH_PID=""
[[ -s $RESULTS ]] || oc_die "the load tool failed before the timed phase finished (exit $load_rc)"
result() { sed -n "s/^$1=//p" "$RESULTS"; }
# What the database did per request, over every request of the run (check, warm-up, timed); the app's migrations
# add a few hundred rows once, which is noise next to thousands of requests.
DB_PER_REQUEST=$(pg_psql "$PG_PORT" -d checkout -tA -F' ' -c "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted
  FROM pg_stat_database WHERE datname = 'checkout'" | awk -v n="$(result all_requests)" \
  '{ printf "%.1f commits, %.1f rollbacks, %.1f rows inserted, %.1f updated, %.1f deleted", $1 / n, $2 / n, $3 / n, $4 / n, $5 / n }')

# --- pgbench simple-update on the same cluster ---------------------------------------------------
printf '\n=== pgbench -b simple-update -c %s -j 2 -T %s (scale %s) ===\n' "$CONNECTIONS" "$DURATION" "$PGBENCH_SCALE"
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres
"$PG_BIN/pgbench" -i -q -s "$PGBENCH_SCALE" pgbench >"$WORK/pgbench-init.log" 2>&1 || {
  cat "$WORK/pgbench-init.log" >&2
  oc_die "pgbench -i failed"
}
( sleep $((DURATION / 2)); cut -d' ' -f1-3 /proc/loadavg >"$WORK/pgbench.load" ) &
"$PG_BIN/pgbench" -b simple-update -c "$CONNECTIONS" -j 2 -T "$DURATION" pgbench 2>&1 | tee "$WORK/pgbench.log"
wait
PGBENCH_TPS=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.log" | head -n1)
PGBENCH_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$WORK/pgbench.log" | head -n1)
[[ -n $PGBENCH_TPS && -n $PGBENCH_LAT ]] || oc_die "could not read tps and latency from pgbench's output"

# --- summary ------------------------------------------------------------------------------------
RPS=$(result rps)
RATIO=$(awk -v a="$RPS" -v b="$PGBENCH_TPS" 'BEGIN { printf "%.3f", a / b }')
cat <<EOF

=== summary ($CONNECTIONS connections, $DURATION s each, same machine, same PostgreSQL cluster) ===
  checkout/create   $RPS req/s   p50 $(result p50_ms) ms   p90 $(result p90_ms) ms   p99 $(result p99_ms) ms   max $(result max_ms) ms   errors $(result errors)
  pgbench s-update  $PGBENCH_TPS tps   latency average $PGBENCH_LAT ms
  ratio             checkout req/s / pgbench tps = $RATIO
  CPU during checkout (cores of $(nproc)): Checkout.Web $(result cores_CheckoutWeb), PostgreSQL $(result cores_PostgreSQL), load tool $(result cores_load_tool)
  CPU per request (ms): Checkout.Web $(result cpu_ms_CheckoutWeb), PostgreSQL $(result cpu_ms_PostgreSQL), load tool $(result cpu_ms_load_tool)
  PostgreSQL per checkout request: $DB_PER_REQUEST
  requests: $(result presigned) pre-signed, $(result signed_on_the_fly) signed on the fly
  load average: before $(result load_before); during checkout $(result load_during); during pgbench $(cat "$WORK/pgbench.load" 2>/dev/null || echo '?')
EOF
exit "$load_rc"
