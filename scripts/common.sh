# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${GOVASSETS_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libqt6svg6 libgl1-mesa-dev
    libspdlog-dev catch2 libsodium-dev libxlsxwriter-dev
    sqlite3 fonts-noto-cjk poppler-utils xvfb xauth xdotool x11-apps netpbm
    postgresql libqt6sql6-psql libpq-dev
)

install_missing_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_project() {
    local build_type="${1:-RelWithDebInfo}"
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}


# A throwaway PostgreSQL cluster for the test suite (the "postgres" store): initdb in a temporary
# folder as an unprivileged user, listening on 127.0.0.1 at a free port and on a unix socket in
# that folder. start_test_postgres exports GOVASSETS_TEST_PG_URL (a superuser's URL the tests
# create their databases through) and PGPASSFILE; stop_test_postgres stops it and removes the
# folder (call it from an EXIT trap, so a failed run stops it too).
PG_TEST_DIR=""
PG_TEST_USER=""

pg_bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done | sort -V | tail -1
}

# Runs a command as the cluster's owner (root may not run PostgreSQL).
as_pg_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$PG_TEST_USER" -- "$@"
    else
        "$@"
    fi
}

start_test_postgres() {
    local bindir
    bindir="$(pg_bindir)"
    [ -n "$bindir" ] || { echo "PostgreSQL is not installed (package postgresql)." >&2; return 1; }
    PG_TEST_USER="$(id -un)"
    if [ "$(id -u)" -eq 0 ]; then
        # Debian's postgresql package creates this unprivileged system user.
        PG_TEST_USER=postgres
        id "$PG_TEST_USER" >/dev/null 2>&1 || { echo "No user $PG_TEST_USER to run PostgreSQL." >&2; return 1; }
    fi
    PG_TEST_DIR="$(mktemp -d "${TMPDIR:-/tmp}/govassets-pg.XXXXXX")"
    chmod 755 "$PG_TEST_DIR"
    [ "$(id -u)" -eq 0 ] && chown "$PG_TEST_USER" "$PG_TEST_DIR"
    local password
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    (umask 077; printf '%s\n' "$password" >"$PG_TEST_DIR/pw")
    [ "$(id -u)" -eq 0 ] && chown "$PG_TEST_USER" "$PG_TEST_DIR/pw"
    # C collation: text sorts by code point, as SQLite's BINARY does.
    as_pg_owner "$bindir/initdb" -D "$PG_TEST_DIR/data" -U govassets --pwfile="$PG_TEST_DIR/pw" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync \
        >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    rm -f "$PG_TEST_DIR/pw"
    # The password file the tests (libpq) read; never on a command line.
    local port tries=0
    while :; do
        port=$((20000 + RANDOM % 40000))
        if as_pg_owner "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_TEST_DIR \
                -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
                -c shared_buffers=256MB" start >/dev/null; then
            break
        fi
        tries=$((tries + 1))
        if [ "$tries" -ge 5 ]; then
            echo "Could not start the test PostgreSQL server:" >&2
            tail -20 "$PG_TEST_DIR/server.log" >&2
            return 1
        fi
    done
    (umask 077; printf '127.0.0.1:%s:*:govassets:%s\n%s:%s:*:govassets:%s\n' \
        "$port" "$password" "$PG_TEST_DIR" "$port" "$password" >"$PG_TEST_DIR/pgpass")
    export PGPASSFILE="$PG_TEST_DIR/pgpass"
    export GOVASSETS_TEST_PG_URL="postgresql://govassets@127.0.0.1:$port/postgres"
    echo "Test PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_TEST_DIR)"
}

stop_test_postgres() {
    [ -n "$PG_TEST_DIR" ] && [ -d "$PG_TEST_DIR" ] || return 0
    if [ -f "$PG_TEST_DIR/data/postmaster.pid" ]; then
        as_pg_owner "$(pg_bindir)/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=""
}
