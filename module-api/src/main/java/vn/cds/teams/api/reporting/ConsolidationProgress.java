package vn.cds.teams.api.reporting;

/**
 * A consolidation run: its batch status (as Jakarta Batch names it), current step, sources done of total.
 * {@code resumedAs}: when the instance running this execution died, the execution on another instance that carries
 * on the same run; this one is then reported {@code ABANDONED} (absent otherwise).
 */
public record ConsolidationProgress(String status, String step, int done, int total, Long resumedAs) {
}
