package vn.cds.teams.reporting.infrastructure;

import static vn.cds.teams.reporting.infrastructure.Jdbc.concat;
import static vn.cds.teams.reporting.infrastructure.Jdbc.marks;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.ConsolidationStatus;
import vn.cds.teams.reporting.domain.Period;

/**
 * The claims ({@code consolidation_claim}, one row per job, unit and period) that let one run at a time consolidate
 * a unit's month across all instances of a cluster: taken by inserting the row (the primary key decides), renewed
 * by the holder with every chunk, released at the end, taken over when released or stale (the holder's instance
 * died). The holder is the id of the revision that runs.
 */
@ApplicationScoped
public class ConsolidationClaims {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /**
     * Takes the claim of (job, unit, period) for {@code holder} by inserting it. Each attempt is its own
     * transaction, so the database's primary key decides between instances.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insert(String job, String unitCode, Period period, String holder, String who) {
        try (Connection c = dataSource.getConnection()) {
            Jdbc.update(c, "INSERT INTO consolidation_claim (job_name, unit_code, period, holder, claimed_at,"
                    + " claimed_by) VALUES (?, ?, ?, ?, ?, ?)", List.of(job, unitCode, period.toString(), holder,
                    now(), who));
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
    public boolean takeOver(String job, String unitCode, Period period, String expectedHolder, String holder,
                            String who, int staleSeconds) {
        String previous = expectedHolder;
        if (previous == null) {
            List<String> holders = new ArrayList<>();
            Jdbc.query(dataSource, "SELECT holder FROM consolidation_claim WHERE job_name = ? AND unit_code = ?"
                    + " AND period = ?", List.of(job, unitCode, period.toString()), rs -> holders.add(rs.getString(1)));
            if (holders.isEmpty()) {
                return false;
            }
            previous = holders.get(0);
        }
        List<Object> parameters = new ArrayList<>(List.of(holder, now(), who, job, unitCode, period.toString()));
        String condition = " AND holder IS NULL";
        if (previous != null) {
            condition = " AND holder = ? AND claimed_at < ?";
            parameters.add(previous);
            parameters.add(staleBefore(staleSeconds));
        }
        boolean taken = Jdbc.update(dataSource, "UPDATE consolidation_claim SET holder = ?, claimed_at = ?,"
                + " claimed_by = ? WHERE job_name = ? AND unit_code = ? AND period = ?" + condition, parameters) == 1;
        if (taken && previous != null && !previous.equals(holder)) {
            Jdbc.update(dataSource, "UPDATE consolidation SET status = ? WHERE id = ? AND status = ?",
                    List.of(ConsolidationStatus.FAILED.name(), previous, ConsolidationStatus.RUNNING.name()));
        }
        return taken;
    }

    /** The running run's sign of life, in its chunk's transaction: its claim stays fresh while chunks commit. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void renew(String job, String unitCode, Period period, String holder) {
        Jdbc.with(dataSource, "claim not renewed", c -> Jdbc.update(c, "UPDATE consolidation_claim SET claimed_at = ?"
                + " WHERE job_name = ? AND unit_code = ? AND period = ? AND holder = ?", List.of(now(), job, unitCode,
                period.toString(), holder)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String unitCode, Period period, String holder) {
        Jdbc.update(dataSource, "UPDATE consolidation_claim SET holder = NULL WHERE job_name = ? AND unit_code = ?"
                + " AND period = ? AND holder = ?", List.of(job, unitCode, period.toString(), holder));
    }

    /**
     * Runs still marked running whose claim nobody renewed for {@code staleSeconds}: their instance died. In the
     * same order on every instance, so that instances racing to resume a sweep try the same revision's claim first.
     */
    public List<Revision> orphaned(int staleSeconds) {
        List<Revision> found = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT " + Revision.COLUMNS + " FROM consolidation x JOIN consolidation_claim k"
                + " ON k.holder = x.id WHERE x.status = ? AND k.claimed_at < ? ORDER BY x.started_at, x.id",
                List.of(ConsolidationStatus.RUNNING.name(), staleBefore(staleSeconds)),
                rs -> found.add(Revision.read(rs)));
        return found;
    }

    // For the sweeps, on their connection (in their transaction) ------------------------------------------------

    /**
     * Takes the claims of many units at once, each for its holder: inserts the missing claim rows and takes over
     * released or stale ones (one update each, so a live holder keeps its claim). Returns the units claimed, in the
     * order given. A claim row that another run inserts meanwhile fails the insert: the caller's transaction then
     * claims nothing.
     */
    static List<String> claimAll(Connection c, String job, Period period, Map<String, String> holders, String who,
                                 Instant now, int staleSeconds) throws SQLException {
        Set<String> rows = new HashSet<>();
        Jdbc.query(c, "SELECT unit_code FROM consolidation_claim WHERE job_name = ? AND period = ?",
                List.of(job, period.toString()), rs -> rows.add(rs.getString(1)));
        Timestamp at = Timestamp.from(now);
        Timestamp stale = Timestamp.from(now.minusSeconds(staleSeconds));
        List<String> inserted = new ArrayList<>();
        List<String> takenOver = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consolidation_claim (job_name, unit_code,"
                + " period, holder, claimed_at, claimed_by) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement takeOver = c.prepareStatement("UPDATE consolidation_claim SET holder = ?,"
                     + " claimed_at = ?, claimed_by = ? WHERE job_name = ? AND unit_code = ? AND period = ?"
                     + " AND (holder IS NULL OR claimed_at < ?)")) {
            for (Map.Entry<String, String> unit : holders.entrySet()) {
                if (rows.contains(unit.getKey())) {
                    Jdbc.bind(takeOver, List.of(unit.getValue(), at, who, job, unit.getKey(), period.toString(),
                            stale));
                    takeOver.addBatch();
                    takenOver.add(unit.getKey());
                } else {
                    Jdbc.bind(insert, List.of(job, unit.getKey(), period.toString(), unit.getValue(), at, who));
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

    /** Releases the claims held by these revisions. */
    static void releaseHeld(Connection c, String job, List<String> holders) throws SQLException {
        if (!holders.isEmpty()) {
            Jdbc.update(c, "UPDATE consolidation_claim SET holder = NULL WHERE job_name = ? AND holder IN ("
                    + marks(holders) + ")", concat(List.of(job), holders));
        }
    }

    /** Releases the claims of a sweep's revisions still running. */
    static void releaseSweep(Connection c, String job, String sweepId) throws SQLException {
        releaseHeld(c, job, runningRevisions(c, sweepId));
    }

    /** Renews the claims of a sweep's revisions still running: the sweep's sign of life. */
    static void renewSweep(Connection c, String job, String sweepId, Instant now) throws SQLException {
        List<String> holders = runningRevisions(c, sweepId);
        if (!holders.isEmpty()) {
            Jdbc.update(c, "UPDATE consolidation_claim SET claimed_at = ? WHERE job_name = ? AND holder IN ("
                    + marks(holders) + ")", concat(List.of(Timestamp.from(now), job), holders));
        }
    }

    /**
     * The ids of a sweep's revisions still running, the holders of its claims. Read first and then used by id
     * (two index lookups) rather than joined in the claims' UPDATE: a join planned on statistics of nearly empty
     * tables (the first month, before autovacuum has analysed them) scanned both tables in a nested loop (41 ms at
     * the end of a national sweep instead of under 1 ms).
     */
    private static List<String> runningRevisions(Connection c, String sweepId) throws SQLException {
        List<String> ids = new ArrayList<>();
        Jdbc.query(c, "SELECT id FROM consolidation WHERE sweep_id = ? AND status = ?",
                List.of(sweepId, ConsolidationStatus.RUNNING.name()), rs -> ids.add(rs.getString(1)));
        return ids;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private Timestamp staleBefore(int staleSeconds) {
        return Timestamp.from(clock.instant().minusSeconds(staleSeconds));
    }
}
