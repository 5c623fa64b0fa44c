package vn.cds.teams.registry.domain;

import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * A team as a list shows it, read straight from the team's columns and its unit's name: listing a page of teams
 * loads no aggregate (issue 7, P3). The counts and the leader's name are the ones {@link Team} keeps, and the R4/R5
 * flags come from the same rules.
 */
public record TeamListing(String id, String unitCode, String unitName, String unitPath, UnitLevel level, String name,
                          TeamStatus status, int memberCount, int deputyCount, String leaderName) {

    public String provinceCode() {
        return AdministrativeUnit.provinceCodeOf(unitPath);
    }

    public boolean isIncomplete(TeamSize size) {
        return Team.isIncomplete(status, memberCount, size);
    }

    public boolean isDeputyVacant() {
        return Team.isDeputyVacant(level, deputyCount);
    }
}
