package vn.cds.teams.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.cds.teams.reporting.application.ReportingSettings;

/** The test hooks of the consolidation writers, off by default (see {@link ReportingSettings}). */
@ApplicationScoped
public class ConsolidationTestHooks {

    /** Runs that already failed once by the hook (per server). */
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    @Inject
    ReportingSettings settings;

    /** {@code cds.consolidation.pause-after-chunk-ms}: time to kill an instance in mid-run. */
    public void pause() {
        if (settings.pauseAfterChunkMillis() > 0) {
            try {
                Thread.sleep(settings.pauseAfterChunkMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@code cds.consolidation.fail-once=key:n[,key:n...]}: the first run whose key is {@code key} (a unit's run
     * "unitCode@period", a sweep "sweep-LEVEL@period") fails once n items are done.
     */
    public void failOnce(String key, int done) {
        for (String hook : settings.failOnce().split(",")) {
            String[] parts = hook.strip().split(":");
            if (parts.length == 2 && parts[0].equals(key) && done >= Integer.parseInt(parts[1])
                    && FAILED_ONCE.add(key)) {
                throw new IllegalStateException("forced failure of " + key + " after " + done + " items (test hook)");
            }
        }
    }
}
