package vn.cds.teams.documents.rest;

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
import java.util.HexFormat;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.documents.IssueInput;
import vn.cds.teams.api.documents.IssuedDocumentView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.documents.application.DocumentRegister;
import vn.cds.teams.reporting.rest.ReportResource;

/** The document register: issue a numbered document, read the register, download a file as it was issued. */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER})
public class DocumentResource {

    @Inject
    DocumentRegister register;

    @POST
    @Operation(summary = "Issue a unit's own document {unitCode, kind: DS (form F1) | BC (monthly report), period}:"
            + " 201 with its register entry; the number is the next of the unit, year and kind")
    public Response issue(IssueInput input, @Context UriInfo uri) {
        IssuedDocumentView view = register.issue(input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Operation(summary = "The register of a unit: unit=, year= (optional), newest first")
    public List<IssuedDocumentView> list(@QueryParam("unit") String unit, @QueryParam("year") Integer year) {
        return register.list(unit, year);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One register entry")
    public IssuedDocumentView get(@PathParam("id") String id) {
        return register.get(id);
    }

    @GET
    @Path("{id}/file")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "The issued file, byte for byte as issued")
    public Response file(@PathParam("id") String id) {
        DocumentRegister.Download download = register.download(id);
        byte[] digest = HexFormat.of().parseHex(download.document().sha256());
        return Response.ok(download.content(), download.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ReportResource.contentDisposition(download.document().fileName()))
                // RFC 9530: the client can check what it received against the register.
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=0")
                .build();
    }
}
