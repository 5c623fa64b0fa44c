package vn.cds.teams.reporting.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationSweepStarted;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.reporting.application.ConsolidationAudit.RunResumed;
import vn.cds.teams.reporting.application.ConsolidationAudit.RunStarted;
import vn.cds.teams.reporting.application.ConsolidationAudit.SweepStarted;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationClaims;
import vn.cds.teams.reporting.infrastructure.ConsolidationJobs;
import vn.cds.teams.reporting.infrastructure.ConsolidationLines;
import vn.cds.teams.reporting.infrastructure.ConsolidationRevisions;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources;
import vn.cds.teams.reporting.infrastructure.ConsolidationSweeps;
import vn.cds.teams.reporting.infrastructure.Revision;

/**
 * Starts the consolidation's Jakarta Batch jobs (META-INF/batch-jobs), whoever asks (a person through
 * {@link ConsolidationService}, the timers, the watchdog): each execution first holds the database claim of its
 * (job, unit, period), whichever instance of a cluster starts it, so one run at a time consolidates a unit's month.
 * Also restarts failed executions and resumes the runs of dead instances. Checks nothing about the caller.
 */
@ApplicationScoped
public class ConsolidationLauncher {

    private static final Logger LOG = Logger.getLogger(ConsolidationLauncher.class.getName());

    @Inject
    ConsolidationSources sources;

    @Inject
    ConsolidationRevisions revisions;

    @Inject
    ConsolidationLines lines;

    @Inject
    ConsolidationSweeps sweeps;

    @Inject
    ConsolidationClaims claims;

    @Inject
    ConsolidationAudit audit;

    @Inject
    CurrentCaller caller;

    @Inject
    ReportingSettings settings;

    /** Claims (job, unit, period), writes a new revision and starts its job; empty when another run holds it. */
    public OptionalLong launch(ConsolidationLevel level, String unitCode, Period period, String who) {
        String job = ConsolidationJobs.of(level);
        String id = UUID.randomUUID().toString();
        if (!claim(job, unitCode, period, id, who)) {
            return OptionalLong.empty();
        }
        try {
            revisions.create(id, unitCode, level, period, who, sources.of(unitCode, period).size());
            long execution = BatchRuntime.getJobOperator().start(job, parameters(id));
            revisions.running(id, execution);
            LOG.info(() -> "Consolidation " + unitCode + " " + period + " started by " + who + ": execution "
                    + execution);
            return OptionalLong.of(execution);
        } catch (RuntimeException e) {
            revisions.failed(id);
            claims.release(job, unitCode, period, id);
            throw e;
        }
    }

