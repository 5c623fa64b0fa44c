package vn.cds.teams.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.cds.teams.api.registry.MemberInput;
import vn.cds.teams.api.registry.MemberView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.registry.application.TeamService;

/** Members of a team: edited directly only while the team is a draft (R7, R8 afterwards). */
@Path("teams/{teamId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teams")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER})
public class MemberResource {

    @Inject
    TeamService teams;

    @GET
    @Operation(summary = "Members, active first, including those who left (with their left date)")
    public List<MemberView> list(@PathParam("teamId") String teamId, @QueryParam("q") String query) {
        return teams.members(teamId, query);
    }

    @POST
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Add a member to a draft team (R4-R6)")
    public Response add(@PathParam("teamId") String teamId, MemberInput input, @Context UriInfo uri) {
        MemberView view = teams.addMember(teamId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("{memberId}")
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Change a member of a draft team; needs If-Match")
    public Response change(@PathParam("teamId") String teamId, @PathParam("memberId") String memberId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MemberInput input) {
        MemberView view = teams.changeMember(teamId, memberId, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("{memberId}")
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "A member leaves a draft team: the record stays with its left date; needs If-Match")
    public Response remove(@PathParam("teamId") String teamId, @PathParam("memberId") String memberId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MemberView view = teams.removeMember(teamId, memberId, Preconditions.version(ifMatch));
        return Response.ok(view).build();
    }
}
