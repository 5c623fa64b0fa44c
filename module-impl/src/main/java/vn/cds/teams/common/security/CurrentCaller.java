package vn.cds.teams.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    @Inject
    GrantedRoles grantedRoles;

    /** The caller and their groups, read once per request (roles and jurisdiction both need them). */
    private List<Principal> principals;

    /** The module's roles the caller holds, asked of the container once per set of principals. */
    private List<String> roles;

    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The module's roles the caller holds, in a fixed order. */
    public List<String> roles() {
        if (roles == null) {
            Set<String> key = principals().stream().map(p -> p.getClass().getName() + ':' + p.getName())
                    .collect(Collectors.toSet());
            roles = grantedRoles.of(key, ROLES, securityContext::isCallerInRole);
        }
        return roles;
    }

    /** Names of every principal of the caller (user and groups), for resolvers that read groups. */
    public Stream<String> principalNames() {
        return principals().stream().map(Principal::getName);
    }

    private List<Principal> principals() {
        if (principals == null) {
            principals = List.copyOf(securityContext.getPrincipalsByType(Principal.class));
        }
        return principals;
    }
}
