package vn.cds.teams.api.imports;

import java.util.List;

/**
 * What an import of a commune's list (form F1 as XLSX or CSV) does or would do, row by row. A file with problems is
 * never applied; {@code applied} tells whether this answer changed the registry.
 */
public record ImportReport(String unitCode, boolean dryRun, boolean applied, int rows, List<Change> changes,
                           List<Problem> problems) {

    /** What a row does: CREATE (a new draft team with its leader), UPDATE (a changed leader or phone) or NONE. */
    public enum Action { CREATE, UPDATE, NONE }

    /** @param row the row number as a spreadsheet shows it (1-based) */
    public record Change(int row, Action action, String teamName, String unitCode, String detail) {
    }

    /** @param rule the directive rule the row breaks (e.g. "R4"), or null for a plain data error */
    public record Problem(int row, String field, String rule, String message) {
    }
}
