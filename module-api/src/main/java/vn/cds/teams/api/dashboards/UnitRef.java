package vn.cds.teams.api.dashboards;

import vn.cds.teams.api.units.UnitLevel;

/** A unit named in a dashboard: its official code, its name and level. */
public record UnitRef(String code, String name, UnitLevel level) {
}
