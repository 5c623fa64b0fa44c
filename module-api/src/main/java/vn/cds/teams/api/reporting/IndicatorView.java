package vn.cds.teams.api.reporting;

/** One indicator of the monthly report's catalogue; inactive ones are no longer asked for but stay in old reports. */
public record IndicatorView(String code, String name, IndicatorField field, int sortOrder, boolean active,
                            long version) {
}
