package vn.cds.teams.api.reporting;

/**
 * Establishment results, computed from the registry when the report is submitted (never typed): established teams,
 * their members (R4, collaborators not counted), teams below the minimum size, village teams against the commune's
 * R2 minimum, and teachers in teams (R15).
 */
public record EstablishmentFigures(int teams, int members, int incompleteTeams, int villageTeams,
                                   int villageTeamMinimum, boolean belowVillageTeamMinimum, int teachers) {
}
