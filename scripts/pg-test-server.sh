#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests.
#
#   eval "$(scripts/pg-test-server.sh start)"   # starts one; prints the exports to eval
#   scripts/pg-test-server.sh stop "$PARLEY_TEST_PG_DIR"
#
# 'start' installs Debian's postgresql package when no server binaries are found (apt-get, with sudo when not
# root), runs initdb in a new temporary folder, starts the server with pg_ctl on a free loopback port (trust
# authentication, user 'parley'), and prints two lines for eval:
#   export PARLEY_TEST_PG='Host=127.0.0.1;Port=N;Username=parley;Database=postgres'
#   export PARLEY_TEST_PG_DIR=/tmp/parley-pg.XXXX
# 'stop' stops that server and deletes its folder. Everything else goes to stderr.
set -euo pipefail

log() { echo "pg-test-server: $*" >&2; }

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_server() {
    log "no PostgreSQL server binaries found; installing Debian's postgresql package"
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql >&2
}

# initdb refuses to run as root: as root, the server runs as the 'postgres' user the package creates.
run_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port tries
    for tries in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    log "no free port found"
    return 1
}

start() {
    local bindir dir port
    bindir=$(find_bindir) || { install_server; bindir=$(find_bindir); } || { log "PostgreSQL binaries still missing after install"; exit 1; }
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home postgres
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-pg.XXXXXX")
    chmod 755 "$dir"
    mkdir "$dir/data" "$dir/socket"
    [[ $(id -u) -eq 0 ]] && chown -R postgres "$dir"
    run_as_owner "$bindir/initdb" -D "$dir/data" -U parley --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { log "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    # fsync off: a test server's data is thrown away, and the tests should not wait on the disk.
    run_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2 || { log "the server did not start:"; cat "$dir/server.log" >&2; exit 1; }
    echo "$bindir" >"$dir/bindir"
    log "PostgreSQL ($("$bindir/postgres" --version)) on 127.0.0.1:$port, data in $dir"
    echo "export PARLEY_TEST_PG='Host=127.0.0.1;Port=$port;Username=parley;Database=postgres'"
    echo "export PARLEY_TEST_PG_DIR='$dir'"
}

stop() {
    local dir=${1:-${PARLEY_TEST_PG_DIR:-}}
    if [[ -z "$dir" || ! -f "$dir/bindir" ]]; then
        log "stop: '$dir' is not a folder this script started a server in"
        exit 2
    fi
    run_as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
