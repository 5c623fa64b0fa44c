package vn.cds.teams.reporting.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Date;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationProgress;
import vn.cds.teams.api.reporting.ConsolidationRequest;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationStore;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * Starts, restarts and reads consolidations (R12), run as Jakarta Batch jobs (META-INF/batch-jobs). One run per
 * (job, unit, period) at a time, whichever instance of a cluster starts it: the run first takes the database claim.
 */
@ApplicationScoped
public class ConsolidationService {

    public static final String DISTRICT_JOB = "district-consolidation";
    public static final String PROVINCE_JOB = "province-consolidation";
    /** Audit trail of the runs started by people: entity=consolidation, id=unitCode/period. */
    public static final String AUDIT_TYPE = "consolidation";

    private static final Logger LOG = Logger.getLogger(ConsolidationService.class.getName());

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

    /** What the audit trail keeps of a run that a person started or restarted. */
    public record RunStarted(ConsolidationLevel level, String unitCode, String period, long executionId) {
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
        Period period = Period.parse(request.period());
        requireLevel(unit, request.level());
        requireRole(request.level());
        long execution = launch(request.level(), unit.code(), period, caller.name()).orElseThrow(() ->
                DomainException.conflict("consolidation.running", unit.code(), period.toString()));
        audit.recordAlone(AUDIT_TYPE, unit.code() + "/" + period, "start", null,
                new RunStarted(request.level(), unit.code(), period.toString(), execution));
        return execution;
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
        String job = jobName(level);
        String id = UUID.randomUUID().toString();
        if (!claim(job, unitCode, period.toString(), id, who)) {
            return OptionalLong.empty();
        }
        try {
            store.create(id, unitCode, level, period.toString(), who, store.sources(unitCode).size());
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
     * Resumes the runs whose instance died (their claim went stale, cluster, issue 7): the instance that takes over
     * a claim starts a new execution of the same revision, which skips the sources already committed. Called by
     * every instance's watchdog timer; the claim's single update decides which one resumes a run.
     */
    public int resumeOrphans(String instance) {
        int resumed = 0;
        for (ConsolidationStore.Header orphan : store.orphaned(settings.claimStaleSeconds())) {
            String job = jobName(orphan.level());
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

    /** Restarts a failed or stopped execution: the same revision resumes after its last checkpoint. */
    public long restart(String executionText) {
        long execution = executionId(executionText);
        ConsolidationStore.Header header = visibleHeader(execution);
        requireRole(header.level());
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw DomainException.conflict("consolidation.not-restartable", status);
        }
        String job = jobName(header.level());
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
            if (e instanceof DomainException) {
                throw e;
            }
            throw DomainException.conflict("consolidation.not-restartable", e.getClass().getSimpleName());
        }
    }

    public ConsolidationProgress progress(String executionText) {
        long execution = executionId(executionText);
        ConsolidationStore.Header header = visibleHeader(execution);
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        String step = operator.getStepExecutions(execution).stream()
                .max(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsFirst(Date::compareTo)))
                .map(StepExecution::getStepName).orElse(null);
        return new ConsolidationProgress(status.name(), step, store.linesWritten(header.id()), header.sourceCount());
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

    /** The revision an execution runs, if its unit lies in the caller's jurisdiction (else 404, as unknown). */
    private ConsolidationStore.Header visibleHeader(long execution) {
        String id;
        try {
            Properties parameters = BatchRuntime.getJobOperator().getParameters(execution);
            id = parameters == null ? null : parameters.getProperty("consolidationId");
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            id = null;
        }
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

    public static String jobName(ConsolidationLevel level) {
        return level == ConsolidationLevel.DISTRICT ? DISTRICT_JOB : PROVINCE_JOB;
    }
}
