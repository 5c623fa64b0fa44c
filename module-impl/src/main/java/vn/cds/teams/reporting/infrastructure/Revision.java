package vn.cds.teams.reporting.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.reporting.domain.ConsolidationStatus;
import vn.cds.teams.reporting.domain.Period;

/**
 * One run's consolidation of a (unit, period), a row of {@code consolidation}: each run writes a new revision,
 * numbered after the latest. {@code sweepId} is set when a sweep runs it, {@code executionId} is its latest job
 * execution.
 */
public record Revision(String id, String unitCode, ConsolidationLevel level, Period period, int number,
                       ConsolidationStatus status, Long executionId, int sourceCount, String sweepId) {

    /** The columns {@link #read} reads, of {@code consolidation} as alias x. */
    static final String COLUMNS = "x.id, x.unit_code, x.unit_level, x.period, x.revision, x.status, x.execution_id,"
            + " x.source_count, x.sweep_id";

    static Revision read(ResultSet rs) throws SQLException {
        long execution = rs.getLong(7);
        Long executionId = rs.wasNull() ? null : execution;
        return new Revision(rs.getString(1), rs.getString(2), ConsolidationLevel.valueOf(rs.getString(3)),
                Period.parse(rs.getString(4)), rs.getInt(5), ConsolidationStatus.valueOf(rs.getString(6)), executionId,
                rs.getInt(8), rs.getString(9));
    }

    public boolean isRunning() {
        return status == ConsolidationStatus.RUNNING;
    }

    /** The run's key for its chunk observers and logs: "unitCode@period". */
    String runKey() {
        return unitCode + "@" + period;
    }
}
