# shellcheck shell=bash
# Sourced helpers: logging, running as root, installing Debian packages on demand.
# Safe to source more than once; defines functions only (plus one guard variable).

[[ -n ${_OC_APT_SH:-} ]] && return 0
_OC_APT_SH=1

oc_log() { printf '[%s] %s\n' "${OC_LOG_TAG:-opencharge}" "$*" >&2; }
oc_die() { printf '[%s] ERROR: %s\n' "${OC_LOG_TAG:-opencharge}" "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
oc_as_root() {
  if (( EUID == 0 )); then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    oc_die "need root to run '$*' (not root and sudo is not installed)"
  fi
}

# oc_apt_install PKG... — installs the packages that dpkg does not report as installed.
# Runs `apt-get update` once per process, just before the first install (a fresh machine has no lists).
oc_apt_install() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  (( ${#missing[@]} )) || return 0
  command -v apt-get >/dev/null 2>&1 || oc_die "apt-get not found; install these packages by hand: ${missing[*]}"
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
  if [[ -z ${_OC_APT_UPDATED:-} ]]; then
    oc_log "apt-get update"
    oc_as_root "${apt[@]}" update >/dev/null || oc_die "apt-get update failed"
    _OC_APT_UPDATED=1
  fi
  oc_log "installing: ${missing[*]}"
  oc_as_root "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null \
    || oc_die "apt-get install ${missing[*]} failed"
}
