package vn.cds.teams.api.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What loading a unit catalogue or a reorganisation does or would do. A file with problems, or a reorganisation
 * with villages still to place, is never applied; {@code applied} tells whether this answer changed anything.
 *
 * @param scope       the province the file was read for, or null for the whole country
 * @param ignoredRows rows of the file outside the scope (a national file read for one province)
 * @param counts      how many changes of each action (by its name)
 */
public record UnitChangeReport(String scope, LocalDate effectiveOn, boolean dryRun, boolean applied, int rows,
                               int ignoredRows, Map<String, Integer> counts, List<Change> changes,
                               List<Problem> problems, List<VillageToPlace> villagesToPlace) {

    /**
     * CREATE a unit; RENAME or RETYPE one in force; CLOSE one (its last day is the day before the effective one);
     * SUCCEED: a succession recorded; MOVE a village (and its team) to a new commune; DISSOLVE a closed commune's team.
     */
    public enum Action { CREATE, RENAME, RETYPE, CLOSE, SUCCEED, MOVE, DISSOLVE }

    /**
     * @param row       the file's row (1-based, the header is row 1), or 0 for a change no single row makes
     * @param code      the unit changed (for DISSOLVE, the team's commune)
     * @param otherCode for SUCCEED the successor, for MOVE the new commune, for CREATE the parent
     */
    public record Change(int row, Action action, String code, String name, String otherCode, String detail) {
    }

    public record Problem(int row, String field, String message) {
    }

    /** A village of a commune split between several new ones: the officer says which it goes to. */
    public record VillageToPlace(String code, String name, String communeCode, List<String> candidates) {
    }
}
