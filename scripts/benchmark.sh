#!/usr/bin/env bash
# The benchmark of issue 10, one command: scripts/benchmark.sh
#   1. generates the large data set in $CITYMENTOR_DATA_DIR (default target/large-data) unless it is there
#      (scripts/large-data.sh), else builds the app (SKIP_BUILD=1 reuses target/citymentor-*.jar)
#   2. starts the app on it with -Xmx256m and reads its startup time from the log
#   3. measures the HTML size and the first-visit transfer with gzip of every page (curl)
#   4. runs the load with Gatling (benchmark/pom.xml): for 1, 16 and 64 concurrent signed-in sessions,
#      each page of scripts/benchmark-pages.txt in turn for $SECONDS_PER_STEP seconds (default 20)
#   5. reads the heap (jcmd GC.heap_info) and the RSS (ps) after the run and stops the app
#   6. measures the startup again with the jar extracted and a class data sharing (CDS) archive
#   7. writes docs/benchmarks.md (scripts/benchmark-report.py).
# Not part of ./mvnw verify (decisions.md 17). About 8 pages x 3 levels x 20 s + warm-up, start and sign-ins: ~12 min.
set -euo pipefail
cd "$(dirname "$0")/.."

export CITYMENTOR_DATA_DIR="${CITYMENTOR_DATA_DIR:-target/large-data}"
PORT="${PORT:-8081}"
SECONDS_PER_STEP="${SECONDS_PER_STEP:-20}"
SESSIONS="${SESSIONS:-1,16,64}"
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
JAR="target/citymentor-0.1.0-SNAPSHOT.jar"
OUT="target/benchmark"
BASE_URL="http://localhost:${PORT}"

say() { echo "[benchmark] $*"; }

if [ ! -f "${CITYMENTOR_DATA_DIR}/large-data.properties" ]; then
	scripts/large-data.sh
elif [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "${JAR}" ]; then
	./mvnw -q -B -DskipTests package
fi
rm -rf "${OUT}" && mkdir -p "${OUT}"

# the machine, before the run (other builds may be running on it: the load average says so)
{
	echo "nproc=$(nproc)"
	echo "memory_mb=$(free -m | awk '/^Mem:/ {print $2}')"
	echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
	echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
	echo "java=$(java -version 2>&1 | head -n 1)"
	echo "other_jvms=$(($(ps -e -o comm= | grep -c '^java$') + 0))"
	echo "seconds=${SECONDS_PER_STEP}"
	echo "sessions=${SESSIONS}"
	echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "commit=$(git rev-parse --short HEAD)"
} >"${OUT}/machine.properties"

log="${OUT}/app.log"
java -Xmx256m -jar "${JAR}" --spring.profiles.active=large-data --server.port="${PORT}" >"${log}" 2>&1 &
app=$!
trap 'kill "${app}" 2>/dev/null || true' EXIT
waited=0
until grep -q "Large data: .* rows in plan_progress" "${log}" && curl -sf -o /dev/null "${BASE_URL}/login"; do
	kill -0 "${app}" 2>/dev/null || { say "the app stopped; see ${log}"; tail -n 40 "${log}"; exit 1; }
	[ "${waited}" -lt 600 ] || { say "the app did not start within 600 s"; exit 1; }
	sleep 1
	waited=$((waited + 1))
done
startup=$(grep -o 'Started CityMentorApplication in [0-9.]* seconds' "${log}" | grep -o '[0-9.]*' | head -n 1)
echo "startup_seconds=${startup}" >>"${OUT}/machine.properties"
say "started in ${startup} s (log line); measuring sizes"

python3 scripts/benchmark-report.py sizes "${BASE_URL}" "${CITYMENTOR_DATA_DIR}/large-data.properties" \
	scripts/benchmark-pages.txt "${OUT}/sizes.json"

say "load: sessions ${SESSIONS}, ${SECONDS_PER_STEP} s per page and level"
rm -rf benchmark/target/gatling
./mvnw -q -B -f benchmark/pom.xml test-compile gatling:test -Dbenchmark.baseUrl="${BASE_URL}" \
	-Dbenchmark.seconds="${SECONDS_PER_STEP}" -Dbenchmark.warmUpSeconds=5 -Dbenchmark.sessions="${SESSIONS}" \
	-Dbenchmark.pages="$(pwd)/scripts/benchmark-pages.txt" \
	-Dbenchmark.addresses="$(pwd)/${CITYMENTOR_DATA_DIR}/large-data.properties" \
	-Dbenchmark.windows="$(pwd)/${OUT}/windows.properties" >"${OUT}/gatling.log" 2>&1 ||
	{ say "Gatling failed; see ${OUT}/gatling.log"; tail -n 30 "${OUT}/gatling.log"; }
report="$(ls -d benchmark/target/gatling/*/ | tail -n 1)"
cp "${report}js/stats.js" "${OUT}/stats.js"
say "Gatling's own report: ${report}index.html"

alive=yes
kill -0 "${app}" 2>/dev/null || alive=no
echo "alive_after=${alive}" >>"${OUT}/machine.properties"
if [ "${alive}" = yes ]; then
	jcmd "${app}" GC.heap_info >"${OUT}/heap.txt" 2>&1 || true
	echo "rss_kb=$(ps -o rss= -p "${app}" | xargs)" >>"${OUT}/machine.properties"
fi
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"${OUT}/machine.properties"
kill "${app}"
wait "${app}" 2>/dev/null || true
trap - EXIT

# Startup again, as Spring Boot recommends for a fast start: the jar extracted and a class data
# sharing archive made by a training run that stops once the context is refreshed.
say "startup with the extracted jar and a CDS archive"
ext="${OUT}/extracted"
rm -rf "${ext}"
java -Djarmode=tools -jar "${JAR}" extract --destination "${ext}" >"${OUT}/extract.log" 2>&1
extracted_jar="${ext}/$(basename "${JAR}")"
java -XX:ArchiveClassesAtExit="${ext}/app.jsa" -Dspring.context.exit=onRefresh -jar "${extracted_jar}" \
	--spring.profiles.active=large-data --server.port="${PORT}" >"${OUT}/cds-training.log" 2>&1 || true
if [ -f "${ext}/app.jsa" ]; then
	java -Xmx256m -XX:SharedArchiveFile="${ext}/app.jsa" -jar "${extracted_jar}" --spring.profiles.active=large-data \
		--server.port="${PORT}" >"${OUT}/cds.log" 2>&1 &
	app=$!
	trap 'kill "${app}" 2>/dev/null || true' EXIT
	waited=0
	until grep -q 'Started CityMentorApplication in' "${OUT}/cds.log"; do
		kill -0 "${app}" 2>/dev/null || break
		[ "${waited}" -lt 300 ] || break
		sleep 1
		waited=$((waited + 1))
	done
	cds=$(grep -o 'Started CityMentorApplication in [0-9.]* seconds' "${OUT}/cds.log" | grep -o '[0-9.]*' | head -n 1)
	echo "startup_cds_seconds=${cds}" >>"${OUT}/machine.properties"
	say "started in ${cds} s with CDS"
	kill "${app}" 2>/dev/null || true
	wait "${app}" 2>/dev/null || true
	trap - EXIT
else
	say "no CDS archive was written; see ${OUT}/cds-training.log"
fi

python3 scripts/benchmark-report.py report "${OUT}" docs/benchmarks.md
say "wrote docs/benchmarks.md"
