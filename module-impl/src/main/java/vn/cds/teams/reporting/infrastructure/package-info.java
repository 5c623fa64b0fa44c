/**
 * Consolidation as Jakarta Batch jobs: readers, writers and listeners, the claims that keep one run per unit and
 * month, and the SQL store of revisions, lines and totals.
 */
package vn.cds.teams.reporting.infrastructure;
