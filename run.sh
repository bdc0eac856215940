#!/usr/bin/env bash
# Runs OpenCharge Checkout locally: a project-local PostgreSQL in .data/pg, a persistent master key in
# .data/master.key, a Release build of src/Checkout.Web. Ctrl-C stops the app, then the database.
#
# ./run.sh admin create --email someone@example.com
#   runs the app's one-off command instead (README, "Production"): the password comes from
#   CHECKOUT_ADMIN_PASSWORD or one line on stdin; it prints one line and exits.
#
# Environment (all optional):
#   ConnectionStrings__Checkout  use this database instead of starting the local cluster
#   CHECKOUT_PG_PORT             port of the local cluster (default 55432)
#   Opencharge__MasterKeyFile    key-encryption key file (default .data/master.key)
#   ASPNETCORE_URLS              default http://localhost:5080
#   ASPNETCORE_ENVIRONMENT       default Development
#   Sandbox__Enabled             sandbox mode (default: on in Development only)
#   DemoSeed__*                  demo logins, sandbox mode only (defaults: appsettings.json, section DemoSeed)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$ROOT"
OC_LOG_TAG="run"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 || oc_die "the .NET SDK ('dotnet') is not on PATH. Install the .NET 10 SDK \
(https://learn.microsoft.com/dotnet/core/install/linux-debian) and run ./run.sh again."

DATA="$ROOT/.data"
PG_DIR="$DATA/pg"
APP_PID=""
PG_STOP_ON_EXIT=0

# shellcheck disable=SC2317 # invoked by the traps
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    oc_log "stopping the app (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 300; i++)); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
      oc_log "the app did not stop within 30s; killing it"
      kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  if (( PG_STOP_ON_EXIT )); then
    oc_log "stopping PostgreSQL ($PG_DIR)"
    pg_cluster_stop "$PG_DIR" || rc=1
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

( umask 077 && mkdir -p "$DATA" )

# --- database -----------------------------------------------------------------------------------
if [[ -z ${ConnectionStrings__Checkout:-} ]]; then
  PG_PORT=${CHECKOUT_PG_PORT:-55432}
  pg_cluster_init "$PG_DIR" "$PG_PORT"
  if pg_cluster_running "$PG_DIR"; then
    PG_PORT=$(pg_cluster_port "$PG_DIR")
    oc_log "PostgreSQL in $PG_DIR is already running on port $PG_PORT; using it and leaving it running"
    pg_wait_ready "$PG_PORT"
  else
    pg_port_free "$PG_PORT" || oc_die "port $PG_PORT is already in use; choose another with CHECKOUT_PG_PORT=..."
    oc_log "starting PostgreSQL ($PG_DIR, 127.0.0.1:$PG_PORT)"
    PG_STOP_ON_EXIT=1
    pg_cluster_start "$PG_DIR" "$PG_PORT"
  fi
  pg_create_database "$PG_PORT" checkout
  export ConnectionStrings__Checkout="Host=127.0.0.1;Port=$PG_PORT;Database=checkout;Username=postgres"
else
  oc_log "using ConnectionStrings__Checkout from the environment; not starting a local cluster"
fi

# --- settings -----------------------------------------------------------------------------------
export Opencharge__MasterKeyFile=${Opencharge__MasterKeyFile:-$DATA/master.key}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080}

# --- build --------------------------------------------------------------------------------------
oc_log "building src/Checkout.Web (Release)"
if ! dotnet build src/Checkout.Web -c Release -nologo -v quiet </dev/null >"$DATA/build.log" 2>&1; then
  cat "$DATA/build.log" >&2
  oc_die "build failed (log: $DATA/build.log)"
fi
BIN="$ROOT/src/Checkout.Web/bin/Release/net10.0"
[[ -f $BIN/Checkout.Web.dll ]] || oc_die "build output $BIN/Checkout.Web.dll not found"

# --- one-off command ----------------------------------------------------------------------------
# In the foreground so that it reads the terminal's (or a pipe's) stdin; the trap still stops the cluster.
if [[ ${1:-} == admin ]]; then
  (cd "$BIN" && exec dotnet Checkout.Web.dll "$@")
  exit $?
fi

# --- demo logins --------------------------------------------------------------------------------
# demo_setting KEY — DemoSeed__KEY from the environment, else DemoSeed.KEY from appsettings.json.
demo_setting() {
  local key=$1 var="DemoSeed__$1" value=""
  if [[ -n ${!var:-} ]]; then
    printf '%s' "${!var}"
    return
  fi
  if [[ -z $value ]] && command -v jq >/dev/null 2>&1; then
    value=$(jq -r --arg k "$key" '.DemoSeed[$k] // empty' appsettings.json 2>/dev/null) || value=""
  fi
  if [[ -z $value ]] && command -v python3 >/dev/null 2>&1; then
    value=$(python3 -c 'import json,sys; print(json.load(open("appsettings.json", encoding="utf-8-sig")).get("DemoSeed", {}).get(sys.argv[1], ""))' "$key" 2>/dev/null) || value=""
  fi
  if [[ -z $value ]]; then
    value=$(sed -n "s/^[[:space:]]*\"$key\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" appsettings.json 2>/dev/null | head -n1) || value=""
  fi
  printf '%s' "${value:-?}"
}

SANDBOX=${Sandbox__Enabled:-}
[[ -n $SANDBOX ]] || { [[ $ASPNETCORE_ENVIRONMENT == Development ]] && SANDBOX=true || SANDBOX=false; }
if [[ ${SANDBOX,,} == true ]]; then
  ACCOUNTS="Sandbox mode. Start at the home page: Open the Demo Store. Demo logins:
    admin     $(demo_setting AdminEmail)  /  $(demo_setting AdminPassword)
    merchant  $(demo_setting MerchantEmail)  /  $(demo_setting MerchantPassword)
    shopper   $(demo_setting ShopperEmail)  /  $(demo_setting ShopperPassword)"
else
  ACCOUNTS="No demo accounts outside sandbox mode. First admin: ./run.sh admin create --email you@example.com"
fi

cat <<EOF

  OpenCharge Checkout: ${ASPNETCORE_URLS//;/ }   (environment: $ASPNETCORE_ENVIRONMENT)

  $ACCOUNTS

  Data: $DATA  (remove it to start over)    Stop: Ctrl-C

EOF

# --- run ----------------------------------------------------------------------------------------
# From the build output directory so the app finds appsettings.json and its static web assets manifest.
# In the background so that the traps run as soon as a signal arrives.
(cd "$BIN" && exec dotnet Checkout.Web.dll) &
APP_PID=$!
set +e
wait "$APP_PID"
rc=$?
set -e
APP_PID=""
oc_log "the app exited with status $rc"
exit "$rc"
