package vn.cds.teams.reporting.domain;

/**
 * Where a consolidation revision stands, stored by name in {@code consolidation.status}. A revision is written
 * running before its job starts, completed by its last step, failed when its job ended otherwise (or its claim
 * passed to another revision); reads and a province's consolidation take only completed revisions.
 */
public enum ConsolidationStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
