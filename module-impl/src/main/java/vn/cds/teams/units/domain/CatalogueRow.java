package vn.cds.teams.units.domain;

/**
 * One row of an official unit catalogue (code, name, type, level, parent_code), as read, not yet checked.
 *
 * @param row the file's row number (the header is row 1)
 */
public record CatalogueRow(int row, String code, String name, String type, String level, String parentCode) {
}
