package vn.cds.teams.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cds.teams.api.security.CdsRoles;

/**
 * Who is calling, for authorization, jurisdiction, audit records and role-dependent rules.
 *
 * <p>The caller's groups are those the module's own login validated ({@link AuthenticatedCaller}): the same on
 * every server. A role is held when one of those groups bears its name (the module's documented mapping), or when
 * the server maps the caller to it (a portal that maps groups of other names in its deployment descriptor). Work
 * that runs outside an HTTP request (timers, batch steps) sees the container's caller alone.
 */
@RequestScoped
public class CurrentCaller {

    static final List<String> ROLES = List.of(CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER,
            CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR, CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER,
            CdsRoles.RESIDENT);

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    GrantedRoles grantedRoles;

    /** The login of this request, looked up once (null: none, or no HTTP request). */
    private AuthenticatedCaller authenticated;
    private boolean looked;

    /** The module's roles the caller holds, worked out once per request. */
    private List<String> roles;

    /**
     * No login: neither the module's nor the server's. The servlet request is asked rather than the security context
     * because a server may give an anonymous caller a principal of its own (WildFly's "anonymous").
     */
    public boolean isAnonymous() {
        if (authenticated() != null) {
            return false;
        }
        HttpServletRequest http = httpRequest();
        return http != null ? http.getUserPrincipal() == null : securityContext.getCallerPrincipal() == null;
    }

    public String name() {
        AuthenticatedCaller login = authenticated();
        if (login != null) {
            return login.name();
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The module's roles the caller holds, in a fixed order. */
    public List<String> roles() {
        if (roles == null) {
            Set<String> groups = groups();
            Set<String> key = Stream.concat(Stream.of("user:" + name()), groups.stream().map(g -> "group:" + g))
                    .collect(Collectors.toSet());
            roles = grantedRoles.of(key, ROLES,
                    role -> groups.contains(role) || securityContext.isCallerInRole(role));
        }
        return roles;
    }

    /** Names of the caller and their groups, for resolvers that read groups (such as {@code unit:<code>}). */
    public Stream<String> principalNames() {
        return Stream.concat(Stream.of(name()), groups().stream());
    }

    private Set<String> groups() {
        AuthenticatedCaller login = authenticated();
        if (login != null) {
            return login.groups();
        }
        return securityContext.getPrincipalsByType(Principal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
    }

    private AuthenticatedCaller authenticated() {
        if (!looked) {
            looked = true;
            HttpServletRequest http = httpRequest();
            authenticated = http == null ? null : AuthenticatedCaller.of(http);
        }
        return authenticated;
    }

    private HttpServletRequest httpRequest() {
        try {
            HttpServletRequest http = request.isResolvable() ? request.get() : null;
            // Touch it: outside a servlet request the container's proxy fails only when used.
            return http == null || http.getMethod() == null ? null : http;
        } catch (RuntimeException noHttpRequest) {
            // A timer or batch thread has a request scope but no servlet request behind it.
            return null;
        }
    }
}
