package vn.cds.teams.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.cds.teams.api.common.Problem;

/** Builds RFC 9457 responses whose title and detail come from the message bundle in the caller's language. */
public final class Problems {

    public static final String TYPE_BASE = "urn:cds-teams:problem:";

    private Problems() {
    }

    public static Response response(HttpHeaders headers, int status, String type, String rule, String detailKey,
                                    Object[] args, List<Problem.FieldError> errors) {
        return response(Messages.localeOf(headers), status, type, rule, detailKey, args, errors);
    }

    public static Response response(Locale locale, int status, String type, String rule, String detailKey,
                                    Object[] args, List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_BASE + type, Messages.text(locale, "title." + status),
                status, Messages.text(locale, detailKey, args), rule,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale == Locale.ENGLISH ? "en" : "vi").build();
    }

    public static Response response(HttpHeaders headers, int status, String type, String detailKey) {
        return response(headers, status, type, null, detailKey, null, null);
    }
}
