package vn.cds.teams.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.reporting.IndicatorInput;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.reporting.application.IndicatorService;

/** The monthly report's indicator catalogue (R9, R10): read by every officer, edited by the province officer. */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "monthly reports")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR, CdsRoles.COMMUNE_OFFICER})
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @GET
    @Operation(summary = "The indicators communes report on, in order: [{code, name, field}]; all=true adds inactive ones")
    public List<IndicatorView> list(@QueryParam("all") boolean all) {
        return indicators.list(all);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(CdsRoles.PROVINCE_OFFICER)
    @Operation(summary = "Create an indicator (no If-Match) or change or deactivate one (If-Match: its version)")
    public Response put(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        IndicatorInput input) {
        IndicatorView view = indicators.put(code, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