    /**
     * Claims the units that no run holds, opens their revisions, starts one sweep over them and records it in the
     * trails of {@code scope}, where its restarts and resumptions go too; empty when every unit is held by another
     * run. {@code under}: the unit the caller asked for, if any; {@code system}: the actor when the module starts
     * it itself (the timer), null for the caller.
     */
    public Optional<ConsolidationSweepStarted> launchSweep(ConsolidationLevel level, Period period,
                                                           List<String> candidates, String under, String scope,
                                                           String system) {
        String who = system != null ? system : caller.name();
        String sweepId = UUID.randomUUID().toString();
        String job = ConsolidationJobs.of(level);
        List<String> claimed = sweeps.open(sweepId, job, level, period, candidates, who, settings.claimStaleSeconds());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(ConsolidationJobs.SWEEP,
                    sweepParameters(sweepId, level, period, scope));
            sweeps.running(sweepId, execution);
        } catch (RuntimeException e) {
            sweeps.fail(job, sweepId);
            throw e;
        }
        LOG.info(() -> "Consolidation sweep of " + claimed.size() + " " + level + " units " + period
                + " started by " + who + ": execution " + execution);
        Set<String> taken = new HashSet<>(claimed);
        ConsolidationSweepStarted started = new ConsolidationSweepStarted(execution, claimed.size(),
                candidates.stream().filter(unit -> !taken.contains(unit)).toList());
        audit.sweep(sweepId, scope, period, "sweep", system, new SweepStarted(level, under, period.toString(),
                execution, started.units(), started.skipped()));
        return Optional.of(started);
    }

    /**
     * The timers' sweep of every unit of the level; recorded in the trail of each province it consolidates in.
     * Returns the units it started, 0 when every unit is held by another run.
     *
     * @param units every unit of the level, read by the caller before it claimed the period
     */
    public int launchScheduledSweep(ConsolidationLevel level, Period period, List<String> units, String who) {
        return launchSweep(level, period, units, null, ConsolidationJobs.EVERY_UNIT, who)
                .map(ConsolidationSweepStarted::units).orElse(0);
    }

    /**
     * Restarts a failed or stopped execution of a unit's run, once its claim is held again: the same revision
     * resumes after its last checkpoint. Recorded in the unit's trail, by the caller.
     */
    public long restart(Revision revision, long execution) {
        String job = ConsolidationJobs.of(revision.level());
        if (!claim(job, revision.unitCode(), revision.period(), revision.id(), caller.name())) {
            throw DomainException.conflict("consolidation.running", revision.unitCode(),
                    revision.period().toString());
        }
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            long next = operator.restart(execution, operator.getParameters(execution));
            revisions.running(revision.id(), next);
            audit.run(revision.unitCode(), revision.period(), "restart", new RunStarted(revision.level(),
                    revision.unitCode(), revision.period().toString(), next));
            return next;
        } catch (RuntimeException e) {
            claims.release(job, revision.unitCode(), revision.period(), revision.id());
            throw notRestarted(e);
        }
    }

    /** Restarts a failed sweep with the units it did not complete (claimed again; others' runs keep theirs). */
    public long restartSweep(long execution, Properties parameters) {
        ConsolidationLevel level = ConsolidationLevel.valueOf(parameters.getProperty("level"));
        String sweepId = parameters.getProperty("sweepId");
        String job = ConsolidationJobs.of(level);
        int reopened = sweeps.reopen(sweepId, job, caller.name(), settings.claimStaleSeconds());
        if (reopened == 0) {
            throw DomainException.conflict("consolidation.sweep-running", level, "");
        }
        try {
            long next = BatchRuntime.getJobOperator().restart(execution, parameters);
            sweeps.running(sweepId, next);
            Period period = Period.parse(parameters.getProperty("period"));
            audit.sweep(sweepId, ConsolidationAudit.scopeOf(parameters), period, "restart", null,
                    new SweepStarted(level, null, period.toString(), next, reopened, List.of()));
            return next;
        } catch (RuntimeException e) {
            sweeps.fail(job, sweepId);
            throw notRestarted(e);
        }
    }

    /**
     * Resumes the runs whose instance died (their claim went stale in a cluster): the instance that takes over
     * a claim starts a new execution of the same revision, which skips the sources already committed. Called by
     * every instance's watchdog timer; the claim's single update decides which one resumes a run.
     */
    public int resumeOrphans(String instance) {
        int resumed = 0;
        Set<String> resumedSweeps = new HashSet<>();
        for (Revision orphan : claims.orphaned(settings.claimStaleSeconds())) {
            if (orphan.sweepId() != null) {
                // Instances see the orphans in the same order: the one that takes the first revision's claim
                // resumes the whole sweep; the others skip its other revisions.
                if (resumedSweeps.add(orphan.sweepId()) && resumeSweep(orphan, instance)) {
                    resumed++;
                }
                continue;
            }
            String job = ConsolidationJobs.of(orphan.level());
            if (!claims.takeOver(job, orphan.unitCode(), orphan.period(), orphan.id(), orphan.id(), instance,
                    settings.claimStaleSeconds())) {
                continue;
            }
            try {
                int done = lines.count(orphan.id());
                long execution = BatchRuntime.getJobOperator().start(job, parameters(orphan.id()));
                revisions.running(orphan.id(), execution);
                audit.runBySystem(instance, orphan.unitCode(), orphan.period(), "resume", new RunResumed(
                        orphan.level(), orphan.unitCode(), orphan.period().toString(), orphan.executionId(), execution,
                        done));
                LOG.info(() -> "Consolidation " + orphan.unitCode() + " " + orphan.period() + " revision "
                        + orphan.number() + " resumed after " + done + " sources: execution " + execution);
                resumed++;
            } catch (RuntimeException e) {
                claims.release(job, orphan.unitCode(), orphan.period(), orphan.id());
                LOG.log(Level.WARNING, "Consolidation " + orphan.id() + " not resumed", e);
            }
        }
        return resumed;
    }

    private boolean resumeSweep(Revision first, String instance) {
        String job = ConsolidationJobs.of(first.level());
        if (!claims.takeOver(job, first.unitCode(), first.period(), first.id(), first.id(), instance,
                settings.claimStaleSeconds())) {
            return false;
        }
        sweeps.renewClaims(job, first.sweepId());
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            String scope = first.executionId() == null ? ConsolidationJobs.EVERY_UNIT
                    : ConsolidationAudit.scopeOf(operator.getParameters(first.executionId()));
            long execution = operator.start(ConsolidationJobs.SWEEP, sweepParameters(first.sweepId(), first.level(),
                    first.period(), scope));
            sweeps.running(first.sweepId(), execution);
            audit.sweep(first.sweepId(), scope, first.period(), "resume", instance, new RunResumed(first.level(),
                    scope, first.period().toString(), first.executionId(), execution, 0));
            LOG.info(() -> "Consolidation sweep " + first.sweepId() + " resumed: execution " + execution);
            return true;
        } catch (RuntimeException e) {
            sweeps.fail(job, first.sweepId());
            LOG.log(Level.WARNING, "Consolidation sweep " + first.sweepId() + " not resumed", e);
            return false;
        }
    }

    /** Takes the claim of (job, unit, period): inserts it, or takes over a released or stale one. */
    private boolean claim(String job, String unitCode, Period period, String holder, String who) {
        return claims.insert(job, unitCode, period, holder, who)
                || claims.takeOver(job, unitCode, period, null, holder, who, settings.claimStaleSeconds());
    }

    /** What a refused restart answers: our own problem as it is, the batch runtime's as "not restartable" (409). */
    private static RuntimeException notRestarted(RuntimeException e) {
        return e instanceof DomainException ? e
                : DomainException.conflict("consolidation.not-restartable", e.getClass().getSimpleName());
    }

    private Properties parameters(String consolidationId) {
        Properties parameters = new Properties();
        parameters.setProperty("consolidationId", consolidationId);
        parameters.setProperty("chunkSize", Integer.toString(settings.chunkSize()));
        return parameters;
    }

    private Properties sweepParameters(String sweepId, ConsolidationLevel level, Period period, String scope) {
        Properties parameters = new Properties();
        parameters.setProperty("sweepId", sweepId);
        parameters.setProperty(ConsolidationAudit.SCOPE, scope);
        parameters.setProperty("level", level.name());
        parameters.setProperty("period", period.toString());
        parameters.setProperty("chunkSize", Integer.toString(settings.sweepChunkSize()));
        return parameters;
    }
}
