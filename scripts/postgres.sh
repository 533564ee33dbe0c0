#!/usr/bin/env bash
# Local PostgreSQL for Raqib: a private cluster (initdb + pg_ctl) on 127.0.0.1, run as an
# unprivileged user, with database `raqib` owned by role `raqib` (password `raqib`).
#
#   scripts/postgres.sh install                      make sure initdb/pg_ctl exist (apt-get install postgresql)
#   scripts/postgres.sh start [--port N] [--state DIR] [--throwaway]
#   scripts/postgres.sh stop [--state DIR] [--purge]
#   scripts/postgres.sh status [--state DIR]         exit 0 when running, 3 when not
#
# Options (or environment):
#   --state DIR   (RAQIB_PG_STATE)  cluster directory (data/, log, sockets); default <repo>/.raqib/state/postgres
#   --port N      (RAQIB_PG_PORT)   TCP port on 127.0.0.1; default 5432
#   --bin DIR     (RAQIB_PG_BIN)    directory with initdb, pg_ctl, psql; default the newest /usr/lib/postgresql/*/bin
#   --throwaway   (start only)      fsync and synchronous_commit off: fast, not crash-safe (tests)
#   --purge       (stop only)       delete the state directory after stopping
#   RAQIB_PG_DB, RAQIB_PG_USER, RAQIB_PG_PASSWORD   default raqib / raqib / raqib
#   RAQIB_USER                      the unprivileged user when run as root (default raqib, created if missing)
#
# On start it prints the JDBC URL on stdout. As root, a state directory the unprivileged user cannot
# reach is made under /var/tmp instead (see place_dir in scripts/lib.sh).
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

state=${RAQIB_PG_STATE:-"$RAQIB_REPO_DIR/.raqib/state/postgres"}
port=${RAQIB_PG_PORT:-5432}
bin=${RAQIB_PG_BIN:-}
db=${RAQIB_PG_DB:-raqib}
db_user=${RAQIB_PG_USER:-raqib}
db_password=${RAQIB_PG_PASSWORD:-raqib}
throwaway=false
purge=false

usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

cmd=${1:-}
[[ -n $cmd ]] || { usage; exit 2; }
shift
while [[ $# -gt 0 ]]; do
  case $1 in
    --state) state=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --throwaway) throwaway=true; shift ;;
    --purge) purge=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done

# Prints the newest PostgreSQL server bin directory, or nothing.
find_bin() {
  if [[ -n $bin ]]; then
    [[ -x $bin/pg_ctl && -x $bin/initdb ]] && printf '%s\n' "$bin"
    return 0
  fi
  local d best=""
  # the glob sorts as text (16 before 9): sort the major versions as versions, newest last
  while IFS= read -r d; do
    [[ -x $d/pg_ctl && -x $d/initdb && -x $d/postgres ]] && best=$d
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
  if [[ -z $best ]] && command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    best=$(dirname "$(command -v pg_ctl)")
  fi
  [[ -n $best ]] && printf '%s\n' "$best"
  return 0
}

do_install() {
  local found
  found=$(find_bin)
  if [[ -n $found ]]; then
    say "postgres: using $found"
    printf '%s\n' "$found"
    return 0
  fi
  command -v apt-get >/dev/null || die "PostgreSQL server binaries not found and no apt-get: install PostgreSQL and set RAQIB_PG_BIN"
  is_root || die "PostgreSQL server binaries not found: run as root to apt-get install postgresql, or set RAQIB_PG_BIN"
  say "postgres: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends postgresql >&2
  found=$(find_bin)
  [[ -n $found ]] || die "postgresql installed but no initdb/pg_ctl found under /usr/lib/postgresql"
  say "postgres: using $found"
  printf '%s\n' "$found"
}

require_bin() {
  bin=$(find_bin)
  [[ -n $bin ]] || die "PostgreSQL server binaries not found: run '$0 install' (or set RAQIB_PG_BIN)"
}

