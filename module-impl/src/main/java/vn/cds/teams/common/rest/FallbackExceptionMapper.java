package vn.cds.teams.common.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cds.teams.common.domain.DomainException;

/**
 * Everything else, still as a problem and never with a stack trace: JAX-RS errors keep their status (401, 403,
 * 404, 405, 415 ...), unreadable JSON is 400, a lost optimistic-lock race is 412 (409 when the request named no
 * version), a lost uniqueness race 409,
 * a fault is 500 with an id to
 * find it in the server log.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        // The deepest, most specific cause decides: a parser wraps a refused body in its own exception.
        BoundedJsonInputStream.LimitExceeded limit = cause(e, BoundedJsonInputStream.LimitExceeded.class);
        if (limit != null) {
            return limit.tooLarge() ? Problems.response(headers, 413, "http-413", "problem.http.413")
                    : Problems.response(headers, 400, "json-too-deep", "problem.json-too-deep");
        }
        DomainException domain = cause(e, DomainException.class);
        if (domain != null) {
            return new DomainExceptionMapper().withHeaders(headers).toResponse(domain);
        }
        if (cause(e, OptimisticLockException.class) != null) {
            // A precondition the caller sent (If-Match) failed: 412. A request that sent none (a create, a step)
            // lost a race with another: a conflict, 409.
            return headers != null && headers.getHeaderString("If-Match") != null
                    ? Problems.response(headers, 412, "stale-version", "problem.concurrent-edit")
                    : Problems.response(headers, 409, "conflict", "problem.concurrent-edit");
        }
        if (integrityViolation(e)) {
            // A uniqueness or reference the database guards lost a race with a concurrent request.
            return Problems.response(headers, 409, "conflict", "problem.integrity-conflict");
        }
        if (cause(e, JsonbException.class) != null || cause(e, JsonParsingException.class) != null) {
            return Problems.response(headers, 400, "unreadable-body", "problem.unreadable-body");
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.WARNING, "JAX-RS error " + status, e);
            }
            Response problem = Problems.response(headers, status, "http-" + status, "problem.http." + status);
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            String challenge = web.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
            if (challenge != null) {
                builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
            }
            return builder.build();
        }
        if (e instanceof ProcessingException) {
            return Problems.response(headers, 400, "unreadable-body", "problem.unreadable-body");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected fault, incident " + incident, e);
        return Problems.response(headers, 500, "internal", null, "problem.internal", new Object[] {incident}, null);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** SQL state class 23 anywhere in the chain (drivers and pools wrap it in exceptions of their own). */
    private static boolean integrityViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
