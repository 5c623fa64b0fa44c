package vn.cds.teams.api.reporting;

import java.util.List;
import java.util.Map;

/** What a commune officer types: a number per indicator, difficulties and proposals, commendation proposals. */
public record MonthlyReportInput(Map<String, Long> values, String notes, List<Commendation> commendations) {
}
