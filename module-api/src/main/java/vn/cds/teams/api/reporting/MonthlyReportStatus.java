package vn.cds.teams.api.reporting;

/** R12: a commune's monthly report, drafted, submitted to the district, then accepted or returned for changes. */
public enum MonthlyReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
