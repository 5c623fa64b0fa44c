package vn.cds.teams.api.registry;

import vn.cds.teams.api.units.UnitLevel;

/** A row of a team list. {@code incomplete}: fewer members than the minimum (R4). */
public record TeamSummary(String id, String unitCode, String unitName, UnitLevel level, String name,
                          TeamStatus status, int memberCount, boolean incomplete, String leaderName) {
}
