package vn.cds.teams.api.reporting;

import java.util.List;

/** A province's names over time, replacing what it had set; periods must not overlap. */
public record OfficeNamesInput(List<OfficeNamesView> periods) {
}
