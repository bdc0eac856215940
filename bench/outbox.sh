#!/usr/bin/env bash
# Issue 11 P3 and P5: the outbox end to end, on a throwaway PostgreSQL cluster. Figures go into docs/performance.md.
# Run from the repository root:
#
#   bench/outbox.sh
#
# Environment (all optional):
#   PAYMENTS   P3: payments timed, one at a time (default 200), after WARMUP (default 20) that are not counted
#   PROOFS     P5: proofs queued before the drain starts (default 100000)
#   RECEIVERS  P5: receivers, the last one black-holed (default 10)
#   TIME_LIMIT seconds each phase may take (default 100: P5's 100,000 proofs at its target of 1,000 proofs/s); a phase
#              that does not finish in time exits non-zero
#
# bench/Checkout.OutboxBench runs the gateway in its own process (dispatcher and LISTEN/NOTIFY listener as production
# wires them) and each receiver on its own Kestrel host; this script owns the database. All traffic stays on 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
OC_LOG_TAG="outbox"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PAYMENTS=${PAYMENTS:-200}
WARMUP=${WARMUP:-20}
PROOFS=${PROOFS:-100000}
RECEIVERS=${RECEIVERS:-10}
TIME_LIMIT=${TIME_LIMIT:-100}
for v in PAYMENTS WARMUP PROOFS RECEIVERS TIME_LIMIT; do
  [[ ${!v} =~ ^[0-9]+$ ]] || oc_die "$v must be a whole number (got '${!v}')"
done

BENCH_TOOL="the outbox bench"
# shellcheck source=scripts/lib/bench.sh
source "$ROOT/scripts/lib/bench.sh"
bench_arm_cleanup

command -v dotnet >/dev/null 2>&1 || oc_die "the .NET SDK ('dotnet') is not on PATH; install the .NET 10 SDK"
pg_ensure_installed

WORK=$(mktemp -d "${TMPDIR:-/tmp}/opencharge-outbox.XXXXXX")
oc_log "building bench/Checkout.OutboxBench (Release)"
dotnet build bench/Checkout.OutboxBench -c Release -nologo -v quiet </dev/null >"$WORK/build.log" 2>&1 || {
  cat "$WORK/build.log" >&2
  oc_die "build of bench/Checkout.OutboxBench failed"
}
BENCH_DLL="$ROOT/bench/Checkout.OutboxBench/bin/Release/net10.0/Checkout.OutboxBench.dll"

PG_DIR="$WORK/pg"
PG_PORT=$(pg_pick_port 56500) || oc_die "no free port found from 56500"
( pg_cluster_init "$PG_DIR" "$PG_PORT" throwaway ) || oc_die "initdb"
( pg_cluster_start "$PG_DIR" "$PG_PORT" ) || oc_die "could not start the throwaway PostgreSQL cluster"
oc_log "PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR, fsync off)"

run() {
  local bench=$1 database=$2
  shift 2
  pg_create_database "$PG_PORT" "$database"
  setsid dotnet "$BENCH_DLL" --bench "$bench" --seconds "$TIME_LIMIT" \
    --connection-string "Host=127.0.0.1;Port=$PG_PORT;Database=$database;Username=postgres" "$@" </dev/null &
  BENCH_PID=$!
  local rc=0
  wait "$BENCH_PID" || rc=$?
  BENCH_PID=""
  return "$rc"
}

status=0
run p3 outbox_p3 --payments "$PAYMENTS" --warmup "$WARMUP" || status=1
run p5 outbox_p5 --proofs "$PROOFS" --receivers "$RECEIVERS" || status=1
exit "$status"
