package vn.cds.teams.api.dashboards;

/**
 * What a dashboard knows of a month. Only {@code CONSOLIDATED} (a district or province) and {@code REPORTED} (a
 * commune) carry figures; every other state leaves them null, so that a month without figures is never read as zero.
 */
public enum MonthState {
    /** The latest completed consolidation of the district or province for the month. */
    CONSOLIDATED,
    /** No completed consolidation of the month yet. */
    NOT_CONSOLIDATED,
    /** The commune's report was submitted (or accepted). */
    REPORTED,
    /** The commune owes the month's report and has not submitted it. */
    NOT_REPORTED,
    /** No campaign runs in the month over the commune (R13): it owes no report. */
    NOT_OWED,
    /** The month's reporting window has not opened yet. */
    NOT_BEGUN,
    /** No unit with the code was in force (in the caller's jurisdiction) on the month's first day. */
    NOT_IN_FORCE
}
