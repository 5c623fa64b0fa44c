package vn.cds.teams.common.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import vn.cds.teams.api.security.CdsRoles;

/** HTTP Basic against the identity stores in force (the portal's, or the sample users in sample-data mode). */
@BasicAuthenticationMechanismDefinition(realmName = "cds-teams")
@DeclareRoles({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER, CdsRoles.RESIDENT})
@ApplicationScoped
public class AuthenticationConfig {
}
