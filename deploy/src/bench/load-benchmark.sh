#!/usr/bin/env bash
# Performance aim P3 (docs/BENCHMARKS.md): throughput and p99 of GET /teams?unit= (a page) and GET /teams/{id} under
# load from a second process (wrk, on loopback, bounded in time), against an authenticated baseline on the same
# server in the same run: GET /bench/authenticated-baseline (vn.cds.teams.it.AuthenticatedBaseline, added to this
# script's copy of the demo WAR) has the same roles and login and answers a page of twenty team rows of the same
# size through the same JSON binding, without the database. Measured with HTTP Basic (the identity store) and with
# a bearer token (the portal's login); /ping (no login, no JSON) is printed for reference.
# Needs: the build (mvn -B install -DskipTests, which also compiles deploy's test classes), wrk (apt), and a
# PostgreSQL database filled by the national data generator (docs/DEVELOPING.md, "Scale").
# Usage: deploy/src/bench/load-benchmark.sh [database] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
database="${1:-cds}"
seconds="${2:-20}"
port=18700
server=target/server
work="$(mktemp -d)"
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
sed -e "s|\${cds.test.pg.host}|localhost|; s|\${cds.test.pg.port}|5432|; s|\${cds.test.pg.database}|$database|" \
    -e "s|\${cds.test.pg.user}|cds|; s|\${cds.test.pg.password}|cds|" src/test/resources/postboot-postgresql.asadmin \
    > "$work/postboot.asadmin"
# The demo WAR for its demo users, on the directive's timeline (its sample adds nothing to the generated data but
# Quang Minh's R2 minimum; today's timeline would reorganise a Sơn La the generator made otherwise), with the
# baseline resource and a test issuer whose bearer token logs in the same user as the Basic login.
java -cp target/test-classes vn.cds.teams.it.BenchmarkToken "$work/issuer.properties" "$work/token" \
  sonla.so PROVINCE_OFFICER unit:14
config=WEB-INF/classes/META-INF/microprofile-config.properties
mkdir -p "$work/war/WEB-INF/classes/vn/cds/teams/it"
cp target/cds-demo.war "$work/cds.war"
cp target/test-classes/vn/cds/teams/it/AuthenticatedBaseline.class "$work/war/WEB-INF/classes/vn/cds/teams/it/"
(cd "$work/war" && jar xf ../cds.war "$config" && printf '\ncds.sample-data.timeline=directive\n' >> "$config" \
  && cat ../issuer.properties >> "$config" && jar uf ../cds.war WEB-INF)
java -Xmx1g -jar "$server/payara-micro.jar" --nocluster --port "$port" \
  --prebootcommandfile src/main/payara/preboot.asadmin --postbootcommandfile "$work/postboot.asadmin" \
  --addLibs "$server/postgresql.jar" --deploy "$work/cds.war" > "$work/server.log" 2>&1 &
pid=$!
base="http://localhost:$port/cds/api/v1"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ping")" = "200" ]; do
  sleep 1
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
done
basic="Authorization: Basic $(printf 'sonla.so:demo' | base64)"
bearer="Authorization: Bearer $(cat "$work/token")"
page="$base/teams?unit=14&page=3&size=20"
baseline="$base/bench/authenticated-baseline"
team=$(curl -s -H "$basic" "$base/teams?unit=14&size=1" | sed -E 's/.*"id":"([^"]+)".*/\1/')
total=$(curl -s -H "$basic" "$base/teams?unit=14&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
# Each path answers 200 to both logins before anything is measured (a 401 is fast and would flatter a figure).
for auth in "$basic" "$bearer"; do
  for url in "$baseline" "$page" "$base/teams/$team"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$url")
    [ "$status" = "200" ] || { echo "$url answered $status" >&2; exit 1; }
  done
done
page_bytes=$(curl -s -H "$basic" "$page" | wc -c)
baseline_bytes=$(curl -s -H "$basic" "$baseline" | wc -c)

# Requests per second and p99 in ms of one wrk run with one login.
load() {
  local out
  out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "$1" "$2")
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  echo "$rps $p99"
}
# Warm-up until the JIT has settled: every path with both logins in turn, 10 s each, for CDS_BENCH_WARMUP seconds
# (180 by default). With 5 s each, the baseline was still speeding up while it was measured, which flattered the
# ratios.
warmup="${CDS_BENCH_WARMUP:-180}"
end=$((SECONDS + warmup))
while [ "$SECONDS" -lt "$end" ]; do
  for auth in "$basic" "$bearer"; do
    for url in "$baseline" "$page" "$base/teams/$team"; do
      wrk -t2 -c16 -d10s -H "$auth" "$url" > /dev/null
    done
  done
done
ratio() { echo "$1 / $2" | bc -l; }
# Per login: the baseline before and after the two endpoints; the ratios use their mean, and both are printed.
for login in Basic bearer; do
  if [ "$login" = Basic ]; then auth="$basic"; else auth="$bearer"; fi
  read -r b1_rps b1_p99 <<< "$(load "$auth" "$baseline")"
  read -r list_rps list_p99 <<< "$(load "$auth" "$page")"
  read -r one_rps one_p99 <<< "$(load "$auth" "$base/teams/$team")"
  read -r b2_rps b2_p99 <<< "$(load "$auth" "$baseline")"
  b_rps=$(echo "($b1_rps + $b2_rps) / 2" | bc -l)
  b_p99=$(echo "($b1_p99 + $b2_p99) / 2" | bc -l)
  printf 'P3 %s GET /teams?unit=14 (a page of 20 of %s teams, %s bytes): %.0f req/s vs authenticated baseline %.0f req/s (%s bytes), ratio %.2f (aim >= 0.5); p99 %.1f ms vs %.1f ms, ratio %.2f (aim <= 2) (baseline before and after: %.0f and %.0f req/s)\n' \
    "$login" "$total" "$page_bytes" "$list_rps" "$b_rps" "$baseline_bytes" "$(ratio "$list_rps" "$b_rps")" \
    "$list_p99" "$b_p99" "$(ratio "$list_p99" "$b_p99")" "$b1_rps" "$b2_rps"
  printf 'P3 %s GET /teams/{id}: %.0f req/s vs authenticated baseline %.0f req/s, ratio %.2f (aim >= 0.8); p99 %.1f ms vs %.1f ms, ratio %.2f (aim <= 2)\n' \
    "$login" "$one_rps" "$b_rps" "$(ratio "$one_rps" "$b_rps")" "$one_p99" "$b_p99" "$(ratio "$one_p99" "$b_p99")"
done
read -r ping_rps ping_p99 <<< "$(load "$basic" "$base/ping")"
printf 'P3 for reference, GET /ping (no login, no JSON): %.0f req/s, p99 %.1f ms\n' "$ping_rps" "$ping_p99"
