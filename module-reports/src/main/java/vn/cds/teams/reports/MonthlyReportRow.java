package vn.cds.teams.reports;

/**
 * One figure of the monthly report.
 *
 * @param section the field of work it belongs to (a sub-heading whenever it changes), or null
 * @param label   the indicator's name
 * @param amount  the figure, or null when not reported
 */
public record MonthlyReportRow(String section, String label, Long amount) {
}
