package vn.cds.teams.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * Query and path parameters hold only what people type: a control character (NUL above all, which PostgreSQL
 * refuses in any text), a bidi override or an unpaired surrogate is a 422 naming the parameter, before any query
 * runs. Bodies are checked the same way by {@link StrictJsonReader}.
 */
@Provider
public class CleanParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldViolation> violations = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(), violations);
        check(request.getUriInfo().getPathParameters(), violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }

    private static void check(Map<String, List<String>> parameters, List<FieldViolation> violations) {
        parameters.forEach((name, values) -> {
            if (!VietnameseText.isCleanText(name)
                    || values.stream().anyMatch(value -> !VietnameseText.isCleanText(value))) {
                violations.add(new FieldViolation(VietnameseText.isCleanText(name) ? name : "?",
                        "field.forbidden-characters"));
            }
        });
    }
}
