#!/bin/sh
# The container's entry point: bring the database schema up to date, then serve.
# Extra arguments go to `fallakte-server run` (e.g. --workers 4).
set -eu
fallakte-server migrate
exec fallakte-server run --host 0.0.0.0 --port 8700 --workers "${FALLAKTE_WORKERS:-2}" "$@"
