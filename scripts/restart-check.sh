#!/usr/bin/env bash
# Manual check (not part of ./mvnw verify, decisions.md 17): the app on its embedded
# PostgreSQL survives a hard crash.
#
#   1. starts the app with ./mvnw spring-boot:run on a fresh temporary CITYMENTOR_DATA_DIR
#   2. waits for http://localhost:$PORT/login
#   3. signs in as the demo's Capaci officer (the session lives in PostgreSQL)
#   4. kill -9s the app's JVM (its PostgreSQL is left running, as after a real crash)
#   5. starts the app again on the same directory and waits for the login page again
#   6. checks that the same session cookie is still signed in
#   7. stops the app normally and removes the directory
#
# Usage: scripts/restart-check.sh            (PORT=8081 scripts/restart-check.sh if 8080 is taken)
# Every wait is bounded (START_TIMEOUT seconds per start, default 300); only localhost is
# contacted. Set KEEP_DATA=1 to keep the data directory and the logs for a look afterwards.
set -euo pipefail

PORT="${PORT:-8080}"
START_TIMEOUT="${START_TIMEOUT:-300}"
STOP_TIMEOUT=60
URL="http://localhost:${PORT}/login"

cd "$(dirname "$0")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/citymentor-restart-check.XXXXXX")"
export CITYMENTOR_DATA_DIR="${work}/data"
# the sign-in and demo-data helpers of the other checks (this script keeps its own start and
# cleanup: it runs the app with ./mvnw spring-boot:run, as a developer does)
CHECK=restart-check
WORK="${work}"
# shellcheck source=lib/app.sh
. scripts/lib/app.sh
# the check is about the embedded database: never point it at a configured one
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD

maven_pid=""
app_pid=""

say() {
	echo "[restart-check] $*"
}

postmaster_pid() {
	local pid_file="${CITYMENTOR_DATA_DIR}/postgres/postmaster.pid"
	[ -f "${pid_file}" ] && head -n 1 "${pid_file}" || true
}

alive() {
	[ -n "$1" ] && kill -0 "$1" 2>/dev/null
}

wait_gone() {
	local pid="$1" limit="$2" waited=0
	while alive "${pid}" && [ "${waited}" -lt "${limit}" ]; do
		sleep 1
		waited=$((waited + 1))
	done
	! alive "${pid}"
}

cleanup() {
	local status=$?
	if alive "${app_pid}"; then
		kill "${app_pid}" 2>/dev/null || true
		wait_gone "${app_pid}" "${STOP_TIMEOUT}" || kill -9 "${app_pid}" 2>/dev/null || true
	fi
	if alive "${maven_pid}"; then
		kill "${maven_pid}" 2>/dev/null || true
		wait_gone "${maven_pid}" 10 || kill -9 "${maven_pid}" 2>/dev/null || true
	fi
	# the PostgreSQL of our own temporary data directory, if a step failed half-way
	local pg
	pg="$(postmaster_pid)"
	if alive "${pg}" && grep -q "postgres" "/proc/${pg}/cmdline" 2>/dev/null; then
		kill "${pg}" 2>/dev/null || true
		wait_gone "${pg}" 20 || kill -9 "${pg}" 2>/dev/null || true
	fi
	if [ "${status}" -ne 0 ]; then
		say "FAILED; the logs are in ${work}"
	elif [ "${KEEP_DATA:-0}" = "1" ]; then
		say "data and logs kept in ${work}"
	else
		rm -rf "${work}"
	fi
	exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() {
	local log="$1"
	if curl -s -o /dev/null --max-time 2 "${URL}"; then
		say "something already answers on port ${PORT}; stop it or use PORT=<free port>" >&2
		return 1
	fi
	say "starting the app (log: ${log})"
	./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=${PORT}" >"${log}" 2>&1 &
	maven_pid=$!
	app_pid=""
	local deadline=$((SECONDS + START_TIMEOUT))
	while [ "${SECONDS}" -lt "${deadline}" ]; do
		if ! alive "${maven_pid}"; then
			say "the app stopped while starting; end of its log:" >&2
			tail -n 40 "${log}" >&2
			return 1
		fi
		if [ -z "${app_pid}" ]; then
			# spring-boot:run forks the app into its own JVM, a child of Maven's
			app_pid="$(pgrep -P "${maven_pid}" -f 'org.citymentor.CityMentorApplication' | head -n 1 || true)"
		fi
		if [ -n "${app_pid}" ] && curl -fsS -o /dev/null --max-time 5 "${URL}" 2>/dev/null; then
			say "the login page answers (app JVM pid ${app_pid}, after ${SECONDS}s of the check)"
			return 0
		fi
		sleep 2
	done
	say "no answer from ${URL} within ${START_TIMEOUT}s; end of the log:" >&2
	tail -n 40 "${log}" >&2
	return 1
}

start_app "${work}/first-run.log"
crashed_postgres="$(postmaster_pid)"

# the demo data is loaded just after the app starts answering
wait_demo_data "${work}/first-run.log"
jar="${work}/cookies.txt"
base="http://localhost:${PORT}"
sign_in "${base}" "${jar}" mentee@capaci.example.org
signed_in() {
	[ "$(curl -s -b "${jar}" -o /dev/null -w '%{http_code}' "${base}/account")" = "200" ]
}
signed_in || { say "the new session is not signed in" >&2; exit 1; }
say "signed in as mentee@capaci.example.org"

say "kill -9 of the app JVM ${app_pid}"
kill -9 "${app_pid}"
wait_gone "${app_pid}" 10
wait_gone "${maven_pid}" "${STOP_TIMEOUT}" || kill -9 "${maven_pid}" 2>/dev/null || true
if alive "${crashed_postgres}"; then
	say "its PostgreSQL (pid ${crashed_postgres}) is still running, as after a real crash"
fi

start_app "${work}/second-run.log"
if alive "${crashed_postgres}" && [ "$(postmaster_pid)" != "${crashed_postgres}" ]; then
	say "the PostgreSQL left by the crash (pid ${crashed_postgres}) is still running" >&2
	exit 1
fi

if signed_in; then
	say "the session made before the crash is still signed in after the restart (sessions are in PostgreSQL)"
else
	say "the session made before the crash was lost: /account asks to sign in again" >&2
	exit 1
fi

say "stopping the app"
kill "${app_pid}"
wait_gone "${app_pid}" "${STOP_TIMEOUT}"
wait_gone "${maven_pid}" "${STOP_TIMEOUT}" || true
say "OK: the app came back after kill -9 on the same data directory, and its users stayed signed in"
