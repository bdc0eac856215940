#!/usr/bin/env bash
# Builds once, checks formatting, runs every test project against a throwaway PostgreSQL cluster and
# headless Chromium, and prints as its last line "N passed, N failed[, N skipped]".
# Exits non-zero on a build or format failure, a failed test, or a test run that crashed or left no TRX.
# Works unattended (CI=true, no TTY, no stdin).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$ROOT" || exit 1
OC_LOG_TAG="test"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

SOLUTION=OpenCharge.Checkout.sln
# Each run: TRX name, project, test filter. The app-log secrets scan runs last, over the logs of every app process the
# E2E run started (tests/E2E/Security/AppLogSecretsTests.cs), and counts in the totals like any test.
TEST_RUNS=(
  "Checkout.UnitTests|tests/Unit/Checkout.UnitTests.csproj|"
  "Checkout.E2E|tests/E2E/Checkout.E2E.csproj|Category!=LogScan"
  "Checkout.E2E.LogScan|tests/E2E/Checkout.E2E.csproj|Category=LogScan"
)
CHROMIUM=/usr/bin/chromium
RESULTS="$ROOT/.testrun/results"
PG_TMP=""

fail() {
  printf 'test.sh: FAILED: %s\n' "$*" >&2
  exit 1
}

cleanup_cluster() {
  [[ -n $PG_TMP ]] || return 0
  pg_cluster_stop "$PG_TMP" || true
  rm -rf "$PG_TMP"
  PG_TMP=""
}
trap cleanup_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- prerequisites ------------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK ('dotnet') is not on PATH; install the .NET 10 SDK"
pg_ensure_installed
if [[ ! -x $CHROMIUM ]]; then
  oc_log "$CHROMIUM not found; installing Debian's chromium"
  oc_apt_install chromium fonts-liberation
  [[ -x $CHROMIUM ]] || fail "$CHROMIUM is still missing after installing chromium"
fi

# --- build, format ------------------------------------------------------------------------------
dotnet tool restore </dev/null || fail "dotnet tool restore"
dotnet build "$SOLUTION" -c Release -nologo </dev/null || fail "build"
oc_log "dotnet format --verify-no-changes"
dotnet format "$SOLUTION" --verify-no-changes --no-restore </dev/null \
  || fail "formatting: run 'dotnet format $SOLUTION' and commit the result"

# --- throwaway database cluster -----------------------------------------------------------------
PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/opencharge-test-pg.XXXXXX") || fail "mktemp"
started=0
for attempt in 1 2 3 4 5; do
  PG_PORT=$(pg_pick_port 55500) || fail "no free port found in 55500-55999"
  ( pg_cluster_init "$PG_TMP" "$PG_PORT" throwaway ) || fail "initdb"
  if ( pg_cluster_start "$PG_TMP" "$PG_PORT" ); then
    started=1
    break
  fi
  oc_log "start on port $PG_PORT failed (attempt $attempt); trying another port"
done
(( started )) || fail "could not start the test PostgreSQL cluster"
oc_log "test PostgreSQL on 127.0.0.1:$PG_PORT ($PG_TMP)"

export CHECKOUT_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
export CHECKOUT_CHROMIUM=$CHROMIUM
export CHECKOUT_E2E_LOG_DIR="$ROOT/.testrun/app-logs"

# --- tests --------------------------------------------------------------------------------------
rm -rf "$RESULTS" "$CHECKOUT_E2E_LOG_DIR"
mkdir -p "$RESULTS" "$CHECKOUT_E2E_LOG_DIR"
declare -A status=()
for run in "${TEST_RUNS[@]}"; do
  IFS='|' read -r name proj filter <<<"$run"
  dotnet test "$proj" -c Release --no-build ${filter:+--filter "$filter"} \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" </dev/null
  status[$name]=$?
done

cleanup_cluster

# --- summary ------------------------------------------------------------------------------------
# attr NAME COUNTERS — the value of NAME="..." in the <Counters .../> element text, 0 when absent.
attr() {
  local v
  v=$(printf '%s\n' "$2" | grep -o " $1=\"[0-9]*\"" | head -n1 | tr -dc '0-9')
  printf '%s\n' "${v:-0}"
}

problems=()
passed=0 failed=0 skipped=0
for run in "${TEST_RUNS[@]}"; do
  name=${run%%|*}
  trx="$RESULTS/$name.trx"
  if [[ ! -s $trx ]]; then
    problems+=("$name: no TRX file ($trx): the test host crashed or never ran")
    continue
  fi
  counters=$(tr '\n' ' ' <"$trx" | grep -o '<Counters [^>]*>' | head -n1)
  if [[ -z $counters ]]; then
    problems+=("$name: $trx has no <Counters> element")
    continue
  fi
  project_failed=$(($(attr failed "$counters") + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters")))
  if (( status[$name] != 0 && project_failed == 0 )); then
    problems+=("$name: dotnet test exited with status ${status[$name]} without a failed test: the test host crashed or the run was aborted")
  fi
  total=$(attr total "$counters")
  executed=$(attr executed "$counters")
  not_executed=$(attr notExecuted "$counters")
  skip=$((total - executed))
  (( not_executed > skip )) && skip=$not_executed
  passed=$((passed + $(attr passed "$counters")))
  failed=$((failed + project_failed))
  skipped=$((skipped + skip))
done

for p in "${problems[@]}"; do
  printf 'test.sh: %s\n' "$p" >&2
done
summary="$passed passed, $failed failed"
(( skipped > 0 )) && summary+=", $skipped skipped"
printf '%s\n' "$summary"
(( failed == 0 && ${#problems[@]} == 0 ))
