#!/usr/bin/env bash
# P4 (docs/BENCHMARKS.md): start-up to first answered request of the module's WAR on Payara Micro, against an empty WAR on the
# same Payara Micro, alternating, in one run. Needs the build (mvn -B install -DskipTests). Writes one line a figure.
# Usage: deploy/src/bench/startup-benchmark.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
server=target/server
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"
echo '<!doctype html><title>empty</title>' > "$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war index.html)
printf 'create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource --restype=javax.sql.DataSource --property url=jdbc\\:h2\\:mem\\:bench cds-pool\ncreate-jdbc-resource --connectionpoolid=cds-pool jdbc/cds\n' \
  > "$work/postboot.asadmin"

# Seconds from launching the JVM until the URL gives the application's answer (the listener answers 404 before the
# application is deployed).
boot() {
  local war="$1" url="$2" expected="$3" port=18600 start end
  start=$(date +%s.%N)
  java -jar "$server/payara-micro.jar" --nocluster --port "$port" --postbootcommandfile "$work/postboot.asadmin" \
    --deploy "$war" > "$work/boot.log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://localhost:$port$url")" = "$expected" ]; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "server died, see log" >&2; cat "$work/boot.log" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$end - $start" | bc
}

module=(); empty=()
for _ in $(seq 1 "$runs"); do
  module+=("$(boot target/cds.war /cds/api/v1/units 401)")
  empty+=("$(boot "$work/empty.war" /empty/ 200)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m=$(median "${module[@]}"); e=$(median "${empty[@]}")
printf 'P4 start-up to first answered request: %.1f s vs empty WAR %.1f s, ratio %.2f (median of %d, runs: %s vs %s)\n' \
  "$m" "$e" "$(echo "$m / $e" | bc -l)" "$runs" "${module[*]}" "${empty[*]}"
