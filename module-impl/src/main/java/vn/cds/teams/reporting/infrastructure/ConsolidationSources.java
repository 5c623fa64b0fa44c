package vn.cds.teams.reporting.infrastructure;

import static vn.cds.teams.reporting.infrastructure.Jdbc.concat;
import static vn.cds.teams.reporting.infrastructure.Jdbc.marks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingDuty;
import vn.cds.teams.reporting.domain.ReportingDuty.CampaignSpan;

/**
 * The consolidation's read model of other features' tables: units in force ({@code administrative_unit}), the
 * communes' reports ({@code monthly_report}, {@code monthly_report_value}) and the campaigns over them
 * ({@code campaign}). The only place where consolidation reads them; in SQL, because the lines are written from them
 * set-based, in the chunk's own connection and transaction.
 */
@ApplicationScoped
public class ConsolidationSources {

    /**
     * A source of a consolidation: a commune, or a district whose own consolidation is taken; {@code parent} is the
     * unit whose consolidation reads it (its parent in the month).
     */
    public record Source(String code, boolean district, String parent) {
    }

    /** A commune's report that counts as received (submitted or accepted): its establishment figures and values. */
    record Report(String commune, boolean late, int teams, int members, int incompleteTeams, int teachers,
                  Map<String, Long> values) {
    }

    /** A commune, its parent, and whether it owes the month's report by the campaigns over it (R13). */
    record Duty(String commune, String parent, boolean owes) {
    }

    /** A unit (alias u) in force on a day, the day given twice. */
    private static final String IN_FORCE = " (u.valid_from IS NULL OR u.valid_from <= ?)"
            + " AND (u.valid_to IS NULL OR u.valid_to >= ?)";

    /** The reports that count as received (alias r). */
    private static final String RECEIVED = " r.status IN ('SUBMITTED', 'ACCEPTED')";

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /**
     * The units a consolidation of {@code unitCode} for {@code period} reads: its communes and, for a province, its
     * districts, as they were in the month (in force on its first day): after the two-level reform a province
     * reads its communes straight, an old month still reads its districts.
     */
    public List<Source> of(String unitCode, Period period) {
        return of(List.of(unitCode), period).get(unitCode);
    }

    /** The sources of several units at once (a sweep's chunk), by unit, each in code order. */
    public Map<String, List<Source>> of(List<String> unitCodes, Period period) {
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        unitCodes.forEach(unit -> sources.put(unit, new ArrayList<>()));
        if (unitCodes.isEmpty()) {
            return sources;
        }
        LocalDate day = period.structureDay();
        Jdbc.query(dataSource, "SELECT u.parent_code, u.code, u.unit_level FROM administrative_unit u"
                + " WHERE u.parent_code IN (" + marks(unitCodes) + ") AND u.unit_level IN ('DISTRICT', 'COMMUNE')"
                + " AND" + IN_FORCE + " ORDER BY u.code", concat(unitCodes, List.of(day, day)),
                rs -> sources.get(rs.getString(1)).add(new Source(rs.getString(2),
                        "DISTRICT".equals(rs.getString(3)), rs.getString(1))));
        return sources;
    }

    /** How many sources each of these units has in the month (see {@link #of}), by unit; none: absent. */
    public Map<String, Integer> counts(List<String> unitCodes, Period period) {
        Map<String, Integer> counts = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return counts;
        }
        LocalDate day = period.structureDay();
        Jdbc.query(dataSource, "SELECT u.parent_code, COUNT(*) FROM administrative_unit u WHERE u.parent_code IN ("
                + marks(unitCodes) + ") AND u.unit_level IN ('DISTRICT', 'COMMUNE') AND" + IN_FORCE
                + " GROUP BY u.parent_code", concat(unitCodes, List.of(day, day)),
                rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    /**
     * The units of a level in force in the month whose path starts with one of the prefixes (a jurisdiction's, see
     * {@code Jurisdiction#pathPrefixes}), or every unit of the level when {@code pathPrefixes} is null.
     */
    public List<String> unitsOfLevel(ConsolidationLevel level, List<String> pathPrefixes, Period period) {
        if (pathPrefixes != null && pathPrefixes.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        String under = pathPrefixes == null ? "" : " AND (" + String.join(" OR ",
                Collections.nCopies(pathPrefixes.size(), "path LIKE ?")) + ")";
        LocalDate day = period.structureDay();
        List<Object> parameters = new ArrayList<>(List.of(level.name(), day, day));
        if (pathPrefixes != null) {
            pathPrefixes.forEach(prefix -> parameters.add(prefix + "%"));
        }
        Jdbc.query(dataSource, "SELECT code FROM administrative_unit u WHERE unit_level = ? AND" + IN_FORCE + under
                + " ORDER BY code", parameters, rs -> codes.add(rs.getString(1)));
        return codes;
    }

    /**
     * The received reports of the month among {@code communes}, with their values: one statement (a report's row
     * once per value).
     */
    static Map<String, Report> receivedReports(Connection c, Period period, List<String> communes)
            throws SQLException {
        Map<String, Report> reports = new HashMap<>();
        Jdbc.query(c, "SELECT r.commune_code, r.late, r.teams, r.members, r.incomplete_teams, r.teachers,"
                + " v.indicator_code, v.amount FROM monthly_report r LEFT JOIN monthly_report_value v"
                + " ON v.report_id = r.id WHERE r.period = ? AND" + RECEIVED + " AND r.commune_code IN ("
                + marks(communes) + ")", concat(List.of(period.toString()), communes), rs -> {
                    Report report = reports.get(rs.getString(1));
                    if (report == null) {
                        report = new Report(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6), new TreeMap<>());
                        reports.put(report.commune(), report);
                    }
                    if (rs.getString(7) != null) {
                        report.values().put(rs.getString(7), rs.getLong(8));
                    }
                });
        return reports;
    }

    /**
     * The duties of the communes in force in the month that are among {@code codes} or, {@code byParent}, whose
     * parent is.
     */
    static List<Duty> duties(Connection c, Period period, boolean byParent, List<String> codes) throws SQLException {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, List<CampaignSpan>> campaigns = new HashMap<>();
        LocalDate day = period.structureDay();
        Jdbc.query(c, "SELECT u.code, u.parent_code, c.starts_on, c.ends_on FROM administrative_unit u"
                + " LEFT JOIN campaign c ON u.path LIKE CONCAT(c.unit_path, '%') WHERE u.unit_level = 'COMMUNE' AND"
                + IN_FORCE + " AND " + (byParent ? "u.parent_code" : "u.code") + " IN (" + marks(codes) + ")",
                concat(List.of(day, day), codes), rs -> {
                    String commune = rs.getString(1);
                    parents.put(commune, rs.getString(2));
                    List<CampaignSpan> spans = campaigns.computeIfAbsent(commune, k -> new ArrayList<>());
                    if (rs.getDate(3) != null) {
                        spans.add(new CampaignSpan(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
                    }
                });
        return parents.entrySet().stream().map(e -> new Duty(e.getKey(), e.getValue(),
                ReportingDuty.owes(campaigns.get(e.getKey()), period))).toList();
    }
}
