package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationJobs;
import vn.cds.teams.reporting.infrastructure.ConsolidationSweeps;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The audit trail of consolidation runs and sweeps: entity "consolidation", id "unitCode/period". A unit's run is
 * recorded in its unit's trail; a sweep in the trail of each unit of its scope, so that its officers may read it.
 */
@ApplicationScoped
public class ConsolidationAudit {

    /** The audit trail's entity type. */
    public static final String TYPE = "consolidation";
    /** The sweep's job parameter naming the units in whose audit trails it is recorded (comma-separated). */
    static final String SCOPE = "auditScope";
    private static final String SCOPE_SEPARATOR = ",";

    @Inject
    AuditLog audit;

    @Inject
    ConsolidationSweeps sweeps;

    /** What the audit trail keeps of a run that a person started or restarted. */
    public record RunStarted(ConsolidationLevel level, String unitCode, String period, long executionId) {
    }

    /** What the audit trail keeps of a sweep that a person started or restarted. */
    public record SweepStarted(ConsolidationLevel level, String under, String period, long executionId, int units,
                               List<String> skipped) {
    }

    /** What the audit trail keeps of a run resumed after its instance died. */
    public record RunResumed(ConsolidationLevel level, String unitCode, String period, Long deadExecutionId,
                             long executionId, int sourcesAlreadyDone) {
    }

    /** A step of a unit's run, by the caller. */
    public void run(String unitCode, Period period, String action, Object after) {
        audit.recordAlone(TYPE, unitCode + "/" + period, action, null, after);
    }

    /** A step of a unit's run, by {@code system} (the watchdog). */
    public void runBySystem(String system, String unitCode, Period period, String action, Object after) {
        audit.recordBySystem(system, TYPE, unitCode + "/" + period, action, after);
    }

    /**
     * A step of a sweep, in the trail of each unit of its scope ({@link #sweepTrails}), by {@code system} (the
     * timer, the watchdog) or, when it is null, by the caller.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sweep(String sweepId, String scope, Period period, String action, String system, Object after) {
        for (String id : sweepTrails(sweepId, scope, period)) {
            if (system == null) {
                // All of the caller's trails in this one transaction: a province officer of the whole country
                // records a sweep in 63 trails, which were 63 commits, one after the other, in the sweep's POST.
                audit.record(TYPE, id, action, null, after);
            } else {
                audit.recordBySystem(system, TYPE, id, action, after);
            }
        }
    }

    /**
     * The audit ids (unit/period) a sweep is recorded under: each unit of its scope, or, for a sweep of every unit
     * (the timers'), each province it consolidates in, so that every trail is one its officers may read.
     */
    private List<String> sweepTrails(String sweepId, String scope, Period period) {
        Collection<String> units = !ConsolidationJobs.EVERY_UNIT.equals(scope)
                ? List.of(scope.split(SCOPE_SEPARATOR))
                : sweeps.statusByPath(sweepId).keySet().stream().map(AdministrativeUnit::provinceCodeOf)
                        .collect(Collectors.toCollection(TreeSet::new));
        return units.stream().map(unit -> unit + "/" + period).toList();
    }

    /** The scope of a sweep over these units (joined in code order). */
    static String scopeOf(Collection<String> unitCodes) {
        return String.join(SCOPE_SEPARATOR, new TreeSet<>(unitCodes));
    }

    /** The units in whose audit trail a sweep is recorded (sweeps started before it was kept: every unit). */
    static String scopeOf(Properties sweepParameters) {
        return sweepParameters.getProperty(SCOPE, ConsolidationJobs.EVERY_UNIT);
    }
}
