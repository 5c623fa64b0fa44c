package vn.cds.teams.dashboards.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.dashboards.DashboardView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.dashboards.application.DashboardService;

/** An officer's unit at a glance: reporting, activity and establishment. */
@Path("dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboards")
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Path("{code}")
    @RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
            CdsRoles.COMMUNE_OFFICER})
    @Operation(summary = "A province's, district's or commune's dashboard for the months from `from` to `to` (YYYY-MM;"
            + " default the last 12 months, at most 36): per month the reporting and on-time rates, the missing units"
            + " and the totals per indicator from the latest completed consolidation (a commune: its own report), or"
            + " null figures with the month's state (NOT_CONSOLIDATED, NOT_REPORTED, NOT_OWED, NOT_BEGUN,"
            + " NOT_IN_FORCE); establishment today per commune or district (R2, R4), laggards first")
    public DashboardView get(@PathParam("code") String code, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        return dashboards.dashboard(code, from, to);
    }
}
