package vn.cds.teams.api.registry;

import vn.cds.teams.api.units.UnitLevel;

/**
 * A row of a team list. {@code incomplete}: fewer members than the minimum (R4); {@code leaderVacant} and
 * {@code deputyVacant}: the role is empty, e.g. its holder left (R8), as in {@link TeamView}.
 */
public record TeamSummary(String id, String unitCode, String unitName, UnitLevel level, String name,
                          TeamStatus status, int memberCount, boolean incomplete, String leaderName,
                          boolean leaderVacant, boolean deputyVacant) {
}
