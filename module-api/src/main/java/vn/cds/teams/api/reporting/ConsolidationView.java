package vn.cds.teams.api.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The latest completed consolidation of a unit for a period: sums per indicator over the reports received
 * (submitted or accepted), communes expected, received, on time and late, the missing ones, and the establishment
 * figures of the received reports. {@code missing} lists communes, and districts that have no consolidation yet.
 */
public record ConsolidationView(String unitCode, ConsolidationLevel level, String period, int revision,
                                Map<String, Long> totals, int expected, int received, int onTime, int late,
                                List<String> missing, int teams, int members, int incompleteTeams, int teachers,
                                double reportingRate, double onTimeRate, long executionId, Instant completedAt) {
}
