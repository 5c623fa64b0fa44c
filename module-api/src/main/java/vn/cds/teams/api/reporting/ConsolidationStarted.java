package vn.cds.teams.api.reporting;

/** The Jakarta Batch execution that runs a consolidation. */
public record ConsolidationStarted(long executionId) {
}
