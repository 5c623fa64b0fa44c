package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.cds.teams.reporting.application.ReportingSettings;

/** Writes one chunk of sources' lines in the chunk's transaction (see {@link ConsolidationStore#writeLines}). */
@Named("consolidationLineWriter")
@Dependent
public class LineWriter extends AbstractItemWriter {

    /** Consolidations that already failed once by the test hook (per server). */
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    ConsolidationStore store;

    @Inject
    ReportingSettings settings;

    @Inject
    JobContext job;

    private ConsolidationStore.Header header;
    private int written;

    @Override
    public void writeItems(List<Object> items) {
        if (header == null) {
            header = store.header(consolidationId);
        }
        pauseForTests();
        List<ConsolidationStore.Source> sources = items.stream().map(ConsolidationStore.Source.class::cast).toList();
        store.writeLines(consolidationId, header.period(), sources);
        // Commits with the lines and the checkpoint: a claim that stops being renewed means a dead instance.
        store.renewClaim(job.getJobName(), header.unitCode(), header.period(), consolidationId);
        written += sources.size();
        failOnceForTests();
    }

    /** The test hook {@code cds.consolidation.pause-after-chunk-ms}: time to kill an instance in mid-run. */
    private void pauseForTests() {
        if (settings.pauseAfterChunkMillis() > 0) {
            try {
                Thread.sleep(settings.pauseAfterChunkMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The test hook {@code cds.consolidation.fail-once=unit@period:n}: the first run fails once n sources are done. */
    private void failOnceForTests() {
        String hook = settings.failOnce();
        if (hook == null || hook.isBlank()) {
            return;
        }
        String key = header.unitCode() + "@" + header.period();
        String[] parts = hook.strip().split(":");
        if (parts.length == 2 && parts[0].equals(key) && written >= Integer.parseInt(parts[1])
                && FAILED_ONCE.add(key)) {
            throw new IllegalStateException("forced failure of " + key + " after " + written + " sources (test hook)");
        }
    }
}
