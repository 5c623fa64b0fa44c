package vn.cds.teams.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.audit.AuditEntry;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.audit.application.AuditQueries;

/** The audit trail of one entity, for those who may see the entity itself. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@RolesAllowed({CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER})
public class AuditResource {

    @Inject
    AuditQueries audit;

    @GET
    @Operation(operationId = "auditHistory", summary = "Changes of an entity (entity=team|unit|monthly-report|consolidation, id=...), oldest first")
    public List<AuditEntry> history(@QueryParam("entity") String entity, @QueryParam("id") String id) {
        return audit.history(entity, id);
    }
}
