package vn.cds.teams.api.dashboards;

import vn.cds.teams.api.units.UnitLevel;

/**
 * Establishment of one commune, or of one district (its communes together), from the registry on the dashboard's
 * day: established teams (commune and village), established village teams against the R2 minimum (a district's
 * row: the sum of its communes' minimums, and how many of its communes are below theirs), and established teams
 * whose members (collaborators not counted) are fewer than the province's minimum size (R4).
 */
public record EstablishmentRow(String unitCode, String unitName, UnitLevel level, int communes, int establishedTeams,
                               int villageTeams, int villageTeamMinimum, int communesBelowMinimum,
                               int teamsUnderMinimumSize) {
}
