#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for development and tests: 127.0.0.1 only, a free port, a temporary
# folder, trust authentication on loopback (nothing else can connect), never run as root.
#   scripts/postgres.sh start   starts it and writes the connection string to $ASSISTANT_POSTGRES_ENV
#   scripts/postgres.sh env     prints "export ASSISTANT_TEST_POSTGRES=..." (eval it in a shell)
#   scripts/postgres.sh stop    stops it and removes the folder
# Installs nothing: PostgreSQL comes from the Debian package `postgresql`.
set -euo pipefail

ENV_FILE="${ASSISTANT_POSTGRES_ENV:-${TMPDIR:-/tmp}/assistant-postgres.env}"
DB_USER="assistant"

bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -z "$dir" || ! -x "$dir/pg_ctl" ]]; then
    echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "$dir"
}

# PostgreSQL refuses to run as root; CI runs as root, so the cluster belongs to nobody then.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "No free port found on 127.0.0.1" >&2
  exit 1
}

read_env() {
  [[ -f "$ENV_FILE" ]] && grep -E "^$1=" "$ENV_FILE" | head -n 1 | cut -d= -f2-
}

start() {
  if [[ -f "$ENV_FILE" ]]; then
    echo "A cluster is already started ($ENV_FILE); run '$0 stop' first." >&2
    exit 1
  fi
  local bin dir port
  bin="$(bin_dir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/assistant-pg.XXXXXX")"
  chmod 755 "$dir"
  [[ "$(id -u)" == 0 ]] && chown nobody "$dir"
  port="$(free_port)"
  as_owner "$bin/initdb" -D "$dir/data" -U "$DB_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  # Only loopback, and only over TCP or the socket in the cluster's own folder.
  cat > "$dir/data/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 trust
HBA
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/postgres.log" >&2; rm -rf "$dir"; exit 1; }
  {
    echo "ASSISTANT_TEST_POSTGRES=Host=127.0.0.1;Port=$port;Username=$DB_USER;Database=postgres"
    echo "ASSISTANT_POSTGRES_DIR=$dir"
  } > "$ENV_FILE"
  echo "PostgreSQL listens on 127.0.0.1:$port (folder $dir); connection string in $ENV_FILE"
}

stop() {
  local dir
  dir="$(read_env ASSISTANT_POSTGRES_DIR || true)"
  if [[ -n "$dir" && -d "$dir" ]]; then
    as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  fi
  rm -f "$ENV_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    value="$(read_env ASSISTANT_TEST_POSTGRES || true)"
    [[ -n "$value" ]] || { echo "No cluster is started; run '$0 start'." >&2; exit 1; }
    echo "export ASSISTANT_TEST_POSTGRES='$value'"
    ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
