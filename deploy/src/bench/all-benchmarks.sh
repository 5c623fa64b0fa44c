#!/usr/bin/env bash
# Performance aims P1-P4 (docs/BENCHMARKS.md): every figure beside its baseline, in one run, on the national data, written with the machine and the
# date into docs/BENCHMARKS.md (between the "all-benchmarks" markers) and printed:
#   P1 the national month's consolidation (Jakarta Batch jobs) vs one SQL GROUP BY over the same reports, and vs
#      the floor of the stack: that GROUP BY plus two empty Jakarta Batch jobs started and awaited as the sweeps are;
#   P2 form F1 for a province (3,000 teams) and the country (100,000 teams) vs bare JasperReports, at -Xmx256m;
#   P3 GET /teams?unit= pages and GET /teams/{id} under wrk load vs an authenticated baseline on the same server;
#   P4 start-up to the first answered request vs an empty WAR on the same Payara Micro.
#   P1 runs on both shapes of the national data generator: the directive's (the given database) and today's (the
#      database of the same name with "today" appended).
# Needs: PostgreSQL on localhost:5432 with two existing databases (default cdsbench and cdsbenchtoday) owned by user
# cds (password cds), wrk and poppler-utils (apt). An empty database is filled by the national data generator first.
# Usage: deploy/src/bench/all-benchmarks.sh [database] [seconds of load per P3 figure]
set -euo pipefail
cd "$(dirname "$0")/../../.."
database="${1:-cdsbench}"
seconds="${2:-20}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

mvn -q -B -DskipTests install
today="${database}today"
# Fills an empty database with one shape of the national data and a month of its reports.
fill() {
  local db="$1" shape="$2" period="$3" teams
  teams=$(PGPASSWORD=cds psql -h localhost -U cds -d "$db" -tAc \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'team'")
  if [ "$teams" = "0" ] || [ "$(PGPASSWORD=cds psql -h localhost -U cds -d "$db" -tAc 'SELECT COUNT(*) FROM team')" = "0" ]; then
    mvn -q -B -pl deploy test-compile exec:exec -Pnational-data -Dshape="$shape" \
      -Djdbc="jdbc:postgresql://localhost:5432/$db" -Duser=cds -Dpassword=cds -Dperiod="$period"
  fi
  PGPASSWORD=cds psql -h localhost -U cds -d "$db" -qc 'ANALYZE' 2>/dev/null || true
}
fill "$database" old 2025-03
fill "$today" today 2025-08

# The lines of one aim from a command's output, without the colour codes Maven may put before them.
lines() { sed -E 's/\x1b\[[0-9;]*m//g' | grep -E "^$1 "; }
# P1: the Arquillian benchmark class on that database (its H2 pass skips itself). Failsafe adds its results to
# the summaries of earlier runs: without them, an earlier failed test cannot fail this run.
# Its server runs with the JVM's own compilers and collector, not the tests' quick-boot options (arquillian.xml).
server_jvm=-Darq.container.payara-micro.configuration.cmdOptions=-Xmx768m
rm -rf deploy/target/failsafe-reports-h2 deploy/target/failsafe-reports-postgresql
(cd deploy && CDS_TEST_PG=1 mvn -B -Dit.test=NationalMonthBenchmark -Dcds.test.pg.database="$database" "$server_jvm" \
  verify) | lines P1 | tee -a "$out"
rm -rf deploy/target/failsafe-reports-h2 deploy/target/failsafe-reports-postgresql
(cd deploy && CDS_BENCH_SHAPE=today CDS_TEST_PG=1 mvn -B -Dit.test=NationalMonthBenchmark \
  -Dcds.test.pg.database="$today" "$server_jvm" verify) | lines P1 | tee -a "$out"
# P2: in its own JVM with the heap budget of the aim.
mvn -q -B -pl module-reports test-compile exec:exec -Pbench | lines P2 | tee -a "$out"
# P3 and P4: shell scripts beside this one.
(cd deploy && src/bench/load-benchmark.sh "$database" "$seconds") | lines P3 | tee -a "$out"
(cd deploy && src/bench/startup-benchmark.sh 3) | lines P4 | tee -a "$out"

machine="$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1),"
machine="$machine PostgreSQL $(PGPASSWORD=cds psql -h localhost -U cds -d "$database" -tAc 'SHOW server_version'),"
machine="$machine load average before the run: $load_before"
python3 - "$out" "$(date -u +%Y-%m-%d)" "$machine" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().strip().splitlines()
block = ["<!-- all-benchmarks:begin (written by deploy/src/bench/all-benchmarks.sh) -->",
         f"Run of {sys.argv[2]} on {sys.argv[3]}:", ""] + [f"- {l}" for l in lines] + ["<!-- all-benchmarks:end -->"]
path = "docs/BENCHMARKS.md"
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"<!-- all-benchmarks:begin.*?<!-- all-benchmarks:end -->", re.S)
text = pattern.sub("\n".join(block), text) if pattern.search(text) else \
    text.replace("# Benchmarks\n", "# Benchmarks\n\n## All figures in one run\n\n" + "\n".join(block) + "\n", 1)
open(path, "w", encoding="utf-8").write(text)
PY
echo "written to docs/BENCHMARKS.md"
