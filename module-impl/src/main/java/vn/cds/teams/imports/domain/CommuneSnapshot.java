package vn.cds.teams.imports.domain;

import java.util.List;
import java.util.Map;

/**
 * What an import is matched against: the commune, its villages and the teams they have now.
 *
 * @param teams the current team of each unit that has one, by unit code
 */
public record CommuneSnapshot(Unit commune, List<Unit> villages, Map<String, TeamState> teams, int maxTeamSize) {

    public record Unit(String code, String name) {
    }

    /** @param leader null when the team has no leader */
    public record TeamState(String teamId, boolean draft, int memberCount, Person leader) {
    }

    public record Person(String name, String phone, String position) {
    }
}
