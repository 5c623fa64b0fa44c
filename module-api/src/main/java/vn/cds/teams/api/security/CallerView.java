package vn.cds.teams.api.security;

import java.util.List;
import vn.cds.teams.api.units.UnitView;

/**
 * Who is logged in: the caller's name, the module's roles they hold and the top units of their jurisdiction, so a
 * client shows only what the caller may do.
 */
public record CallerView(String name, List<String> roles, List<UnitView> units) {
}
