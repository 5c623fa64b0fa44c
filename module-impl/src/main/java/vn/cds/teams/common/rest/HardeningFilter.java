package vn.cds.teams.common.rest;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every response of the module gets: security headers, no caching of API answers, CORS only for the origins
 * a portal configures ({@code cds.cors.allowed-origins}, comma-separated, none by default), a body limit ({@code cds.request.max-bytes},
 * 1 MiB: 413 beyond; {@code cds.import.max-bytes}, 10 MiB, for imported files; {@code cds.decision.max-bytes},
 * 10 MiB, for a decision's scan) and a JSON nesting limit ({@code cds.request.max-json-depth}, 32: 400 beyond); refused requests
 * (401, 403) are logged without credentials.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class HardeningFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(HardeningFilter.class.getName());
    private static final String UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Inject
    @ConfigProperty(name = "cds.request.max-bytes", defaultValue = "1048576")
    long maxBytes;

    /** Imported spreadsheets may be larger than API bodies; their rows are limited by the import itself. */
    @Inject
    @ConfigProperty(name = "cds.import.max-bytes", defaultValue = "10485760")
    long importMaxBytes;

    /** A decision's signed scan (a PDF or a photo) may be larger than API bodies too. */
    @Inject
    @ConfigProperty(name = "cds.decision.max-bytes", defaultValue = "10485760")
    long decisionMaxBytes;

    @Inject
    @ConfigProperty(name = "cds.request.max-json-depth", defaultValue = "32")
    int maxJsonDepth;

    @Inject
    @ConfigProperty(name = "cds.cors.allowed-origins")
    Optional<String> allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/ui/")) {
            // The officer pages: their own files only (no inline script or style), the API on the same origin.
            // Revalidated rather than never stored: a slow mobile link then gets a 304 instead of the files again.
            response.setHeader("Content-Security-Policy", UI_POLICY);
            response.setHeader("Cache-Control", "no-cache");
        } else {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        if (cors(request, response)) {
            return;
        }
        String uri = request.getRequestURI();
        long limit = uri.endsWith("/api/v1/imports") ? importMaxBytes
                : uri.endsWith("/establishment/scan") || uri.endsWith("/dissolution/scan") ? decisionMaxBytes
                : maxBytes;
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(bounded(request, limit), response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            LOG.warning(() -> String.format("Refused %d: %s %s, user %s, from %s", status, request.getMethod(),
                    request.getRequestURI(), request.getRemoteUser(), request.getRemoteAddr()));
        }
    }

    /** Answers a preflight itself; returns true when the request is done. */
    private boolean cors(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin == null || allowedOrigins.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).noneMatch(origin::equals)) {
            return false;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Location, Content-Disposition, Content-Language");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
            response.setHeader("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, If-Match, Accept, Accept-Language");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return true;
        }
        return false;
    }

    private HttpServletRequest bounded(HttpServletRequest request, long limit) {
        String type = request.getContentType();
        int depth = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json") ? maxJsonDepth : 0;
        return new HttpServletRequestWrapper(request) {
            private ServletInputStream stream;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (stream == null) {
                    stream = new BoundedJsonInputStream(super.getInputStream(), limit, depth);
                }
                return stream;
            }
        };
    }
}
