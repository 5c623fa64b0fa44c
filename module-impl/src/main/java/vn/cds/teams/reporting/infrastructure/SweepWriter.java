package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.reporting.application.ReportingSettings;
import vn.cds.teams.reporting.domain.Period;

/**
 * Consolidates a chunk of a sweep's units in the chunk's transaction, set-based: their lines, their totals, their
 * revisions completed and their claims released, all or nothing (the same rows as runs of their own would write).
 */
@Named("consolidationSweepWriter")
@Dependent
public class SweepWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String sweepId;

    @Inject
    @BatchProperty
    String level;

    @Inject
    ConsolidationSources sourceQueries;

    @Inject
    ConsolidationLines lines;

    @Inject
    ConsolidationSweeps sweeps;

    @Inject
    @Any
    Instance<ChunkObserver> observers;

    @Inject
    ReportingSettings settings;

    private int done;
    /** When this execution last renewed the claims; its start counts (the claims were fresh then). */
    private long renewed = System.nanoTime();

    @Override
    public void writeItems(List<Object> items) {
        List<Revision> revisions = items.stream().map(Revision.class::cast).toList();
        Period period = revisions.get(0).period();
        String run = "sweep-" + level + "@" + period;
        observers.forEach(o -> o.beforeChunk(run));
        Map<String, List<ConsolidationSources.Source>> sources = sourceQueries.of(
                revisions.stream().map(Revision::unitCode).toList(), period);
        Map<String, List<ConsolidationSources.Source>> byRevision = new LinkedHashMap<>();
        revisions.forEach(r -> byRevision.put(r.id(), sources.get(r.unitCode())));
        lines.writeComplete(period, byRevision);
        List<String> ids = List.copyOf(byRevision.keySet());
        // The claims of the units still to do are renewed now and then, not with every chunk: renewing hundreds of
        // claims per chunk took as long as the chunk's own work (a fifth of the stale time leaves room enough).
        boolean renew = System.nanoTime() - renewed > settings.claimStaleSeconds() * 200_000_000L;
        sweeps.chunkDone(ConsolidationJobs.of(ConsolidationLevel.valueOf(level)), sweepId, ids, renew);
        if (renew) {
            renewed = System.nanoTime();
        }
        done += ids.size();
        int doneSoFar = done;
        observers.forEach(o -> o.afterChunk(run, doneSoFar));
    }
}
