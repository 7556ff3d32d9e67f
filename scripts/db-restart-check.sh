#!/usr/bin/env bash
# Manual check (not part of ./mvnw verify, decisions.md 17): the database restarts while people
# write, and no acknowledged write is lost.
#
#   1. builds the jar and starts the app on a fresh temporary CITYMENTOR_DATA_DIR (embedded
#      PostgreSQL with the demo data)
#   2. signs in as mentor@mechelen.example.org (curl, cookie jar, CSRF token) and starts a loop
#      of acknowledged writes: comments "db-restart-check-N" on Ostend's action plan; a comment
#      counts as acknowledged when the app answers 302 (post/redirect/get)
#   3. restarts the embedded PostgreSQL under the running app (what pg_ctl restart -m fast
#      does: SIGINT to the postmaster, then a start with the options in postmaster.opts;
#      pg_ctl itself refuses to run as root; when run as root, PostgreSQL is started again as
#      the user nobody)
#   4. stops it for OUTAGE seconds (fast shutdown), checks that pages and saves answer the
#      503 "try again" page with Retry-After (never a 500 or a stack trace) and that
#      /actuator/health says DOWN, then starts it again
#   5. checks that the app answers normally again within 30 s, by itself
#   6. checks that every acknowledged comment is in the database (psql on the embedded port)
#
# Usage: scripts/db-restart-check.sh     (PORT=8081 if 8080 is taken; OUTAGE=10 seconds;
# SKIP_BUILD=1 reuses target/*.jar, JAR=path uses that one; KEEP_DATA=1 keeps the directory with the logs)
set -euo pipefail

CHECK=db-restart-check
PORT="${PORT:-8080}"
OUTAGE="${OUTAGE:-10}"
RECOVERY_LIMIT=30
BASE="http://localhost:${PORT}"

cd "$(dirname "$0")/.."
# shellcheck source=lib/app.sh
. scripts/lib/app.sh

use_work_dir

require_psql
JAR="$(app_jar)"
start_app "${WORK}/app.log" "${PORT}" CITYMENTOR_DATA_DIR="${DATA}" SPRING_DATASOURCE_URL=
wait_demo_data "${WORK}/app.log"
say "embedded PostgreSQL on port $(pg_port "${DATA}"): $(head -c 120 "$(pg_dir "${DATA}")/postmaster.opts")"

# Ostend's action plan, shared with its group, which Mechelen's officer may comment on
read -r group participant <<<"$(sql "${DATA}" "select d.group_id || ' ' || d.participant_id from form_document d
	join organisation o on o.id = d.organisation_id where d.kind = 'ACTION_PLAN' and o.name = 'Ostend'")"
PLAN="${BASE}/groups/${group}/participants/${participant}/action-plan"
COOKIES="${WORK}/cookies"
sign_in "${BASE}" "${COOKIES}" mentor@mechelen.example.org
curl -fsS -c "${COOKIES}" -b "${COOKIES}" "${PLAN}" >"${WORK}/plan.html"
TOKEN="$(csrf "${WORK}/plan.html")"
say "signed in; writing comments on ${PLAN}"

ACKED="${WORK}/acknowledged.txt"
ANSWERS="${WORK}/answers.txt"
: >"${ACKED}"
: >"${ANSWERS}"

# one POST; prints "<status> <body file>"
save_comment() {
	local n="$1" body="${WORK}/answer-$1.html" status
	status="$(curl -s -o "${body}" -w '%{http_code}' --max-time 20 -c "${COOKIES}" -b "${COOKIES}" \
		--data-urlencode "_csrf=${TOKEN}" -d "question=vision" -d "returnTo=edit" \
		--data-urlencode "body=db-restart-check-${n}" "${PLAN}/comments" || echo 000)"
	echo "${status} ${body}"
}

writer() {
	local n=0 status body
	while [ ! -f "${WORK}/stop" ]; do
		n=$((n + 1))
		read -r status body <<<"$(save_comment "${n}")"
		echo "${n} ${status}" >>"${ANSWERS}"
		if [ "${status}" = "302" ]; then
			echo "db-restart-check-${n}" >>"${ACKED}"
		elif [ "${status}" = "503" ] && grep -Eq "${OUTAGE_TEXT}" "${body}"; then
			:
		else
			cp "${body}" "${WORK}/unexpected-${n}.html" 2>/dev/null || true
		fi
		sleep 0.2
	done
}

acked() {
	wc -l <"${ACKED}" | tr -d ' '
}

wait_acked() {
	local target="$1" deadline=$((SECONDS + 60))
	while [ "$(acked)" -lt "${target}" ] && [ "${SECONDS}" -lt "${deadline}" ]; do
		sleep 0.5
	done
	[ "$(acked)" -ge "${target}" ] || { say "the writes do not go through (see ${ANSWERS})" >&2; return 1; }
}

