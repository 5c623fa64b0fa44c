package vn.cds.teams.api.documents;

/**
 * The kinds of document a unit issues, each numbered on its own (Decree 30/2020, Appendix III abbreviations):
 * the list of teams (form F1) and the monthly report.
 */
public enum DocumentKind {
    /** Danh sách: form F1. */
    DS,
    /** Báo cáo: the monthly report or consolidation. */
    BC
}
