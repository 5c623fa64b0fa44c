package vn.cds.teams.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.IntStream;
import vn.cds.teams.api.common.Page;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.registry.TeamSummary;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.UnitLevel;

/**
 * The load benchmark's floor for the team endpoints (P3, docs/BENCHMARKS.md): what any API call pays and no more.
 * The same login as {@code GET /teams} (its roles, through the module's own authentication mechanism: HTTP Basic
 * against the identity store, or a bearer token) and a page of twenty team rows written by the same JSON binding,
 * but no database and no jurisdiction. Not in any WAR a portal deploys: the benchmark script adds it to its copy of
 * the demo WAR.
 */
@Path("bench/authenticated-baseline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER})
public class AuthenticatedBaseline {

    /** Rows of the length of the national data's: a village team's name, its commune's name, a leader's name. */
    private static final Page<TeamSummary> PAGE = new Page<>(IntStream.range(0, 20).mapToObj(i -> new TeamSummary(
            "0f6c2a4e-8d1b-4c3a-9e7f-5b2d1a0c" + String.format("%04d", i), "14" + String.format("%03d", i),
            "Xã Chiềng Khoong " + i, UnitLevel.COMMUNE, "Tổ công nghệ số cộng đồng bản Nà Sài " + i,
            TeamStatus.ESTABLISHED, 5, false, "Lò Văn Thưởng " + i, false, i % 7 == 0)).toList(), 1600, 3, 20);

    @GET
    public Page<TeamSummary> page() {
        return PAGE;
    }
}
