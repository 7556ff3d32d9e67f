# Helpers shared by the multi-process checks under scripts/ (sourced, not run):
# build the jar, start the app on a temporary embedded data directory, sign in with curl,
# find the embedded PostgreSQL, stop everything the check started. Only localhost is contacted.
# Callers set CHECK (a name for the messages), then call use_work_dir (or set WORK themselves).

START_TIMEOUT="${START_TIMEOUT:-300}"
STOP_TIMEOUT=60
DEMO_PASSWORD="citymentor-demo"
APP_PIDS=()

say() {
	echo "[${CHECK}] $*"
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

# the application jar: JAR if set, else built with ./mvnw package unless SKIP_BUILD=1 and a
# jar exists
app_jar() {
	local jar
	if [ -n "${JAR:-}" ]; then
		echo "${JAR}"
		return 0
	fi
	jar="$(ls target/citymentor-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)"
	if [ "${SKIP_BUILD:-0}" != "1" ] || [ -z "${jar}" ]; then
		say "building the jar (./mvnw -B -q -DskipTests package; SKIP_BUILD=1 reuses target/*.jar)" >&2
		./mvnw -B -q -DskipTests package >"${WORK}/build.log" 2>&1 || { tail -n 40 "${WORK}/build.log" >&2; return 1; }
		jar="$(ls target/citymentor-*.jar | grep -v plain | head -n 1)"
	fi
	echo "${jar}"
}

# start_app <log> <port> [VAR=value ...]: starts the jar in the background (environment from
# the extra arguments), waits for the login page, and prints the JVM's pid on fd 3
start_app() {
	local log="$1" port="$2"
	shift 2
	if curl -s -o /dev/null --max-time 2 "http://localhost:${port}/login"; then
		say "something already answers on port ${port}; stop it or choose other ports" >&2
		return 1
	fi
	env "$@" java -jar "${JAR}" --server.port="${port}" >"${log}" 2>&1 &
	local pid=$!
	APP_PIDS+=("${pid}")
	local deadline=$((SECONDS + START_TIMEOUT))
	while [ "${SECONDS}" -lt "${deadline}" ]; do
		if ! alive "${pid}"; then
			say "the app stopped while starting; end of its log:" >&2
			tail -n 40 "${log}" >&2
			return 1
		fi
		if curl -fsS -o /dev/null --max-time 5 "http://localhost:${port}/login" 2>/dev/null; then
			say "app on port ${port} answers (pid ${pid}, log ${log})"
			LAST_APP_PID="${pid}"
			return 0
		fi
		sleep 2
	done
	say "no answer on port ${port} within ${START_TIMEOUT}s; end of the log:" >&2
	tail -n 40 "${log}" >&2
	return 1
}

# wait_demo_data <log>: the demo data is loaded after the app has started
wait_demo_data() {
	local deadline=$((SECONDS + START_TIMEOUT))
	until grep -q "Demo data:" "$1"; do
		if [ "${SECONDS}" -ge "${deadline}" ]; then
			say "no demo data within ${START_TIMEOUT}s" >&2
			return 1
		fi
		sleep 2
	done
}

stop_app() {
	local pid="$1"
	if alive "${pid}"; then
		kill "${pid}" 2>/dev/null || true
		wait_gone "${pid}" "${STOP_TIMEOUT}" || kill -9 "${pid}" 2>/dev/null || true
	fi
}

# the embedded PostgreSQL of a data directory (postmaster.pid: line 1 pid, line 4 port)
pg_dir() {
	echo "$1/postgres"
}
pg_pid() {
	[ -f "$(pg_dir "$1")/postmaster.pid" ] && head -n 1 "$(pg_dir "$1")/postmaster.pid" || true
}
pg_port() {
	sed -n 4p "$(pg_dir "$1")/postmaster.pid"
}
# pg_stop_fast <data dir>: what "pg_ctl stop -m fast" does (SIGINT: fast shutdown, open
# transactions are rolled back, committed ones are on disk). pg_ctl itself refuses to run as
# root, which the embedded server runs as on some machines (see pg_start).
pg_stop_fast() {
	local pid
	pid="$(pg_pid "$1")"
	kill -INT "${pid}"
	wait_gone "${pid}" 60
}

# pg_start <data dir> <log>: starts the server again with the options of its last start
# (postmaster.opts, as "pg_ctl restart" does) and waits until it accepts connections
pg_start() {
	local dir log="$2"
	dir="$(pg_dir "$1")"
	eval "set -- $(cat "${dir}/postmaster.opts")"
	if [ "$(id -u)" = "0" ]; then
		# PostgreSQL refuses to start as root (the library's first start is allowed, this one
		# is not): hand the data directory to an unprivileged user and start it as that user
		chown -R nobody "${dir}"
		chmod a+x "${WORK}" "$1"
		set -- runuser -u nobody -- "$@"
	fi
	nohup "$@" >"${log}" 2>&1 &
	local deadline=$((SECONDS + 60))
	until [ -f "${dir}/postmaster.pid" ] && [ "$(sed -n 8p "${dir}/postmaster.pid" | tr -d ' ')" = "ready" ]; do
		if [ "${SECONDS}" -ge "${deadline}" ]; then
			say "PostgreSQL did not start again; see ${log}" >&2
			return 1
		fi
		sleep 0.2
	done
}

# sql <data dir> <statement>: one value per line, through psql on the embedded server
sql() {
	psql -X -q -At -h localhost -p "$(pg_port "$1")" -U postgres -d citymentor -c "$2"
}

# the "try again" page, in any of the app's languages
OUTAGE_TEXT='cannot reach its database|kan zijn databank niet bereiken|ne parvient pas à joindre sa base|non riesce a raggiungere la sua banca dati'

# csrf <html file>: the CSRF token of the first form on the page
csrf() {
	grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//;s/"$//'
}

# sign_in <base url> <cookie jar> <e-mail>: signs in with the demo password
sign_in() {
	local base="$1" jar="$2" email="$3" page="${WORK}/login.html"
	curl -s -c "${jar}" -b "${jar}" "${base}/login" >"${page}"
	local status
	status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "${jar}" -b "${jar}" \
		--data-urlencode "email=${email}" --data-urlencode "password=${DEMO_PASSWORD}" \
		--data-urlencode "_csrf=$(csrf "${page}")" "${base}/login")"
	case "${status}" in
		"302 ${base}/"*) if [[ "${status}" != *"/login"* ]]; then return 0; fi ;;
	esac
	say "signing in as ${email} failed: ${status}" >&2
	return 1
}

