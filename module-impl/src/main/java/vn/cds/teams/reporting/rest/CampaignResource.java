package vn.cds.teams.reporting.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.reporting.CampaignInput;
import vn.cds.teams.api.reporting.CampaignView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.reporting.application.CampaignService;

/** Reporting campaigns (R13) and their one-off deadlines (R14), managed by the province officer. */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "monthly reports")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR, CdsRoles.COMMUNE_OFFICER})
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @GET
    @Operation(summary = "Campaigns over a unit: its own, those above and those below it in the caller's jurisdiction")
    public List<CampaignView> list(@QueryParam("unit") String unit) {
        return campaigns.list(unit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign")
    public Response get(@PathParam("id") String id) {
        CampaignView view = campaigns.get(id);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @RolesAllowed(CdsRoles.PROVINCE_OFFICER)
    @Operation(summary = "Create a campaign of a province or district: {unitCode, name, startsOn, endsOn, dueBefore, deadlinePeriod}")
    public Response create(CampaignInput input, @Context UriInfo uri) {
        CampaignView view = campaigns.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(CdsRoles.PROVINCE_OFFICER)
    @Operation(summary = "Change a campaign; needs If-Match")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CampaignInput input) {
        CampaignView view = campaigns.update(id, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
