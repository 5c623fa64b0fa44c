package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: sums the lines into totals and marks the revision completed (idempotent, may run again). */
@Named("consolidationTotals")
@Dependent
public class TotalsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    ConsolidationLines lines;

    @Override
    public String process() {
        lines.complete(consolidationId);
        return "COMPLETED";
    }
}
