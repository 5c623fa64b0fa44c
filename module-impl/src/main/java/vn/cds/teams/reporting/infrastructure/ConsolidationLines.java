package vn.cds.teams.reporting.infrastructure;

import static vn.cds.teams.reporting.infrastructure.Jdbc.concat;
import static vn.cds.teams.reporting.infrastructure.Jdbc.marks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.ConsolidationStatus;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources.Duty;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources.Report;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources.Source;

/**
 * A revision's lines and totals. Each source's contribution is a line keyed by (revision, source)
 * ({@code consolidation_line}, its figures in {@code consolidation_line_value}, its missing units in
 * {@code consolidation_missing}): writing a source again replaces its line, so a restarted chunk never counts a
 * source twice; the totals are sums of the lines, made by the last step. Written in the caller's (the chunk's)
 * transaction, on the datasource the batch runtime's job repository shares (post-boot
 * {@code set-batch-runtime-configuration}), so that a chunk's lines and its checkpoint commit together.
 */
@ApplicationScoped
public class ConsolidationLines {

    /** A line's establishment figures, in their columns' order (of the line and of the revision). */
    private static final String[] FIGURES = {"expected", "received", "on_time", "late", "teams", "members",
        "incomplete_teams", "teachers"};

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * One source's line of a completed revision: how it reported, its establishment figures and its figure of
     * each indicator; the revision's totals are the sums of these lines.
     */
    public record Line(String sourceCode, int expected, int received, int onTime, int late, int teams, int members,
                       Map<String, Long> values) {
    }

