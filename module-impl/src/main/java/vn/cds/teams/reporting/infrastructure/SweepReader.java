package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads a sweep's revisions still running, in unit code order. A chunk completes its revisions in its own
 * transaction, so the database is the checkpoint: a restart, or a new execution on another instance after this one
 * died, reads only the revisions not yet completed.
 */
@Named("consolidationSweepReader")
@Dependent
public class SweepReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String sweepId;

    @Inject
    ConsolidationSweeps sweeps;

    private Iterator<Revision> pending;

    @Override
    public void open(Serializable checkpoint) {
        pending = sweeps.pending(sweepId).iterator();
    }

    @Override
    public Object readItem() {
        return pending.hasNext() ? pending.next() : null;
    }
}
