package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes one chunk of sources' lines in the chunk's transaction (see {@link ConsolidationStore#writeLines}). */
@Named("consolidationLineWriter")
@Dependent
public class LineWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    ConsolidationStore store;

    @Inject
    @Any
    Instance<ChunkObserver> observers;

    @Inject
    JobContext job;

    private ConsolidationStore.Header header;
    private int written;

    @Override
    public void writeItems(List<Object> items) {
        if (header == null) {
            header = store.header(consolidationId);
        }
        String run = header.unitCode() + "@" + header.period();
        observers.forEach(o -> o.beforeChunk(run));
        List<ConsolidationStore.Source> sources = items.stream().map(ConsolidationStore.Source.class::cast).toList();
        store.writeLines(consolidationId, header.period(), sources);
        // Commits with the lines and the checkpoint: a claim that stops being renewed means a dead instance.
        store.renewClaim(job.getJobName(), header.unitCode(), header.period(), consolidationId);
        written += sources.size();
        int done = written;
        observers.forEach(o -> o.afterChunk(run, done));
    }
}
