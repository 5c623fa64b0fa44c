/** Schema migration at start-up, database readiness and JPA converters. */
package vn.cds.teams.common.infrastructure;
