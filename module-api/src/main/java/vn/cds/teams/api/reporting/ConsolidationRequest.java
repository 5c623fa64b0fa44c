package vn.cds.teams.api.reporting;

/** Starts a consolidation of a district's or province's reports for a period (YYYY-MM). */
public record ConsolidationRequest(ConsolidationLevel level, String unitCode, String period) {
}
