package vn.cds.teams.common.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The caller as the module's own login validated them: the name and the groups that the identity store (its
 * {@code CredentialValidationResult}) or the bearer token's {@code groups} claim gave. Kept on the request so that
 * roles and jurisdiction never depend on how a server exposes groups as principals (some expose only the caller).
 */
public record AuthenticatedCaller(String name, Set<String> groups) {

    private static final String ATTRIBUTE = AuthenticatedCaller.class.getName();

    public AuthenticatedCaller {
        groups = Set.copyOf(groups);
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The caller that the module's login attached to this request, if any. */
    static AuthenticatedCaller of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof AuthenticatedCaller caller ? caller : null;
    }
}
