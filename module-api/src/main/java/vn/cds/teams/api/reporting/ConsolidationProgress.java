package vn.cds.teams.api.reporting;

/** A consolidation run: its batch status (as Jakarta Batch names it), current step, sources done of total. */
public record ConsolidationProgress(String status, String step, int done, int total) {
}
