#!/usr/bin/env bash
# Starts one instance of a cluster (docs/OPERATIONS.md): Payara Micro with the built WAR on a
# shared PostgreSQL database, joined to the other instances by Payara's data grid (Hazelcast, TCP/IP discovery).
# Build first: mvn -B -DskipTests install. Settings (environment, defaults in brackets):
#   CDS_HTTP_PORT [8080], CDS_INSTANCE [cds-1], CDS_CLUSTER [cds], CDS_GRID_PORT [6900]: this instance's grid port,
#   CDS_GRID_MEMBERS [127.0.0.1:6900,127.0.0.1:6901]: every instance's host:grid-port,
#   CDS_PG_HOST [localhost], CDS_PG_PORT [5432], CDS_PG_DATABASE [cds], CDS_PG_USER [cds], CDS_PG_PASSWORD [cds],
#   CDS_WAR [deploy/target/cds.war]: deploy/target/cds-demo.war for the sample data and the demo users.
set -euo pipefail
cd "$(dirname "$0")/.."
server=deploy/target/server
instance="${CDS_INSTANCE:-cds-1}"
postboot="$(mktemp)"
sed -e "s|@PG_HOST@|${CDS_PG_HOST:-localhost}|; s|@PG_PORT@|${CDS_PG_PORT:-5432}|" \
    -e "s|@PG_DATABASE@|${CDS_PG_DATABASE:-cds}|; s|@PG_USER@|${CDS_PG_USER:-cds}|" \
    -e "s|@PG_PASSWORD@|${CDS_PG_PASSWORD:-cds}|" deploy/src/main/payara/postboot-postgresql.asadmin > "$postboot"
exec java -jar "$server/payara-micro.jar" --name "$instance" --port "${CDS_HTTP_PORT:-8080}" \
  --clustername "${CDS_CLUSTER:-cds}" --clustermode "tcpip:${CDS_GRID_MEMBERS:-127.0.0.1:6900,127.0.0.1:6901}" \
  --startport "${CDS_GRID_PORT:-6900}" --nohostaware \
  --prebootcommandfile deploy/src/main/payara/preboot.asadmin --postbootcommandfile "$postboot" \
  --addLibs "$server/postgresql.jar" --deploy "${CDS_WAR:-deploy/target/cds.war}"
