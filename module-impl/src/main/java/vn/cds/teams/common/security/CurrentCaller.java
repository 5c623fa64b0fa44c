package vn.cds.teams.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.cds.teams.api.security.CdsRoles;

/** Who is calling, for audit records and role-dependent rules. */
@RequestScoped
public class CurrentCaller {

    private static final List<String> ROLES = List.of(CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER,
            CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR, CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER,
            CdsRoles.RESIDENT);

    @Inject
    SecurityContext securityContext;

    /** Role checks of this request: the container's check is costly (JACC) and rules ask several times. */
    private final Map<String, Boolean> roleChecks = new HashMap<>();

    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean hasRole(String role) {
        return roleChecks.computeIfAbsent(role, securityContext::isCallerInRole);
    }

    /** The module's roles the caller holds, in a fixed order. */
    public List<String> roles() {
        return ROLES.stream().filter(this::hasRole).toList();
    }

    /** Names of every principal of the caller (user and groups), for resolvers that read groups. */
    public Stream<String> principalNames() {
        return securityContext.getPrincipalsByType(Principal.class).stream().map(Principal::getName);
    }
}
