#!/usr/bin/env bash
# Starts or stops a private PostgreSQL for the tests: its own data folder under a temporary directory, run by a
# non-root user, listening on 127.0.0.1 only, trust authentication (nothing else can reach it).
#   scripts/postgres.sh start DIR PORT   -> prints the Npgsql connection string
#   scripts/postgres.sh stop DIR
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

install_postgres() {
  echo "postgres.sh: PostgreSQL not found, installing it with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

as_owner() {
  local owner=$1; shift
  if [ "$(id -u)" = 0 ]; then su -s /bin/bash "$owner" -c "$*"; else bash -c "$*"; fi
}

cmd=${1:?start|stop}; dir=${2:?directory}
case "$cmd" in
  start)
    port=${3:?port}
    bin=$(find_bin); [ -n "$bin" ] || { install_postgres; bin=$(find_bin); }
    owner=$(id -un)
    if [ "$(id -u)" = 0 ]; then
      owner=icpermed-test
      id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    mkdir -p "$dir"; chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
    as_owner "$owner" "'$bin/initdb' -D '$dir/data' -U icpermed --auth=trust --encoding=UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$owner" "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start >&2" \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=icpermed;Database=postgres"
    ;;
  stop)
    bin=$(find_bin)
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    owner=$(stat -c %U "$dir/data")
    as_owner "$owner" "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
