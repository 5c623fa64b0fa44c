package vn.cds.teams;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /cds/api/v1 (the WAR's context root is /cds). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "cds-teams",
        version = "1",
        description = "Community Digital Transformation Teams (Tổ chuyển đổi số cộng đồng): units, teams, members."
                + " Errors are RFC 9457 problems in Vietnamese, or English with Accept-Language: en."))
public class CdsApplication extends Application {

    /**
     * The API describes itself in its OpenAPI document only: Jersey's generated WADL (and its OPTIONS bodies) would
     * name the server and its version. Other JAX-RS implementations ignore the property.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
