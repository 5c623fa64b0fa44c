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
 * A revision's lines and totals. Each source's contribution is one line keyed by (revision, source)
 * ({@code consolidation_line}: its establishment figures and, in {@code amounts}, its figure of each indicator; its
 * missing units in {@code consolidation_missing}): writing a source again replaces its line, so a restarted chunk
 * never counts a source twice. The totals are the sums of the lines, by {@link #sum}, whichever way a revision is
 * written. Written in the caller's (the chunk's) transaction, on the datasource the batch runtime's job repository
 * shares (post-boot {@code set-batch-runtime-configuration}), so that a chunk's lines and its checkpoint commit
 * together.
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
     * A line as it is written and summed: its revision, its source, its figures (in FIGURES order), its values and
     * the units it leaves missing (read back without them: summing needs none).
     */
    private record Row(String revision, String source, long[] figures, Map<String, Long> values,
                       List<String> missing) {
    }

    /**
     * Writes the lines of some sources of a revision, replacing any earlier line of the same source. A commune is
     * expected when it owes the month a report (R12, R13) and counts as received with a submitted or accepted
     * report; a district contributes its latest completed consolidation, or, without one, its communes as expected
     * and itself as missing.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void write(String id, Period period, List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        List<String> codes = sources.stream().map(Source::code).toList();
        Jdbc.with(dataSource, "consolidation lines not written", c -> {
            // consolidation_line_value: the values of lines written before the amounts column (V61).
            for (String table : List.of("consolidation_line_value", "consolidation_missing", "consolidation_line")) {
                Jdbc.update(c, "DELETE FROM " + table + " WHERE consolidation_id = ? AND source_code IN ("
                        + marks(codes) + ")", concat(List.of(id), codes));
            }
            insert(c, read(c, period, Map.of(id, sources), false));
            return null;
        });
    }

    /**
     * A sweep's chunk: the lines of several revisions, each complete (all of a revision's sources), and their
     * totals, in one pass and the chunk's one transaction: a failed chunk leaves nothing, so a restart writes every
     * revision of it again from scratch. Every source belongs to one revision (a commune has one district, a
     * district one province).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void writeComplete(Period period, Map<String, List<Source>> sourcesByRevision) {
        List<String> ids = List.copyOf(sourcesByRevision.keySet());
        if (ids.isEmpty()) {
            return;
        }
        Jdbc.with(dataSource, "consolidation not written", c -> {
            for (String table : List.of("consolidation_missing", "consolidation_line")) {
                Jdbc.update(c, "DELETE FROM " + table + " WHERE consolidation_id IN (" + marks(ids) + ")", ids);
            }
            List<Row> rows = read(c, period, sourcesByRevision, true);
            insert(c, rows);
            complete(c, ids, rows);
            return null;
        });
    }

    /**
     * Reads what each source contributes: its line and the units it leaves missing. {@code complete}: the sources
     * are all those of their revisions' units, so the communes' duties are read by parent (an index range per unit)
     * rather than by thousands of commune codes (a sweep's chunk).
     */
    private static List<Row> read(Connection c, Period period, Map<String, List<Source>> sourcesByRevision,
                                  boolean complete) throws SQLException {
        Map<String, String> revisionOf = new HashMap<>();
        sourcesByRevision.forEach((revision, sources) -> sources.forEach(s -> revisionOf.put(s.code(), revision)));
        List<Source> sources = sourcesByRevision.values().stream().flatMap(List::stream).toList();
        List<Source> communeSources = sources.stream().filter(s -> !s.district()).toList();
        List<String> communes = communeSources.stream().map(Source::code).toList();
        List<String> districts = sources.stream().filter(Source::district).map(Source::code).toList();
        List<Row> rows = new ArrayList<>();
        if (!communes.isEmpty()) {
            List<Duty> duties = complete
                    ? ConsolidationSources.duties(c, period, true,
                            communeSources.stream().map(Source::parent).distinct().toList())
                    : ConsolidationSources.duties(c, period, false, communes);
            readCommunes(c, period, communes, duties, revisionOf, rows);
        }
        if (!districts.isEmpty()) {
            readDistricts(c, period, districts, revisionOf, rows);
        }
        return rows;
    }

    private static void readCommunes(Connection c, Period period, List<String> communes, List<Duty> duties,
                                     Map<String, String> revisionOf, List<Row> rows) throws SQLException {
        Map<String, Boolean> owing = duties.stream().collect(Collectors.toMap(Duty::commune, Duty::owes));
        Map<String, Report> reports = ConsolidationSources.receivedReports(c, period, communes);
        for (String commune : communes) {
            Report r = reports.get(commune);
            if (r != null) {
                rows.add(new Row(revisionOf.get(commune), commune, new long[] {1, 1, r.late() ? 0 : 1,
                    r.late() ? 1 : 0, r.teams(), r.members(), r.incompleteTeams(), r.teachers()}, r.values(), List.of()));
            } else {
                // R13: a commune that owes no report this month is neither expected nor missing.
                boolean owes = owing.getOrDefault(commune, true);
                rows.add(new Row(revisionOf.get(commune), commune, new long[] {owes ? 1 : 0, 0, 0, 0, 0, 0, 0, 0},
                        Map.of(), owes ? List.of(commune) : List.of()));
            }
        }
    }

    private static void readDistricts(Connection c, Period period, List<String> districts,
                                      Map<String, String> revisionOf, List<Row> rows) throws SQLException {
        Map<String, String> latest = new HashMap<>();
        Map<String, long[]> figures = new LinkedHashMap<>();
        String completed = ConsolidationStatus.COMPLETED.name();
        Jdbc.query(c, "SELECT x.unit_code, x.id, x." + String.join(", x.", FIGURES) + " FROM consolidation x"
                + " WHERE x.period = ? AND x.status = ? AND x.unit_code IN (" + marks(districts) + ")"
                + " AND x.revision = (SELECT MAX(y.revision) FROM consolidation y WHERE y.unit_code = x.unit_code"
                + " AND y.period = x.period AND y.status = ?)",
                concat(concat(List.of(period.toString(), completed), districts), List.of(completed)), rs -> {
                latest.put(rs.getString(2), rs.getString(1));
                long[] line = new long[FIGURES.length];
                for (int i = 0; i < FIGURES.length; i++) {
                    line[i] = rs.getInt(3 + i);
                }
                figures.put(rs.getString(1), line);
            });
        Map<String, Map<String, Long>> values = new HashMap<>();
        Map<String, List<String>> missing = new HashMap<>();
        if (!latest.isEmpty()) {
            List<String> ids = new ArrayList<>(latest.keySet());
            Jdbc.query(c, "SELECT consolidation_id, indicator_code, amount FROM consolidation_total"
                    + " WHERE consolidation_id IN (" + marks(ids) + ")", ids, rs -> values.computeIfAbsent(
                    latest.get(rs.getString(1)), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)));
            Jdbc.query(c, "SELECT consolidation_id, unit_code FROM consolidation_missing WHERE consolidation_id IN ("
                    + marks(ids) + ")", ids, rs -> missing.computeIfAbsent(latest.get(rs.getString(1)),
                    k -> new ArrayList<>()).add(rs.getString(2)));
        }
        List<String> without = districts.stream().filter(d -> !figures.containsKey(d)).toList();
        Map<String, Long> owed = without.isEmpty() ? Map.of()
                // A district not consolidated: its communes that owe this month's report (R13) are expected, none
                // received.
                : ConsolidationSources.duties(c, period, true, without).stream().filter(Duty::owes)
                        .collect(Collectors.groupingBy(Duty::parent, Collectors.counting()));
        for (String district : districts) {
            long[] line = figures.get(district);
            if (line != null) {
                rows.add(new Row(revisionOf.get(district), district, line, values.getOrDefault(district, Map.of()),
                        missing.getOrDefault(district, List.of())));
            } else {
                // Missing itself unless none of its communes owes a report.
                long expected = owed.getOrDefault(district, 0L);
                rows.add(new Row(revisionOf.get(district), district, new long[] {expected, 0, 0, 0, 0, 0, 0, 0},
                        Map.of(), expected > 0 ? List.of(district) : List.of()));
            }
        }
    }

    /**
     * Inserts the lines and, for each, the units it leaves missing: a commune expected and not received; a
     * district's own missing units, or the district itself when it has no consolidation and owes reports.
     */
    private static void insert(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement line = c.prepareStatement("INSERT INTO consolidation_line (consolidation_id,"
                + " source_code, " + String.join(", ", FIGURES) + ", amounts) VALUES (?, ?, "
                + marks(List.of(FIGURES)) + ", ?)");
             PreparedStatement gap = c.prepareStatement("INSERT INTO consolidation_missing"
                     + " (consolidation_id, source_code, unit_code) VALUES (?, ?, ?)")) {
            for (Row row : rows) {
                line.setString(1, row.revision());
                line.setString(2, row.source());
                for (int i = 0; i < FIGURES.length; i++) {
                    line.setInt(3 + i, (int) row.figures()[i]);
                }
                line.setString(3 + FIGURES.length, LineAmounts.format(row.values()));
                line.addBatch();
                for (String unit : row.missing()) {
                    Jdbc.bind(gap, List.of(row.revision(), row.source(), unit));
                    gap.addBatch();
                }
            }
            line.executeBatch();
            gap.executeBatch();
        }
    }

    /** The last step of a unit's run: totals are the sums of its lines, whatever number of times a chunk ran. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void complete(String id) {
        Jdbc.with(dataSource, "consolidation not completed", c -> {
            complete(c, List.of(id), rows(c, id));
            return null;
        });
    }

    /** Writes the revisions' totals and figures, the sums of their lines ({@link #sum}), and marks them completed. */
    private void complete(Connection c, List<String> ids, List<Row> rows) throws SQLException {
        Map<String, List<Row>> byRevision = new LinkedHashMap<>();
        ids.forEach(id -> byRevision.put(id, new ArrayList<>()));
        rows.forEach(row -> byRevision.get(row.revision()).add(row));
        Jdbc.update(c, "DELETE FROM consolidation_total WHERE consolidation_id IN (" + marks(ids) + ")", ids);
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement total = c.prepareStatement("INSERT INTO consolidation_total (consolidation_id,"
                + " indicator_code, amount) VALUES (?, ?, ?)");
             PreparedStatement revision = c.prepareStatement("UPDATE consolidation SET "
                     + String.join(" = ?, ", FIGURES) + " = ?, status = ?, completed_at = ? WHERE id = ?")) {
            for (Map.Entry<String, List<Row>> entry : byRevision.entrySet()) {
                long[] figures = new long[FIGURES.length];
                Map<String, Long> totals = sum(entry.getValue(), figures);
                for (Map.Entry<String, Long> t : totals.entrySet()) {
                    Jdbc.bind(total, List.of(entry.getKey(), t.getKey(), t.getValue()));
                    total.addBatch();
                }
                for (int i = 0; i < FIGURES.length; i++) {
                    revision.setInt(1 + i, (int) figures[i]);
                }
                revision.setString(FIGURES.length + 1, ConsolidationStatus.COMPLETED.name());
                revision.setTimestamp(FIGURES.length + 2, now);
                revision.setString(FIGURES.length + 3, entry.getKey());
                revision.addBatch();
            }
            total.executeBatch();
            revision.executeBatch();
        }
    }

    /** The one way totals are made: each figure and each indicator summed over the lines. */
    private static Map<String, Long> sum(List<Row> rows, long[] figures) {
        Map<String, Long> totals = new TreeMap<>();
        for (Row row : rows) {
            for (int i = 0; i < FIGURES.length; i++) {
                figures[i] += row.figures()[i];
            }
            row.values().forEach((indicator, amount) -> totals.merge(indicator, amount, Long::sum));
        }
        return totals;
    }

    /** A revision's lines as written, with their values (also those of lines written before V61). */
    private static List<Row> rows(Connection c, String id) throws SQLException {
        Map<String, Map<String, Long>> older = new HashMap<>();
        Jdbc.query(c, "SELECT source_code, indicator_code, amount FROM consolidation_line_value"
                + " WHERE consolidation_id = ?", List.of(id), rs -> older.computeIfAbsent(rs.getString(1),
                k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)));
        List<Row> rows = new ArrayList<>();
        Jdbc.query(c, "SELECT source_code, " + String.join(", ", FIGURES) + ", amounts FROM consolidation_line"
                + " WHERE consolidation_id = ? ORDER BY source_code", List.of(id), rs -> {
                long[] figures = new long[FIGURES.length];
                for (int i = 0; i < FIGURES.length; i++) {
                    figures[i] = rs.getInt(2 + i);
                }
                String amounts = rs.getString(2 + FIGURES.length);
                rows.add(new Row(id, rs.getString(1), figures, amounts != null ? LineAmounts.parse(amounts)
                        : older.getOrDefault(rs.getString(1), Map.of()), List.of()));
            });
        return rows;
    }

    /** The lines of the completed revision {@code revision} of (unit, period), by source code. */
    public List<Line> lines(String unitCode, Period period, int revision) {
        List<String> ids = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT id FROM consolidation WHERE unit_code = ? AND period = ? AND revision = ?"
                + " AND status = ?", List.of(unitCode, period.toString(), revision,
                ConsolidationStatus.COMPLETED.name()), rs -> ids.add(rs.getString(1)));
        if (ids.isEmpty()) {
            return List.of();
        }
        return Jdbc.with(dataSource, "consolidation lines not read", c -> rows(c, ids.get(0))).stream()
                .map(r -> new Line(r.source(), (int) r.figures()[0], (int) r.figures()[1], (int) r.figures()[2],
                        (int) r.figures()[3], (int) r.figures()[4], (int) r.figures()[5], r.values()))
                .toList();
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
