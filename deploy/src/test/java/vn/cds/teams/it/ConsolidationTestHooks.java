package vn.cds.teams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cds.teams.reporting.infrastructure.ChunkObserver;

/**
 * The tests' hooks in the consolidation writers, added to the deployed WAR by {@link Deployments#withTestHooks}
 * (never part of a built WAR). Each is off unless the deployment's configuration sets it.
 */
@ApplicationScoped
public class ConsolidationTestHooks implements ChunkObserver {

    /** Runs that already failed once by the hook (per server). */
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    /** {@code cds.consolidation.pause-after-chunk-ms}: time to kill an instance in mid-run. */
    @Inject
    @ConfigProperty(name = "cds.consolidation.pause-after-chunk-ms", defaultValue = "0")
    int pauseAfterChunkMillis;

    /**
     * {@code cds.consolidation.fail-once=key:n[,key:n...]}: the first run whose key is {@code key} (a unit's run
     * "unitCode@period", a sweep "sweep-LEVEL@period") fails once n items are done.
     */
    @Inject
    @ConfigProperty(name = "cds.consolidation.fail-once")
    Optional<String> failOnce;

    @Override
    public void beforeChunk(String run) {
        if (pauseAfterChunkMillis > 0) {
            try {
                Thread.sleep(pauseAfterChunkMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void afterChunk(String run, int done) {
        for (String hook : failOnce.orElse("").split(",")) {
            String[] parts = hook.strip().split(":");
            if (parts.length == 2 && parts[0].equals(run) && done >= Integer.parseInt(parts[1])
                    && FAILED_ONCE.add(run)) {
                throw new IllegalStateException("forced failure of " + run + " after " + done + " items (test hook)");
            }
        }
    }
}
