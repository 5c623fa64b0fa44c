package vn.cds.teams.api.dashboards;

import java.time.LocalDate;
import java.util.List;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.api.units.UnitLevel;

/**
 * A unit's dashboard: its months from {@code from} to {@code to} (YYYY-MM, each on the unit with the code in force on
 * the month's first day), the indicators of the catalogue (active ones and any named in a total, in the catalogue's
 * order), and establishment per commune or district from today's registry ({@code establishmentOn}: the units in
 * force and teams established that day), laggards first, with the province's minimum team size (R4).
 */
public record DashboardView(String unitCode, String unitName, UnitLevel level, String from, String to,
                            List<IndicatorView> indicators, List<DashboardMonth> months, LocalDate establishmentOn,
                            int minTeamSize, List<EstablishmentRow> establishment) {
}
