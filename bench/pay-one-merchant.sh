#!/usr/bin/env bash
# Issue 11 P4: payments/s into ONE merchant account from many shopper wallets at once (through PaySession, the Pay
# button's use case, on a real database), beside PostgreSQL's own figure for the same hot-row work in the same run;
# then memory per interactive checkout circuit with real Chromium pages. Figures go into docs/performance.md.
# Run from the repository root:
#
#   bench/pay-one-merchant.sh
#
# Environment (all optional):
#   WALLETS    shoppers paying at the same time (default 200)
#   PAYMENTS   payments per wallet in the timed phase (default 40)
#   WARMUP     payments per wallet before it, not timed (default 40: with 5, on a slow day the JIT was still
#              compiling the pay path through the timed phase)
#   SECONDS_MAX upper bound of each timed phase, in seconds (default 30)
#   POOL       database connections shared by the use cases, as the app's pool (default 16, the app's default)
#   PAGES      Chromium pages held open on the checkout page; 0 skips that phase (default 100)
#   CHROMIUM   browser executable (default /usr/bin/chromium)
#
# bench/Checkout.PayLoad does the work; this script owns the build and a throwaway PostgreSQL cluster (fsync off).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
OC_LOG_TAG="pay-load"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WALLETS=${WALLETS:-200}
PAYMENTS=${PAYMENTS:-40}
WARMUP=${WARMUP:-40}
SECONDS_MAX=${SECONDS_MAX:-30}
POOL=${POOL:-16}
PAGES=${PAGES:-100}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
for v in WALLETS PAYMENTS WARMUP SECONDS_MAX POOL PAGES; do
  [[ ${!v} =~ ^[0-9]+$ ]] || oc_die "$v must be a whole number (got '${!v}')"
done
(( PAGES == 0 )) || [[ -x $CHROMIUM ]] || oc_die "no browser at $CHROMIUM (apt-get install chromium, or set CHROMIUM)"

BENCH_TOOL="the pay load tool"
# shellcheck source=scripts/lib/bench.sh
source "$ROOT/scripts/lib/bench.sh"
bench_arm_cleanup

WORK=$(mktemp -d "${TMPDIR:-/tmp}/opencharge-pay.XXXXXX")
for proj in src/Checkout.Web bench/Checkout.PayLoad; do
  oc_log "building $proj (Release)"
  dotnet build "$proj" -c Release -nologo -v quiet </dev/null >"$WORK/build.log" 2>&1 || {
    cat "$WORK/build.log" >&2
    oc_die "build of $proj failed"
  }
done
APP_DIR="$ROOT/src/Checkout.Web/bin/Release/net10.0"
TOOL_DLL="$ROOT/bench/Checkout.PayLoad/bin/Release/net10.0/Checkout.PayLoad.dll"

PG_DIR="$WORK/pg"
PG_PORT=$(pg_pick_port 56500) || oc_die "no free port found from 56500"
( pg_cluster_init "$PG_DIR" "$PG_PORT" throwaway ) || oc_die "initdb"
# The use cases' pool, the reference's pool and the app's pool (circuit phase) must all fit.
printf 'max_connections = %s\n' $((POOL * 2 + 50)) | pg_as_user tee -a "$PG_DIR/data/postgresql.conf" >/dev/null
pg_cluster_start "$PG_DIR" "$PG_PORT" || oc_die "could not start the throwaway PostgreSQL cluster"

setsid dotnet "$TOOL_DLL" --server "Host=127.0.0.1;Port=$PG_PORT;Username=postgres" --app "$APP_DIR" \
  --wallets "$WALLETS" --payments "$PAYMENTS" --warmup "$WARMUP" --seconds "$SECONDS_MAX" --pool "$POOL" --pages "$PAGES" --chromium "$CHROMIUM" </dev/null &
BENCH_PID=$!
set +e
wait "$BENCH_PID"
rc=$?
set -e
BENCH_PID=""
exit "$rc"
