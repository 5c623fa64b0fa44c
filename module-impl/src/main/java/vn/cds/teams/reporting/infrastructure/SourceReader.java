package vn.cds.teams.reporting.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the sources of a consolidation (communes, districts) in code order. The checkpoint is the code of the last
 * source whose line is committed, so a restart resumes after the last committed chunk, even if units were added
 * meanwhile (a source is keyed by its code, never by its position).
 */
@Named("consolidationSourceReader")
@Dependent
public class SourceReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String consolidationId;

    @Inject
    ConsolidationStore store;

    private List<ConsolidationStore.Source> sources;
    private int next;
    private String last;

    @Override
    public void open(Serializable checkpoint) {
        ConsolidationStore.Header header = store.header(consolidationId);
        // Ordered here rather than by the database's collation, so that the checkpoint compares the same way.
        sources = store.sources(header.unitCode()).stream()
                .sorted(Comparator.comparing(ConsolidationStore.Source::code)).toList();
        last = (String) checkpoint;
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
        ConsolidationStore.Source source = sources.get(next++);
        last = source.code();
        return source;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
