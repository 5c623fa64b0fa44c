/** The issuing body, a unit's document settings, the register's counters and its issued documents. */
package vn.cds.teams.documents.domain;
