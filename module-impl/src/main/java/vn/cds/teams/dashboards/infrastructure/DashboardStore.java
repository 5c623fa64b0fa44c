package vn.cds.teams.dashboards.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.ReportingDuty.CampaignSpan;

/**
 * What dashboards read, in plain JDBC on the application's datasource: a handful of set-based queries per dashboard,
 * whatever the number of months or communes. Units are named by their keys here ({@code 04048~20250701}); the service
 * turns them into official codes.
 */
@ApplicationScoped
public class DashboardStore {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /** A unit as dashboards need it. */
    public record Unit(String key, String officialCode, String name, UnitLevel level, String parentKey, String path,
                       LocalDate validFrom, LocalDate validTo, Integer villageTeamMinimum, String nameSort) {

        public boolean inForceOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The latest completed revision of a unit's consolidation for a month, with its counts. */
    public record Revision(String id, String unitKey, String period, int revision, int expected, int received,
                           int onTime, int late, Instant completedAt) {
    }

    /** A revision's totals per indicator and its missing units (keys). */
    public record RevisionDetails(Map<String, Long> totals, List<String> missing) {
    }

    /** A commune's report of a month: submitted (or accepted) or not, late or not, and its values. */
    public record Report(String communeKey, String period, boolean received, boolean late, Map<String, Long> values) {
    }

    /** An established team's commune (key), level and members (collaborators not counted). */
    public record EstablishedTeam(String communeKey, UnitLevel level, int members) {
    }

    private static final String UNIT_COLUMNS = "u.code, u.official_code, u.name, u.unit_level, u.parent_code, u.path,"
            + " u.valid_from, u.valid_to, u.village_team_minimum, u.name_sort";

    private static final String IN_FORCE = " (u.valid_from IS NULL OR u.valid_from <= ?)"
            + " AND (u.valid_to IS NULL OR u.valid_to >= ?)";

    /** Every unit that has had the official code. */
    public List<Unit> lives(String officialCode) {
        List<Unit> units = new ArrayList<>();
        query("SELECT " + UNIT_COLUMNS + " FROM administrative_unit u WHERE u.official_code = ?", List.of(officialCode),
                rs -> units.add(unit(rs)));
        return units;
    }

    /** Units by key. */
    public Map<String, Unit> units(Collection<String> keys) {
        Map<String, Unit> units = new HashMap<>();
        if (!keys.isEmpty()) {
            List<String> list = List.copyOf(keys);
            query("SELECT " + UNIT_COLUMNS + " FROM administrative_unit u WHERE u.code IN (" + marks(list) + ")", list,
                    rs -> {
                    Unit unit = unit(rs);
                    units.put(unit.key(), unit);
                });
        }
        return units;
    }

    /** The latest completed revision of each (unit, period) asked for that has one, keyed "unitKey/period". */
    public Map<String, Revision> latestRevisions(Collection<String> unitKeys, Collection<String> periods) {
        Map<String, Revision> latest = new HashMap<>();
        if (unitKeys.isEmpty() || periods.isEmpty()) {
            return latest;
        }
        List<Object> parameters = new ArrayList<>(unitKeys);
        parameters.addAll(periods);
        query("SELECT id, unit_code, period, revision, expected, received, on_time, late, completed_at"
                + " FROM consolidation WHERE status = 'COMPLETED' AND unit_code IN (" + marks(unitKeys) + ")"
                + " AND period IN (" + marks(periods) + ")", parameters, rs -> {
                Timestamp completed = rs.getTimestamp(9);
                Revision revision = new Revision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        completed == null ? null : completed.toInstant());
                latest.merge(revision.unitKey() + "/" + revision.period(), revision,
                        (a, b) -> a.revision() >= b.revision() ? a : b);
            });
        return latest;
    }