writer &
writer_pid=$!
CLEANUP_PIDS+=("${writer_pid}")
wait_acked 10
say "$(acked) comments acknowledged; restart of PostgreSQL (fast shutdown, start) under the running app"
pg_stop_fast "${DATA}"
pg_start "${DATA}" "${WORK}/postgres-restart.log"
before=$(acked)
wait_acked $((before + 10))
say "writes go on after the restart ($(acked) acknowledged)"

# a longer outage, to look at what people see while the database is away
say "fast shutdown of PostgreSQL: the database is away for ${OUTAGE}s"
pg_stop_fast "${DATA}"
sleep 2
page_status="$(curl -s -o "${WORK}/outage-page.html" -D "${WORK}/outage-headers.txt" -w '%{http_code}' \
	-b "${COOKIES}" "${PLAN}")"
health_status="$(curl -s -o "${WORK}/outage-health.json" -w '%{http_code}' "${BASE}/actuator/health")"
readiness_status="$(curl -s -o /dev/null -w '%{http_code}' "${BASE}/actuator/health/readiness")"
sleep "${OUTAGE}"
pg_start "${DATA}" "${WORK}/postgres-start.log"
back=${SECONDS}
say "database started again"

failures=0
fail() {
	say "FAIL: $*" >&2
	failures=$((failures + 1))
}
[ "${page_status}" = "503" ] || fail "a page during the outage answered ${page_status}, not 503"
grep -qi '^Retry-After: ' "${WORK}/outage-headers.txt" || fail "no Retry-After header during the outage"
grep -Eq "${OUTAGE_TEXT}" "${WORK}/outage-page.html" || fail "the outage page does not say what happened"
if grep -Eq 'Exception|at org\.|at java\.' "${WORK}/outage-page.html"; then
	fail "the outage page shows a stack trace"
fi
[ "${health_status}" = "503" ] && grep -q '"DOWN"' "${WORK}/outage-health.json" ||
	fail "/actuator/health answered ${health_status} $(cat "${WORK}/outage-health.json") during the outage"
[ "${readiness_status}" = "503" ] || fail "/actuator/health/readiness answered ${readiness_status} during the outage"

# recovery: the plan page answers 200 again, with no restart of the app
recovered=""
while [ $((SECONDS - back)) -le "${RECOVERY_LIMIT}" ]; do
	if [ "$(curl -s -o /dev/null -w '%{http_code}' -b "${COOKIES}" "${PLAN}")" = "200" ]; then
		recovered=$((SECONDS - back))
		break
	fi
	sleep 1
done
[ -n "${recovered}" ] || fail "the app did not answer normally within ${RECOVERY_LIMIT}s of the database's return"
before=$(acked)
wait_acked $((before + 10)) || fail "no acknowledged writes after the outage"
touch "${WORK}/stop"
wait "${writer_pid}" || true
CLEANUP_PIDS=()

total=$(wc -l <"${ANSWERS}" | tr -d ' ')
count_503=$(awk '$2 == 503' "${ANSWERS}" | wc -l | tr -d ' ')
count_500=$(awk '$2 >= 500 && $2 != 503' "${ANSWERS}" | wc -l | tr -d ' ')
other=$(awk '$2 != 302 && $2 != 503' "${ANSWERS}" | wc -l | tr -d ' ')
[ "${count_500}" = "0" ] || fail "${count_500} saves answered a 5xx other than 503"
[ "${other}" = "0" ] || fail "${other} saves answered something else than 302 or 503: $(awk '$2 != 302 && $2 != 503 {print $2}' "${ANSWERS}" | sort | uniq -c | tr '\n' ' ')"
sql "${DATA}" "select body from form_comment where body like 'db-restart-check-%'" | sort >"${WORK}/stored.txt"
sort "${ACKED}" >"${WORK}/acked-sorted.txt"
missing=$(comm -23 "${WORK}/acked-sorted.txt" "${WORK}/stored.txt" | wc -l | tr -d ' ')
[ "${missing}" = "0" ] || fail "${missing} acknowledged comments are not in the database: $(comm -23 "${WORK}/acked-sorted.txt" "${WORK}/stored.txt" | head -5 | tr '\n' ' ')"
stored=$(wc -l <"${WORK}/stored.txt" | tr -d ' ')

say "saves: ${total} sent, $(acked) acknowledged (302), ${count_503} answered 503 'try again', ${count_500} answered 500"
say "during the outage: page ${page_status}, /actuator/health ${health_status} $(tr -d '\n' <"${WORK}/outage-health.json"), readiness ${readiness_status}"
say "recovered ${recovered:-never}s after the database came back (limit ${RECOVERY_LIMIT}s)"
say "in the database afterwards: ${stored} comments; acknowledged but missing: ${missing}"
if [ "${failures}" -ne 0 ]; then
	exit 1
fi
say "OK: the app survived the database restarts and kept every acknowledged write"
