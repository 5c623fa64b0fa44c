package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the sources of a consolidation (communes, districts) in code order. The checkpoint is the code of the last
 * source whose line is committed, so a restart resumes after the last committed chunk, even if units were added
 * meanwhile (a source is keyed by its code, never by its position). A new execution of a run (resumed after its
 * instance died, {@link vn.cds.teams.reporting.application.ConsolidationService#resumeOrphans}) skips the sources
 * whose lines are committed: they were committed with the dead execution's checkpoints.
 */
@Named("consolidationSourceReader")
@Dependent
public class SourceReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    ConsolidationRevisions revisions;

    @Inject
    ConsolidationSources sourceQueries;

    @Inject
    ConsolidationLines lines;

    private List<ConsolidationSources.Source> sources;
    private int next;
    private String last;

    @Override
    public void open(Serializable checkpoint) {
        Revision revision = revisions.find(consolidationId);
        // Ordered here rather than by the database's collation, so that the checkpoint compares the same way.
        sources = sourceQueries.of(revision.unitCode(), revision.period()).stream()
                .sorted(Comparator.comparing(ConsolidationSources.Source::code)).toList();
        last = (String) checkpoint;
        if (last == null) {
            // A new execution of a run that another instance started and died in: its committed lines stand.
            Set<String> written = lines.written(consolidationId);
            sources = sources.stream().filter(s -> !written.contains(s.code())).toList();
        }
        next = 0;
        while (last != null && next < sources.size() && sources.get(next).code().compareTo(last) <= 0) {
            next++;
        }
    }

    @Override
    public Object readItem() {
        if (next >= sources.size()) {
            return null;
        }
        ConsolidationSources.Source source = sources.get(next++);
        last = source.code();
        return source;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
