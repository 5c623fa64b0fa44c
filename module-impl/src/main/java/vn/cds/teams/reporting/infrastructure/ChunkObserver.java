package vn.cds.teams.reporting.infrastructure;

/**
 * Watches the chunks the consolidation writers commit. The module has none; every bean of this type in the
 * deployment is called (the end-to-end tests add one that pauses or fails a run, to kill an instance in mid-run or
 * to restart a failed run). A run's key is "unitCode@period" for a unit's run, "sweep-LEVEL@period" for a sweep.
 */
public interface ChunkObserver {

    /** Before a chunk of the run is written. */
    void beforeChunk(String run);

    /** After a chunk of the run was written, in the chunk's transaction; {@code done} items so far. */
    void afterChunk(String run, int done);
}
