#!/usr/bin/env bash
# Issue 7: fuzz the running app with at least 100,000 requests built from its OpenAPI document and byte mutation, and
# check that none gets a 5xx or a stack trace and that no refused request changes a business row. Figures go into
# docs/security.md. Run from the repository root:
#
#   bench/fuzz.sh
#
# Environment (all optional):
#   REQUESTS     requests to send (default 100000)
#   SEED         the run's seed; printed at the start, so that any run can be replayed (default: random)
#   CONCURRENCY  requests in flight (default 16)
#   BATCH        requests between two database digests (default 64)
#   FUZZ_APP_LOG where to keep a copy of the app's log (Warning and above), for the failures' details
#
# bench/Checkout.Fuzz starts two peers (merchant gateway 9800, merchant 9801) and the Release app (Staging, sandbox on)
# against the cluster, sends the requests and checks them; this script owns the build and the database.
# All traffic goes to 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
OC_LOG_TAG="fuzz"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

REQUESTS=${REQUESTS:-100000}
CONCURRENCY=${CONCURRENCY:-16}
BATCH=${BATCH:-64}
SEED=${SEED:-$((RANDOM * 32768 + RANDOM))}
for v in REQUESTS CONCURRENCY BATCH SEED; do
  [[ ${!v} =~ ^[0-9]+$ ]] || oc_die "$v must be a whole number (got '${!v}')"
done

BENCH_TOOL="the fuzzer"
# shellcheck source=scripts/lib/bench.sh
source "$ROOT/scripts/lib/bench.sh"
bench_arm_cleanup

command -v dotnet >/dev/null 2>&1 || oc_die "the .NET SDK ('dotnet') is not on PATH; install the .NET 10 SDK"
pg_ensure_installed

# --- build --------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/opencharge-fuzz.XXXXXX")
for proj in src/Checkout.Web bench/Checkout.Fuzz; do
  oc_log "building $proj (Release)"
  dotnet build "$proj" -c Release -nologo -v quiet </dev/null >"$WORK/build.log" 2>&1 || {
    cat "$WORK/build.log" >&2
    oc_die "build of $proj failed"
  }
done
APP_DIR="$ROOT/src/Checkout.Web/bin/Release/net10.0"
FUZZ_DLL="$ROOT/bench/Checkout.Fuzz/bin/Release/net10.0/Checkout.Fuzz.dll"
[[ -f $APP_DIR/Checkout.Web.dll && -f $FUZZ_DLL ]] || oc_die "build output missing"

# --- throwaway database cluster -----------------------------------------------------------------
PG_DIR="$WORK/pg"
started=0
for attempt in 1 2 3 4 5; do
  PG_PORT=$(pg_pick_port 56500) || oc_die "no free port found in 56500-56999"
  ( pg_cluster_init "$PG_DIR" "$PG_PORT" throwaway ) || oc_die "initdb"
  if ( pg_cluster_start "$PG_DIR" "$PG_PORT" ); then
    started=1
    break
  fi
  oc_log "start on port $PG_PORT failed (attempt $attempt); trying another port"
done
(( started )) || oc_die "could not start the throwaway PostgreSQL cluster"
oc_log "PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR, fsync off)"
pg_create_database "$PG_PORT" checkout

printf '\nmachine: %s, %s cores, %s GB RAM; load average before: %s\n' \
  "$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n1)" "$(nproc)" \
  "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- the fuzz run ---------------------------------------------------------------------------------
RESULTS="$WORK/fuzz.results"
setsid dotnet "$FUZZ_DLL" \
  --connection-string "Host=127.0.0.1;Port=$PG_PORT;Database=checkout;Username=postgres" \
  --app-dir "$APP_DIR" --requests "$REQUESTS" --seed "$SEED" --concurrency "$CONCURRENCY" --batch "$BATCH" \
  --results "$RESULTS" ${FUZZ_APP_LOG:+--app-log "$FUZZ_APP_LOG"} </dev/null &
BENCH_PID=$!
set +e
wait "$BENCH_PID"
fuzz_rc=$?
set -e
BENCH_PID=""
[[ -s $RESULTS ]] || oc_die "the fuzzer failed before the end of the run (exit $fuzz_rc)"
result() { sed -n "s/^$1=//p" "$RESULTS"; }
cat <<SUMMARY

=== summary (seed $(result seed); replay with SEED=$(result seed) REQUESTS=$REQUESTS bench/fuzz.sh) ===
  $(result requests) requests in $(result duration_s) s = $(result rps) req/s; failures: $(result failures)
  statuses: $(result statuses)
  load average after: $(cut -d' ' -f1-3 /proc/loadavg)
SUMMARY
exit "$fuzz_rc"
