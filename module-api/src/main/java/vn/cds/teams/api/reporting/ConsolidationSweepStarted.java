package vn.cds.teams.api.reporting;

import java.util.List;

/**
 * A sweep's Jakarta Batch execution, the number of units it consolidates, and the units it left to a run of their
 * own that was already going (each unit is consolidated by one run at a time).
 */
public record ConsolidationSweepStarted(long executionId, int units, List<String> skipped) {
}
