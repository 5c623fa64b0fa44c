package vn.cds.teams.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.ConsolidationStatus;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The revisions of a unit's run ({@code consolidation}): made running by the launcher once it holds the claim,
 * told their job execution, failed when the job ends otherwise; and the latest completed one, which is what reads
 * see (a rerun never counts twice). Lines and totals: {@link ConsolidationLines}; a sweep's revisions:
 * {@link ConsolidationSweeps}.
 */
@ApplicationScoped
public class ConsolidationRevisions {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A new revision (the latest plus one) of (unit, period), running; only the claim holder calls this. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int create(String id, String unitCode, ConsolidationLevel level, Period period, String startedBy,
                      int sourceCount) {
        int[] revision = {0};
        Jdbc.query(dataSource, "SELECT MAX(revision) FROM consolidation WHERE unit_code = ? AND period = ?",
                List.of(unitCode, period.toString()), rs -> revision[0] = rs.getInt(1));
        Jdbc.update(dataSource, "INSERT INTO consolidation (id, unit_code, unit_level, period, revision, status,"
                + " source_count, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", List.of(id, unitCode,
                level.name(), period.toString(), revision[0] + 1, ConsolidationStatus.RUNNING.name(), sourceCount,
                startedBy, Timestamp.from(clock.instant())));
        return revision[0] + 1;
    }

    /** The revision runs in this job execution (its first, or a restart's or a resumption's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void running(String id, long executionId) {
        Jdbc.update(dataSource, "UPDATE consolidation SET execution_id = ?, status = ? WHERE id = ?",
                List.of(executionId, ConsolidationStatus.RUNNING.name(), id));
    }

    /** The revision did not complete (a completed one stays so). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String id) {
        Jdbc.update(dataSource, "UPDATE consolidation SET status = ? WHERE id = ? AND status <> ?",
                List.of(ConsolidationStatus.FAILED.name(), id, ConsolidationStatus.COMPLETED.name()));
    }

    /** The revision with this id, or null. */
    public Revision find(String id) {
        List<Revision> found = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT " + Revision.COLUMNS + " FROM consolidation x WHERE x.id = ?", List.of(id),
                rs -> found.add(Revision.read(rs)));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The latest completed revision of (unit, period) with its totals and missing units, or null. */
    public ConsolidationView latest(String unitCode, Period period) {
        List<String> ids = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT id FROM consolidation WHERE unit_code = ? AND period = ? AND status = ?"
                + " ORDER BY revision DESC", List.of(unitCode, period.toString(), ConsolidationStatus.COMPLETED.name()),
                rs -> ids.add(rs.getString(1)));
        if (ids.isEmpty()) {
            return null;
        }
        String id = ids.get(0);
        Map<String, Long> totals = new TreeMap<>();
        Jdbc.query(dataSource, "SELECT indicator_code, amount FROM consolidation_total WHERE consolidation_id = ?",
                List.of(id), rs -> totals.put(rs.getString(1), rs.getLong(2)));
        List<String> missing = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT unit_code FROM consolidation_missing WHERE consolidation_id = ?"
                + " ORDER BY unit_code", List.of(id),
                rs -> missing.add(AdministrativeUnit.officialCodeOf(rs.getString(1))));
        List<ConsolidationView> view = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT unit_level, revision, expected, received, on_time, late, teams, members,"
                + " incomplete_teams, teachers, execution_id, completed_at FROM consolidation WHERE id = ?",
                List.of(id), rs -> {
                    int expected = rs.getInt(3);
                    int received = rs.getInt(4);
                    int onTime = rs.getInt(5);
                    view.add(new ConsolidationView(AdministrativeUnit.officialCodeOf(unitCode),
                            ConsolidationLevel.valueOf(rs.getString(1)), period.toString(), rs.getInt(2), totals,
                            expected, received, onTime, rs.getInt(6), Collections.unmodifiableList(missing),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rate(received, expected),
                            rate(onTime, expected), rs.getLong(11), rs.getTimestamp(12).toInstant()));
                });
        return view.get(0);
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
