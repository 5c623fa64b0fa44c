package vn.cds.teams.imports.domain;

/** One data row of a team list (form F1) as read from a file, before it is matched to the registry. */
public record ListRow(int row, String stt, String teamName, String leaderName, String phone, String position) {
}
