#!/usr/bin/env bash
# Manual check (not part of ./mvnw verify, decisions.md 17): a backup of the demo database with
# pg_dump restores with pg_restore into a fresh database holding the same rows.
#
#   1. builds the jar and starts the app on a fresh temporary CITYMENTOR_DATA_DIR (embedded
#      PostgreSQL with the demo data)
#   2. pg_dump -Fc of the database "citymentor" while the app runs (as docs/operations.md says)
#   3. creates the empty database "citymentor_restored" on the same server and pg_restore's
#      the dump into it (--no-owner, --exit-on-error)
#   4. compares the row count of every table of both databases (flyway_schema_history and
#      spring_session included)
#
# Needs pg_dump, pg_restore and psql version 15 (Debian 12: apt-get install -y
# postgresql-client-15; the script installs it when run as root and they are missing).
# Usage: scripts/backup-restore-check.sh   (PORT=8081 if 8080 is taken; SKIP_BUILD=1 or JAR=path
# as in db-restart-check.sh; KEEP_DATA=1 keeps the directory, the dump and the logs)
set -euo pipefail

CHECK=backup-restore-check
PORT="${PORT:-8080}"

cd "$(dirname "$0")/.."
# shellcheck source=lib/app.sh
. scripts/lib/app.sh

use_work_dir

if ! command -v pg_dump >/dev/null || ! command -v pg_restore >/dev/null || ! command -v psql >/dev/null; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
		say "installing postgresql-client-15"
		apt-get install -y postgresql-client-15 >"${WORK}/apt.log" 2>&1
	else
		say "pg_dump, pg_restore and psql 15 are needed: apt-get install -y postgresql-client-15" >&2
		exit 1
	fi
fi
version="$(pg_dump --version)"
case "${version}" in
	*" 15."*) ;;
	*) say "pg_dump is not version 15 (${version}); the server is PostgreSQL 15" >&2; exit 1 ;;
esac

JAR="$(app_jar)"
start_app "${WORK}/app.log" "${PORT}" CITYMENTOR_DATA_DIR="${DATA}" SPRING_DATASOURCE_URL=
wait_demo_data "${WORK}/app.log"
PGPORT_EMBEDDED="$(pg_port "${DATA}")"
export PGHOST=localhost PGUSER=postgres PGPORT="${PGPORT_EMBEDDED}"

DUMP="${WORK}/citymentor.dump"
started=${SECONDS}
pg_dump -Fc -d citymentor -f "${DUMP}"
say "pg_dump -Fc (${version}): $(du -h "${DUMP}" | cut -f1) in $((SECONDS - started))s, while the app runs"

psql -X -q -d postgres -c "create database citymentor_restored"
started=${SECONDS}
pg_restore --no-owner --exit-on-error -d citymentor_restored "${DUMP}"
say "pg_restore into citymentor_restored in $((SECONDS - started))s"

# the same question to both databases: every table of the schema with its exact row count
counts() {
	psql -X -q -At -d "$1" <<'SQL'
select table_name || ' ' || (xpath('/row/n/text()',
	query_to_xml(format('select count(*) as n from %I.%I', table_schema, table_name), false, true, '')))[1]::text
from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE'
order by table_name;
SQL
}
counts citymentor >"${WORK}/counts-original.txt"
counts citymentor_restored >"${WORK}/counts-restored.txt"

tables=$(wc -l <"${WORK}/counts-original.txt" | tr -d ' ')
rows=$(awk '{ n += $2 } END { print n }' "${WORK}/counts-original.txt")
if ! diff -u "${WORK}/counts-original.txt" "${WORK}/counts-restored.txt" >"${WORK}/counts.diff"; then
	say "FAIL: the restored database differs:" >&2
	cat "${WORK}/counts.diff" >&2
	exit 1
fi
say "largest tables: $(sort -k2 -n -r "${WORK}/counts-original.txt" | head -5 | tr '\n' ',' | sed 's/,$//; s/,/, /g')"
say "OK: ${tables} tables, ${rows} rows, the same count in every table after pg_dump and pg_restore"
