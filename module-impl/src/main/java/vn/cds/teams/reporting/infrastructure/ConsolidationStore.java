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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingDuty;
import vn.cds.teams.reporting.domain.ReportingDuty.CampaignSpan;

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

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A consolidation run's identity. */
    public record Header(String id, String unitCode, ConsolidationLevel level, String period, int revision,
                         String status, Long executionId, int sourceCount) {
    }

    /** A source of a consolidation: a commune, or a district whose own consolidation is taken. */
    public record Source(String code, boolean district) {
    }

    /** The units a consolidation of {@code unitCode} reads: its communes and, for a province, its districts. */
    public List<Source> sources(String unitCode) {
        List<Source> sources = new ArrayList<>();
        query("SELECT code, unit_level FROM administrative_unit WHERE parent_code = ?"
                + " AND unit_level IN ('DISTRICT', 'COMMUNE') ORDER BY code", List.of(unitCode),
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
        query("SELECT id, unit_code, unit_level, period, revision, status, execution_id, source_count"
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
        if (sources.isEmpty()) {
            return;
        }
        List<String> codes = sources.stream().map(Source::code).toList();
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("consolidation_line_value", "consolidation_missing", "consolidation_line")) {
                update(c, "DELETE FROM " + table + " WHERE consolidation_id = ? AND source_code IN (" + marks(codes)
                        + ")", concat(List.of(id), codes));
            }
            Map<String, long[]> lines = new LinkedHashMap<>();
            Map<String, Map<String, Long>> values = new HashMap<>();
            Map<String, List<String>> missing = new HashMap<>();
            List<String> communes = sources.stream().filter(s -> !s.district()).map(Source::code).toList();
            List<String> districts = sources.stream().filter(Source::district).map(Source::code).toList();
            if (!communes.isEmpty()) {
                readCommunes(c, period, communes, lines, values, missing);
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
                    line.setString(1, id);
                    line.setString(2, entry.getKey());
                    for (int i = 0; i < FIGURES.length; i++) {
                        line.setInt(3 + i, (int) entry.getValue()[i]);
                    }
                    line.addBatch();
                    for (Map.Entry<String, Long> v : values.getOrDefault(entry.getKey(), Map.of()).entrySet()) {
                        value.setString(1, id);
                        value.setString(2, entry.getKey());
                        value.setString(3, v.getKey());
                        value.setLong(4, v.getValue());
                        value.addBatch();
                    }
                    for (String unit : missing.getOrDefault(entry.getKey(), List.of())) {
                        gap.setString(1, id);
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

    private static void readCommunes(Connection c, String period, List<String> communes, Map<String, long[]> lines,
                                     Map<String, Map<String, Long>> values, Map<String, List<String>> missing)
            throws SQLException {
        Map<String, List<CampaignSpan>> campaigns = new HashMap<>();
        query(c, "SELECT u.code, c.starts_on, c.ends_on FROM administrative_unit u JOIN campaign c"
                + " ON u.path LIKE CONCAT(c.unit_path, '%') WHERE u.code IN (" + marks(communes) + ")", communes,
                rs -> campaigns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new CampaignSpan(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate())));
        Period month = Period.parse(period);
        for (String commune : communes) {
            // R13: a commune that owes no report this month is neither expected nor missing (unless it reports).
            boolean owes = ReportingDuty.owes(campaigns.getOrDefault(commune, List.of()), month);
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
        query(c, "SELECT r.commune_code, v.indicator_code, v.amount FROM monthly_report_value v"
                + " JOIN monthly_report r ON r.id = v.report_id WHERE r.period = ? AND r.status IN ('SUBMITTED',"
                + " 'ACCEPTED') AND r.commune_code IN (" + marks(communes) + ")", concat(List.of(period), communes),
                rs -> values.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)));
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
            Map<String, Long> communes = new HashMap<>();
            query(c, "SELECT parent_code, COUNT(*) FROM administrative_unit WHERE unit_level = 'COMMUNE'"
                    + " AND parent_code IN (" + marks(without) + ") GROUP BY parent_code", without,
                    rs -> communes.put(rs.getString(1), rs.getLong(2)));
            for (String district : without) {
                lines.put(district, new long[] {communes.getOrDefault(district, 0L), 0, 0, 0, 0, 0, 0, 0});
                missing.put(district, List.of(district));
            }
        }
    }

    /** The last step: totals are the sums of the lines, whatever number of times a chunk was written. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void complete(String id) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "DELETE FROM consolidation_total WHERE consolidation_id = ?", List.of(id));
            update(c, "INSERT INTO consolidation_total (consolidation_id, indicator_code, amount)"
                    + " SELECT consolidation_id, indicator_code, SUM(amount) FROM consolidation_line_value"
                    + " WHERE consolidation_id = ? GROUP BY consolidation_id, indicator_code", List.of(id));
            long[] sums = new long[FIGURES.length];
            StringBuilder select = new StringBuilder("SELECT ");
            for (int i = 0; i < FIGURES.length; i++) {
                select.append(i == 0 ? "" : ", ").append("COALESCE(SUM(").append(FIGURES[i]).append("), 0)");
            }
            query(c, select + " FROM consolidation_line WHERE consolidation_id = ?", List.of(id), rs -> {
                for (int i = 0; i < FIGURES.length; i++) {
                    sums[i] = rs.getLong(1 + i);
                }
            });
            List<Object> parameters = new ArrayList<>();
            StringBuilder set = new StringBuilder("UPDATE consolidation SET ");
            for (int i = 0; i < FIGURES.length; i++) {
                set.append(FIGURES[i]).append(" = ?, ");
                parameters.add((int) sums[i]);
            }
            set.append("status = ?, completed_at = ? WHERE id = ?");
            parameters.addAll(List.of(COMPLETED, Timestamp.from(Instant.now()), id));
            update(c, set.toString(), parameters);
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
                rs -> missing.add(rs.getString(1)));
        int expected = number(r[3]);
        int received = number(r[4]);
        int onTime = number(r[5]);
        return new ConsolidationView(unitCode, ConsolidationLevel.valueOf((String) r[1]), period, number(r[2]), totals,
                expected, received, onTime, number(r[6]), Collections.unmodifiableList(missing), number(r[7]),
                number(r[8]), number(r[9]), number(r[10]), rate(received, expected), rate(onTime, expected),
                r[11] == null ? 0 : ((Number) r[11]).longValue(), ((Timestamp) r[12]).toInstant());
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
     * (its instance died); {@code expectedHolder}, if given, must still hold it. One update: one winner.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOverClaim(String job, String unitCode, String period, String expectedHolder, String holder,
                                 String who, int staleSeconds) {
        Timestamp stale = Timestamp.from(Instant.now().minusSeconds(staleSeconds));
        String condition = expectedHolder == null ? " AND (holder IS NULL OR claimed_at < ?)"
                : " AND holder = ? AND claimed_at < ?";
        List<Object> parameters = new ArrayList<>(List.of(holder, Timestamp.from(Instant.now()), who, job, unitCode,
                period));
        if (expectedHolder != null) {
            parameters.add(expectedHolder);
        }
        parameters.add(stale);
        return update("UPDATE consolidation_claim SET holder = ?, claimed_at = ?, claimed_by = ? WHERE job_name = ?"
                + " AND unit_code = ? AND period = ?" + condition, parameters) == 1;
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

    /** Runs still marked running whose claim nobody renewed for {@code staleSeconds}: their instance died. */
    public List<Header> orphaned(int staleSeconds) {
        List<Header> found = new ArrayList<>();
        query("SELECT x.id, x.unit_code, x.unit_level, x.period, x.revision, x.status, x.execution_id,"
                + " x.source_count FROM consolidation x JOIN consolidation_claim k ON k.holder = x.id"
                + " WHERE x.status = ? AND k.claimed_at < ? ORDER BY x.started_at", List.of(RUNNING,
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

    /** Units of a level with the province (first path segment) they belong to, for the scheduler. */
    public List<String> unitsOfLevel(String level) {
        List<String> codes = new ArrayList<>();
        query("SELECT code FROM administrative_unit WHERE unit_level = ? ORDER BY code", List.of(level),
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
                rs.getString(4), rs.getInt(5), rs.getString(6), executionId, rs.getInt(8));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
