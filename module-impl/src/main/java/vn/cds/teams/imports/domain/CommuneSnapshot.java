package vn.cds.teams.imports.domain;

import java.util.List;
import java.util.Map;

/**
 * What an import is matched against: the commune, its villages and the teams they have now.
 *
 * @param teams the current team of each unit that has one, by unit code
 * @param teamsOfPhone for the phones the list names, the teams (anywhere) in which that person is active
 */
public record CommuneSnapshot(Unit commune, List<Unit> villages, Map<String, TeamState> teams, int maxTeamSize,
                              Map<String, List<TeamOfPerson>> teamsOfPhone) {

    /** A team a person is active in: its unit, and whether it is a commune team. */
    public record TeamOfPerson(String unitCode, boolean communeTeam) {
    }

    public record Unit(String code, String name) {
    }

    /** @param name the team's own name, which an exported list (F1) prints; @param leader null when it has none */
    public record TeamState(String teamId, String name, boolean draft, int memberCount, Person leader) {
    }

    public record Person(String name, String phone, String position) {
    }
}
