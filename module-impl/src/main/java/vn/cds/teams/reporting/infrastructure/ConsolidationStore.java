package vn.cds.teams.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingDuty;
import vn.cds.teams.reporting.domain.ReportingDuty.CampaignSpan;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The consolidation tables, in plain JDBC on the application's datasource (jdbc/cds), which the batch runtime's
 * job repository shares (post-boot {@code set-batch-runtime-configuration}), so a chunk's lines and its checkpoint
 * commit in one local transaction. Each source's contribution is a line keyed by (consolidation, source): writing
 * a source again replaces its line, so a restarted chunk never counts a source twice; totals are sums of lines.
 */
@ApplicationScoped
public class ConsolidationStore {

    public static final String COMPLETED = "COMPLETED";
    public static final String RUNNING = "RUNNING";
    public static final String FAILED = "FAILED";

    private static final String[] FIGURES = {"expected", "received", "on_time", "late", "teams", "members",
        "incomplete_teams", "teachers"};

    private static final Logger LOG = Logger.getLogger(ConsolidationStore.class.getName());

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A consolidation run's identity. */
    public record Header(String id, String unitCode, ConsolidationLevel level, String period, int revision,
                         String status, Long executionId, int sourceCount, String sweepId) {
    }

    /** A source of a consolidation: a commune, or a district whose own consolidation is taken. */
    public record Source(String code, boolean district) {
    }

    /** A unit (alias u) in force on a day, the day given twice. */
    private static final String IN_FORCE = " (u.valid_from IS NULL OR u.valid_from <= ?)"
            + " AND (u.valid_to IS NULL OR u.valid_to >= ?)";

    /**
     * The units a consolidation of {@code unitCode} for {@code period} reads: its communes and, for a province, its
     * districts, as they were in the month (in force on its first day): after the two-level reform a province
     * reads its communes straight, an old month still reads its districts.
     */
    public List<Source> sources(String unitCode, Period period) {
        List<Source> sources = new ArrayList<>();
        LocalDate day = period.structureDay();
        query("SELECT u.code, u.unit_level FROM administrative_unit u WHERE u.parent_code = ?"
                + " AND u.unit_level IN ('DISTRICT', 'COMMUNE') AND" + IN_FORCE + " ORDER BY u.code",
                List.of(unitCode, day, day),
                rs -> sources.add(new Source(rs.getString(1), "DISTRICT".equals(rs.getString(2)))));
        return sources;
    }

    /** A new revision (the latest plus one) of (unit, period), running; only the claim holder calls this. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int create(String id, String unitCode, ConsolidationLevel level, String period, String startedBy,
                      int sourceCount) {
        int[] revision = {0};
        query("SELECT MAX(revision) FROM consolidation WHERE unit_code = ? AND period = ?", List.of(unitCode, period),
                rs -> revision[0] = rs.getInt(1));
        update("INSERT INTO consolidation (id, unit_code, unit_level, period, revision, status, source_count,"
                + " started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", List.of(id, unitCode, level.name(),
                period, revision[0] + 1, RUNNING, sourceCount, startedBy, Timestamp.from(Instant.now())));
        return revision[0] + 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void running(String id, long executionId) {
        update("UPDATE consolidation SET execution_id = ?, status = ? WHERE id = ?", List.of(executionId, RUNNING, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String id) {
        update("UPDATE consolidation SET status = ? WHERE id = ? AND status <> ?", List.of(FAILED, id, COMPLETED));
    }

    public Header header(String id) {
        List<Header> found = new ArrayList<>();
        query("SELECT id, unit_code, unit_level, period, revision, status, execution_id, source_count, sweep_id"
                + " FROM consolidation WHERE id = ?", List.of(id), rs -> found.add(header(rs)));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Sources written so far. */
    public int linesWritten(String id) {
        int[] count = {0};
        query("SELECT COUNT(*) FROM consolidation_line WHERE consolidation_id = ?", List.of(id),
                rs -> count[0] = rs.getInt(1));
        return count[0];
    }

