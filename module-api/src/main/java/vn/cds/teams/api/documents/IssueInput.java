package vn.cds.teams.api.documents;

/**
 * A request to issue a document into the register: form F1 of a unit (kind DS), or its monthly report of a
 * period (kind BC, period "YYYY-MM").
 */
public record IssueInput(String unitCode, DocumentKind kind, String period) {
}
