package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import vn.cds.teams.api.reporting.ConsolidationLevel;

/** After each execution of a sweep: the revisions it did not complete fail and free their units. */
@Named("consolidationSweepListener")
@Dependent
public class SweepListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(SweepListener.class.getName());

    @Inject
    @BatchProperty
    String sweepId;

    @Inject
    @BatchProperty
    String level;

    @Inject
    JobContext job;

    @Inject
    ConsolidationSweeps sweeps;

    @Override
    public void afterJob() {
        // The status is not final here (a run that ends well still reads STARTED): the revisions tell.
        int failed = sweeps.fail(ConsolidationJobs.of(ConsolidationLevel.valueOf(level)), sweepId);
        if (failed > 0) {
            LOG.warning(() -> "Consolidation sweep " + sweepId + " ended " + job.getBatchStatus() + " ("
                    + job.getExitStatus() + "): " + failed + " units not consolidated, restartable");
        }
    }
}