    /**
     * Writes the lines of some sources in the caller's (the chunk's) transaction, replacing any earlier line of the
     * same source. A commune is expected when it owes the month a report (R12, R13) and counts as received with a
     * submitted or accepted report; a district contributes its latest completed consolidation, or, without one,
     * its communes as expected and itself as missing.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void writeLines(String id, String period, List<Source> sources) {
        writeLines(period, Map.of(id, sources));
    }

    /**
     * The same for several revisions at once (a sweep's chunk), set-based: a handful of statements whatever the
     * number of revisions. Every source belongs to one revision (a commune has one district, a district one
     * province).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void writeLines(String period, Map<String, List<Source>> sourcesByRevision) {
        Map<String, String> revisionOf = new HashMap<>();
        sourcesByRevision.forEach((revision, sources) -> sources.forEach(s -> revisionOf.put(s.code(), revision)));
        if (revisionOf.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(sourcesByRevision.keySet());
        List<Source> sources = sourcesByRevision.values().stream().flatMap(List::stream).toList();
        List<String> codes = sources.stream().map(Source::code).toList();
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("consolidation_line_value", "consolidation_missing", "consolidation_line")) {
                update(c, "DELETE FROM " + table + " WHERE consolidation_id IN (" + marks(ids) + ") AND source_code IN ("
                        + marks(codes) + ")", concat(ids, codes));
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
            try (PreparedStatement line = c.prepareStatement("INSERT INTO consolidation_line (consolidation_id,"
                    + " source_code, expected, received, on_time, late, teams, members, incomplete_teams, teachers)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
                        value.setString(1, revision);
                        value.setString(2, entry.getKey());
                        value.setString(3, v.getKey());
                        value.setLong(4, v.getValue());
                        value.addBatch();
                    }
                    for (String unit : missing.getOrDefault(entry.getKey(), List.of())) {
                        gap.setString(1, revision);
                        gap.setString(2, entry.getKey());
                        gap.setString(3, unit);
                        gap.addBatch();
                    }
                }
                line.executeBatch();
                value.executeBatch();
                gap.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("consolidation lines not written: " + e.getMessage(), e);
        }
    }

    /** The communes' figures go from their reports to the lines in one statement (most of a month's rows). */
    private static void copyCommuneValues(Connection c, String period, List<String> ids, List<String> communes)
            throws SQLException {
        update(c, "INSERT INTO consolidation_line_value (consolidation_id, source_code, indicator_code, amount)"
                + " SELECT x.id, r.commune_code, v.indicator_code, v.amount FROM monthly_report r"
                + " JOIN monthly_report_value v ON v.report_id = r.id"
                + " JOIN administrative_unit u ON u.code = r.commune_code"
                + " JOIN consolidation x ON x.unit_code = u.parent_code"
                + " WHERE x.id IN (" + marks(ids) + ") AND r.period = ? AND r.status IN ('SUBMITTED', 'ACCEPTED')"
                + " AND r.commune_code IN (" + marks(communes) + ")", concat(concat(ids, List.of(period)), communes));
    }

