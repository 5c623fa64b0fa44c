package vn.cds.teams.registry.domain;

import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;

/**
 * A team as a list shows it, read straight from the team's columns, its unit's name and its province's minimum
 * team size (the directive's unless the province set its own): listing a page of teams loads no aggregate (performance
 * aim P3). The counts and the leader's name are the ones {@link Team} keeps, and the R4/R5 flags come from the same rules.
 */
public record TeamListing(String id, String unitCode, String unitName, UnitLevel level, String name,
                          TeamStatus status, int memberCount, int deputyCount, String leaderName,
                          int minimumSize) {

    public boolean isIncomplete() {
        return Team.isIncomplete(status, memberCount, minimumSize);
    }

    public boolean isDeputyVacant() {
        return Team.isDeputyVacant(level, deputyCount);
    }
}
