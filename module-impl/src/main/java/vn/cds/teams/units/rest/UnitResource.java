package vn.cds.teams.units.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.RuleParametersInput;
import vn.cds.teams.api.units.RuleParametersView;
import vn.cds.teams.api.units.UnitInput;
import vn.cds.teams.api.units.UnitView;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.units.application.UnitService;

/** Administrative units (read by every officer within jurisdiction, managed by the portal administrator). */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "units")
@RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER})
public class UnitResource {

    @Inject
    UnitService units;

    @GET
    @Operation(summary = "Children of a unit, or the top units of the caller's jurisdiction; communes carry R2 figures")
    public List<UnitView> list(@QueryParam("parent") String parent) {
        return units.children(parent);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One unit")
    public Response get(@PathParam("code") String code) {
        UnitView view = units.get(code);
        return Response.ok(view).tag(Preconditions.etag(units.version(code))).build();
    }

    @POST
    @RolesAllowed(CdsRoles.PORTAL_ADMIN)
    @Operation(summary = "Create a unit (portal administrator)")
    public Response create(UnitInput input, @Context UriInfo uri) {
        UnitView view = units.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view)
                .tag(Preconditions.etag(units.version(view.code()))).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(CdsRoles.PORTAL_ADMIN)
    @Operation(summary = "Rename a unit or set a commune's own village-team minimum (R2); needs If-Match")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           UnitInput input) {
        UnitView view = units.update(code, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(units.version(code))).build();
    }

    @GET
    @Path("{code}/rule-parameters")
    @RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER})
    @Operation(summary = "A province's rule parameters (R2, R4)")
    public Response parameters(@PathParam("code") String code) {
        RuleParametersView view = units.parameters(code);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("{code}/rule-parameters")
    @RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER})
    @Operation(summary = "Change a province's rule parameters; needs If-Match")
    public Response changeParameters(@PathParam("code") String code,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RuleParametersInput input) {
        RuleParametersView view = units.changeParameters(code, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
