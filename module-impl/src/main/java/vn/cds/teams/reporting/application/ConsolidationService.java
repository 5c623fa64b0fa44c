package vn.cds.teams.reporting.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationProgress;
import vn.cds.teams.api.reporting.ConsolidationRequest;
import vn.cds.teams.api.reporting.ConsolidationSweepRequest;
import vn.cds.teams.api.reporting.ConsolidationSweepStarted;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationJobs;
import vn.cds.teams.reporting.infrastructure.ConsolidationStore;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * Starts, restarts and reads consolidations (R12), run as Jakarta Batch jobs (META-INF/batch-jobs). One run per
 * (job, unit, period) at a time, whichever instance of a cluster starts it: the run first takes the database claim.
 */
@ApplicationScoped
public class ConsolidationService {

    /** Audit trail of consolidation runs and sweeps: entity=consolidation, id=unitCode/period. */
    public static final String AUDIT_TYPE = "consolidation";
    /** The unit code standing for every unit: the scheduler's claims, and the audit scope of a sweep of them all. */
    public static final String EVERY_UNIT = "*";
    /** The sweep's job parameter naming the units in whose audit trails it is recorded (comma-separated). */
    private static final String SCOPE = "auditScope";
    private static final String SCOPE_SEPARATOR = ",";

    private static final Logger LOG = Logger.getLogger(ConsolidationService.class.getName());

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    ConsolidationStore store;

    @Inject
    CurrentCaller caller;

    @Inject
    ReportingSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Jurisdiction jurisdiction;

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

    /** POST /consolidations: the district officer for a district, the province officer for either level. */
    public long start(ConsolidationRequest request) {
        Validation.requireBody(request);
        Validation required = new Validation();
        required.required("unitCode", request.unitCode());
        required.throwIfInvalid();
        AdministrativeUnit unit = units.require(request.unitCode());
        Validation validation = new Validation();
        validation.required("level", request.level());
        validation.throwIfInvalid();
        Period period = Period.parse(request.period()).requireBegun(LocalDate.now(clock));
        requireLevel(unit, request.level());
        requireRole(request.level());
        long execution = launch(request.level(), unit.code(), period, caller.name()).orElseThrow(() ->
                DomainException.conflict("consolidation.running", unit.code(), period.toString()));
        audit.recordAlone(AUDIT_TYPE, unit.code() + "/" + period, "start", null,
                new RunStarted(request.level(), unit.code(), period.toString(), execution));
        return execution;
    }

    /**
     * POST /consolidations/sweeps: every unit of the level in the caller's jurisdiction (or under the unit given),
     * in one run. Units that a run of their own is consolidating are left to it (listed as skipped).
     */
    public ConsolidationSweepStarted sweep(ConsolidationSweepRequest request) {
        Validation.requireBody(request);
        boolean under = request.unitCode() != null && !request.unitCode().isBlank();
        // A unit outside the jurisdiction is "not found" before anything else is looked at.
        List<String> prefixes = under ? List.of(units.require(request.unitCode()).path())
                : jurisdiction.coversEverything() ? null : jurisdiction.pathPrefixes();
        Validation validation = new Validation();
        validation.required("level", request.level());
        validation.throwIfInvalid();
        Period period = Period.parse(request.period()).requireBegun(LocalDate.now(clock));
        requireRole(request.level());
        List<String> candidates = store.unitsOfLevel(request.level(), prefixes, period);
        if (candidates.isEmpty()) {
            new Validation().add(under ? "unitCode" : "level", "field.sweep-empty", request.level()).throwIfInvalid();
        }
        // The sweep's audit trail is its unit's, or each of the caller's units': readable where their runs are.
        String scope = under ? request.unitCode().strip() : jurisdiction.coversEverything() ? EVERY_UNIT
                : String.join(SCOPE_SEPARATOR, new TreeSet<>(jurisdiction.unitCodes()));
        return launchSweep(request.level(), period, candidates, under ? request.unitCode().strip() : null, scope,
                null).orElseThrow(() -> DomainException.conflict("consolidation.sweep-running", request.level(),
                        period.toString()));
    }

