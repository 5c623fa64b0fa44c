package vn.cds.teams.units.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.security.CallerView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.units.application.UnitService;

/**
 * The caller's own login: name, roles and jurisdiction. The officer pages check a login with it and offer only the
 * actions the roles allow; the API still decides every call.
 */
@Path("me")
@Tag(name = "security")
@RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER, CdsRoles.RESIDENT})
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UnitService units;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's name, roles and the top units of their jurisdiction")
    public CallerView me() {
        return new CallerView(caller.name(), caller.roles(), units.children(null, null));
    }
}
