package vn.cds.teams.common.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;

/** Days given as query parameters ("?on=2024-05-01"): ISO dates, or a 422 naming the parameter. */
public final class Days {

    private Days() {
    }

    /** The day, or null when the parameter is absent or blank. */
    public static LocalDate parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(List.of(new FieldViolation(parameter, "field.date")));
        }
    }
}
