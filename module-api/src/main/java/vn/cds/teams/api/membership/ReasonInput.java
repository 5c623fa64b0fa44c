package vn.cds.teams.api.membership;

/** The reason of a rejection (required) or of an endorsement (optional). */
public record ReasonInput(String reason) {
}
