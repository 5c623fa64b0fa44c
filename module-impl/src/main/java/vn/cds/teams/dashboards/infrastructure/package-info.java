/** The dashboards' reads, in plain JDBC on the application's datasource (a few set-based queries per dashboard). */
package vn.cds.teams.dashboards.infrastructure;
