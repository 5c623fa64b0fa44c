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
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.common.Page;
import vn.cds.teams.api.registry.DissolutionInput;
import vn.cds.teams.api.registry.EstablishmentInput;
import vn.cds.teams.api.registry.TeamInput;
import vn.cds.teams.api.registry.TeamSummary;
import vn.cds.teams.api.registry.TeamView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.domain.PageRequest;
import vn.cds.teams.common.rest.Days;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.registry.application.TeamService;
import vn.cds.teams.reporting.rest.ReportResource;

/** Teams: read within jurisdiction; drafted and edited by the commune officer; established by the chairman (R3). */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teams")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER})
public class TeamResource {

    @Inject
    TeamService teams;

    @POST
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Draft a team for a commune (R1) or a village (R2)")
    public Response create(TeamInput input, @Context UriInfo uri) {
        return created(teams.create(input), uri);
    }

    @GET
    @Operation(summary = "Teams of a unit and all below it, paged; `q` searches names without accents; `on` "
            + "(YYYY-MM-DD) takes the unit in force that day instead of today's")
    public Page<TeamSummary> list(@QueryParam("unit") String unit, @QueryParam("on") String on,
                                  @QueryParam("q") String query,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return teams.list(unit, Days.parse("on", on), query, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team, with its R4-R6 flags; the ETag is its version")
    public Response get(@PathParam("id") String id) {
        return tagged(teams.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Rename a team or change its Zalo group link (R11); needs If-Match")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           TeamInput input) {
        return tagged(teams.update(id, Preconditions.version(ifMatch), input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Delete a draft team; needs If-Match")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        teams.delete(id, Preconditions.version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/establishment")
    @RolesAllowed(CdsRoles.COMMUNE_CHAIR)
    @Operation(summary = "Record the chairman's establishment decision (R3); R5/R6 roles must be filled")
    public Response establish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              EstablishmentInput input) {
        return tagged(teams.establish(id, Preconditions.version(ifMatch), input));
    }

    @PUT
    @Path("{id}/establishment/scan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CdsRoles.COMMUNE_CHAIR)
    @Operation(summary = "Put the chairman's signed establishment decision on file: the scan (PDF, JPEG or PNG, told by"
            + " its content; at most cds.decision.max-bytes) is the body; needs If-Match")
    public Response attachEstablishmentScan(@PathParam("id") String id,
                                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body)
            throws IOException {
        return attach(id, TeamService.Decision.ESTABLISHMENT, ifMatch, body);
    }

    @GET
    @Path("{id}/establishment/scan")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    @Operation(summary = "The establishment decision's scan as it was put on file, for those who may read the team")
    public Response establishmentScan(@PathParam("id") String id) {
        return download(teams.scan(id, TeamService.Decision.ESTABLISHMENT));
    }

    @PUT
    @Path("{id}/dissolution/scan")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CdsRoles.COMMUNE_CHAIR)
    @Operation(summary = "Put the chairman's signed dissolution decision on file (a team dissolved by decision): the"
            + " scan (PDF, JPEG or PNG, told by its content; at most cds.decision.max-bytes) is the body; needs If-Match")
    public Response attachDissolutionScan(@PathParam("id") String id,
                                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body)
            throws IOException {
        return attach(id, TeamService.Decision.DISSOLUTION, ifMatch, body);
    }

    @GET
    @Path("{id}/dissolution/scan")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    @Operation(summary = "The dissolution decision's scan as it was put on file, for those who may read the team")
    public Response dissolutionScan(@PathParam("id") String id) {
        return download(teams.scan(id, TeamService.Decision.DISSOLUTION));
    }

    private Response attach(String id, TeamService.Decision decision, String ifMatch, InputStream body)
            throws IOException {
        Long version = Preconditions.version(ifMatch);
        // The body is bounded by the request filter (cds.decision.max-bytes for these paths).
        return tagged(teams.attachScan(id, decision, version, body == null ? null : body.readAllBytes()));
    }

    private static Response download(TeamService.Scan scan) {
        byte[] digest = HexFormat.of().parseHex(scan.sha256());
        return Response.ok(scan.content(), scan.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportResource.contentDisposition(scan.fileName()))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=0")
                .build();
    }

    @POST
    @Path("{id}/dissolution")
    @RolesAllowed(CdsRoles.COMMUNE_CHAIR)
    @Operation(summary = "Record the chairman's decision dissolving a team (number, date, signer); nothing is deleted")
    public Response dissolve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             DissolutionInput input) {
        return tagged(teams.dissolve(id, Preconditions.version(ifMatch), input));
    }

    private static Response tagged(TeamView view) {
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    private static Response created(TeamView view, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                .tag(Preconditions.etag(view.version())).build();
    }
}
