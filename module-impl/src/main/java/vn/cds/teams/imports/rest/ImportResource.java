package vn.cds.teams.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.imports.ImportReport;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.common.rest.Messages;
import vn.cds.teams.imports.application.ImportService;

/** Imports the lists communes already keep (form F1 as XLSX or CSV, multipart field {@code file}). */
@Path("imports")
@Tag(name = "imports")
@RolesAllowed({CdsRoles.COMMUNE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.PROVINCE_OFFICER})
public class ImportResource {

    @Inject
    ImportService imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a commune's team list: dryRun=true (default) reports row by row; dryRun=false applies"
            + " a file without problems in one transaction (422 with the same report otherwise)")
    public Response importList(@QueryParam("unit") String unit, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                               @FormParam("file") EntityPart file) {
        if (file == null) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "field.required")));
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "import.unreadable")));
        }
        ImportService.Outcome outcome = imports.importList(unit, file.getFileName().orElse(null), content, dryRun);
        ImportReport report = report(unit, dryRun, outcome);
        return Response.status(!dryRun && !outcome.applied() ? 422 : 200).entity(report).build();
    }

    private ImportReport report(String unit, boolean dryRun, ImportService.Outcome outcome) {
        Locale locale = Messages.localeOf(headers);
        var plan = outcome.plan();
        return new ImportReport(unit, dryRun, outcome.applied(), plan.rows(),
                plan.steps().stream().map(s -> new ImportReport.Change(s.row(), s.action(), s.teamName(), s.unitCode(),
                        Messages.text(locale, s.detailKey()))).toList(),
                plan.issues().stream().map(i -> new ImportReport.Problem(i.row(), i.field(), i.rule(),
                        Messages.text(locale, i.messageKey(), i.args()))).toList());
    }
}
