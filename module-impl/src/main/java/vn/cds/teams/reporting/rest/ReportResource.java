package vn.cds.teams.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.rest.Days;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.documents.application.DocumentSettingsService;
import vn.cds.teams.reporting.application.MonthlyReportExport;
import vn.cds.teams.reporting.application.TeamListExport;
import vn.cds.teams.reports.DocumentFrame;
import vn.cds.teams.reports.ReportFormat;

/**
 * Official documents as files: form F1 and the monthly report as PDF or XLSX drafts, under the registry's roles and
 * jurisdiction. Numbered copies are issued through the document register.
 */
@Path("reports")
@Tag(name = "reports")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER})
public class ReportResource {

    @Inject
    TeamListExport teamList;

    @Inject
    MonthlyReportExport monthly;

    @Inject
    DocumentSettingsService documents;

    @GET
    @Path("team-list")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/problem+json"})
    @Operation(summary = "Form F1 (Danh sách Tổ chuyển đổi số cộng đồng xã, bản, tiểu khu) of a unit as a draft"
            + " without a number (POST /documents issues it): format=pdf|xlsx; `on` (YYYY-MM-DD): the unit in force"
            + " that day and the teams not yet dissolved then")
    public Response teamList(@QueryParam("unit") String unit, @QueryParam("format") String format,
                             @QueryParam("on") String on) {
        ReportFormat reportFormat = format(format);
        Validation validation = new Validation();
        validation.required("unit", unit);
        validation.throwIfInvalid();
        TeamListExport.Export export = teamList.prepare(unit, Days.parse("on", on));
        DocumentFrame draft = documents.draft(export.unit(), DocumentKind.DS);
        StreamingOutput body = out -> export.write(draft, reportFormat, out);
        return Response.ok(body, reportFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(export.fileName(reportFormat)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("monthly")
    @RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
            CdsRoles.COMMUNE_OFFICER})
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/problem+json"})
    @Operation(summary = "The monthly report (R12) of a commune, or the latest consolidation of a district or province:"
            + " unit=, period=YYYY-MM, format=pdf|xlsx; a draft without a number (POST /documents issues it)")
    public Response monthly(@QueryParam("unit") String unit, @QueryParam("period") String period,
                            @QueryParam("format") String format) {
        ReportFormat reportFormat = format(format);
        MonthlyReportExport.Export export = monthly.prepare(unit, period);
        DocumentFrame draft = documents.draft(export.unit(), DocumentKind.BC, export.namesDay());
        StreamingOutput body = out -> export.write(draft, reportFormat, out);
        return Response.ok(body, reportFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(export.fileName(reportFormat)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    static ReportFormat format(String format) {
        String value = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat candidate : ReportFormat.values()) {
            if (candidate.fileExtension().equals(value)) {
                return candidate;
            }
        }
        new Validation().add("format", "field.report-format").throwIfInvalid();
        return null;
    }

    /** RFC 6266: an ASCII fallback name plus the Vietnamese one as RFC 5987 {@code filename*}. */
    public static String contentDisposition(String fileName) {
        String ascii = VietnameseText.fold(fileName).replaceAll("[^a-z0-9.]+", "-");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
