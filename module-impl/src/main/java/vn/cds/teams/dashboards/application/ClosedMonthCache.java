package vn.cds.teams.dashboards.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cds.teams.dashboards.infrastructure.DashboardStore;

/**
 * The figures of closed months (calendar month over) of consolidated units, per unit and month, with the revision
 * they were read from. An entry is used only while that revision is still the latest completed one, which every
 * dashboard reads anyway (one query for all its months): a month consolidated again is read again, on whichever
 * instance of a cluster answers. A completed revision never changes, so an entry is never stale. Plain memory, at most
 * {@value #MAX_ENTRIES} entries, least recently used out first.
 */
@ApplicationScoped
public class ClosedMonthCache {

    static final int MAX_ENTRIES = 5000;

    /** What was read of one revision. */
    public record Entry(String revisionId, DashboardStore.RevisionDetails details) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The details of the unit's month if kept from this very revision, else null. */
    public synchronized DashboardStore.RevisionDetails get(String unitKey, String period, String revisionId) {
        Entry entry = entries.get(unitKey + "/" + period);
        if (entry != null && entry.revisionId().equals(revisionId)) {
            return entry.details();
        }
        return null;
    }

    public synchronized void put(String unitKey, String period, String revisionId,
                                 DashboardStore.RevisionDetails details) {
        entries.put(unitKey + "/" + period, new Entry(revisionId, details));
    }
}