# stops the apps this check started and the embedded PostgreSQL of the given data directories
cleanup_apps() {
	local pid dir pg
	for pid in "${APP_PIDS[@]}"; do
		stop_app "${pid}"
	done
	for dir in "$@"; do
		pg="$(pg_pid "${dir}")"
		if alive "${pg}" && grep -q "postgres" "/proc/${pg}/cmdline" 2>/dev/null; then
			kill "${pg}" 2>/dev/null || true
			wait_gone "${pg}" 20 || kill -9 "${pg}" 2>/dev/null || true
		fi
	done
}

require_psql() {
	if ! command -v psql >/dev/null; then
		say "psql is missing: apt-get install -y postgresql-client-15" >&2
		return 1
	fi
}

# use_work_dir: a temporary WORK (with DATA, the embedded database's directory, inside) for
# this check. On exit the apps and databases the check started stop, then WORK is removed
# unless the check failed or KEEP_DATA=1. A check that starts other processes adds their
# pids to CLEANUP_PIDS.
CLEANUP_PIDS=()
use_work_dir() {
	WORK="$(mktemp -d "${TMPDIR:-/tmp}/citymentor-${CHECK}.XXXXXX")"
	DATA="${WORK}/data"
	trap cleanup_work EXIT
	trap 'exit 130' INT TERM
}

cleanup_work() {
	local status=$? pid
	for pid in "${CLEANUP_PIDS[@]}"; do
		kill "${pid}" 2>/dev/null || true
	done
	cleanup_apps "${DATA}"
	if [ "${status}" -ne 0 ]; then
		say "FAILED; the logs are in ${WORK}"
	elif [ "${KEEP_DATA:-0}" = "1" ]; then
		say "data and logs kept in ${WORK}"
	else
		rm -rf "${WORK}"
	fi
	exit "${status}"
}
