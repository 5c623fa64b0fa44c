package vn.cds.teams.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.cds.teams.common.domain.Validation;

/** A reporting month, written YYYY-MM (R12). */
public record Period(YearMonth month) {

    /** Reports older than this are not accepted (the directive is of 2022; room is left for earlier pilots). */
    static final YearMonth FIRST = YearMonth.of(2000, 1);

    public static Period parse(String text) {
        Validation validation = new Validation();
        YearMonth month = null;
        if (validation.required("period", text)) {
            try {
                month = text.strip().matches("\\d{4}-\\d{2}") ? YearMonth.parse(text.strip()) : null;
            } catch (DateTimeParseException e) {
                month = null;
            }
            if (month == null || month.isBefore(FIRST) || month.getYear() > 2999) {
                validation.add("period", "field.period");
            }
        }
        validation.throwIfInvalid();
        return new Period(month);
    }

    public static Period of(LocalDate day) {
        return new Period(YearMonth.from(day));
    }

    /**
     * Refuses a month whose reporting window (from the 15th of the month before) has not opened on {@code today}:
     * nothing can have been reported for it yet.
     */
    public Period requireBegun(LocalDate today) {
        if (previous().day(15).isAfter(today)) {
            new Validation().add("period", "field.period-not-begun").throwIfInvalid();
        }
        return this;
    }

    public Period previous() {
        return new Period(month.minusMonths(1));
    }

    /**
     * The day whose units a month is reported and consolidated on: its first. July 2025 (window 15 June to 14 July)
     * is the new communes' month; June 2025 the old communes' and districts'.
     */
    public LocalDate structureDay() {
        return month.atDay(1);
    }

    public LocalDate day(int dayOfMonth) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
