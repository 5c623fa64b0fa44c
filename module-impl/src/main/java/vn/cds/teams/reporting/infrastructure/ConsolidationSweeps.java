package vn.cds.teams.reporting.infrastructure;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.ConsolidationStatus;
import vn.cds.teams.reporting.domain.Period;

/**
 * Sweeps: every unit of a level consolidated in one Jakarta Batch run. A sweep claims its units as runs of their
 * own would ({@link ConsolidationClaims}) and writes one running revision per unit, tagged with the sweep's id; its
 * chunks complete revisions, so the database is its checkpoint.
 */
@ApplicationScoped
public class ConsolidationSweeps {

    private static final Logger LOG = Logger.getLogger(ConsolidationSweeps.class.getName());

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    ConsolidationSources sources;

    /**
     * Opens a sweep: claims every unit that no live run holds and writes a running revision of each unit claimed,
     * all in one transaction. Returns the units claimed, in the order given; the others are being consolidated by
     * another run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> open(String sweepId, String job, ConsolidationLevel level, Period period, List<String> units,
                             String who, int staleSeconds) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> holders = new LinkedHashMap<>();
            units.forEach(unit -> holders.put(unit, UUID.randomUUID().toString()));
            List<String> claimed = ConsolidationClaims.claimAll(c, job, period, holders, who, clock.instant(),
                    staleSeconds);
            Map<String, Integer> revisions = new HashMap<>();
            Jdbc.query(c, "SELECT unit_code, MAX(revision) FROM consolidation WHERE period = ? AND unit_level = ?"
                    + " GROUP BY unit_code", List.of(period.toString(), level.name()),
                    rs -> revisions.put(rs.getString(1), rs.getInt(2)));
            Map<String, Integer> sourceCounts = sources.counts(claimed, period);
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO consolidation (id, unit_code, unit_level,"
                    + " period, revision, status, source_count, started_by, started_at, sweep_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String unit : claimed) {
                    Jdbc.bind(insert, List.of(holders.get(unit), unit, level.name(), period.toString(),
                            revisions.getOrDefault(unit, 0) + 1, ConsolidationStatus.RUNNING.name(),
                            sourceCounts.getOrDefault(unit, 0), who, now, sweepId));
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
    public int reopen(String sweepId, String job, String who, int staleSeconds) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> holders = new LinkedHashMap<>();
            String[] period = {null};
            Jdbc.query(c, "SELECT unit_code, id, period FROM consolidation WHERE sweep_id = ? AND status <> ?"
                    + " ORDER BY unit_code", List.of(sweepId, ConsolidationStatus.COMPLETED.name()), rs -> {
                    holders.put(rs.getString(1), rs.getString(2));
                    period[0] = rs.getString(3);
                });
            if (holders.isEmpty()) {
                return 0;
            }
            List<String> claimed = ConsolidationClaims.claimAll(c, job, Period.parse(period[0]), holders, who,
                    clock.instant(), staleSeconds);
            try (PreparedStatement running = c.prepareStatement("UPDATE consolidation SET status = ? WHERE id = ?")) {
                for (String unit : claimed) {
                    Jdbc.bind(running, List.of(ConsolidationStatus.RUNNING.name(), holders.get(unit)));
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

    /** The revisions of a sweep still to do, in unit code order: the sweep's reader (the database is its checkpoint). */
    public List<Revision> pending(String sweepId) {
        List<Revision> found = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT " + Revision.COLUMNS + " FROM consolidation x WHERE x.sweep_id = ?"
                + " AND x.status = ? ORDER BY x.unit_code", List.of(sweepId, ConsolidationStatus.RUNNING.name()),
                rs -> found.add(Revision.read(rs)));
        return found;
    }

    /** A sweep's revisions: their unit's path and their status, for its progress in the caller's jurisdiction. */
    public Map<String, ConsolidationStatus> statusByPath(String sweepId) {
        Map<String, ConsolidationStatus> found = new LinkedHashMap<>();
        Jdbc.query(dataSource, "SELECT u.path, x.status FROM consolidation x JOIN administrative_unit u"
                + " ON u.code = x.unit_code WHERE x.sweep_id = ? ORDER BY x.unit_code", List.of(sweepId),
                rs -> found.put(rs.getString(1), ConsolidationStatus.valueOf(rs.getString(2))));
        return found;
    }

    /** The latest execution of a sweep (a resumed or restarted sweep's revisions move to the new one). */
    public Long execution(String sweepId) {
        List<Long> found = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT MAX(execution_id) FROM consolidation WHERE sweep_id = ?", List.of(sweepId),
                rs -> found.add(rs.getObject(1) == null ? null : rs.getLong(1)));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The sweep's revisions still to do run in this job execution. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void running(String sweepId, long executionId) {
        Jdbc.update(dataSource, "UPDATE consolidation SET execution_id = ? WHERE sweep_id = ? AND status = ?",
                List.of(executionId, sweepId, ConsolidationStatus.RUNNING.name()));
    }

    /**
     * In a sweep's chunk transaction: releases the claims of the revisions the chunk completed and, if asked,
     * renews those of the revisions still to do (the sweep's sign of life, as {@link ConsolidationClaims#renew} is
     * a run's).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void chunkDone(String job, String sweepId, List<String> completed, boolean renew) {
        Jdbc.with(dataSource, "sweep claims not updated", c -> {
            ConsolidationClaims.releaseHeld(c, job, completed);
            if (renew) {
                ConsolidationClaims.renewSweep(c, job, sweepId, clock.instant());
            }
            return null;
        });
    }

    /** Renews the claims of a sweep's revisions still to do, for the instance that resumes it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void renewClaims(String job, String sweepId) {
        Jdbc.with(dataSource, "sweep claims not renewed", c -> {
            ConsolidationClaims.renewSweep(c, job, sweepId, clock.instant());
            return null;
        });
    }

    /** After a sweep's execution that did not complete: its unfinished revisions fail and their claims go. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fail(String job, String sweepId) {
        return Jdbc.with(dataSource, "sweep not marked failed", c -> {
            ConsolidationClaims.releaseSweep(c, job, sweepId);
            return Jdbc.update(c, "UPDATE consolidation SET status = ? WHERE sweep_id = ? AND status = ?",
                    List.of(ConsolidationStatus.FAILED.name(), sweepId, ConsolidationStatus.RUNNING.name()));
        });
    }
}
