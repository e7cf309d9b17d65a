#!/usr/bin/env bash
# Restore a backup made by backup.sh into the Fallakte server database.
#
#   restore.sh [-e ENV_FILE] [-t TARGET_URL] [-f] BACKUP_FILE
#
# The target is TARGET_URL, else $FALLAKTE_DATABASE_URL, else the FALLAKTE_DATABASE_URL
# line of ENV_FILE (default /etc/fallakte/server.env).
#
# PostgreSQL: the target database must exist (created by an administrator, owned by the
# server's role) and be empty; -f replaces whatever it holds. pg_restore runs in a single
# transaction, so a failed restore leaves the target as it was. Objects are owned by the
# role in the URL (--no-owner), so a dump restores into a database with another owner.
# SQLite: the file is copied to the target path; an existing file is replaced only with -f.
#
# Stop the server first (systemctl stop fallakte-server), then run `fallakte-server migrate`
# and start it again: a dump of an older release is brought up to date by the migration.
# Devices keep their tokens and cursors; changes they made after the backup are still in
# their outboxes and are pushed again at their next sync.
set -euo pipefail
umask 077

ENV_FILE=/etc/fallakte/server.env
TARGET_URL=
FORCE=0

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while getopts "e:t:fh" opt; do
    case "$opt" in
        e) ENV_FILE=$OPTARG ;;
        t) TARGET_URL=$OPTARG ;;
        f) FORCE=1 ;;
        h) usage 0 ;;
        *) usage 2 >&2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage 2 >&2
BACKUP=$1

die() { echo "restore.sh: $*" >&2; exit 1; }

# shellcheck source=installer/server/pgenv.sh
. "$(dirname "$0")/pgenv.sh"

[ -f "$BACKUP" ] || die "no backup file $BACKUP"
if [ -f "$BACKUP.sha256" ]; then
    (cd "$(dirname "$BACKUP")" && sha256sum --check --quiet "$(basename "$BACKUP").sha256") ||
        die "$BACKUP does not match its checksum: the file is damaged"
fi

if [ -n "$TARGET_URL" ]; then
    URL=$TARGET_URL
else
    URL=$(database_url "$ENV_FILE") || die "no target: give -t URL or set FALLAKTE_DATABASE_URL"
fi

case "$URL" in
    postgres*)
        command -v pg_restore >/dev/null || die "pg_restore not found: apt-get install postgresql-client"
        pg_environment "$URL"
        pg_restore --list "$BACKUP" >/dev/null 2>&1 || die "$BACKUP is not a pg_dump custom-format file"
        TABLES=$(psql --no-password --no-psqlrc --tuples-only --no-align --command \
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") ||
            die "cannot connect to the target database $PGDATABASE (create it first)"
        OPTIONS=(--no-owner --no-privileges --exit-on-error --single-transaction --no-password)
        if [ "$TABLES" != "0" ]; then
            [ "$FORCE" = 1 ] || die "the target database $PGDATABASE is not empty ($TABLES tables); give -f to replace its contents"
            OPTIONS+=(--clean --if-exists)
        fi
        pg_restore "${OPTIONS[@]}" --dbname="$PGDATABASE" "$BACKUP"
        ;;
    sqlite*)
        FILE=$(sqlite_path "$URL")
        if [ -e "$FILE" ] && [ "$FORCE" != 1 ]; then
            die "$FILE exists; give -f to replace it (stop the server first)"
        fi
        mkdir -p "$(dirname "$FILE")"
        cp "$BACKUP" "$FILE.restoring"
        rm -f "$FILE-wal" "$FILE-shm"
        mv "$FILE.restoring" "$FILE"
        ;;
    *) die "unsupported database URL (postgresql://… or sqlite:///…)" ;;
esac

echo "restored $BACKUP; now run: fallakte-server migrate" >&2
