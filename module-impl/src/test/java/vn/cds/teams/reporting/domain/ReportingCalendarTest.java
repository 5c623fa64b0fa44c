package vn.cds.teams.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.teams.common.domain.DomainException;

class ReportingCalendarTest {

    private final ReportingCalendar decree = ReportingCalendar.DECREE_09_2019;

    @Test
    void theWindowRunsFromThe15thOfThePreviousMonthToThe14th() {
        Period july = Period.parse("2022-07");
        assertEquals(LocalDate.of(2022, 6, 15), decree.windowStart(july));
        assertEquals(LocalDate.of(2022, 7, 14), decree.windowEnd(july));
        Period january = Period.parse("2023-01");
        assertEquals(LocalDate.of(2022, 12, 15), decree.windowStart(january), "across the year");
    }

    @Test
    void theWindowIsConfigurable() {
        ReportingCalendar calendarMonth = new ReportingCalendar(1, 5);
        Period march = Period.parse("2024-03");
        assertEquals(LocalDate.of(2024, 2, 1), calendarMonth.windowStart(march));
        assertEquals(LocalDate.of(2024, 2, 29), calendarMonth.windowEnd(march));
        assertEquals(LocalDate.of(2024, 3, 5), calendarMonth.dueBefore(march, null));
        assertThrows(IllegalArgumentException.class, () -> new ReportingCalendar(30, 20));
    }

    @Test
    void r12DueBeforeThe20thUnlessACampaignSetAOneOffDeadline() {
        Period june = Period.parse("2022-06");
        assertEquals(LocalDate.of(2022, 6, 20), decree.dueBefore(june, null));
        assertEquals(LocalDate.of(2022, 6, 18), decree.dueBefore(june, LocalDate.of(2022, 6, 18)), "R14");
    }

    @Test
    void aMonthMayBeWrittenOnceItsWindowHasBegun() {
        decree.requireOpen(Period.parse("2022-07"), LocalDate.of(2022, 6, 15));
        DomainException early = assertThrows(DomainException.class,
                () -> decree.requireOpen(Period.parse("2022-07"), LocalDate.of(2022, 6, 14)));
        assertEquals("R12", early.rule());
    }

    @Test
    void periodsAreYearDashMonth() {
        assertEquals("2022-06", Period.parse(" 2022-06 ").toString());
        for (String wrong : new String[] {"2022-13", "2022-6", "06-2022", "1999-12", "", "2022-06-01"}) {
            DomainException e = assertThrows(DomainException.class, () -> Period.parse(wrong), wrong);
            assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
        }
        assertThrows(DomainException.class, () -> Period.parse(null));
    }
}
