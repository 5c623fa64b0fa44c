package vn.cds.teams.units.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
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
import jakarta.ws.rs.core.EntityPart;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.RuleParametersInput;
import vn.cds.teams.api.units.RuleParametersView;
import vn.cds.teams.api.units.UnitInput;
import vn.cds.teams.api.units.UnitView;
import vn.cds.teams.common.rest.Days;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.units.application.UnitChangeService;
import vn.cds.teams.units.domain.UnitSuccession;
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

    @Inject
    UnitChangeService changes;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Children of a unit in force (today, or on the day `on`, YYYY-MM-DD), or the top units of the"
            + " caller's jurisdiction; communes carry R2 figures")
    public List<UnitView> list(@QueryParam("parent") String parent, @QueryParam("on") String on) {
        return units.children(parent, Days.parse("on", on));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The unit with this code in force today (a closed code: its last unit), or on the day `on`;"
            + " with its dates, predecessors and successors")
    public Response get(@PathParam("code") String code, @QueryParam("on") String on) {
        LocalDate day = Days.parse("on", on);
        UnitView view = units.get(code, day);
        if (day != null || view.validTo() != null) {
            return Response.ok(view).build();
        }
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

    @POST
    @Path("catalogue")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CdsRoles.PORTAL_ADMIN)
    @Operation(summary = "Load an official unit catalogue (CSV or XLSX: code,name,type,level,parent_code; multipart"
            + " field `file`) for the whole country or the province `province`; `from` (YYYY-MM-DD): new units begin"
            + " then, units no longer listed close the day before. dryRun=true (default) reports; dryRun=false applies"
            + " a file without problems, all or nothing (422 with the same report otherwise)")
    public Response loadCatalogue(@QueryParam("province") String province, @QueryParam("from") String from,
                                  @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                  @FormParam("file") EntityPart file) {
        LocalDate day = Days.parse("from", from);
        UnitChangeService.Outcome outcome = changes.loadCatalogue(province, day, UnitFileParts.name(file),
                UnitFileParts.content(file, "file"), dryRun);
        return UnitFileParts.answer(province, day, dryRun, outcome, headers);
    }

    @POST
    @Path("{code}/reorganisation")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CdsRoles.PORTAL_ADMIN)
    @Operation(summary = "Apply a reorganisation to a province (CSV or XLSX: new_code,new_name,old_code,old_name,"
            + "old_district_code,part; multipart field `file`, rows of other provinces ignored) from the day"
            + " `effective`, by the resolution `resolution` of `resolutionDate`: old communes and districts close the"
            + " day before, new communes open, successions are recorded, villages and their teams move, the old"
            + " communes' teams are dissolved. Villages of split communes are placed by the optional field"
            + " `placements` (CSV: village_code,new_code). dryRun=true (default) reports, with the villages still to"
            + " place; dryRun=false applies, all or nothing (422 with the same report otherwise)")
    public Response reorganise(@PathParam("code") String code, @QueryParam("effective") String effective,
                               @QueryParam("resolution") String resolution,
                               @QueryParam("resolutionDate") String resolutionDate,
                               @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                               @FormParam("file") EntityPart file, @FormParam("placements") EntityPart placements) {
        byte[] content = UnitFileParts.content(file, "file");
        UnitSuccession.Resolution act = new UnitSuccession.Resolution(resolution,
                Days.parse("resolutionDate", resolutionDate), Days.parse("effective", effective));
        UnitChangeService.Outcome outcome = changes.reorganise(code, act, UnitFileParts.name(file), content,
                UnitFileParts.placements(placements), dryRun);
        return UnitFileParts.answer(code, act.effectiveOn(), dryRun, outcome, headers);
    }

    @GET
    @Path("{code}/rule-parameters")
    @RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER})
    @Operation(operationId = "getRuleParameters", summary = "A province's rule parameters (R2, R4)")
    public Response parameters(@PathParam("code") String code) {
        RuleParametersView view = units.parameters(code);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PUT
    @Path("{code}/rule-parameters")
    @RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER})
    @Operation(operationId = "changeRuleParameters", summary = "Change a province's rule parameters; needs If-Match")
    public Response changeParameters(@PathParam("code") String code,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RuleParametersInput input) {
        RuleParametersView view = units.changeParameters(code, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
