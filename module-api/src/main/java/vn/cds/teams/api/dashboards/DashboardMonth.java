package vn.cds.teams.api.dashboards;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One month of a dashboard (YYYY-MM). With figures ({@link MonthState#CONSOLIDATED}, {@link MonthState#REPORTED}):
 * communes expected, received, on time and late, the rates (received and on time over expected, 0 when none is
 * expected, as in a consolidation), the totals per indicator code, and for a consolidation its revision and when it
 * completed. Without figures, every number is null. {@code missing}: the units whose report (or, for a district
 * without consolidation, whose consolidation) the month lacks; empty when the month has no figures to lack them in,
 * except a commune's own {@link MonthState#NOT_REPORTED} month, which names the commune. Null figures are written
 * as {@code null}, not left out, so that a client cannot take an absent one for zero.
 */
@JsonbNillable
public record DashboardMonth(String period, MonthState state, Integer expected, Integer received,
                             Integer onTime, Integer late, Double reportingRate, Double onTimeRate,
                             List<UnitRef> missing, Map<String, Long> totals, Integer revision,
                             Instant consolidatedAt) {
}
