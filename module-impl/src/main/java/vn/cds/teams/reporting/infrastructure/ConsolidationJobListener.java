package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

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
    ConsolidationStore store;

    @Override
    public void afterJob() {
        ConsolidationStore.Header header = store.header(consolidationId);
        if (header == null) {
            return;
        }
        if (job.getBatchStatus() != BatchStatus.COMPLETED && !ConsolidationStore.COMPLETED.equals(header.status())) {
            store.failed(consolidationId);
            LOG.warning(() -> "Consolidation " + header.unitCode() + " " + header.period() + " revision "
                    + header.revision() + " ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        }
        store.releaseClaim(job.getJobName(), header.unitCode(), header.period(), consolidationId);
    }
}
