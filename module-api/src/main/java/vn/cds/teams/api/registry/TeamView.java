package vn.cds.teams.api.registry;

import vn.cds.teams.api.units.UnitLevel;

/**
 * A team in full. {@code incomplete} (R4: under the minimum size), {@code leaderVacant} and {@code deputyVacant}
 * flag what an officer has to act on; {@code dissolution} is set once the team is dissolved; {@code version} is also sent as the ETag.
 */
public record TeamView(String id, String unitCode, String unitName, UnitLevel level, String name,
                       String zaloGroupUrl, TeamStatus status, int memberCount, int collaboratorCount,
                       int minimumSize, int maximumSize, boolean incomplete, boolean leaderVacant,
                       boolean deputyVacant, String leaderName, EstablishmentDecisionView establishment,
                       DissolutionView dissolution, long version) {
}
