package vn.cds.teams.common.domain;

/** One field that failed validation; the message is resolved from the bundle by {@code messageKey}. */
public record FieldViolation(String field, String messageKey, Object... args) {
}
