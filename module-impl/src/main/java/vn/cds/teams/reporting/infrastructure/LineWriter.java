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

/** Writes one chunk of sources' lines in the chunk's transaction (see {@link ConsolidationLines#write}). */
@Named("consolidationLineWriter")
@Dependent
public class LineWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    ConsolidationRevisions revisions;

    @Inject
    ConsolidationLines lines;

    @Inject
    ConsolidationClaims claims;

    @Inject
    @Any
    Instance<ChunkObserver> observers;

    @Inject
    JobContext job;

    private Revision revision;
    private int written;

    @Override
    public void writeItems(List<Object> items) {
        if (revision == null) {
            revision = revisions.find(consolidationId);
        }
        String run = revision.runKey();
        observers.forEach(o -> o.beforeChunk(run));
        List<ConsolidationSources.Source> sources = items.stream().map(ConsolidationSources.Source.class::cast)
                .toList();
        lines.write(consolidationId, revision.period(), sources);
        // Commits with the lines and the checkpoint: a claim that stops being renewed means a dead instance.
        claims.renew(job.getJobName(), revision.unitCode(), revision.period(), consolidationId);
        written += sources.size();
        int done = written;
        observers.forEach(o -> o.afterChunk(run, done));
    }
}
