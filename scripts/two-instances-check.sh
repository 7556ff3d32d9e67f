#!/usr/bin/env bash
# Manual check (not part of ./mvnw verify, decisions.md 17): two app instances on one database.
#
#   1. builds the jar; starts instance A on a fresh temporary CITYMENTOR_DATA_DIR (embedded
#      PostgreSQL, demo data) and instance B on PORT_B pointed at A's PostgreSQL through
#      SPRING_DATASOURCE_URL, as a second server behind a load balancer would be
#   2. signs in on A and uses the same session cookie on B: B knows who is signed in (sessions
#      are in PostgreSQL), shows a page only a signed-in member sees, and accepts a comment
#      posted with the CSRF token of A's page
#   3. both instances run the visit and action-plan reminders every minute; once both run,
#      reminders are made due (a new visit of a demo group starts the day after tomorrow, so
#      its members are reminded 2 days before; a follow-up past its due date since yesterday) and
#      the claims are emptied, so that the next run of both instances competes for the same
#      reminders; each one must be e-mailed once (the e-mails are written to the logs, no SMTP
#      server is used), counted from both logs and the claim tables
#
# Usage: scripts/two-instances-check.sh  (PORT_A=8080 PORT_B=8081 by default; SKIP_BUILD=1 or
# JAR=path as in db-restart-check.sh; KEEP_DATA=1 keeps the directory with the logs)
set -euo pipefail

CHECK=two-instances-check
PORT_A="${PORT_A:-8080}"
PORT_B="${PORT_B:-8081}"
A="http://localhost:${PORT_A}"
B="http://localhost:${PORT_B}"

cd "$(dirname "$0")/.."
# shellcheck source=lib/app.sh
. scripts/lib/app.sh

use_work_dir

require_psql
JAR="$(app_jar)"
EVERY_MINUTE="0 * * * * *"
start_app "${WORK}/a.log" "${PORT_A}" CITYMENTOR_DATA_DIR="${DATA}" SPRING_DATASOURCE_URL= \
	CITYMENTOR_VISIT_REMINDERS_CRON="${EVERY_MINUTE}" CITYMENTOR_PLAN_REMINDERS_CRON="${EVERY_MINUTE}"
wait_demo_data "${WORK}/a.log"
say "instance A: embedded PostgreSQL on port $(pg_port "${DATA}")"
start_app "${WORK}/b.log" "${PORT_B}" CITYMENTOR_DATA_DIR="${WORK}/unused" \
	SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$(pg_port "${DATA}")/citymentor" \
	SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= CITYMENTOR_DEMO_DATA=false \
	CITYMENTOR_VISIT_REMINDERS_CRON="${EVERY_MINUTE}" CITYMENTOR_PLAN_REMINDERS_CRON="${EVERY_MINUTE}"
grep -q "Database: external PostgreSQL" "${WORK}/b.log" || { say "instance B does not use A's database" >&2; exit 1; }

failures=0
fail() {
	say "FAIL: $*" >&2
	failures=$((failures + 1))
}

# --- sessions
COOKIES="${WORK}/cookies"
sign_in "${A}" "${COOKIES}" mentor@mechelen.example.org
read -r group participant <<<"$(sql "${DATA}" "select d.group_id || ' ' || d.participant_id from form_document d
	join organisation o on o.id = d.organisation_id where d.kind = 'ACTION_PLAN' and o.name = 'Ostend'")"
PLAN="/groups/${group}/participants/${participant}/action-plan"
curl -s -b "${COOKIES}" "${A}${PLAN}" >"${WORK}/plan-a.html"
status_b="$(curl -s -o "${WORK}/plan-b.html" -w '%{http_code}' -b "${COOKIES}" "${B}${PLAN}")"
anonymous_b="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "${B}${PLAN}")"
[ "${status_b}" = "200" ] && grep -q 'action="/logout"' "${WORK}/plan-b.html" ||
	fail "B did not recognise the session made on A (${status_b})"
[[ "${anonymous_b}" == 302*"/login"* ]] || fail "B shows the page without a session (${anonymous_b}), the check proves nothing"
comment_b="$(curl -s -o /dev/null -w '%{http_code}' -b "${COOKIES}" --data-urlencode "_csrf=$(csrf "${WORK}/plan-a.html")" \
	-d "question=vision" -d "returnTo=edit" --data-urlencode "body=two-instances-check" "${B}${PLAN}/comments")"
[ "${comment_b}" = "302" ] || fail "B refused a comment posted with A's session and CSRF token (${comment_b})"
stored="$(sql "${DATA}" "select count(*) from form_comment where body = 'two-instances-check'")"
[ "${stored}" = "1" ] || fail "the comment posted on B is stored ${stored} times"
say "session made on A: B answers ${status_b} (signed in), without the cookie ${anonymous_b%% *}; comment posted on B with A's CSRF token: ${comment_b}, stored ${stored} time(s)"

