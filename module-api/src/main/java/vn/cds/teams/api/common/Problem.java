package vn.cds.teams.api.common;

import java.util.List;

/**
 * RFC 9457 problem details as this module answers them ({@code application/problem+json}).
 * {@code rule} names the directive rule that was broken (e.g. "R4"), see docs/RULES.md.
 */
public record Problem(String type, String title, int status, String detail, String rule,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }
}
