package vn.cds.teams.api.reporting;

/** A commendation proposal (R9, R16): a person or group, their unit or workplace, and what they achieved. */
public record Commendation(String nominee, NomineeKind kind, String unit, String achievement) {
}