    /** Totals and missing units of completed revisions, by revision id. */
    public Map<String, RevisionDetails> details(Collection<String> ids) {
        Map<String, Map<String, Long>> totals = new HashMap<>();
        Map<String, List<String>> missing = new HashMap<>();
        if (!ids.isEmpty()) {
            List<String> list = List.copyOf(ids);
            query("SELECT consolidation_id, indicator_code, amount FROM consolidation_total WHERE consolidation_id IN ("
                    + marks(list) + ")", list, rs -> totals.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                    .put(rs.getString(2), rs.getLong(3)));
            query("SELECT consolidation_id, unit_code FROM consolidation_missing WHERE consolidation_id IN ("
                    + marks(list) + ") ORDER BY unit_code", list,
                    rs -> missing.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        }
        Map<String, RevisionDetails> details = new HashMap<>();
        for (String id : ids) {
            details.put(id, new RevisionDetails(Collections.unmodifiableMap(totals.getOrDefault(id, Map.of())),
                    List.copyOf(missing.getOrDefault(id, List.of()))));
        }
        return details;
    }

    /** The reports of communes (keys) for periods, keyed "communeKey/period". */
    public Map<String, Report> reports(Collection<String> communeKeys, Collection<String> periods) {
        Map<String, Report> reports = new HashMap<>();
        if (communeKeys.isEmpty() || periods.isEmpty()) {
            return reports;
        }
        List<Object> parameters = new ArrayList<>(communeKeys);
        parameters.addAll(periods);
        String where = " WHERE r.commune_code IN (" + marks(communeKeys) + ") AND r.period IN (" + marks(periods) + ")";
        query("SELECT r.commune_code, r.period, r.status, r.late FROM monthly_report r" + where, parameters, rs -> {
            boolean received = "SUBMITTED".equals(rs.getString(3)) || "ACCEPTED".equals(rs.getString(3));
            reports.put(rs.getString(1) + "/" + rs.getString(2), new Report(rs.getString(1), rs.getString(2), received,
                    rs.getBoolean(4), new TreeMap<>()));
        });
        query("SELECT r.commune_code, r.period, v.indicator_code, v.amount FROM monthly_report r"
                + " JOIN monthly_report_value v ON v.report_id = r.id" + where
                + " AND r.status IN ('SUBMITTED', 'ACCEPTED')", parameters,
                rs -> reports.get(rs.getString(1) + "/" + rs.getString(2)).values().put(rs.getString(3), rs.getLong(4)));
        return reports;
    }

    /** The spans of every campaign whose unit contains the unit of this path (R13). */
    public List<CampaignSpan> campaignsOver(String path) {
        List<CampaignSpan> spans = new ArrayList<>();
        query("SELECT c.starts_on, c.ends_on FROM campaign c WHERE CAST(? AS VARCHAR(200)) LIKE CONCAT(c.unit_path, '%')",
                List.of(path), rs -> spans.add(new CampaignSpan(rs.getDate(1).toLocalDate(),
                        rs.getDate(2).toLocalDate())));
        return spans;
    }

    /** The communes in force on the day whose path starts with the prefix (a commune's own path: itself). */
    public List<Unit> communesUnder(String pathPrefix, LocalDate day) {
        List<Unit> units = new ArrayList<>();
        query("SELECT " + UNIT_COLUMNS + " FROM administrative_unit u WHERE u.unit_level = 'COMMUNE'"
                + " AND u.path LIKE CONCAT(CAST(? AS VARCHAR(200)), '%') AND" + IN_FORCE,
                List.of(pathPrefix, day, day), rs -> units.add(unit(rs)));
        return units;
    }

    /** The established teams of the communes in force on the day under the prefix. */
    public List<EstablishedTeam> establishedTeamsUnder(String pathPrefix, LocalDate day) {
        List<EstablishedTeam> teams = new ArrayList<>();
        query("SELECT t.commune_code, t.team_level, t.member_count FROM team t JOIN administrative_unit u"
                + " ON u.code = t.commune_code WHERE t.status = 'ESTABLISHED' AND u.unit_level = 'COMMUNE'"
                + " AND u.path LIKE CONCAT(CAST(? AS VARCHAR(200)), '%') AND" + IN_FORCE,
                List.of(pathPrefix, day, day), rs -> teams.add(new EstablishedTeam(rs.getString(1),
                        UnitLevel.valueOf(rs.getString(2)), rs.getInt(3))));
        return teams;
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        int minimum = rs.getInt(9);
        Integer villageTeamMinimum = rs.wasNull() ? null : minimum;
        return new Unit(rs.getString(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), day(rs.getDate(7)), day(rs.getDate(8)), villageTeamMinimum,
                rs.getString(10));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<?> parameters, RowHandler handler) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard not read: " + e.getMessage(), e);
        }
    }

    private static String marks(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
