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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.reporting.MonthlyReportInput;
import vn.cds.teams.api.reporting.MonthlyReportView;
import vn.cds.teams.api.reporting.ReasonInput;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.reporting.application.MonthlyReportService;

/** A commune's monthly report (R12): written and submitted by the commune, accepted or returned by the district. */
@Path("monthly-reports/{communeCode}/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "monthly reports")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR, CdsRoles.COMMUNE_OFFICER})
public class MonthlyReportResource {

    @Inject
    MonthlyReportService reports;

    @GET
    @Operation(summary = "A commune's report for a period (YYYY-MM); the ETag is its version")
    public Response get(@PathParam("communeCode") String commune, @PathParam("period") String period) {
        return ok(reports.get(commune, period));
    }

    @PUT
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Write the report: {values:{indicatorCode: number}, notes, commendations}; If-Match once it exists")
    public Response save(@PathParam("communeCode") String commune, @PathParam("period") String period,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MonthlyReportInput input) {
        return ok(reports.save(commune, period, Preconditions.version(ifMatch), input));
    }

    @POST
    @Path("submit")
    @RolesAllowed(CdsRoles.COMMUNE_OFFICER)
    @Operation(summary = "Submit to the district (R12); establishment figures are taken from the registry now")
    public Response submit(@PathParam("communeCode") String commune, @PathParam("period") String period) {
        return ok(reports.submit(commune, period));
    }

    @POST
    @Path("accept")
    @RolesAllowed({CdsRoles.DISTRICT_OFFICER, CdsRoles.PROVINCE_OFFICER})
    @Operation(summary = "Accept a submitted report (district officer; province officer for a commune without district); it is then locked")
    public Response accept(@PathParam("communeCode") String commune, @PathParam("period") String period) {
        return ok(reports.accept(commune, period));
    }

    @POST
    @Path("return")
    @RolesAllowed({CdsRoles.DISTRICT_OFFICER, CdsRoles.PROVINCE_OFFICER})
    @Operation(summary = "Return a submitted report to the commune with a reason: {reason}")
    public Response returnToCommune(@PathParam("communeCode") String commune, @PathParam("period") String period,
                                    ReasonInput input) {
        Validation.requireBody(input);
        return ok(reports.returnToCommune(commune, period, input.reason()));
    }

    @POST
    @Path("reopen")
    @RolesAllowed(CdsRoles.PROVINCE_OFFICER)
    @Operation(summary = "Reopen an accepted report for the commune (province officer; audited); optional {reason}")
    public Response reopen(@PathParam("communeCode") String commune, @PathParam("period") String period,
                           ReasonInput input) {
        return ok(reports.reopen(commune, period, input == null ? null : input.reason()));
    }

    private static Response ok(MonthlyReportView view) {
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
