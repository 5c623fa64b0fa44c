package vn.cds.teams.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.reporting.ConsolidationProgress;
import vn.cds.teams.api.reporting.ConsolidationRequest;
import vn.cds.teams.api.reporting.ConsolidationStarted;
import vn.cds.teams.api.reporting.ConsolidationSweepRequest;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.reporting.application.ConsolidationService;

/** Consolidations of communes' monthly reports by district and province (R12), run as Jakarta Batch jobs. */
@Path("consolidations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "monthly reports")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER})
public class ConsolidationResource {

    @Inject
    ConsolidationService consolidations;

    @POST
    @Operation(summary = "Start a consolidation {level: DISTRICT|PROVINCE, unitCode, period}: 202 {executionId}; 409 while one runs")
    public Response start(ConsolidationRequest request) {
        return Response.accepted(new ConsolidationStarted(consolidations.start(request))).build();
    }

    @POST
    @Path("sweeps")
    @Operation(operationId = "startConsolidationSweep", summary = "Consolidate every unit of a level {level, period, unitCode (optional: only those under it)}"
            + " in the caller's jurisdiction in one run: 202 {executionId, units, skipped}; 409 when others run them all")
    public Response sweep(ConsolidationSweepRequest request) {
        return Response.accepted(consolidations.sweep(request)).build();
    }

    @GET
    @Operation(summary = "The latest completed revision of a unit's consolidation for a period (unit=, period=YYYY-MM)")
    public ConsolidationView latest(@QueryParam("unit") String unit, @QueryParam("period") String period) {
        return consolidations.latest(unit, period);
    }

    @GET
    @Path("{executionId}")
    @Operation(operationId = "getConsolidationProgress", summary = "A run's progress: {status (Jakarta Batch's), step, done, total}")
    public ConsolidationProgress progress(@PathParam("executionId") String executionId) {
        return consolidations.progress(executionId);
    }

    @POST
    @Path("{executionId}/restart")
    @Operation(summary = "Restart a failed run: the same revision resumes after its last checkpoint; 202 {executionId}")
    public Response restart(@PathParam("executionId") String executionId) {
        return Response.accepted(new ConsolidationStarted(consolidations.restart(executionId))).build();
    }
}
