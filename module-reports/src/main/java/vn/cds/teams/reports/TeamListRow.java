package vn.cds.teams.reports;

/**
 * One team on form F1. The caller passes rows already ordered: for a commune, the commune-level team first and
 * then its village teams; for a district or province, sorted by district and commune, since a sub-heading is
 * printed whenever {@code districtName} or {@code communeName} changes from the previous row.
 *
 * @param districtName null where the list has no district level (a commune's list, or a province without districts)
 * @param communeName  null in a single commune's list
 * @param teamName     e.g. "Xã Quang Minh", "Bản Suối Lìn"
 * @param leaderName   null while the team has no leader; the form then says so
 * @param phone        as it should be printed; may be null
 * @param position     the leader's local government position, e.g. "Trưởng bản"; may be null
 */
public record TeamListRow(String districtName, String communeName, String teamName, String leaderName,
                          String phone, String position) {
}
