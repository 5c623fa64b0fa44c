package vn.cds.teams.common.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import vn.cds.teams.api.security.CdsRoles;

/**
 * The module's login, standard Jakarta Security only: HTTP Basic checked by whatever identity stores the server
 * or portal provides (LDAP, database, the sample users), or a portal's bearer token (see {@link BearerTokens}).
 * Stateless: no session and no cookie is made, so a browser cannot be tricked into a state-changing request
 * (CSRF) by a cookie it carries. Refused logins are logged with the user name and never the secret.
 */
@ApplicationScoped
@DeclareRoles({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER, CdsRoles.DISTRICT_OFFICER, CdsRoles.COMMUNE_CHAIR,
        CdsRoles.COMMUNE_OFFICER, CdsRoles.TEAM_LEADER, CdsRoles.RESIDENT})
public class CdsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "cds-teams";

    /** The answer's challenge to a caller without (valid) credentials: HTTP Basic in UTF-8. */
    static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    private static final Logger LOG = Logger.getLogger(CdsAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    BearerTokens bearerTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
            if (credential.isPresent()) {
                CredentialValidationResult result = identityStores.validate(credential.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    new AuthenticatedCaller(result.getCallerPrincipal().getName(), result.getCallerGroups())
                            .attachTo(request);
                    return context.notifyContainerAboutLogin(result);
                }
                refused(request, "Basic", credential.get().getCaller());
            } else {
                refused(request, "Basic", "(unreadable)");
            }
            return challenge(response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<BearerTokens.Caller> caller = bearerTokens.verify(authorization.substring(7).strip());
            if (caller.isPresent()) {
                new AuthenticatedCaller(caller.get().name(), caller.get().groups()).attachTo(request);
                return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
            }
            refused(request, "Bearer", "(token not accepted)");
            return challenge(response, context);
        }
        // No credentials: anonymous, until a protected resource asks for a login.
        return context.isProtected() || context.isAuthenticationRequest()
                ? challenge(response, context) : context.doNothing();
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    private static void refused(HttpServletRequest request, String scheme, String user) {
        LOG.warning(() -> String.format("Login refused: %s %s, scheme %s, user %s, from %s", request.getMethod(),
                request.getRequestURI(), scheme, user.replaceAll("[\\r\\n]", "_"), request.getRemoteAddr()));
    }
}
