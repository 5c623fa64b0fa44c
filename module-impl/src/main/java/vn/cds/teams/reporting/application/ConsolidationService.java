package vn.cds.teams.reporting.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationProgress;
import vn.cds.teams.api.reporting.ConsolidationRequest;
import vn.cds.teams.api.reporting.ConsolidationSweepRequest;
import vn.cds.teams.api.reporting.ConsolidationSweepStarted;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.reporting.application.ConsolidationAudit.RunStarted;
import vn.cds.teams.reporting.domain.ConsolidationStatus;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationJobs;
import vn.cds.teams.reporting.infrastructure.ConsolidationLines;
import vn.cds.teams.reporting.infrastructure.ConsolidationRevisions;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources;
import vn.cds.teams.reporting.infrastructure.ConsolidationSweeps;
import vn.cds.teams.reporting.infrastructure.Revision;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * Consolidations (R12) as people ask for them: a unit's run, a sweep, a restart, a run's progress, the latest
 * result. Checks the request, the caller's role and jurisdiction; {@link ConsolidationLauncher} starts the jobs.
 */
@ApplicationScoped
public class ConsolidationService {

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    ConsolidationSources sources;

    @Inject
    ConsolidationRevisions revisions;

    @Inject
    ConsolidationLines lines;

    @Inject
    ConsolidationSweeps sweeps;

    @Inject
    ConsolidationLauncher launcher;

    @Inject
    ConsolidationAudit audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Jurisdiction jurisdiction;

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
        long execution = launcher.launch(request.level(), unit.code(), period, caller.name()).orElseThrow(() ->
                DomainException.conflict("consolidation.running", unit.code(), period.toString()));
        audit.run(unit.code(), period, "start", new RunStarted(request.level(), unit.code(), period.toString(),
                execution));
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
        List<String> candidates = sources.unitsOfLevel(request.level(), prefixes, period);
        if (candidates.isEmpty()) {
            new Validation().add(under ? "unitCode" : "level", "field.sweep-empty", request.level()).throwIfInvalid();
        }
        // The sweep's audit trail is its unit's, or each of the caller's units': readable where their runs are.
        String scope = under ? request.unitCode().strip() : jurisdiction.coversEverything()
                ? ConsolidationJobs.EVERY_UNIT : ConsolidationAudit.scopeOf(jurisdiction.unitCodes());
        return launcher.launchSweep(request.level(), period, candidates, under ? request.unitCode().strip() : null,
                scope, null).orElseThrow(() -> DomainException.conflict("consolidation.sweep-running", request.level(),
                        period.toString()));
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

    /** Restarts a failed or stopped execution: the same revision resumes after its last checkpoint. */
    public long restart(String executionText) {
        long execution = executionId(executionText);
        Properties parameters = visibleParameters(execution);
        if (parameters.getProperty("sweepId") != null) {
            requireRole(ConsolidationLevel.valueOf(parameters.getProperty("level")));
            // Restarting consolidates every unit the sweep left: only for one who holds all of them.
            sweepStatuses(parameters.getProperty("sweepId"), true);
            requireRestartable(execution);
            return launcher.restartSweep(execution, parameters);
        }
        Revision revision = visibleRevision(execution, parameters);
        requireRole(revision.level());
        requireRestartable(execution);
        return launcher.restart(revision, execution);
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
            List<ConsolidationStatus> statuses = sweepStatuses(sweepId, false);
            done = (int) statuses.stream().filter(s -> s == ConsolidationStatus.COMPLETED).count();
            total = statuses.size();
            current = sweeps.execution(sweepId);
            recorded = !statuses.contains(ConsolidationStatus.RUNNING);
        } else {
            Revision revision = visibleRevision(execution, parameters);
            done = lines.count(revision.id());
            total = revision.sourceCount();
            current = revision.executionId();
            recorded = !revision.isRunning();
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
    private List<ConsolidationStatus> sweepStatuses(String sweepId, boolean whole) {
        Map<String, ConsolidationStatus> all = sweeps.statusByPath(sweepId);
        List<ConsolidationStatus> statuses = all.entrySet().stream()
                .filter(e -> jurisdiction.covers(e.getKey())).map(Map.Entry::getValue).toList();
        if (statuses.isEmpty() || whole && statuses.size() != all.size()) {
            throw DomainException.notFound("consolidation.execution-not-found", sweepId);
        }
        return statuses;
    }

    /** Only a failed or stopped execution restarts (409 otherwise). */
    private static void requireRestartable(long execution) {
        BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw DomainException.conflict("consolidation.not-restartable", status);
        }
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
        ConsolidationView view = revisions.latest(unit.code(), period);
        if (view == null) {
            throw DomainException.notFound("consolidation.not-found", unit.code(), period.toString());
        }
        return view;
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
    private Revision visibleRevision(long execution, Properties parameters) {
        String id = parameters.getProperty("consolidationId");
        Revision revision = id == null ? null : revisions.find(id);
        if (revision == null) {
            throw DomainException.notFound("consolidation.execution-not-found", execution);
        }
        try {
            units.require(revision.unitCode());
        } catch (DomainException e) {
            throw DomainException.notFound("consolidation.execution-not-found", execution);
        }
        return revision;
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
}
