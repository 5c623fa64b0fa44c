package vn.cds.teams.api.units;

/** What the portal administrator sends to create or rename a unit. */
public record UnitInput(String code, String name, UnitLevel level, String parentCode, Integer villageTeamMinimum) {
}
