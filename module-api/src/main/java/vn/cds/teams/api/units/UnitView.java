package vn.cds.teams.api.units;

/**
 * An administrative unit. For a commune, {@code villageTeams} and {@code villageTeamMinimum} tell how many
 * village-level teams it has against its minimum (R2); both are null for other levels.
 */
public record UnitView(String code, String name, UnitLevel level, String parentCode,
                       Integer villageTeams, Integer villageTeamMinimum, Boolean belowVillageTeamMinimum) {
}
