package vn.cds.teams.common.rest;

import jakarta.ws.rs.core.EntityTag;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;

import java.util.List;

/** ETags are the entity's version; If-Match carries it back on PUT and DELETE. */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header ("3", W/"3" or 3), or null when there is none. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(new FieldViolation("If-Match", "field.if-match")));
        }
    }
}