# --- scheduled reminders: wait for one run of both, empty the claims, wait for the next run
wait_next_minute() {
	local now
	now=$(date +%s)
	sleep $((60 - now % 60 + 8))
}
wait_next_minute
first_visit=$(sql "${DATA}" "select count(*) from reminder_sent")
first_plan=$(sql "${DATA}" "select count(*) from plan_reminder")
say "after the first runs: ${first_visit} visit reminder claim(s), ${first_plan} action-plan reminder claim(s)"
# make reminders due "today" in the app's time zone (VisitReminders; the demo data's visits are
# long held): a new planned visit of an open group starts the day after tomorrow, so its
# members hear of it 2 days before, and a member's follow-up was due yesterday
TODAY="(now() at time zone 'Europe/Brussels')::date"
WITH_MEMBERS="g.status <> 'CLOSED' and exists (select 1 from group_member m join app_user u on u.id = m.user_id
	where m.group_id = g.id and m.removed_at is null and u.enabled and u.visit_reminders)"
new_visit=$(sql "${DATA}" "with made as (insert into visit (group_id, number, mode, place, starts_on, ends_on, time_zone, status, updated_by)
	select g.id, coalesce((select max(v.number) from visit v where v.group_id = g.id), 0) + 1, 'ON_SITE',
		'two-instances-check', ${TODAY} + 2, ${TODAY} + 3, 'Europe/Brussels', 'PLANNED', 'two-instances-check'
	from mentoring_group g where ${WITH_MEMBERS} order by g.id limit 1 returning id, group_id)
	select id || ' of group ' || group_id from made")
followup=$(sql "${DATA}" "with made as (insert into follow_up (group_id, title, owner_user_id, due_on, created_by)
	select m.group_id, 'two-instances-check: past due', m.user_id, ${TODAY} - 1, 'two-instances-check'
	from group_member m join mentoring_group g on g.id = m.group_id join app_user u on u.id = m.user_id
	where m.removed_at is null and g.status <> 'CLOSED' and u.enabled and u.follow_up_reminders
	order by m.group_id, m.user_id limit 1 returning owner_user_id) select count(*) from made")
[ -n "${new_visit}" ] && [ "${followup}" = "1" ] || {
	fail "could not make a reminder due (visit: '${new_visit}', follow-up: '${followup}')"
	exit 1
}
# one reminder per member of the visit's group who wants visit reminders, plus the follow-up's
due=$(( $(sql "${DATA}" "select count(*) from group_member m join app_user u on u.id = m.user_id
	where m.group_id = ${new_visit##* } and m.removed_at is null and u.enabled and u.visit_reminders") + followup ))
sql "${DATA}" "delete from reminder_sent; delete from plan_reminder" >/dev/null
mails_before_a=$(grep -c "E-mail not sent" "${WORK}/a.log" || true)
mails_before_b=$(grep -c "E-mail not sent" "${WORK}/b.log" || true)
say "made due: new visit ${new_visit} starts the day after tomorrow, ${followup} follow-up past due (${due} reminders); claims emptied; both instances run the reminders at the next minute"
wait_next_minute
claims=$(( $(sql "${DATA}" "select count(*) from reminder_sent") + $(sql "${DATA}" "select count(*) from plan_reminder") ))
mails_a=$(( $(grep -c "E-mail not sent" "${WORK}/a.log" || true) - mails_before_a ))
mails_b=$(( $(grep -c "E-mail not sent" "${WORK}/b.log" || true) - mails_before_b ))
# the recipient and subject of each e-mail of the competing run, from both logs
{
	tail -n +1 "${WORK}/a.log" | awk -v skip="${mails_before_a}" '/E-mail not sent/ { n++; if (n > skip) { getline to; getline subject; print to " | " subject } }'
	tail -n +1 "${WORK}/b.log" | awk -v skip="${mails_before_b}" '/E-mail not sent/ { n++; if (n > skip) { getline to; getline subject; print to " | " subject } }'
} | sort >"${WORK}/mails.txt"
duplicates=$(uniq -d "${WORK}/mails.txt" | wc -l | tr -d ' ')
say "competing run: ${claims} reminder claim(s); e-mails written by A: ${mails_a}, by B: ${mails_b}; duplicates: ${duplicates}"
[ "${duplicates}" = "0" ] || fail "a reminder was e-mailed twice: $(uniq -d "${WORK}/mails.txt" | head -3)"
[ "${claims}" -gt 0 ] || fail "no reminder was due in the demo data, the check proves nothing"
[ "${claims}" -ge "${due}" ] || fail "${due} reminders were due, ${claims} claimed"
[ $((mails_a + mails_b)) -eq "${claims}" ] || fail "${mails_a} + ${mails_b} e-mails for ${claims} claimed reminders"

if [ "${failures}" -ne 0 ]; then
	exit 1
fi
say "OK: a session made on one instance works on the other; each reminder was e-mailed once"