    private static void readCommunes(Connection c, String period, List<String> communes, Map<String, long[]> lines,
                                     Map<String, List<String>> missing)
            throws SQLException {
        Map<String, Boolean> owing = duties(c, period, "u.code", communes).stream()
                .collect(Collectors.toMap(Duty::commune, Duty::owes));
        for (String commune : communes) {
            // R13: a commune that owes no report this month is neither expected nor missing (unless it reports).
            boolean owes = owing.getOrDefault(commune, true);
            lines.put(commune, new long[] {owes ? 1 : 0, 0, 0, 0, 0, 0, 0, 0});
            if (owes) {
                missing.put(commune, new ArrayList<>(List.of(commune)));
            }
        }
        String received = " FROM monthly_report r WHERE r.period = ? AND r.status IN ('SUBMITTED', 'ACCEPTED')"
                + " AND r.commune_code IN (" + marks(communes) + ")";
        query(c, "SELECT r.commune_code, r.late, r.teams, r.members, r.incomplete_teams, r.teachers" + received,
                concat(List.of(period), communes), rs -> {
                String code = rs.getString(1);
                boolean late = rs.getBoolean(2);
                lines.put(code, new long[] {1, 1, late ? 0 : 1, late ? 1 : 0, rs.getInt(3), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6)});
                missing.remove(code);
            });
    }

    private static void readDistricts(Connection c, String period, List<String> districts, Map<String, long[]> lines,
                                      Map<String, Map<String, Long>> values, Map<String, List<String>> missing)
            throws SQLException {
        Map<String, String> latest = new HashMap<>();
        query(c, "SELECT x.unit_code, x.id, x.expected, x.received, x.on_time, x.late, x.teams, x.members,"
                + " x.incomplete_teams, x.teachers FROM consolidation x WHERE x.period = ? AND x.status = 'COMPLETED'"
                + " AND x.unit_code IN (" + marks(districts) + ") AND x.revision = (SELECT MAX(y.revision)"
                + " FROM consolidation y WHERE y.unit_code = x.unit_code AND y.period = x.period"
                + " AND y.status = 'COMPLETED')", concat(List.of(period), districts), rs -> {
                latest.put(rs.getString(2), rs.getString(1));
                long[] figures = new long[FIGURES.length];
                for (int i = 0; i < FIGURES.length; i++) {
                    figures[i] = rs.getInt(3 + i);
                }
                lines.put(rs.getString(1), figures);
            });
        if (!latest.isEmpty()) {
            List<String> ids = new ArrayList<>(latest.keySet());
            query(c, "SELECT consolidation_id, indicator_code, amount FROM consolidation_total WHERE consolidation_id"
                    + " IN (" + marks(ids) + ")", ids, rs -> values.computeIfAbsent(latest.get(rs.getString(1)),
                    k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)));
            query(c, "SELECT consolidation_id, unit_code FROM consolidation_missing WHERE consolidation_id IN ("
                    + marks(ids) + ")", ids, rs -> missing.computeIfAbsent(latest.get(rs.getString(1)),
                    k -> new ArrayList<>()).add(rs.getString(2)));
        }
        List<String> without = districts.stream().filter(d -> !lines.containsKey(d)).toList();
        if (!without.isEmpty()) {
            // A district not consolidated: its communes that owe this month's report (R13) are expected, none
            // received; the district is missing unless none of them owes one.
            Map<String, Long> expected = duties(c, period, "u.parent_code", without).stream()
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

    /** A commune, its parent, and whether it owes the month's report by the campaigns over it (R13). */
    private record Duty(String commune, String parent, boolean owes) {
    }

    /** The duties of the communes whose {@code column} ({@code u.code} or {@code u.parent_code}) is in {@code codes}. */
    private static List<Duty> duties(Connection c, String period, String column, List<String> codes)
            throws SQLException {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, List<CampaignSpan>> campaigns = new HashMap<>();
        LocalDate day = Period.parse(period).structureDay();
        query(c, "SELECT u.code, u.parent_code, c.starts_on, c.ends_on FROM administrative_unit u LEFT JOIN campaign c"
                + " ON u.path LIKE CONCAT(c.unit_path, '%') WHERE u.unit_level = 'COMMUNE' AND" + IN_FORCE + " AND "
                + column + " IN (" + marks(codes) + ")", concat(List.of(day, day), codes), rs -> {
                    String commune = rs.getString(1);
                    parents.put(commune, rs.getString(2));
                    List<CampaignSpan> spans = campaigns.computeIfAbsent(commune, k -> new ArrayList<>());
                    if (rs.getDate(3) != null) {
                        spans.add(new CampaignSpan(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
                    }
                });
        Period month = Period.parse(period);
        return parents.entrySet().stream().map(e -> new Duty(e.getKey(), e.getValue(),
                ReportingDuty.owes(campaigns.get(e.getKey()), month))).toList();
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
        try (Connection c = dataSource.getConnection()) {
            update(c, "DELETE FROM consolidation_total WHERE consolidation_id IN (" + marks(ids) + ")", ids);
            update(c, "INSERT INTO consolidation_total (consolidation_id, indicator_code, amount)"
                    + " SELECT consolidation_id, indicator_code, SUM(amount) FROM consolidation_line_value"
                    + " WHERE consolidation_id IN (" + marks(ids) + ") GROUP BY consolidation_id, indicator_code", ids);
            Map<String, long[]> sums = new HashMap<>();
            ids.forEach(id -> sums.put(id, new long[FIGURES.length]));
            StringBuilder select = new StringBuilder("SELECT consolidation_id");
            StringBuilder set = new StringBuilder("UPDATE consolidation SET ");
            for (String figure : FIGURES) {
                select.append(", SUM(").append(figure).append(')');
                set.append(figure).append(" = ?, ");
            }
            query(c, select + " FROM consolidation_line WHERE consolidation_id IN (" + marks(ids) + ")"
                    + " GROUP BY consolidation_id", ids, rs -> {
                    long[] figures = sums.get(rs.getString(1));
                    for (int i = 0; i < FIGURES.length; i++) {
                        figures[i] = rs.getLong(2 + i);
                    }
                });
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement revision = c.prepareStatement(set + "status = ?, completed_at = ? WHERE id = ?")) {
                for (Map.Entry<String, long[]> entry : sums.entrySet()) {
                    for (int i = 0; i < FIGURES.length; i++) {
                        revision.setInt(1 + i, (int) entry.getValue()[i]);
                    }
                    revision.setString(FIGURES.length + 1, COMPLETED);
                    revision.setTimestamp(FIGURES.length + 2, now);
                    revision.setString(FIGURES.length + 3, entry.getKey());
                    revision.addBatch();
                }
                revision.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("consolidation not completed: " + e.getMessage(), e);
        }
    }

    /** The latest completed revision of (unit, period), or null. */
    public ConsolidationView latest(String unitCode, String period) {
        List<Object[]> rows = new ArrayList<>();
        query("SELECT id, unit_level, revision, expected, received, on_time, late, teams, members, incomplete_teams,"
                + " teachers, execution_id, completed_at FROM consolidation WHERE unit_code = ? AND period = ?"
                + " AND status = 'COMPLETED' ORDER BY revision DESC", List.of(unitCode, period), rs -> {
                if (rows.isEmpty()) {
                    Object[] row = new Object[13];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    row[12] = rs.getTimestamp(13);
                    rows.add(row);
                }
            });
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        String id = (String) r[0];
        Map<String, Long> totals = new TreeMap<>();
        query("SELECT indicator_code, amount FROM consolidation_total WHERE consolidation_id = ?", List.of(id),
                rs -> totals.put(rs.getString(1), rs.getLong(2)));
        List<String> missing = new ArrayList<>();
        query("SELECT unit_code FROM consolidation_missing WHERE consolidation_id = ? ORDER BY unit_code", List.of(id),
                rs -> missing.add(AdministrativeUnit.officialCodeOf(rs.getString(1))));
        int expected = number(r[3]);
        int received = number(r[4]);
        int onTime = number(r[5]);
        return new ConsolidationView(AdministrativeUnit.officialCodeOf(unitCode), ConsolidationLevel.valueOf(
                (String) r[1]), period, number(r[2]), totals,
                expected, received, onTime, number(r[6]), Collections.unmodifiableList(missing), number(r[7]),
                number(r[8]), number(r[9]), number(r[10]), rate(received, expected), rate(onTime, expected),
                r[11] == null ? 0 : ((Number) r[11]).longValue(), ((Timestamp) r[12]).toInstant());
    }

    /**
     * One source's line of a completed revision: how it reported, its establishment figures and its figure of
     * each indicator; the revision's totals are the sums of these lines.
     */
    public record Line(String sourceCode, int expected, int received, int onTime, int late, int teams, int members,
                       Map<String, Long> values) {
    }

    /** The lines of the completed revision {@code revision} of (unit, period), by source code. */
    public List<Line> lines(String unitCode, String period, int revision) {
        List<String> ids = new ArrayList<>();
        query("SELECT id FROM consolidation WHERE unit_code = ? AND period = ? AND revision = ? AND status = ?",
                List.of(unitCode, period, revision, COMPLETED), rs -> ids.add(rs.getString(1)));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> values = new HashMap<>();
        query("SELECT source_code, indicator_code, amount FROM consolidation_line_value WHERE consolidation_id = ?",
                List.of(ids.get(0)), rs -> values.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getLong(3)));
        List<Line> lines = new ArrayList<>();
        query("SELECT source_code, expected, received, on_time, late, teams, members FROM consolidation_line"
                + " WHERE consolidation_id = ? ORDER BY source_code", List.of(ids.get(0)),
                rs -> lines.add(new Line(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), values.getOrDefault(rs.getString(1), Map.of()))));
        return lines;
    }

    // Sweeps (every unit of a level in one run) ----------------------------------------------------------------

    /**
     * Opens a sweep: claims every unit that no live run holds (as a run of its own would, see {@link #insertClaim})
     * and writes a running revision of each unit claimed, tagged with the sweep, all in one transaction. Returns
     * the units claimed, in the order given; the others are being consolidated by another run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> openSweep(String sweepId, String job, ConsolidationLevel level, String period,
                                  List<String> units, String who, int staleSeconds) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> holders = new LinkedHashMap<>();
            units.forEach(unit -> holders.put(unit, UUID.randomUUID().toString()));
            List<String> claimed = claimAll(c, job, period, holders, who, staleSeconds);
            Map<String, Integer> revisions = new HashMap<>();
            query(c, "SELECT unit_code, MAX(revision) FROM consolidation WHERE period = ? AND unit_level = ?"
                    + " GROUP BY unit_code", List.of(period, level.name()),
                    rs -> revisions.put(rs.getString(1), rs.getInt(2)));
            Map<String, Integer> sourceCounts = new HashMap<>();
            query(c, "SELECT s.parent_code, COUNT(*) FROM administrative_unit s JOIN administrative_unit u"
                    + " ON u.code = s.parent_code WHERE u.unit_level = ? AND s.unit_level IN ('DISTRICT', 'COMMUNE')"
                    + " GROUP BY s.parent_code", List.of(level.name()),
                    rs -> sourceCounts.put(rs.getString(1), rs.getInt(2)));
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO consolidation (id, unit_code, unit_level,"
                    + " period, revision, status, source_count, started_by, started_at, sweep_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String unit : claimed) {
                    bind(insert, List.of(holders.get(unit), unit, level.name(), period,
                            revisions.getOrDefault(unit, 0) + 1, RUNNING, sourceCounts.getOrDefault(unit, 0), who, now,
                            sweepId));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return claimed;
        } catch (SQLException e) {
            // Another run claimed one of the units between our read and our insert: nothing of this sweep stays.
            LOG.log(Level.WARNING, "Sweep " + sweepId + " of " + level + " " + period + " not opened", e);
            transactions.setRollbackOnly();
            return List.of();
        }
    }

    /**
     * Reopens a failed sweep for a restart: claims again the units of its revisions that did not complete and marks
     * those revisions running; returns how many (none when other runs hold all of them).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int reopenSweep(String sweepId, String job, String who, int staleSeconds) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> holders = new LinkedHashMap<>();
            String[] period = {null};
            query(c, "SELECT unit_code, id, period FROM consolidation WHERE sweep_id = ? AND status <> ?"
                    + " ORDER BY unit_code", List.of(sweepId, COMPLETED), rs -> {
                    holders.put(rs.getString(1), rs.getString(2));
                    period[0] = rs.getString(3);
                });
            if (holders.isEmpty()) {
                return 0;
            }
            List<String> claimed = claimAll(c, job, period[0], holders, who, staleSeconds);
            try (PreparedStatement running = c.prepareStatement("UPDATE consolidation SET status = ? WHERE id = ?")) {
                for (String unit : claimed) {
                    bind(running, List.of(RUNNING, holders.get(unit)));
                    running.addBatch();
                }
                running.executeBatch();
            }
            return claimed.size();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Sweep " + sweepId + " not reopened", e);
            transactions.setRollbackOnly();
            return 0;
        }
    }

    /**
     * Takes the claims of many units at once, each for its holder: inserts the missing claim rows and takes over
     * released or stale ones (one update each, so a live holder keeps its claim). Returns the units claimed. A
     * claim row that another run inserts meanwhile fails the insert: the caller's transaction then claims nothing.
     */
    private static List<String> claimAll(Connection c, String job, String period, Map<String, String> holders,
                                         String who, int staleSeconds) throws SQLException {
        Set<String> rows = new HashSet<>();
        query(c, "SELECT unit_code FROM consolidation_claim WHERE job_name = ? AND period = ?", List.of(job, period),
                rs -> rows.add(rs.getString(1)));
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp stale = Timestamp.from(Instant.now().minusSeconds(staleSeconds));
        List<String> inserted = new ArrayList<>();
        List<String> takenOver = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consolidation_claim (job_name, unit_code,"
                + " period, holder, claimed_at, claimed_by) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement takeOver = c.prepareStatement("UPDATE consolidation_claim SET holder = ?,"
                     + " claimed_at = ?, claimed_by = ? WHERE job_name = ? AND unit_code = ? AND period = ?"
                     + " AND (holder IS NULL OR claimed_at < ?)")) {
            for (Map.Entry<String, String> unit : holders.entrySet()) {
                if (rows.contains(unit.getKey())) {
                    bind(takeOver, List.of(unit.getValue(), now, who, job, unit.getKey(), period, stale));
                    takeOver.addBatch();
                    takenOver.add(unit.getKey());
                } else {
                    bind(insert, List.of(job, unit.getKey(), period, unit.getValue(), now, who));
                    insert.addBatch();
                    inserted.add(unit.getKey());
                }
            }
            if (!inserted.isEmpty()) {
                insert.executeBatch();
            }
            int[] counts = takenOver.isEmpty() ? new int[0] : takeOver.executeBatch();
            Set<String> claimed = new HashSet<>(inserted);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    claimed.add(takenOver.get(i));
                }
            }
            return holders.keySet().stream().filter(claimed::contains).toList();
        }
    }

    /** The revisions of a sweep still to do, in unit code order: the sweep's reader (the database is its checkpoint). */
    public List<Header> sweepPending(String sweepId) {
        List<Header> found = new ArrayList<>();
        query("SELECT id, unit_code, unit_level, period, revision, status, execution_id, source_count, sweep_id"
                + " FROM consolidation WHERE sweep_id = ? AND status = ? ORDER BY unit_code", List.of(sweepId, RUNNING),
                rs -> found.add(header(rs)));
        return found;
    }

    /** A sweep's revisions: their unit's path and their status, for its progress in the caller's jurisdiction. */
    public Map<String, String> sweepStatusByPath(String sweepId) {
        Map<String, String> found = new LinkedHashMap<>();
        query("SELECT u.path, x.status FROM consolidation x JOIN administrative_unit u ON u.code = x.unit_code"
                + " WHERE x.sweep_id = ? ORDER BY x.unit_code", List.of(sweepId),
                rs -> found.put(rs.getString(1), rs.getString(2)));
        return found;
    }

    /** The sources of several units at once, by unit (see {@link #sources}). */
    public Map<String, List<Source>> sourcesOf(List<String> unitCodes) {
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        unitCodes.forEach(unit -> sources.put(unit, new ArrayList<>()));
        query("SELECT parent_code, code, unit_level FROM administrative_unit WHERE parent_code IN (" + marks(unitCodes)
                + ") AND unit_level IN ('DISTRICT', 'COMMUNE') ORDER BY code", unitCodes,
                rs -> sources.get(rs.getString(1)).add(new Source(rs.getString(2), "DISTRICT".equals(rs.getString(3)))));
        return sources;
    }

    /** The latest execution of a sweep (a resumed or restarted sweep's revisions move to the new one). */
    public Long sweepExecution(String sweepId) {
        List<Long> found = new ArrayList<>();
        query("SELECT MAX(execution_id) FROM consolidation WHERE sweep_id = ?", List.of(sweepId),
                rs -> found.add(rs.getObject(1) == null ? null : rs.getLong(1)));
        return found.isEmpty() ? null : found.get(0);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sweepRunning(String sweepId, long executionId) {
        update("UPDATE consolidation SET execution_id = ? WHERE sweep_id = ? AND status = ?",
                List.of(executionId, sweepId, RUNNING));
    }

    /**
     * In a sweep's chunk transaction: releases the claims of the revisions the chunk completed and, if asked,
     * renews those of the revisions still to do (the sweep's sign of life, as {@link #renewClaim} is a run's).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void sweepChunkDone(String job, String sweepId, List<String> completed, boolean renew) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE consolidation_claim SET holder = NULL WHERE job_name = ? AND holder IN ("
                    + marks(completed) + ")", concat(List.of(job), completed));
            if (renew) {
                renewSweepClaims(c, job, sweepId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sweep claims not updated: " + e.getMessage(), e);
        }
    }

    /** Renews the claims of a sweep's revisions still to do, for the instance that resumes it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void renewSweepClaims(String job, String sweepId) {
        try (Connection c = dataSource.getConnection()) {
            renewSweepClaims(c, job, sweepId);
        } catch (SQLException e) {
            throw new IllegalStateException("sweep claims not renewed: " + e.getMessage(), e);
        }
    }

    private static void renewSweepClaims(Connection c, String job, String sweepId) throws SQLException {
        update(c, "UPDATE consolidation_claim SET claimed_at = ? WHERE job_name = ? AND holder IN (SELECT id"
                + " FROM consolidation WHERE sweep_id = ? AND status = ?)", List.of(Timestamp.from(Instant.now()), job,
                sweepId, RUNNING));
    }

    /** After a sweep's execution that did not complete: its unfinished revisions fail and their claims go. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failSweep(String job, String sweepId) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE consolidation_claim SET holder = NULL WHERE job_name = ? AND holder IN (SELECT id"
                    + " FROM consolidation WHERE sweep_id = ? AND status = ?)", List.of(job, sweepId, RUNNING));
            return update(c, "UPDATE consolidation SET status = ? WHERE sweep_id = ? AND status = ?",
                    List.of(FAILED, sweepId, RUNNING));
        } catch (SQLException e) {
            throw new IllegalStateException("sweep not marked failed: " + e.getMessage(), e);
        }
    }

    // Claims ---------------------------------------------------------------------------------------------------

    /**
     * Takes the claim of (job, unit, period) for {@code holder} by inserting it. Each attempt is its own
     * transaction, so the database's primary key decides between instances.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insertClaim(String job, String unitCode, String period, String holder, String who) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "INSERT INTO consolidation_claim (job_name, unit_code, period, holder, claimed_at, claimed_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", List.of(job, unitCode, period, holder,
                    Timestamp.from(Instant.now()), who));
            return true;
        } catch (SQLException e) {
            // Taken (or being taken) by someone else: the primary key refused it; nothing else was done here.
            transactions.setRollbackOnly();
            return false;
        }
    }

    /**
     * Takes over the claim when it was released, or when its holder stopped renewing it {@code staleSeconds} ago
     * (its instance died); {@code expectedHolder}, if given, must still hold it. One update: one winner. A dead run
     * whose claim passes to another revision is marked failed: nobody will finish it (the watchdog resumes a dead run
     * as itself, the same holder).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOverClaim(String job, String unitCode, String period, String expectedHolder, String holder,
                                 String who, int staleSeconds) {
        String previous = expectedHolder;
        if (previous == null) {
            List<String> holders = new ArrayList<>();
            query("SELECT holder FROM consolidation_claim WHERE job_name = ? AND unit_code = ? AND period = ?",
                    List.of(job, unitCode, period), rs -> holders.add(rs.getString(1)));
            if (holders.isEmpty()) {
                return false;
            }
            previous = holders.get(0);
        }
        List<Object> parameters = new ArrayList<>(List.of(holder, Timestamp.from(Instant.now()), who, job, unitCode,
                period));
        String condition = " AND holder IS NULL";
        if (previous != null) {
            condition = " AND holder = ? AND claimed_at < ?";
            parameters.add(previous);
            parameters.add(Timestamp.from(Instant.now().minusSeconds(staleSeconds)));
        }
        boolean taken = update("UPDATE consolidation_claim SET holder = ?, claimed_at = ?, claimed_by = ?"
                + " WHERE job_name = ? AND unit_code = ? AND period = ?" + condition, parameters) == 1;
        if (taken && previous != null && !previous.equals(holder)) {
            update("UPDATE consolidation SET status = ? WHERE id = ? AND status = ?", List.of(FAILED, previous,
                    RUNNING));
        }
        return taken;
    }

    /** The running run's sign of life, in its chunk's transaction: its claim stays fresh while chunks commit. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void renewClaim(String job, String unitCode, String period, String holder) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE consolidation_claim SET claimed_at = ? WHERE job_name = ? AND unit_code = ?"
                    + " AND period = ? AND holder = ?", List.of(Timestamp.from(Instant.now()), job, unitCode, period,
                    holder));
        } catch (SQLException e) {
            throw new IllegalStateException("claim not renewed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs still marked running whose claim nobody renewed for {@code staleSeconds}: their instance died. In the
     * same order on every instance, so that instances racing to resume a sweep try the same revision's claim first.
     */
    public List<Header> orphaned(int staleSeconds) {
        List<Header> found = new ArrayList<>();
        query("SELECT x.id, x.unit_code, x.unit_level, x.period, x.revision, x.status, x.execution_id,"
                + " x.source_count, x.sweep_id FROM consolidation x JOIN consolidation_claim k ON k.holder = x.id"
                + " WHERE x.status = ? AND k.claimed_at < ? ORDER BY x.started_at, x.id", List.of(RUNNING,
                Timestamp.from(Instant.now().minusSeconds(staleSeconds))), rs -> found.add(header(rs)));
        return found;
    }

    /** The sources whose lines a run has committed, for a run resumed on another instance. */
    public Set<String> writtenSources(String id) {
        Set<String> codes = new HashSet<>();
        query("SELECT source_code FROM consolidation_line WHERE consolidation_id = ?", List.of(id),
                rs -> codes.add(rs.getString(1)));
        return codes;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseClaim(String job, String unitCode, String period, String holder) {
        update("UPDATE consolidation_claim SET holder = NULL WHERE job_name = ? AND unit_code = ? AND period = ?"
                + " AND holder = ?", List.of(job, unitCode, period, holder));
    }

    /**
     * The units of a level whose path starts with one of the prefixes (a jurisdiction's, see
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
        query("SELECT code FROM administrative_unit u WHERE unit_level = ? AND" + IN_FORCE + under + " ORDER BY code",
                parameters,
                rs -> codes.add(rs.getString(1)));
        return codes;
    }

    // JDBC helpers ---------------------------------------------------------------------------------------------

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<?> parameters, RowHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            query(c, sql, parameters, handler);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private int update(String sql, List<?> parameters) {
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void query(Connection c, String sql, List<?> parameters, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private static int update(Connection c, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static String marks(List<String> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Header header(ResultSet rs) throws SQLException {
        long execution = rs.getLong(7);
        Long executionId = rs.wasNull() ? null : execution;
        return new Header(rs.getString(1), rs.getString(2), ConsolidationLevel.valueOf(rs.getString(3)),
                rs.getString(4), rs.getInt(5), rs.getString(6), executionId, rs.getInt(8), rs.getString(9));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
