# shellcheck shell=bash
# Sourced helpers for private, project-local PostgreSQL clusters (run.sh, test.sh).
#
# Layout of a cluster directory DIR (owned by the unprivileged cluster user):
#   DIR/data          PGDATA
#   DIR/sock          the cluster's own unix socket directory
#   DIR/postgres.log  server log
# Clients connect over TCP: 127.0.0.1:PORT, user postgres, trust authentication.
#
# When running as root the server runs as an unprivileged system user (initdb refuses root):
# PG_SYSTEM_USER, default "opencharge-pg", created on demand. Otherwise it runs as the current user.

[[ -n ${_OC_POSTGRES_SH:-} ]] && return 0
_OC_POSTGRES_SH=1

# shellcheck source=scripts/lib/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

PG_SYSTEM_USER=${PG_SYSTEM_USER:-opencharge-pg}

# Newest /usr/lib/postgresql/*/bin that has initdb and pg_ctl (PG_BIN overrides). Prints it; fails if none.
pg_bin_dir() {
  if [[ -n ${PG_BIN:-} ]]; then
    [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] || return 1
    printf '%s\n' "$PG_BIN"
    return 0
  fi
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] || continue
    if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n1) == "$d" ]]; then
      best=$d
    fi
  done
  [[ -n $best ]] || return 1
  printf '%s\n' "$best"
}

# Installs the Debian "postgresql" package when no server binaries are found.
pg_ensure_installed() {
  if ! pg_bin_dir >/dev/null; then
    oc_log "PostgreSQL server not found; installing it"
    oc_apt_install postgresql
    pg_bin_dir >/dev/null || oc_die "PostgreSQL is still missing after installing the 'postgresql' package"
  fi
}

# The bin dir matching an existing data dir's major version when installed, else the newest.
pg__bin_for() {
  local dir ver
  dir=$(pg__abs "$1")
  if [[ -z ${PG_BIN:-} && -r $dir/data/PG_VERSION ]]; then
    ver=$(<"$dir/data/PG_VERSION")
    if [[ -x /usr/lib/postgresql/$ver/bin/pg_ctl ]]; then
      printf '%s\n' "/usr/lib/postgresql/$ver/bin"
      return 0
    fi
  fi
  pg_bin_dir
}

# The user that owns and runs clusters: PG_SYSTEM_USER when root, else the current user.
pg_run_user() {
  if (( EUID == 0 )); then printf '%s\n' "$PG_SYSTEM_USER"; else id -un; fi
}

# Creates the unprivileged system user when running as root and it does not exist yet.
pg_ensure_user() {
  (( EUID == 0 )) || return 0
  getent passwd "$PG_SYSTEM_USER" >/dev/null && return 0
  oc_log "creating system user $PG_SYSTEM_USER"
  local nologin=/usr/sbin/nologin
  [[ -x $nologin ]] || nologin=/bin/false
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell "$nologin" "$PG_SYSTEM_USER" \
    || getent passwd "$PG_SYSTEM_USER" >/dev/null \
    || oc_die "could not create system user $PG_SYSTEM_USER"
}

