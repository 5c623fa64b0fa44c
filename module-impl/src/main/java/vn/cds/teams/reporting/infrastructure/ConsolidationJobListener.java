package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import vn.cds.teams.reporting.domain.ConsolidationStatus;

/** After each execution, however it ended: releases the run's claim and marks a failed revision. */
@Named("consolidationJobListener")
@Dependent
public class ConsolidationJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ConsolidationJobListener.class.getName());

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    JobContext job;

    @Inject
    ConsolidationRevisions revisions;

    @Inject
    ConsolidationClaims claims;

    @Override
    public void afterJob() {
        Revision revision = revisions.find(consolidationId);
        if (revision == null) {
            return;
        }
        if (job.getBatchStatus() != BatchStatus.COMPLETED && revision.status() != ConsolidationStatus.COMPLETED) {
            revisions.failed(consolidationId);
            LOG.warning(() -> "Consolidation " + revision.unitCode() + " " + revision.period() + " revision "
                    + revision.number() + " ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        }
        claims.release(job.getJobName(), revision.unitCode(), revision.period(), consolidationId);
    }
}
