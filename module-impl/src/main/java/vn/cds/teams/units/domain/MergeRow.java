package vn.cds.teams.units.domain;

/**
 * One row of a reorganisation: the old commune {@code oldCode} went, whole ({@code full}) or in part
 * ({@code partial}), into the new commune {@code newCode}.
 *
 * @param row the file's row number (the header is row 1)
 */
public record MergeRow(int row, String newCode, String newName, String oldCode, String oldName,
                       String oldDistrictCode, String part) {
}
