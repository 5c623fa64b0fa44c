/**
 * Consolidation as Jakarta Batch jobs: readers, writers and listeners, and the parts they and the services use, one
 * purpose each: the claims that keep one run per unit and month ({@code ConsolidationClaims}), revisions
 * ({@code ConsolidationRevisions}), their lines and totals ({@code ConsolidationLines}), sweeps
 * ({@code ConsolidationSweeps}) and the read model of units, reports and campaigns ({@code ConsolidationSources}).
 */
package vn.cds.teams.reporting.infrastructure;
