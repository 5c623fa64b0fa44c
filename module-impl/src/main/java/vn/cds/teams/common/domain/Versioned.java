package vn.cds.teams.common.domain;

/**
 * Optimistic locking at the API edge: PUT and DELETE must name the version they saw (If-Match), so that two
 * officers editing the same team never silently overwrite each other.
 */
public final class Versioned {

    private Versioned() {
    }

    /** @param expected the version from If-Match, or null when the header was missing */
    public static void check(Long expected, long actual) {
        if (expected == null) {
            throw new DomainException(DomainException.Kind.VERSION_REQUIRED, null, "problem.version-required", null);
        }
        if (expected != actual) {
            throw new DomainException(DomainException.Kind.STALE_VERSION, null, "problem.stale-version", null,
                    expected, actual);
        }
    }
}
