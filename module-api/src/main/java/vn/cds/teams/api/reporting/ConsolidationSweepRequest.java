package vn.cds.teams.api.reporting;

/**
 * Consolidates every unit of a level for a period (YYYY-MM) in one run: every district, or every province, in the
 * caller's jurisdiction, or only those under {@code unitCode} when it is given (optional).
 */
public record ConsolidationSweepRequest(ConsolidationLevel level, String unitCode, String period) {
}
