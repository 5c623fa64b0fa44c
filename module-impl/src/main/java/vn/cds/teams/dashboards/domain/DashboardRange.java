package vn.cds.teams.dashboards.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.reporting.domain.Period;

/**
 * The months of a dashboard, {@code from} to {@code to} (YYYY-MM, both included). Without them: the last
 * {@value #DEFAULT_MONTHS} months up to today's; one given, the other {@value #DEFAULT_MONTHS} months away. At most
 * {@value #MAX_MONTHS} months, from 2000 on (the first reporting month the module keeps).
 */
public record DashboardRange(YearMonth from, YearMonth to) {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 36;
    private static final YearMonth FIRST = YearMonth.of(2000, 1);

    /** Reads the query parameters; a malformed month is a 422 naming its parameter. */
    public static DashboardRange parse(String fromText, String toText, LocalDate today) {
        Validation validation = new Validation();
        YearMonth from = month(validation, "from", fromText);
        YearMonth to = month(validation, "to", toText);
        validation.throwIfInvalid();
        if (from == null && to == null) {
            to = YearMonth.from(today);
        }
        if (from == null) {
            from = to.minusMonths(DEFAULT_MONTHS - 1);
            if (from.isBefore(FIRST)) {
                from = FIRST;
            }
        } else if (to == null) {
            to = from.plusMonths(DEFAULT_MONTHS - 1);
        }
        if (to.isBefore(from)) {
            new Validation().add("to", "field.dashboard-order").throwIfInvalid();
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            new Validation().add("to", "field.dashboard-span", MAX_MONTHS).throwIfInvalid();
        }
        return new DashboardRange(from, to);
    }

    private static YearMonth month(Validation validation, String field, String text) {
        if (text == null) {
            return null;
        }
        YearMonth month = null;
        try {
            month = text.matches("\\d{4}-\\d{2}") ? YearMonth.parse(text) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || month.isBefore(FIRST) || month.getYear() > 2999) {
            validation.add(field, "field.period");
            return null;
        }
        return month;
    }

    /** The months in order. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            periods.add(new Period(m));
        }
        return periods;
    }

    /** Whether a month's reporting window (from the 15th of the month before) has opened on {@code today}. */
    public static boolean begun(Period period, LocalDate today) {
        return !period.previous().day(15).isAfter(today);
    }

    /**
     * Whether a month is closed on {@code today}: the calendar month is over, and with it its reports (due before
     * the 20th) and the district and province runs of its 20th and 25th. A closed month's consolidation may still be
     * run again, which makes a new revision: figures are kept by revision, never by month alone.
     */
    public static boolean closed(Period period, LocalDate today) {
        return today.isAfter(period.month().atEndOfMonth());
    }
}