# Unix sockets go in the state dir unless its path is too long for a socket name (107 bytes).
socket_dir() {
  if ((${#state} <= 80)); then
    printf '%s\n' "$state"
  else
    printf '/tmp/raqib-pg-%s\n' "$(short_hash "$state")"
  fi
}

psql_super() {
  as_user "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$(socket_dir)" -p "$(cat "$state/port")" \
    -U postgres -d postgres "$@"
}

is_running() {
  [[ -f $state/data/PG_VERSION ]] || return 1
  as_user "$bin/pg_ctl" status -D "$state/data" >/dev/null 2>&1
}

jdbc_url() { printf 'jdbc:postgresql://127.0.0.1:%s/%s\n' "$1" "$db"; }

do_start() {
  ensure_user
  require_bin
  state=$(place_dir "$state")
  if is_running; then
    say "postgres: already running on 127.0.0.1:$(cat "$state/port") (state $state)"
    jdbc_url "$(cat "$state/port")"
    return 0
  fi
  if port_in_use "$port"; then
    die "port $port on 127.0.0.1 is already in use"
  fi
  local sockets started now
  started=$(date +%s%N)
  sockets=$(socket_dir)
  mkdir -p "$sockets"
  give_to_user "$state" "$sockets"
  chmod 700 "$state"
  if [[ ! -f $state/data/PG_VERSION ]]; then
    say "postgres: initdb in $state/data"
    as_user "$bin/initdb" -D "$state/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
      || { tail -n 20 "$state/initdb.log" >&2; die "initdb failed"; }
  fi
  printf '%s\n' "$port" >"$state/port"
  local opts="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$sockets"
  if $throwaway; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  say "postgres: starting on 127.0.0.1:$port (state $state)"
  if ! as_user "$bin/pg_ctl" start -D "$state/data" -l "$state/postgres.log" -w -t 120 -o "$opts" >/dev/null; then
    tail -n 20 "$state/postgres.log" >&2 || true
    die "pg_ctl start failed"
  fi
  # role and database, idempotently
  local pw_sql=${db_password//\'/\'\'}
  if [[ $(psql_super -tAc "select 1 from pg_roles where rolname = '$db_user'") != 1 ]]; then
    psql_super -c "create role \"$db_user\" login password '$pw_sql'"
  fi
  if [[ $(psql_super -tAc "select 1 from pg_database where datname = '$db'") != 1 ]]; then
    psql_super -c "create database \"$db\" owner \"$db_user\" encoding 'UTF8' template template0"
  fi
  now=$(date +%s%N)
  say "postgres: up on 127.0.0.1:$port in $(((now - started) / 1000000)) ms, database $db, user $db_user"
  jdbc_url "$port"
}

# The real path of the state dir: pg_ctl runs as the unprivileged user, who may not be able to
# follow the path we were given (a symlink under /root to /var/tmp, see place_dir).
resolve_state() {
  [[ -e $state ]] && state=$(readlink -f "$state")
  return 0
}

do_stop() {
  local given=$state
  bin=$(find_bin)
  resolve_state
  if [[ -n $bin && -f $state/data/PG_VERSION ]] && is_running; then
    say "postgres: stopping ($state)"
    as_user "$bin/pg_ctl" stop -D "$state/data" -m fast -w -t 60 >/dev/null \
      || as_user "$bin/pg_ctl" stop -D "$state/data" -m immediate -w -t 30 >/dev/null \
      || say "postgres: could not stop the cluster in $state"
  fi
  # a postmaster that pg_ctl could not see or stop: signal it by its pid file (fast shutdown)
  local pidfile="$state/data/postmaster.pid"
  if [[ -s $pidfile ]]; then
    head -n1 "$pidfile" >"$state/.postmaster.pid.tmp" 2>/dev/null || true
    if pid_is "$state/.postmaster.pid.tmp" postgres; then
      say "postgres: signalling postmaster $(cat "$state/.postmaster.pid.tmp")"
      kill -INT "$(cat "$state/.postmaster.pid.tmp")" 2>/dev/null || true
      stop_pid "$state/.postmaster.pid.tmp" postgres 30
    fi
    rm -f "$state/.postmaster.pid.tmp"
  fi
  if $purge; then
    local sockets
    sockets=$(socket_dir)
    [[ $sockets == /tmp/raqib-pg-* ]] && rm -rf "$sockets"
    remove_placed_dir "$given"
  fi
  return 0
}

do_status() {
  bin=$(find_bin)
  resolve_state
  if [[ -n $bin ]] && is_running; then
    say "postgres: running on 127.0.0.1:$(cat "$state/port") (state $state)"
    jdbc_url "$(cat "$state/port")"
    return 0
  fi
  say "postgres: not running (state $state)"
  return 3
}

case $cmd in
  install) do_install ;;
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  help | -h | --help) usage ;;
  *) usage; exit 2 ;;
esac
