package vn.cds.teams.api.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A commune's monthly report (R12). {@code windowStart}..{@code windowEnd}: the days its figures cover (Decree
 * 09/2019 by default); {@code dueBefore}: on time if submitted before that day (Vietnam time); {@code establishment}
 * is null until submitted.
 */
public record MonthlyReportView(String communeCode, String communeName, String period, MonthlyReportStatus status,
                                Map<String, Long> values, String notes, List<Commendation> commendations,
                                LocalDate windowStart, LocalDate windowEnd, LocalDate dueBefore,
                                Instant submittedAt, String submittedBy, boolean late,
                                EstablishmentFigures establishment, String returnReason, String decidedBy,
                                Instant decidedAt, long version) {
}
