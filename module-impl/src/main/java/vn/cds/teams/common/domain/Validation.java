package vn.cds.teams.common.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one input, so that the caller hears of all of them at once. */
public final class Validation {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A request without a body is refused before anything else is read. */
    public static void requireBody(Object body) {
        if (body == null) {
            new Validation().add("body", "field.body-required").throwIfInvalid();
        }
    }

    public Validation add(String field, String messageKey, Object... args) {
        violations.add(new FieldViolation(field, messageKey, args));
        return this;
    }

    /** Records a missing or blank required text; returns whether it was present. */
    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "field.required");
            return false;
        }
        return true;
    }

    public boolean required(String field, Object value) {
        if (value == null) {
            add(field, "field.required");
            return false;
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "field.too-long", max);
        }
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }
}
