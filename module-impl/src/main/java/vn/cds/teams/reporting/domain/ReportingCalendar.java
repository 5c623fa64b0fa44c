package vn.cds.teams.reporting.domain;

import java.time.LocalDate;
import vn.cds.teams.common.domain.DomainException;

/**
 * When a month's report covers and when it is due. The data window runs from day {@code windowStartDay} of the
 * previous month to the day before it in the reporting month (Decree 09/2019/NĐ-CP: the 15th to the 14th); the
 * report is due before day {@code dueDay} of the reporting month (R12: before the 20th) unless a campaign set a
 * one-off deadline for that month (R14).
 */
public record ReportingCalendar(int windowStartDay, int dueDay) {

    public static final ReportingCalendar DECREE_09_2019 = new ReportingCalendar(15, 20);

    public ReportingCalendar {
        if (windowStartDay < 1 || windowStartDay > 28 || dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("window start day and due day must lie in 1..28");
        }
    }

    public LocalDate windowStart(Period period) {
        return period.previous().day(windowStartDay);
    }

    public LocalDate windowEnd(Period period) {
        return period.day(windowStartDay).minusDays(1);
    }

    /** The first day on which a submission is late: the campaign's one-off deadline, or day {@code dueDay}. */
    public LocalDate dueBefore(Period period, LocalDate campaignDeadline) {
        return campaignDeadline != null ? campaignDeadline : period.day(dueDay);
    }

    /** A report may be written once its window has begun, not for months further ahead. */
    public void requireOpen(Period period, LocalDate today) {
        if (windowStart(period).isAfter(today)) {
            throw DomainException.ruleViolation("R12", "monthly.window-not-open", period, windowStart(period));
        }
    }
}
