package vn.cds.teams.api.reporting;

/** Creates or changes an indicator (province officer); a null sortOrder or active keeps the current value. */
public record IndicatorInput(String name, IndicatorField field, Integer sortOrder, Boolean active) {
}
