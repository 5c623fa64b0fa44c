#!/usr/bin/env bash
# Performance aim P3 (docs/BENCHMARKS.md): throughput and p99 of GET /teams?unit= (a page) and GET /teams/{id} under load from a second
# process (wrk, on loopback, bounded in time), against the trivial GET /ping on the same server, in one run.
# Needs: the build (mvn -B install -DskipTests), wrk (apt), and a PostgreSQL database filled by the national data
# generator (docs/DEVELOPING.md, "Scale"). Usage: deploy/src/bench/load-benchmark.sh [database] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
database="${1:-cds}"
seconds="${2:-20}"
port=18700
server=target/server
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
sed -e "s|\${cds.test.pg.host}|localhost|; s|\${cds.test.pg.port}|5432|; s|\${cds.test.pg.database}|$database|" \
    -e "s|\${cds.test.pg.user}|cds|; s|\${cds.test.pg.password}|cds|" src/test/resources/postboot-postgresql.asadmin \
    > "$work/postboot.asadmin"
# The demo WAR for its demo users; on the generated data it adds nothing but Quang Minh's R2 minimum.
java -Xmx1g -jar "$server/payara-micro.jar" --nocluster --port "$port" \
  --prebootcommandfile src/main/payara/preboot.asadmin --postbootcommandfile "$work/postboot.asadmin" \
  --addLibs "$server/postgresql.jar" --deploy target/cds-demo.war > "$work/server.log" 2>&1 &
pid=$!
base="http://localhost:$port/cds/api/v1"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ping")" = "200" ]; do
  sleep 1
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
done
auth="Authorization: Basic $(printf 'sonla.so:demo' | base64)"
team=$(curl -s -H "$auth" "$base/teams?unit=14&size=1" | sed -E 's/.*"id":"([^"]+)".*/\1/')
total=$(curl -s -H "$auth" "$base/teams?unit=14&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')

# Requests per second and p99 in ms of one wrk run.
load() {
  local out
  out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "$auth" "$1")
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  echo "$rps $p99"
}
# Warm-up until the JIT has settled: the three paths in turn, 15 s each, for CDS_BENCH_WARMUP seconds (180 by
# default). With 5 s each, /ping was still speeding up while it was measured (2,200 -> 6,300 req/s within minutes),
# which flattered the ratios.
warmup="${CDS_BENCH_WARMUP:-180}"
urls=("$base/ping" "$base/teams?unit=14&page=3&size=20" "$base/teams/$team")
end=$((SECONDS + warmup))
while [ "$SECONDS" -lt "$end" ]; do
  for url in "${urls[@]}"; do
    wrk -t2 -c16 -d15s -H "$auth" "$url" > /dev/null
  done
done
# The baseline before and after the two endpoints: the ratios use their mean, and both are printed.
read -r ping1_rps ping1_p99 <<< "$(load "$base/ping")"
read -r list_rps list_p99 <<< "$(load "$base/teams?unit=14&page=3&size=20")"
read -r one_rps one_p99 <<< "$(load "$base/teams/$team")"
read -r ping2_rps ping2_p99 <<< "$(load "$base/ping")"
ping_rps=$(echo "($ping1_rps + $ping2_rps) / 2" | bc -l)
ping_p99=$(echo "($ping1_p99 + $ping2_p99) / 2" | bc -l)
printf 'P3 GET /teams?unit=14 (a page of 20 of %s teams): %.0f req/s vs trivial %.0f req/s, ratio %.2f; p99 %.1f ms vs %.1f ms (trivial before and after: %.0f and %.0f req/s)\n' \
  "$total" "$list_rps" "$ping_rps" "$(echo "$list_rps / $ping_rps" | bc -l)" "$list_p99" "$ping_p99" "$ping1_rps" "$ping2_rps"
printf 'P3 GET /teams/{id}: %.0f req/s vs trivial %.0f req/s, ratio %.2f; p99 %.1f ms vs %.1f ms\n' \
  "$one_rps" "$ping_rps" "$(echo "$one_rps / $ping_rps" | bc -l)" "$one_p99" "$ping_p99"
