#!/usr/bin/env bash
# Builds the module and starts its demo WAR (cds-demo.war: the portal's cds.war plus the sample data and the demo
# users) on Payara Micro with an embedded H2 database in ./data (kept across restarts). Port: CDS_HTTP_PORT (8080).
# Database folder: CDS_DATA_DIR (./data).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
port="${CDS_HTTP_PORT:-8080}"
data_dir="$(mkdir -p "${CDS_DATA_DIR:-data}" && cd "${CDS_DATA_DIR:-data}" && pwd)"
server=deploy/target/server
# asadmin reads ':' as a property separator: escape it in the JDBC URL.
h2_url="jdbc\\\\:h2\\\\:file\\\\:${data_dir}/cds"
sed "s|@H2_URL@|${h2_url}|" deploy/src/main/payara/postboot-h2.asadmin > "$server/postboot.asadmin"
echo "cds-teams: http://localhost:${port}/cds/api/v1/units (user admin, password demo); data in ${data_dir}"
exec java -jar "$server/payara-micro.jar" --nocluster --port "$port" \
  --prebootcommandfile deploy/src/main/payara/preboot.asadmin --postbootcommandfile "$server/postboot.asadmin" --deploy deploy/target/cds-demo.war
