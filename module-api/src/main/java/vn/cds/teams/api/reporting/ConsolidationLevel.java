package vn.cds.teams.api.reporting;

/** Who consolidates (R12): the district's VH&TT office before the 25th, the province's TT&TT department after it. */
public enum ConsolidationLevel {
    DISTRICT, PROVINCE
}