    /**
     * Writes the lines of some sources of a revision, replacing any earlier line of the same source. A commune is
     * expected when it owes the month a report (R12, R13) and counts as received with a submitted or accepted
     * report; a district contributes its latest completed consolidation, or, without one, its communes as expected
     * and itself as missing.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void write(String id, Period period, List<Source> sources) {
        write(period, Map.of(id, sources));
    }

    /**
     * The same for several revisions at once (a sweep's chunk), set-based: a handful of statements whatever the
     * number of revisions. Every source belongs to one revision (a commune has one district, a district one
     * province).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void write(Period period, Map<String, List<Source>> sourcesByRevision) {
        Map<String, String> revisionOf = new HashMap<>();
        sourcesByRevision.forEach((revision, sources) -> sources.forEach(s -> revisionOf.put(s.code(), revision)));
        if (revisionOf.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(sourcesByRevision.keySet());
        List<Source> sources = sourcesByRevision.values().stream().flatMap(List::stream).toList();
        List<String> codes = sources.stream().map(Source::code).toList();
        Jdbc.with(dataSource, "consolidation lines not written", c -> {
            for (String table : List.of("consolidation_line_value", "consolidation_missing", "consolidation_line")) {
                Jdbc.update(c, "DELETE FROM " + table + " WHERE consolidation_id IN (" + marks(ids) + ")"
                        + " AND source_code IN (" + marks(codes) + ")", concat(ids, codes));
            }
            Map<String, long[]> lines = new LinkedHashMap<>();
            Map<String, Map<String, Long>> values = new HashMap<>();
            Map<String, List<String>> missing = new HashMap<>();
            List<String> communes = sources.stream().filter(s -> !s.district()).map(Source::code).toList();
            List<String> districts = sources.stream().filter(Source::district).map(Source::code).toList();
            if (!communes.isEmpty()) {
                readCommunes(c, period, communes, lines, missing);
                copyCommuneValues(c, period, ids, communes);
            }
            if (!districts.isEmpty()) {
                readDistricts(c, period, districts, lines, values, missing);
            }
            insertLines(c, revisionOf, lines, values, missing);
            return null;
        });
    }

    private static void insertLines(Connection c, Map<String, String> revisionOf, Map<String, long[]> lines,
                                    Map<String, Map<String, Long>> values, Map<String, List<String>> missing)
            throws SQLException {
        try (PreparedStatement line = c.prepareStatement("INSERT INTO consolidation_line (consolidation_id,"
                + " source_code, " + String.join(", ", FIGURES) + ") VALUES (?, ?, " + marks(List.of(FIGURES)) + ")");
             PreparedStatement value = c.prepareStatement("INSERT INTO consolidation_line_value"
                     + " (consolidation_id, source_code, indicator_code, amount) VALUES (?, ?, ?, ?)");
             PreparedStatement gap = c.prepareStatement("INSERT INTO consolidation_missing"
                     + " (consolidation_id, source_code, unit_code) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, long[]> entry : lines.entrySet()) {
                String revision = revisionOf.get(entry.getKey());
                line.setString(1, revision);
                line.setString(2, entry.getKey());
                for (int i = 0; i < FIGURES.length; i++) {
                    line.setInt(3 + i, (int) entry.getValue()[i]);
                }
                line.addBatch();
                for (Map.Entry<String, Long> v : values.getOrDefault(entry.getKey(), Map.of()).entrySet()) {
                    Jdbc.bind(value, List.of(revision, entry.getKey(), v.getKey(), v.getValue()));
                    value.addBatch();
                }
                for (String unit : missing.getOrDefault(entry.getKey(), List.of())) {
                    Jdbc.bind(gap, List.of(revision, entry.getKey(), unit));
                    gap.addBatch();
                }
            }
            line.executeBatch();
            value.executeBatch();
            gap.executeBatch();
        }
    }

    /** The communes' figures go from their reports to the lines in one statement (most of a month's rows). */
    private static void copyCommuneValues(Connection c, Period period, List<String> ids, List<String> communes)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO consolidation_line_value (consolidation_id, source_code, indicator_code, amount)"
                + " SELECT x.id, s.commune_code, s.indicator_code, s.amount FROM ("
                + ConsolidationSources.receivedValues(communes) + ") s"
                + " JOIN consolidation x ON x.unit_code = s.parent_code WHERE x.id IN (" + marks(ids) + ")",
                concat(ConsolidationSources.receivedValuesParameters(period, communes), ids));
    }

    private static void readCommunes(Connection c, Period period, List<String> communes, Map<String, long[]> lines,
                                     Map<String, List<String>> missing) throws SQLException {
        Map<String, Boolean> owing = ConsolidationSources.duties(c, period, false, communes).stream()
                .collect(Collectors.toMap(Duty::commune, Duty::owes));
        for (String commune : communes) {
            // R13: a commune that owes no report this month is neither expected nor missing (unless it reports).
            boolean owes = owing.getOrDefault(commune, true);
            lines.put(commune, new long[] {owes ? 1 : 0, 0, 0, 0, 0, 0, 0, 0});
            if (owes) {
                missing.put(commune, new ArrayList<>(List.of(commune)));
            }
        }
        for (Report r : ConsolidationSources.receivedReports(c, period, communes)) {
            lines.put(r.commune(), new long[] {1, 1, r.late() ? 0 : 1, r.late() ? 1 : 0, r.teams(), r.members(),
                r.incompleteTeams(), r.teachers()});
            missing.remove(r.commune());
        }
    }

    private static void readDistricts(Connection c, Period period, List<String> districts, Map<String, long[]> lines,
                                      Map<String, Map<String, Long>> values, Map<String, List<String>> missing)
            throws SQLException {
        Map<String, String> latest = new HashMap<>();
        String completed = ConsolidationStatus.COMPLETED.name();
        Jdbc.query(c, "SELECT x.unit_code, x.id, x." + String.join(", x.", FIGURES) + " FROM consolidation x"
                + " WHERE x.period = ? AND x.status = ? AND x.unit_code IN (" + marks(districts) + ")"
                + " AND x.revision = (SELECT MAX(y.revision) FROM consolidation y WHERE y.unit_code = x.unit_code"
                + " AND y.period = x.period AND y.status = ?)",
                concat(concat(List.of(period.toString(), completed), districts), List.of(completed)), rs -> {
                latest.put(rs.getString(2), rs.getString(1));
                long[] figures = new long[FIGURES.length];
                for (int i = 0; i < FIGURES.length; i++) {
                    figures[i] = rs.getInt(3 + i);
                }
                lines.put(rs.getString(1), figures);
            });
        if (!latest.isEmpty()) {
            List<String> ids = new ArrayList<>(latest.keySet());
            Jdbc.query(c, "SELECT consolidation_id, indicator_code, amount FROM consolidation_total"
                    + " WHERE consolidation_id IN (" + marks(ids) + ")", ids, rs -> values.computeIfAbsent(
                    latest.get(rs.getString(1)), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)));
            Jdbc.query(c, "SELECT consolidation_id, unit_code FROM consolidation_missing WHERE consolidation_id IN ("
                    + marks(ids) + ")", ids, rs -> missing.computeIfAbsent(latest.get(rs.getString(1)),
                    k -> new ArrayList<>()).add(rs.getString(2)));
        }
        List<String> without = districts.stream().filter(d -> !lines.containsKey(d)).toList();
        if (!without.isEmpty()) {
            // A district not consolidated: its communes that owe this month's report (R13) are expected, none
            // received; the district is missing unless none of them owes one.
            Map<String, Long> expected = ConsolidationSources.duties(c, period, true, without).stream()
                    .filter(Duty::owes).collect(Collectors.groupingBy(Duty::parent, Collectors.counting()));
            for (String district : without) {
                long owed = expected.getOrDefault(district, 0L);
                lines.put(district, new long[] {owed, 0, 0, 0, 0, 0, 0, 0});
                if (owed > 0) {
                    missing.put(district, List.of(district));
                }
            }
        }
    }

    /** The last step: totals are the sums of the lines, whatever number of times a chunk was written. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void complete(String id) {
        complete(List.of(id));
    }

    /** The same for several revisions at once (a sweep's chunk): set-based sums, one batch of updates. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void complete(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Jdbc.with(dataSource, "consolidation not completed", c -> {
            Jdbc.update(c, "DELETE FROM consolidation_total WHERE consolidation_id IN (" + marks(ids) + ")", ids);
            Jdbc.update(c, "INSERT INTO consolidation_total (consolidation_id, indicator_code, amount)"
                    + " SELECT consolidation_id, indicator_code, SUM(amount) FROM consolidation_line_value"
                    + " WHERE consolidation_id IN (" + marks(ids) + ") GROUP BY consolidation_id, indicator_code", ids);
            Map<String, long[]> sums = new HashMap<>();
            ids.forEach(id -> sums.put(id, new long[FIGURES.length]));
            Jdbc.query(c, "SELECT consolidation_id, SUM(" + String.join("), SUM(", FIGURES) + ")"
                    + " FROM consolidation_line WHERE consolidation_id IN (" + marks(ids) + ")"
                    + " GROUP BY consolidation_id", ids, rs -> {
                    long[] figures = sums.get(rs.getString(1));
                    for (int i = 0; i < FIGURES.length; i++) {
                        figures[i] = rs.getLong(2 + i);
                    }
                });
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement revision = c.prepareStatement("UPDATE consolidation SET "
                    + String.join(" = ?, ", FIGURES) + " = ?, status = ?, completed_at = ? WHERE id = ?")) {
                for (Map.Entry<String, long[]> entry : sums.entrySet()) {
                    for (int i = 0; i < FIGURES.length; i++) {
                        revision.setInt(1 + i, (int) entry.getValue()[i]);
                    }
                    revision.setString(FIGURES.length + 1, ConsolidationStatus.COMPLETED.name());
                    revision.setTimestamp(FIGURES.length + 2, now);
                    revision.setString(FIGURES.length + 3, entry.getKey());
                    revision.addBatch();
                }
                revision.executeBatch();
            }
            return null;
        });
    }

    /** The lines of the completed revision {@code revision} of (unit, period), by source code. */
    public List<Line> lines(String unitCode, Period period, int revision) {
        List<String> ids = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT id FROM consolidation WHERE unit_code = ? AND period = ? AND revision = ?"
                + " AND status = ?", List.of(unitCode, period.toString(), revision,
                ConsolidationStatus.COMPLETED.name()),
                rs -> ids.add(rs.getString(1)));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> values = new HashMap<>();
        Jdbc.query(dataSource, "SELECT source_code, indicator_code, amount FROM consolidation_line_value"
                + " WHERE consolidation_id = ?", List.of(ids.get(0)), rs -> values.computeIfAbsent(rs.getString(1),
                k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)));
        List<Line> lines = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT source_code, expected, received, on_time, late, teams, members"
                + " FROM consolidation_line WHERE consolidation_id = ? ORDER BY source_code", List.of(ids.get(0)),
                rs -> lines.add(new Line(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), values.getOrDefault(rs.getString(1), Map.of()))));
        return lines;
    }

    /** How many sources a revision has written so far (its progress). */
    public int count(String id) {
        int[] count = {0};
        Jdbc.query(dataSource, "SELECT COUNT(*) FROM consolidation_line WHERE consolidation_id = ?", List.of(id),
                rs -> count[0] = rs.getInt(1));
        return count[0];
    }

    /** The sources whose lines a revision has committed, for a run resumed on another instance. */
    public Set<String> written(String id) {
        Set<String> codes = new HashSet<>();
        Jdbc.query(dataSource, "SELECT source_code FROM consolidation_line WHERE consolidation_id = ?", List.of(id),
                rs -> codes.add(rs.getString(1)));
        return codes;
    }
}
