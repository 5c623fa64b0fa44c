package vn.cds.teams.common.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import vn.cds.teams.CdsApplication;
import vn.cds.teams.common.rest.Messages;
import vn.cds.teams.common.rest.Problems;

/**
 * The module enforces its own {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource
 * method, whatever the server's JAX-RS implementation does with them (one enforces them by default, another only
 * when a switch is set). The method's annotation wins over its class's; a resource method with none is refused to
 * everyone, so that a forgotten declaration closes an endpoint rather than opening it. No login where one is needed
 * is 401 with the login's challenge; a login without the role is 403.
 */
@Provider
public class RoleAuthorization implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleAuthorization.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        List<String> roles = requiredRoles(method, type);
        if (roles != null) {
            context.register(new Check(roles));
        }
    }

    /** The roles of which the caller needs one; null: everyone; empty: nobody. */
    static List<String> requiredRoles(Method method, Class<?> type) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return List.of(method.getAnnotation(RolesAllowed.class).value());
        }
        if (type.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (type.isAnnotationPresent(RolesAllowed.class)) {
            return List.of(type.getAnnotation(RolesAllowed.class).value());
        }
        // Only the module's own methods are worth a warning: the server's generated ones (OPTIONS, WADL) are closed
        // quietly, or each start-up would log some ninety of them.
        if (type.getName().startsWith(CdsApplication.class.getPackageName() + ".")) {
            LOG.warning(() -> "No roles declared on " + type.getName() + "." + method.getName()
                    + ": closed to everyone");
        }
        return List.of();
    }

    /** The check of one resource method, before the body is read. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final List<String> roles;

        Check(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            // Created by the feature, not by CDI: the request's caller is looked up, not injected.
            CurrentCaller caller = CDI.current().select(CurrentCaller.class).get();
            Locale locale = Messages.localeOf(request.getAcceptableLanguages());
            if (caller.isAnonymous()) {
                request.abortWith(Response.fromResponse(refusal(locale, 401))
                        .header(HttpHeaders.WWW_AUTHENTICATE, CdsAuthenticationMechanism.CHALLENGE).build());
            } else if (roles.stream().noneMatch(caller::hasRole)) {
                request.abortWith(refusal(locale, 403));
            }
        }

        private static Response refusal(Locale locale, int status) {
            return Problems.response(locale, status, "http-" + status, null, "problem.http." + status, null, null);
        }
    }
}
