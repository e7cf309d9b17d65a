# shellcheck shell=bash
# Sourced by backup.sh and restore.sh: the database URL, and libpq's environment from it.
# (The password goes to PGPASSWORD, never onto a command line where `ps` would show it.)

# database_url ENV_FILE: $FALLAKTE_DATABASE_URL, else its last line in ENV_FILE (systemd
# EnvironmentFile syntax: NAME=value, optionally in quotes).
database_url() {
    if [ -n "${FALLAKTE_DATABASE_URL:-}" ]; then
        printf '%s\n' "$FALLAKTE_DATABASE_URL"
        return 0
    fi
    [ -r "$1" ] || return 1
    local line
    line=$(grep -E '^[[:space:]]*FALLAKTE_DATABASE_URL=' "$1" | tail -n 1) || return 1
    line=${line#*=}
    line=${line%\"}; line=${line#\"}; line=${line%\'}; line=${line#\'}
    [ -n "$line" ] || return 1
    printf '%s\n' "$line"
}

# pg_environment URL: export PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and the TLS
# settings named in the URL's query (sslmode=…, sslrootcert=…, host=/run/postgresql).
pg_environment() {
    local exports
    exports=$(python3 - "$1" <<'PY'
import shlex, sys
from urllib.parse import parse_qsl, unquote, urlsplit

url = urlsplit(sys.argv[1])
if not url.scheme.startswith("postgres"):
    sys.exit(f"not a PostgreSQL URL: {url.scheme}://")
values = {
    "PGHOST": url.hostname or "",
    "PGPORT": str(url.port or ""),
    "PGUSER": unquote(url.username or ""),
    "PGPASSWORD": unquote(url.password or ""),
    "PGDATABASE": unquote(url.path.lstrip("/")),
}
names = {"host": "PGHOST", "port": "PGPORT", "sslmode": "PGSSLMODE",
         "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY",
         "connect_timeout": "PGCONNECT_TIMEOUT"}
for key, value in parse_qsl(url.query):
    if key in names:
        values[names[key]] = value
if not values["PGDATABASE"]:
    sys.exit("the database URL names no database")
for name, value in values.items():
    if value:
        print(f"export {name}={shlex.quote(value)}")
    else:
        print(f"unset {name}")
PY
    ) || return 1
    eval "$exports"
}

# sqlite_path URL: the file of sqlite:////absolute/path or sqlite:///relative/path.
sqlite_path() {
    local rest=${1#*:///}
    printf '%s\n' "${rest%%\?*}"
}
