package vn.cds.teams.common.domain;

import vn.cds.teams.common.text.VietnameseText;

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

    /** Records a missing or blank (or only invisible) required text; returns whether it was present. */
    public boolean required(String field, String value) {
        if (VietnameseText.isInvisible(value)) {
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

    /** An optional text may be left out, but what is given must show something (not only invisible characters). */
    public void visibleIfGiven(String field, String value) {
        if (value != null && !value.isEmpty() && VietnameseText.isInvisible(value)) {
            add(field, "field.required");
        }
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
