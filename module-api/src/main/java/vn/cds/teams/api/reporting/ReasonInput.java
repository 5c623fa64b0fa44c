package vn.cds.teams.api.reporting;

/** Why a report is returned to its commune. */
public record ReasonInput(String reason) {
}
