package vn.cds.teams.documents.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.documents.DocumentSettingsInput;
import vn.cds.teams.api.documents.DocumentSettingsView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.rest.Preconditions;
import vn.cds.teams.documents.application.DocumentSettingsService;

/** Who signs a unit's documents and whom they go to: read within jurisdiction, changed by the unit's own officers. */
@Path("units/{code}/document-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER})
public class DocumentSettingsResource {

    @Inject
    DocumentSettingsService settings;

    @GET
    @Operation(summary = "The unit's document settings, one per kind (DS, BC), with today's defaults where unset")
    public List<DocumentSettingsView> list(@PathParam("code") String code) {
        return settings.list(code);
    }

    @PUT
    @Operation(summary = "Change the settings of one kind (the body's kind); needs If-Match with that kind's version")
    public Response change(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DocumentSettingsInput input) {
        DocumentSettingsView view = settings.change(code, Preconditions.version(ifMatch), input);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
