#!/usr/bin/env bash
# Generates the large data set of the benchmark (issue 10) in its own data directory, never ./data:
# builds the app, starts it once with the Spring profile large-data on the embedded PostgreSQL in
# $CITYMENTOR_DATA_DIR (default target/large-data), waits until the data is loaded (the demo data first,
# then the bulk SQL of src/main/resources/largedata/large-data.sql), and stops it again.
# Repeatable: on a directory that already holds the data it only checks and stops.
#
# Usage: scripts/large-data.sh            (SKIP_BUILD=1 reuses the jar in target/, PORT=8082 if 8081 is taken)
# The log is in $CITYMENTOR_DATA_DIR/large-data.log; every account of the large data set has the password
# citymentor-large, e.g. coordinator1@large.example.org, who coordinates the programme with 300 groups.
set -euo pipefail
cd "$(dirname "$0")/.."

export CITYMENTOR_DATA_DIR="${CITYMENTOR_DATA_DIR:-target/large-data}"
PORT="${PORT:-8081}"
TIMEOUT="${TIMEOUT:-1800}"
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
JAR="target/citymentor-0.1.0-SNAPSHOT.jar"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "${JAR}" ]; then
	./mvnw -q -B -DskipTests package
fi
mkdir -p "${CITYMENTOR_DATA_DIR}"
log="${CITYMENTOR_DATA_DIR}/large-data.log"
start=$(date +%s)
java -jar "${JAR}" --spring.profiles.active=large-data --server.port="${PORT}" >"${log}" 2>&1 &
pid=$!
trap 'kill "${pid}" 2>/dev/null || true' EXIT
while ! grep -q "Large data: .* rows in plan_progress" "${log}"; do
	if ! kill -0 "${pid}" 2>/dev/null; then
		echo "[large-data] the app stopped before the data was loaded; see ${log}" >&2
		tail -n 40 "${log}" >&2
		exit 1
	fi
	if [ $(($(date +%s) - start)) -gt "${TIMEOUT}" ]; then
		echo "[large-data] not loaded after ${TIMEOUT} s; see ${log}" >&2
		exit 1
	fi
	sleep 2
done
grep "Demo data\|Large data" "${log}" | sed 's/^.*\(Demo data\|Large data\)/[large-data] \1/'
echo "[large-data] done in $(($(date +%s) - start)) s (build excluded); addresses for the benchmark in ${CITYMENTOR_DATA_DIR}/large-data.properties"
kill "${pid}"
wait "${pid}" 2>/dev/null || true
trap - EXIT
