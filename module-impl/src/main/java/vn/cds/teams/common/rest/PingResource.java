package vn.cds.teams.common.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A public liveness answer for load balancers and portals, touching no data and needing no login; also the
 * trivial baseline of the load benchmark (P3).
 */
@Path("ping")
@Tag(name = "health")
@PermitAll
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answers ok: the module is deployed and serving")
    public String ping() {
        return "ok";
    }
}
