package vn.cds.teams.common.domain;

import java.util.List;

/**
 * A rule or precondition that the domain refuses. The REST layer turns it into an RFC 9457 problem; the message
 * text lives in the message bundle under {@code messageKey}, so the domain stays free of languages and HTTP.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; the REST layer maps each to a status. */
    public enum Kind {
        NOT_FOUND, CONFLICT, RULE_VIOLATION, INVALID_INPUT, STALE_VERSION, VERSION_REQUIRED, FORBIDDEN,
        /** A body that is not one well-formed JSON value in UTF-8: nothing in it could be read (400). */
        UNREADABLE,
        /** A body larger than a configured limit (413). */
        TOO_LARGE
    }

    private final Kind kind;
    private final String rule;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldViolation> violations;

    public DomainException(Kind kind, String rule, String messageKey, List<FieldViolation> violations, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.rule = rule;
        this.messageKey = messageKey;
        this.args = args;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, null, messageKey, null, args);
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, null, messageKey, null, args);
    }

    /** A directive rule (R1-R16) is broken; the problem names it in its {@code rule} field. */
    public static DomainException ruleViolation(String rule, String messageKey, Object... args) {
        return new DomainException(Kind.RULE_VIOLATION, rule, messageKey, null, args);
    }

    public static DomainException ruleConflict(String rule, String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, rule, messageKey, null, args);
    }

    public static DomainException invalid(List<FieldViolation> violations) {
        return new DomainException(Kind.INVALID_INPUT, null, "problem.invalid-input", violations);
    }

    /** A body larger than a configured limit (413). */
    public static DomainException tooLarge(String messageKey, Object... args) {
        return new DomainException(Kind.TOO_LARGE, null, messageKey, null, args);
    }

    public static DomainException forbidden(String messageKey, Object... args) {
        return new DomainException(Kind.FORBIDDEN, null, messageKey, null, args);
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