    /**
     * Claims the units that no run holds, opens their revisions, starts one sweep over them and records it in the
     * trails of {@code scope} ({@link #sweepAuditIds}), where its restarts and resumptions go too; empty when every
     * unit is held by another run. {@code under}: the unit the caller asked for, if any; {@code system}: the actor
     * when the module starts it itself (the timer), null for the caller.
     */
    private Optional<ConsolidationSweepStarted> launchSweep(ConsolidationLevel level, Period period,
                                                            List<String> candidates, String under, String scope,
                                                            String system) {
        String who = system != null ? system : caller.name();
        String sweepId = UUID.randomUUID().toString();
        String job = ConsolidationJobs.of(level);
        List<String> claimed = store.openSweep(sweepId, job, level, period.toString(), candidates, who,
                settings.claimStaleSeconds());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(ConsolidationJobs.SWEEP,
                    sweepParameters(sweepId, level, period.toString(), scope));
            store.sweepRunning(sweepId, execution);
        } catch (RuntimeException e) {
            store.failSweep(job, sweepId);
            throw e;
        }
        LOG.info(() -> "Consolidation sweep of " + claimed.size() + " " + level + " units " + period
                + " started by " + who + ": execution " + execution);
        Set<String> taken = new HashSet<>(claimed);
        ConsolidationSweepStarted started = new ConsolidationSweepStarted(execution, claimed.size(),
                candidates.stream().filter(unit -> !taken.contains(unit)).toList());
        auditSweep(sweepId, scope, period.toString(), "sweep", system, new SweepStarted(level, under,
                period.toString(), execution, started.units(), started.skipped()));
        return Optional.of(started);
    }

    /**
     * The timers' sweep of every unit of the level; recorded in the trail of each province it consolidates in.
     * Returns the units it started, 0 when every unit is held by another run.
     *
     * @param units every unit of the level, read by the caller before it claimed the period
     */
    public int launchScheduledSweep(ConsolidationLevel level, Period period, List<String> units, String who) {
        return launchSweep(level, period, units, null, EVERY_UNIT, who).map(ConsolidationSweepStarted::units)
                .orElse(0);
    }

    /** For the audit trail of (unit, period): the unit must be a district or province in the caller's view. */
    public void requireVisible(String auditId) {
        String[] parts = auditId == null ? new String[0] : auditId.split("/");
        if (parts.length != 2) {
            throw DomainException.notFound("consolidation.not-found", auditId, "");
        }
        AdministrativeUnit unit = units.require(parts[0]);
        Period.parse(parts[1]);
        if (unit.level() != UnitLevel.DISTRICT && unit.level() != UnitLevel.PROVINCE) {
            throw DomainException.notFound("consolidation.not-found", parts[0], parts[1]);
        }
    }

    /**
     * Claims (job, unit, period) and starts the job; empty when another run holds the claim. Also used by the
     * scheduler, which has no caller.
     */
    public OptionalLong launch(ConsolidationLevel level, String unitCode, Period period, String who) {
        String job = ConsolidationJobs.of(level);
        String id = UUID.randomUUID().toString();
        if (!claim(job, unitCode, period.toString(), id, who)) {
            return OptionalLong.empty();
        }
        try {
            store.create(id, unitCode, level, period.toString(), who, store.sources(unitCode, period).size());
            long execution = BatchRuntime.getJobOperator().start(job, parameters(id));
            store.running(id, execution);
            LOG.info(() -> "Consolidation " + unitCode + " " + period + " started by " + who + ": execution "
                    + execution);
            return OptionalLong.of(execution);
        } catch (RuntimeException e) {
            store.failed(id);
            store.releaseClaim(job, unitCode, period.toString(), id);
            throw e;
        }
    }

    /**
     * Resumes the runs whose instance died (their claim went stale in a cluster): the instance that takes over
     * a claim starts a new execution of the same revision, which skips the sources already committed. Called by
     * every instance's watchdog timer; the claim's single update decides which one resumes a run.
     */
    public int resumeOrphans(String instance) {
        int resumed = 0;
        Set<String> sweeps = new HashSet<>();
        for (ConsolidationStore.Header orphan : store.orphaned(settings.claimStaleSeconds())) {
            if (orphan.sweepId() != null) {
                // Instances see the orphans in the same order: the one that takes the first revision's claim
                // resumes the whole sweep; the others skip its other revisions.
                if (sweeps.add(orphan.sweepId()) && resumeSweep(orphan, instance)) {
                    resumed++;
                }
                continue;
            }
            String job = ConsolidationJobs.of(orphan.level());
            if (!store.takeOverClaim(job, orphan.unitCode(), orphan.period(), orphan.id(), orphan.id(), instance,
                    settings.claimStaleSeconds())) {
                continue;
            }
            try {
                int done = store.linesWritten(orphan.id());
                long execution = BatchRuntime.getJobOperator().start(job, parameters(orphan.id()));
                store.running(orphan.id(), execution);
                audit.recordBySystem(instance, AUDIT_TYPE, orphan.unitCode() + "/" + orphan.period(), "resume",
                        new RunResumed(orphan.level(), orphan.unitCode(), orphan.period(), orphan.executionId(),
                                execution, done));
                LOG.info(() -> "Consolidation " + orphan.unitCode() + " " + orphan.period() + " revision "
                        + orphan.revision() + " resumed after " + done + " sources: execution " + execution);
                resumed++;
            } catch (RuntimeException e) {
                store.releaseClaim(job, orphan.unitCode(), orphan.period(), orphan.id());
                LOG.log(Level.WARNING, "Consolidation " + orphan.id() + " not resumed", e);
            }
        }
        return resumed;
    }

    private boolean resumeSweep(ConsolidationStore.Header first, String instance) {
        String job = ConsolidationJobs.of(first.level());
        if (!store.takeOverClaim(job, first.unitCode(), first.period(), first.id(), first.id(), instance,
                settings.claimStaleSeconds())) {
            return false;
        }
        store.renewSweepClaims(job, first.sweepId());
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            String scope = first.executionId() == null ? EVERY_UNIT
                    : scopeOf(operator.getParameters(first.executionId()));
            long execution = operator.start(ConsolidationJobs.SWEEP, sweepParameters(first.sweepId(), first.level(),
                    first.period(), scope));
            store.sweepRunning(first.sweepId(), execution);
            auditSweep(first.sweepId(), scope, first.period(), "resume", instance, new RunResumed(first.level(), scope,
                    first.period(), first.executionId(), execution, 0));
            LOG.info(() -> "Consolidation sweep " + first.sweepId() + " resumed: execution " + execution);
            return true;
        } catch (RuntimeException e) {
            store.failSweep(job, first.sweepId());
            LOG.log(Level.WARNING, "Consolidation sweep " + first.sweepId() + " not resumed", e);
            return false;
        }
    }

    /** Restarts a failed or stopped execution: the same revision resumes after its last checkpoint. */
    public long restart(String executionText) {
        long execution = executionId(executionText);
        Properties parameters = visibleParameters(execution);
        if (parameters.getProperty("sweepId") != null) {
            return restartSweep(execution, parameters);
        }
        ConsolidationStore.Header header = visibleHeader(execution, parameters);
        requireRole(header.level());
        JobOperator operator = BatchRuntime.getJobOperator();
        requireRestartable(operator, execution);
        String job = ConsolidationJobs.of(header.level());
        if (!claim(job, header.unitCode(), header.period(), header.id(), caller.name())) {
            throw DomainException.conflict("consolidation.running", header.unitCode(), header.period());
        }
        try {
            long next = operator.restart(execution, operator.getParameters(execution));
            store.running(header.id(), next);
            audit.recordAlone(AUDIT_TYPE, header.unitCode() + "/" + header.period(), "restart", null,
                    new RunStarted(header.level(), header.unitCode(), header.period(), next));
            return next;
        } catch (RuntimeException e) {
            store.releaseClaim(job, header.unitCode(), header.period(), header.id());
            throw notRestarted(e);
        }
    }

    /** A failed sweep resumes with the units it did not complete (claimed again; others' runs keep theirs). */
    private long restartSweep(long execution, Properties parameters) {
        ConsolidationLevel level = ConsolidationLevel.valueOf(parameters.getProperty("level"));
        requireRole(level);
        String sweepId = parameters.getProperty("sweepId");
        // Restarting consolidates every unit the sweep left: only for one who holds all of them.
        sweepStatuses(sweepId, true);
        JobOperator operator = BatchRuntime.getJobOperator();
        requireRestartable(operator, execution);
        String job = ConsolidationJobs.of(level);
        int reopened = store.reopenSweep(sweepId, job, caller.name(), settings.claimStaleSeconds());
        if (reopened == 0) {
            throw DomainException.conflict("consolidation.sweep-running", level, "");
        }
        try {
            long next = operator.restart(execution, parameters);
            store.sweepRunning(sweepId, next);
            String period = parameters.getProperty("period");
            auditSweep(sweepId, scopeOf(parameters), period, "restart", null,
                    new SweepStarted(level, null, period, next, reopened, List.of()));
            return next;
        } catch (RuntimeException e) {
            store.failSweep(job, sweepId);
            throw notRestarted(e);
        }
    }

    /** A run's progress; a sweep's counts only the units in the caller's jurisdiction. */
    public ConsolidationProgress progress(String executionText) {
        long execution = executionId(executionText);
        Properties parameters = visibleParameters(execution);
        int done;
        int total;
        Long current;
        boolean recorded;
        String sweepId = parameters.getProperty("sweepId");
        if (sweepId != null) {
            List<String> statuses = sweepStatuses(sweepId, false);
            done = (int) statuses.stream().filter(ConsolidationStore.COMPLETED::equals).count();
            total = statuses.size();
            current = store.sweepExecution(sweepId);
            recorded = statuses.stream().noneMatch(ConsolidationStore.RUNNING::equals);
        } else {
            ConsolidationStore.Header header = visibleHeader(execution, parameters);
            done = store.linesWritten(header.id());
            total = header.sourceCount();
            current = header.executionId();
            recorded = !ConsolidationStore.RUNNING.equals(header.status());
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        // The runtime says COMPLETED when the job ends; its revisions are marked by the job's listener a moment
        // later. Until then the run is still finishing: a client that reads the result on COMPLETED finds it.
        if (status == BatchStatus.COMPLETED && !recorded) {
            status = BatchStatus.STARTED;
        }
        String step = operator.getStepExecutions(execution).stream()
                .max(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsFirst(Date::compareTo)))
                .map(StepExecution::getStepName).orElse(null);
        // Still "started" in the job repository, but its run went on in another execution: the watchdog resumed it
        // after this one's instance died (only failed or stopped executions are restarted, and those say so).
        boolean left = (status == BatchStatus.STARTING || status == BatchStatus.STARTED) && current != null
                && current != execution;
        return new ConsolidationProgress(left ? BatchStatus.ABANDONED.name() : status.name(), step, done, total,
                left ? current : null);
    }

    /**
     * The statuses of a sweep's revisions in the caller's jurisdiction; "not found" (404) when there are none, or,
     * with {@code whole}, when the caller does not hold every one of them.
     */
    private List<String> sweepStatuses(String sweepId, boolean whole) {
        Map<String, String> all = store.sweepStatusByPath(sweepId);
        List<String> statuses = all.entrySet().stream()
                .filter(e -> jurisdiction.covers(e.getKey())).map(Map.Entry::getValue).toList();
        if (statuses.isEmpty() || whole && statuses.size() != all.size()) {
            throw DomainException.notFound("consolidation.execution-not-found", sweepId);
        }
        return statuses;
    }

    /** Only a failed or stopped execution restarts (409 otherwise). */
    private static void requireRestartable(JobOperator operator, long execution) {
        BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw DomainException.conflict("consolidation.not-restartable", status);
        }
    }

    /** What a refused restart answers: our own problem as it is, the batch runtime's as "not restartable" (409). */
    private static RuntimeException notRestarted(RuntimeException e) {
        return e instanceof DomainException ? e
                : DomainException.conflict("consolidation.not-restartable", e.getClass().getSimpleName());
    }

    public ConsolidationView latest(String unitCode, String periodText) {
        Validation validation = new Validation();
        validation.required("unit", unitCode);
        validation.throwIfInvalid();
        AdministrativeUnit unit = units.require(unitCode);
        Period period = Period.parse(periodText);
        if (unit.level() != UnitLevel.DISTRICT && unit.level() != UnitLevel.PROVINCE) {
            new Validation().add("unit", "field.consolidation-unit").throwIfInvalid();
        }
        ConsolidationView view = store.latest(unit.code(), period.toString());
        if (view == null) {
            throw DomainException.notFound("consolidation.not-found", unit.code(), period.toString());
        }
        return view;
    }

    private boolean claim(String job, String unitCode, String period, String holder, String who) {
        return store.insertClaim(job, unitCode, period, holder, who)
                || store.takeOverClaim(job, unitCode, period, null, holder, who, settings.claimStaleSeconds());
    }

    /** An execution's job parameters: one of ours (a run or a sweep), or 404. */
    private static Properties visibleParameters(long execution) {
        Properties parameters;
        try {
            parameters = BatchRuntime.getJobOperator().getParameters(execution);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            parameters = null;
        } catch (NullPointerException e) {
            // Payara's batch runtime fails so, instead of NoSuchJobExecutionException, for an id it never gave.
            parameters = null;
        }
        if (parameters == null || parameters.getProperty("consolidationId") == null
                && parameters.getProperty("sweepId") == null) {
            throw DomainException.notFound("consolidation.execution-not-found", execution);
        }
        return parameters;
    }

    /** The revision an execution runs, if its unit lies in the caller's jurisdiction (else 404, as unknown). */
    private ConsolidationStore.Header visibleHeader(long execution, Properties parameters) {
        String id = parameters.getProperty("consolidationId");
        ConsolidationStore.Header header = id == null ? null : store.header(id);
        if (header == null) {
            throw DomainException.notFound("consolidation.execution-not-found", execution);
        }
        try {
            units.require(header.unitCode());
        } catch (DomainException e) {
            throw DomainException.notFound("consolidation.execution-not-found", execution);
        }
        return header;
    }

    private static long executionId(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        new Validation().add("executionId", "field.execution-id").throwIfInvalid();
        return 0;
    }

    private static void requireLevel(AdministrativeUnit unit, ConsolidationLevel level) {
        boolean fits = level == ConsolidationLevel.DISTRICT ? unit.level() == UnitLevel.DISTRICT
                : unit.level() == UnitLevel.PROVINCE;
        if (!fits) {
            new Validation().add("unitCode", "field.consolidation-level", level).throwIfInvalid();
        }
    }

    /** R12: the district's office consolidates its communes, the province's department the province. */
    private void requireRole(ConsolidationLevel level) {
        boolean allowed = caller.hasRole(CdsRoles.PROVINCE_OFFICER)
                || level == ConsolidationLevel.DISTRICT && caller.hasRole(CdsRoles.DISTRICT_OFFICER);
        if (!allowed) {
            throw DomainException.forbidden("consolidation.forbidden", level);
        }
    }

    private Properties parameters(String consolidationId) {
        Properties parameters = new Properties();
        parameters.setProperty("consolidationId", consolidationId);
        parameters.setProperty("chunkSize", Integer.toString(settings.chunkSize()));
        return parameters;
    }

    /** The unit in whose audit trail a sweep is recorded (sweeps started before it was kept: every unit). */
    private static String scopeOf(Properties sweepParameters) {
        return sweepParameters.getProperty(SCOPE, EVERY_UNIT);
    }

    /**
     * Records a step of a sweep in the trail of each unit of its scope ({@link #sweepAuditIds}), by {@code system}
     * (the timer, the watchdog) or, when it is null, by the caller.
     */
    private void auditSweep(String sweepId, String scope, String period, String action, String system,
                            Object after) {
        for (String id : sweepAuditIds(sweepId, scope, period)) {
            if (system == null) {
                audit.recordAlone(AUDIT_TYPE, id, action, null, after);
            } else {
                audit.recordBySystem(system, AUDIT_TYPE, id, action, after);
            }
        }
    }

    /**
     * The audit ids (unit/period) a sweep is recorded under: each unit of its scope, or, for a sweep of every unit
     * (the timers'), each province it consolidates in, so that every trail is one its officers may read.
     */
    private List<String> sweepAuditIds(String sweepId, String scope, String period) {
        Collection<String> units = !EVERY_UNIT.equals(scope) ? List.of(scope.split(SCOPE_SEPARATOR))
                : store.sweepStatusByPath(sweepId).keySet().stream().map(AdministrativeUnit::provinceCodeOf)
                        .collect(Collectors.toCollection(TreeSet::new));
        return units.stream().map(unit -> unit + "/" + period).toList();
    }

    private Properties sweepParameters(String sweepId, ConsolidationLevel level, String period, String scope) {
        Properties parameters = new Properties();
        parameters.setProperty("sweepId", sweepId);
        parameters.setProperty(SCOPE, scope);
        parameters.setProperty("level", level.name());
        parameters.setProperty("period", period);
        parameters.setProperty("chunkSize", Integer.toString(settings.sweepChunkSize()));
        return parameters;
    }
}
