package vn.cds.teams.api.reporting;

/** The three fields of work (R10) plus the team's general duties (R9: propaganda). */
public enum IndicatorField {
    DIGITAL_GOVERNMENT, DIGITAL_ECONOMY, DIGITAL_SOCIETY, GENERAL
}
