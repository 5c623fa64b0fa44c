package vn.cds.teams.api.reporting;

/** Whom a commendation proposal names (R9, R16). */
public enum NomineeKind {
    PERSON, GROUP
}
