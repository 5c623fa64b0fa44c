package vn.cds.teams.reporting.infrastructure;

import vn.cds.teams.api.reporting.ConsolidationLevel;

/**
 * The Jakarta Batch jobs of consolidation (R12), by the names of their files in META-INF/batch-jobs. A unit's runs
 * and the claims of a sweep's units go by the level's job name, so that a sweep and a unit's own run never
 * consolidate the same unit and period at once.
 */
public final class ConsolidationJobs {

    public static final String DISTRICT = "district-consolidation";
    public static final String PROVINCE = "province-consolidation";

    /** Every unit of a level in one run (a sweep); its units are claimed under the level's job name. */
    public static final String SWEEP = "consolidation-sweep";

    /** The unit code standing for every unit: the scheduler's claims, and the audit scope of a sweep of them all. */
    public static final String EVERY_UNIT = "*";

    private ConsolidationJobs() {
    }

    /** The job that consolidates one unit of the level, and whose name claims the unit. */
    public static String of(ConsolidationLevel level) {
        return level == ConsolidationLevel.DISTRICT ? DISTRICT : PROVINCE;
    }
}
