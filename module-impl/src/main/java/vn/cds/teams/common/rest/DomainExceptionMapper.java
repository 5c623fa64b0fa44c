package vn.cds.teams.common.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import vn.cds.teams.api.common.Problem;
import vn.cds.teams.common.domain.DomainException;

/** Domain refusals as problems: 400, 404, 409, 412, 413, 422 (naming the broken rule), 428. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    DomainExceptionMapper withHeaders(HttpHeaders callerHeaders) {
        this.headers = callerHeaders;
        return this;
    }

    @Override
    public Response toResponse(DomainException e) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.text(locale, v.messageKey(), v.args())))
                .toList();
        return Problems.response(headers, status(e.kind()), type(e), e.rule(), e.messageKey(), e.args(), errors);
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATION, INVALID_INPUT -> 422;
            case STALE_VERSION -> 412;
            case VERSION_REQUIRED -> 428;
            case FORBIDDEN -> 403;
            case UNREADABLE -> 400;
            case TOO_LARGE -> 413;
        };
    }

    private static String type(DomainException e) {
        if (e.rule() != null) {
            return "rule-" + e.rule();
        }
        if (e.kind() == DomainException.Kind.UNREADABLE) {
            return "unreadable-body";
        }
        return e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
