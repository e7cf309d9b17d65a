#!/usr/bin/env bash
# Back up the Fallakte server database into one file.
#
# Everything the server keeps is in its database: teams, users (argon2 hashes), devices
# (token hashes), records, conflicts, the audit trail and attachment contents (table
# "blob"). So one dump is the whole server; /etc/fallakte/server.env (database password,
# metrics token) is configuration and is backed up with the machine's /etc.
#
#   backup.sh [-e ENV_FILE] [-d BACKUP_DIR] [-k KEEP_DAYS]
#
# The database URL comes from $FALLAKTE_DATABASE_URL, else from the FALLAKTE_DATABASE_URL
# line of ENV_FILE (default /etc/fallakte/server.env). PostgreSQL: `pg_dump -Fc` (the
# custom format: compressed, restored with restore.sh / pg_restore), checked with
# `pg_restore --list`. SQLite: an online copy through SQLite's backup API.
# Files are written as BACKUP_DIR/fallakte-<database>-<UTC time>.dump (mode 600) with a
# .sha256 beside them; dumps older than KEEP_DAYS (default 14, 0 = keep all) are deleted.
# The path of the new dump is the last line on stdout.
#
# The dump holds every case file in clear text (the server stores what devices push):
# keep BACKUP_DIR on an encrypted disk or encrypt the files before they leave the machine.
set -euo pipefail
umask 077

ENV_FILE=/etc/fallakte/server.env
BACKUP_DIR=/var/backups/fallakte
KEEP_DAYS=14

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while getopts "e:d:k:h" opt; do
    case "$opt" in
        e) ENV_FILE=$OPTARG ;;
        d) BACKUP_DIR=$OPTARG ;;
        k) KEEP_DAYS=$OPTARG ;;
        h) usage 0 ;;
        *) usage 2 >&2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage 2 >&2
case "$KEEP_DAYS" in '' | *[!0-9]*) echo "backup.sh: -k needs a number of days" >&2; exit 2 ;; esac

die() { echo "backup.sh: $*" >&2; exit 1; }

# shellcheck source=installer/server/pgenv.sh
. "$(dirname "$0")/pgenv.sh"

URL=$(database_url "$ENV_FILE") || die "no FALLAKTE_DATABASE_URL in the environment or in $ENV_FILE"
mkdir -p "$BACKUP_DIR"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

case "$URL" in
    postgres*)
        command -v pg_dump >/dev/null || die "pg_dump not found: apt-get install postgresql-client"
        pg_environment "$URL"
        NAME=$PGDATABASE
        TARGET="$BACKUP_DIR/fallakte-$NAME-$STAMP.dump"
        PARTIAL="$TARGET.partial"
        trap 'rm -f "$PARTIAL"' EXIT
        pg_dump --format=custom --compress=6 --no-password --file="$PARTIAL"
        # A dump pg_restore cannot read is no backup.
        pg_restore --list "$PARTIAL" >/dev/null || die "the new dump is unreadable: $PARTIAL"
        ;;
    sqlite*)
        FILE=$(sqlite_path "$URL")
        [ -f "$FILE" ] || die "no SQLite database at $FILE"
        NAME=$(basename "$FILE" .db)
        TARGET="$BACKUP_DIR/fallakte-$NAME-$STAMP.sqlite"
        PARTIAL="$TARGET.partial"
        trap 'rm -f "$PARTIAL"' EXIT
        python3 - "$FILE" "$PARTIAL" <<'EOF'
import sqlite3, sys
source = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
target = sqlite3.connect(sys.argv[2])
source.backup(target)
if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    sys.exit("integrity check of the copy failed")
target.close()
source.close()
EOF
        ;;
    *) die "unsupported database URL (postgresql://… or sqlite:///…)" ;;
esac

mv "$PARTIAL" "$TARGET"
trap - EXIT
(cd "$BACKUP_DIR" && sha256sum "$(basename "$TARGET")" >"$(basename "$TARGET").sha256")

if [ "$KEEP_DAYS" -gt 0 ]; then
    find "$BACKUP_DIR" -maxdepth 1 -type f -name "fallakte-$NAME-*" -mtime +"$KEEP_DAYS" -print -delete |
        sed 's/^/removed old backup: /' >&2
fi

echo "backup written: $(du -h "$TARGET" | cut -f1)" >&2
echo "$TARGET"
