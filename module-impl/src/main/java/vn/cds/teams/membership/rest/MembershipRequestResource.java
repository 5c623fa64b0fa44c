package vn.cds.teams.membership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.common.Page;
import vn.cds.teams.api.membership.MembershipRequestInput;
import vn.cds.teams.api.membership.MembershipRequestView;
import vn.cds.teams.api.membership.ReasonInput;
import vn.cds.teams.api.membership.RequestState;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.domain.PageRequest;
import vn.cds.teams.common.rest.Messages;
import vn.cds.teams.membership.application.MembershipService;

/** Joining (R7) and leaving (R8): filed, endorsed by the leader, decided by the commune chairman. */
@Path("membership-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "membership")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR, CdsRoles.COMMUNE_OFFICER,
        CdsRoles.TEAM_LEADER, CdsRoles.RESIDENT})
public class MembershipRequestResource {

    @Inject
    MembershipService requests;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed({CdsRoles.RESIDENT, CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER})
    @Operation(summary = "File a request: JOIN with the applicant (residents too), LEAVE with the member's id")
    public Response file(MembershipRequestInput input, @Context UriInfo uri) {
        MembershipRequestView view = localized(requests.file(input));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Operation(summary = "Requests of a unit and below, by state, newest first; residents see their own only")
    public Page<MembershipRequestView> list(@QueryParam("unit") String unit, @QueryParam("state") RequestState state,
                                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<MembershipRequestView> found = requests.list(unit, state, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(this::localized).toList(), found.total(), found.page(),
                found.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request with its history")
    public MembershipRequestView get(@PathParam("id") String id) {
        return localized(requests.get(id));
    }

    @POST
    @Path("{id}/endorse")
    @RolesAllowed({CdsRoles.TEAM_LEADER, CdsRoles.COMMUNE_OFFICER})
    @Operation(summary = "The team leader introduces the request (or the commune officer for the leader)")
    public MembershipRequestView endorse(@PathParam("id") String id, ReasonInput input) {
        return localized(requests.endorse(id, input == null ? null : input.reason()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(CdsRoles.COMMUNE_CHAIR)
    @Operation(summary = "The commune chairman approves an endorsed request")
    public MembershipRequestView approve(@PathParam("id") String id) {
        return localized(requests.approve(id));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({CdsRoles.TEAM_LEADER, CdsRoles.COMMUNE_OFFICER, CdsRoles.COMMUNE_CHAIR})
    @Operation(summary = "Reject with a reason: the leader (or officer) before endorsing, the chairman after")
    public MembershipRequestView reject(@PathParam("id") String id, ReasonInput input) {
        return localized(requests.reject(id, input == null ? null : input.reason()));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({CdsRoles.RESIDENT, CdsRoles.COMMUNE_OFFICER})
    @Operation(summary = "The applicant withdraws before a decision (the commune officer may record it)")
    public MembershipRequestView withdraw(@PathParam("id") String id) {
        return localized(requests.withdraw(id));
    }

    /** An approved JOIN that ended in the collaborator group says so (R4), in the caller's language. */
    private MembershipRequestView localized(MembershipRequestView v) {
        if (v.outcome() != MemberRole.COLLABORATOR) {
            return v;
        }
        String note = Messages.text(Messages.localeOf(headers), "request.outcome-collaborator");
        return new MembershipRequestView(v.id(), v.teamId(), v.teamName(), v.unitCode(), v.type(), v.state(),
                v.fullName(), v.phone(), v.position(), v.profession(), v.memberId(), v.reason(), v.filedBy(),
                v.endorsedOnBehalfOfLeader(), v.outcome(), note, v.history(), v.version());
    }
}
