package vn.cds.teams.dashboards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.cds.teams.api.dashboards.DashboardMonth;
import vn.cds.teams.api.dashboards.DashboardView;
import vn.cds.teams.api.dashboards.EstablishmentRow;
import vn.cds.teams.api.dashboards.MonthState;
import vn.cds.teams.api.dashboards.UnitRef;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.dashboards.domain.DashboardRange;
import vn.cds.teams.dashboards.infrastructure.DashboardStore;
import vn.cds.teams.dashboards.infrastructure.DashboardStore.Unit;
import vn.cds.teams.reporting.application.IndicatorService;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingDuty;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;

/**
 * A unit's dashboard within the caller's jurisdiction: each month on the unit with the code in force on its first
 * day (a district or province: its latest completed consolidation; a commune: its own report), and establishment from
 * today's registry per commune, or per district for a province that has them.
 */
@ApplicationScoped
public class DashboardService {

    @Inject
    UnitService units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    DashboardStore store;

    @Inject
    ClosedMonthCache cache;

    @Inject
    IndicatorService indicators;

    public DashboardView dashboard(String code, String from, String to) {
        // A foreign or unknown unit is "not found" before its parameters are looked at.
        AdministrativeUnit unit = units.require(code);
        if (unit.level() == UnitLevel.VILLAGE) {
            new Validation().add("code", "field.dashboard-unit").throwIfInvalid();
        }
        LocalDate today = units.today();
        DashboardRange range = DashboardRange.parse(from, to, today);
        List<Unit> lives = store.lives(unit.officialCode()).stream()
                .filter(u -> u.level() == unit.level() && jurisdiction.covers(u.path())).toList();
        List<DashboardMonth> months = unit.level() == UnitLevel.COMMUNE ? communeMonths(range, lives, today)
                : consolidatedMonths(range, lives, today);
        Set<String> named = new HashSet<>();
        months.forEach(m -> {
            if (m.totals() != null) {
                named.addAll(m.totals().keySet());
            }
        });
        List<IndicatorView> catalogue = indicators.list(true).stream()
                .filter(i -> i.active() || named.contains(i.code())).toList();
        RuleParameters parameters = units.parametersOf(unit.provinceCode());
        return new DashboardView(unit.officialCode(), unit.name(), unit.level(), range.from().toString(),
                range.to().toString(), catalogue, months, today, parameters.minTeamSize(),
                establishment(unit, today, parameters));
    }

    /** The unit of the code in force on the month's first day, if any. */
    private static Unit lifeOf(List<Unit> lives, Period period) {
        LocalDate day = period.structureDay();
        return lives.stream().filter(u -> u.inForceOn(day)).findFirst().orElse(null);
    }

    private List<DashboardMonth> consolidatedMonths(DashboardRange range, List<Unit> lives, LocalDate today) {
        List<Period> periods = range.periods();
        Map<String, Unit> lifeOf = new LinkedHashMap<>();
        periods.forEach(p -> lifeOf.put(p.toString(), lifeOf(lives, p)));
        Map<String, DashboardStore.Revision> revisions = store.latestRevisions(
                lifeOf.values().stream().filter(Objects::nonNull).map(Unit::key).distinct().toList(),
                periods.stream().map(Period::toString).toList());
        // Closed months kept from the same revision come from memory; the others are read in one go.
        Map<String, DashboardStore.RevisionDetails> details = new HashMap<>();
        List<String> toRead = new ArrayList<>();
        for (DashboardStore.Revision revision : revisions.values()) {
            DashboardStore.RevisionDetails kept = cache.get(revision.unitKey(), revision.period(), revision.id());
            if (kept != null) {
                details.put(revision.id(), kept);
            } else {
                toRead.add(revision.id());
            }
        }
        Map<String, DashboardStore.RevisionDetails> read = store.details(toRead);
        details.putAll(read);
        for (DashboardStore.Revision revision : revisions.values()) {
            if (read.containsKey(revision.id()) && DashboardRange.closed(Period.parse(revision.period()), today)) {
                cache.put(revision.unitKey(), revision.period(), revision.id(), read.get(revision.id()));
            }
        }
        Set<String> missingKeys = new HashSet<>();
        details.values().forEach(d -> missingKeys.addAll(d.missing()));
        Map<String, Unit> missingUnits = store.units(missingKeys);
        List<DashboardMonth> months = new ArrayList<>();
        for (Period period : periods) {
            Unit life = lifeOf.get(period.toString());
            DashboardStore.Revision revision = life == null ? null : revisions.get(life.key() + "/" + period);
            if (revision == null) {
                MonthState state = life == null ? MonthState.NOT_IN_FORCE
                        : DashboardRange.begun(period, today) ? MonthState.NOT_CONSOLIDATED : MonthState.NOT_BEGUN;
                months.add(empty(period, state, List.of()));
                continue;
            }
            DashboardStore.RevisionDetails d = details.get(revision.id());
            List<UnitRef> missing = d.missing().stream().map(k -> ref(k, missingUnits.get(k)))
                    .sorted(Comparator.comparing(UnitRef::code)).toList();
            months.add(new DashboardMonth(period.toString(), MonthState.CONSOLIDATED, revision.expected(),
                    revision.received(), revision.onTime(), revision.late(),
                    rate(revision.received(), revision.expected()), rate(revision.onTime(), revision.expected()),
                    missing, d.totals(), revision.revision(), revision.completedAt()));
        }
        return months;
    }