# pg_as_user CMD... — runs CMD as the cluster user, from / (its cwd may be unreadable to that user).
pg_as_user() {
  if (( EUID == 0 )); then
    (cd / && runuser -u "$PG_SYSTEM_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

# Grants the cluster user search (x) permission on every ancestor of DIR that it cannot traverse.
pg_make_traversable() {
  (( EUID == 0 )) || return 0
  local d
  d=$(cd "$1" && pwd -P) || return 1
  while [[ $d != / ]]; do
    d=$(dirname "$d")
    if ! runuser -u "$PG_SYSTEM_USER" -- test -x "$d" 2>/dev/null; then
      oc_log "chmod o+x $d (so $PG_SYSTEM_USER can reach its cluster)"
      chmod o+x "$d"
    fi
  done
}

# pg__abs DIR — DIR as an absolute path (commands run as the cluster user start from /).
pg__abs() {
  case $1 in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
  esac
}

# Locale for initdb: C.UTF-8 when the C library has it, else C.
pg__locale() {
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then printf 'C.UTF-8\n'; else printf 'C\n'; fi
}

# pg_cluster_init DIR PORT [throwaway] — initdb once (no-op when DIR/data already holds a cluster).
# "throwaway" trades durability for speed (fsync off); use it only for clusters deleted after use.
pg_cluster_init() {
  local dir=$1 port=$2 mode=${3:-} bin user
  pg_ensure_installed
  pg_ensure_user
  user=$(pg_run_user)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  if [[ -s $dir/data/PG_VERSION ]]; then
    return 0
  fi
  bin=$(pg_bin_dir)
  [[ -e $dir/data ]] && rm -rf "${dir:?}/data" # a half-finished earlier initdb
  mkdir -p "$dir/sock"
  if (( EUID == 0 )); then chown -R "$user:" "$dir"; fi
  chmod 700 "$dir"
  pg_make_traversable "$dir"

  local locale args
  locale=$(pg__locale)
  args=(-D "$dir/data" --auth=trust --username=postgres -E UTF8 --locale="$locale" --no-instructions)
  [[ $mode == throwaway ]] && args+=(--no-sync)
  oc_log "initdb $dir/data (PostgreSQL $("$bin/postgres" --version | awk '{print $3}'), locale $locale)"
  pg_as_user "$bin/initdb" "${args[@]}" >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    oc_die "initdb failed (log: $dir/initdb.log)"
  }

  # unix socket paths are limited to 107 bytes; fall back to TCP only when DIR is too deep.
  local sockdir="$dir/sock"
  (( ${#sockdir} + 18 > 107 )) && sockdir=""
  {
    printf '\n# --- added by scripts/lib/postgres.sh ---\n'
    printf "listen_addresses = '127.0.0.1'\n"
    printf 'port = %s\n' "$port"
    printf "unix_socket_directories = '%s'\n" "${sockdir//\'/\'\'}"
    printf 'unix_socket_permissions = 0700\n'
    if [[ $mode == throwaway ]]; then
      printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n'
    fi
  } | pg_as_user tee -a "$dir/data/postgresql.conf" >/dev/null
}

# pg_cluster_running DIR — true when the server of DIR/data is up.
pg_cluster_running() {
  local dir bin
  dir=$(pg__abs "$1")
  [[ -s $dir/data/PG_VERSION ]] || return 1
  bin=$(pg__bin_for "$dir") || return 1
  pg_as_user "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

# pg_cluster_port DIR — the port the running server of DIR listens on (from postmaster.pid).
pg_cluster_port() {
  sed -n 4p "$1/data/postmaster.pid" 2>/dev/null
}

# pg_cluster_start DIR PORT — starts the server on 127.0.0.1:PORT and waits until it accepts connections.
# When it is already running, leaves it alone and sets PG_CLUSTER_WAS_RUNNING=1 (its port may differ:
# see pg_cluster_port).
pg_cluster_start() {
  local dir port=$2 bin
  dir=$(pg__abs "$1")
  # shellcheck disable=SC2034 # read by callers
  PG_CLUSTER_WAS_RUNNING=0
  bin=$(pg__bin_for "$dir") || oc_die "PostgreSQL binaries not found"
  if pg_cluster_running "$dir"; then
    # shellcheck disable=SC2034
    PG_CLUSTER_WAS_RUNNING=1
    oc_log "cluster $dir already running on port $(pg_cluster_port "$dir")"
    pg_wait_ready "$(pg_cluster_port "$dir")"
    return
  fi
  # Keep the log readable by the cluster user; it is recreated per start.
  pg_as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -o "-p $port" start >/dev/null || {
    tail -n 20 "$dir/postgres.log" >&2 2>/dev/null
    oc_log "could not start PostgreSQL in $dir on port $port (log: $dir/postgres.log)"
    return 1
  }
  pg_wait_ready "$port"
}

# pg_wait_ready PORT [SECONDS] — waits until 127.0.0.1:PORT accepts connections.
pg_wait_ready() {
  local port=$1 timeout=${2:-60} bin i
  bin=$(pg_bin_dir)
  for ((i = 0; i < timeout * 5; i++)); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
      return 0
    fi
    sleep 0.2
  done
  oc_log "PostgreSQL on 127.0.0.1:$port did not become ready within ${timeout}s"
  return 1
}

# pg_cluster_stop DIR — fast shutdown (rolls back open transactions, disconnects clients); no-op if not running.
pg_cluster_stop() {
  local dir bin
  dir=$(pg__abs "$1")
  pg_cluster_running "$dir" || return 0
  bin=$(pg__bin_for "$dir")
  pg_as_user "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
    || pg_as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
    || { oc_log "could not stop PostgreSQL in $dir"; return 1; }
}

# pg_psql PORT [psql args...] — psql as postgres against 127.0.0.1:PORT, ignoring ~/.psqlrc.
pg_psql() {
  local port=$1 bin
  shift
  bin=$(pg_bin_dir)
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

# pg_create_database PORT NAME — creates database NAME unless it exists.
pg_create_database() {
  local port=$1 name=$2
  [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || oc_die "refusing unusual database name '$name'"
  if [[ $(pg_psql "$port" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'") == 1 ]]; then
    return 0
  fi
  oc_log "creating database $name"
  pg_psql "$port" -d postgres -c "CREATE DATABASE \"$name\""
}

# pg_port_free PORT — true when nothing accepts TCP connections on 127.0.0.1:PORT.
pg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pg_pick_port [BASE] — prints a free port in BASE..BASE+499 (random start).
pg_pick_port() {
  local base=${1:-55500} i p
  for ((i = 0; i < 100; i++)); do
    p=$((base + RANDOM % 500))
    if pg_port_free "$p"; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  return 1
}