    private List<DashboardMonth> communeMonths(DashboardRange range, List<Unit> lives, LocalDate today) {
        List<Period> periods = range.periods();
        Map<String, Unit> lifeOf = new LinkedHashMap<>();
        periods.forEach(p -> lifeOf.put(p.toString(), lifeOf(lives, p)));
        Map<String, DashboardStore.Report> reports = store.reports(
                lifeOf.values().stream().filter(Objects::nonNull).map(Unit::key).distinct().toList(),
                periods.stream().map(Period::toString).toList());
        Map<String, List<ReportingDuty.CampaignSpan>> campaigns = new HashMap<>();
        List<DashboardMonth> months = new ArrayList<>();
        for (Period period : periods) {
            Unit life = lifeOf.get(period.toString());
            if (life == null) {
                months.add(empty(period, MonthState.NOT_IN_FORCE, List.of()));
                continue;
            }
            DashboardStore.Report report = reports.get(life.key() + "/" + period);
            if (report != null && report.received()) {
                int onTime = report.late() ? 0 : 1;
                months.add(new DashboardMonth(period.toString(), MonthState.REPORTED, 1, 1, onTime, 1 - onTime,
                        rate(1, 1), rate(onTime, 1), List.of(), Map.copyOf(new TreeMap<>(report.values())), null,
                        null));
            } else if (!DashboardRange.begun(period, today)) {
                months.add(empty(period, MonthState.NOT_BEGUN, List.of()));
            } else if (!ReportingDuty.owes(campaigns.computeIfAbsent(life.path(), store::campaignsOver), period)) {
                months.add(empty(period, MonthState.NOT_OWED, List.of()));
            } else {
                months.add(empty(period, MonthState.NOT_REPORTED, List.of(ref(life.key(), life))));
            }
        }
        return months;
    }

    private static DashboardMonth empty(Period period, MonthState state, List<UnitRef> missing) {
        return new DashboardMonth(period.toString(), state, null, null, null, null, null, null, missing, null, null,
                null);
    }

    /**
     * Establishment today: a commune's own row; a district's communes; a province's districts (their communes
     * together) and the communes straight under it. Laggards first: the lowest share of the R2 minimum, then the
     * most teams under the minimum size, then by name.
     */
    private List<EstablishmentRow> establishment(AdministrativeUnit unit, LocalDate today, RuleParameters parameters) {
        if (!unit.isInForceOn(today)) {
            return List.of();
        }
        List<Unit> communes = store.communesUnder(unit.path(), today).stream()
                .filter(c -> jurisdiction.covers(c.path())).toList();
        Map<String, List<DashboardStore.EstablishedTeam>> teams = new HashMap<>();
        store.establishedTeamsUnder(unit.path(), today).forEach(t ->
                teams.computeIfAbsent(t.communeKey(), k -> new ArrayList<>()).add(t));
        // The row each commune counts in: itself, or its district when the dashboard is a province's.
        Map<String, String> rowOf = new LinkedHashMap<>();
        for (Unit commune : communes) {
            boolean underDistrict = unit.level() == UnitLevel.PROVINCE && !unit.code().equals(commune.parentKey());
            rowOf.put(commune.key(), underDistrict ? commune.parentKey() : commune.key());
        }
        Map<String, Unit> rowUnits = new HashMap<>(store.units(new HashSet<>(rowOf.values())));
        Map<String, int[]> figures = new LinkedHashMap<>();
        for (Unit commune : communes) {
            int[] row = figures.computeIfAbsent(rowOf.get(commune.key()), k -> new int[6]);
            int villageTeams = 0;
            for (DashboardStore.EstablishedTeam team : teams.getOrDefault(commune.key(), List.of())) {
                row[1]++;
                if (team.level() == UnitLevel.VILLAGE) {
                    villageTeams++;
                }
                if (team.members() < parameters.minTeamSize()) {
                    row[4]++;
                }
            }
            int minimum = commune.villageTeamMinimum() != null ? commune.villageTeamMinimum()
                    : parameters.villageTeamMinimum();
            row[0]++;
            row[2] += villageTeams;
            row[3] += minimum;
            if (villageTeams < minimum) {
                row[5]++;
            }
        }
        // Per row: communes, established teams, village teams, the sum of R2 minimums, teams under the minimum
        // size (R4), communes below their R2 minimum.
        List<EstablishmentRow> rows = new ArrayList<>();
        figures.forEach((key, row) -> {
            Unit rowUnit = rowUnits.get(key);
            rows.add(new EstablishmentRow(rowUnit.officialCode(), rowUnit.name(), rowUnit.level(), row[0], row[1],
                    row[2], row[3], row[5], row[4]));
        });
        Map<String, String> sortNames = new HashMap<>();
        rowUnits.values().forEach(u -> sortNames.put(u.officialCode(), u.nameSort()));
        rows.sort(Comparator.comparingDouble(DashboardService::share)
                .thenComparing(Comparator.comparingInt(EstablishmentRow::teamsUnderMinimumSize).reversed())
                .thenComparing(r -> sortNames.getOrDefault(r.unitCode(), r.unitName())));
        return rows;
    }

    private static double share(EstablishmentRow row) {
        return row.villageTeamMinimum() == 0 ? 1 : (double) row.villageTeams() / row.villageTeamMinimum();
    }

    private static UnitRef ref(String key, Unit unit) {
        return unit == null ? new UnitRef(AdministrativeUnit.officialCodeOf(key), null, null)
                : new UnitRef(unit.officialCode(), unit.name(), unit.level());
    }

    /** As a consolidation's: three decimals, 0 when nothing is expected. */
    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
