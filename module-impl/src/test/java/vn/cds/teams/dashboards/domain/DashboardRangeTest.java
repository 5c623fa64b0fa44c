package vn.cds.teams.dashboards.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.reporting.domain.Period;

class DashboardRangeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void withoutMonthsTheLastTwelveUpToTodaysMonth() {
        DashboardRange range = DashboardRange.parse(null, null, TODAY);
        assertEquals(YearMonth.of(2025, 4), range.from());
        assertEquals(YearMonth.of(2026, 3), range.to());
        assertEquals(12, range.periods().size());
        assertEquals("2025-04", range.periods().get(0).toString());
    }

    @Test
    void oneMonthGivenTheOtherTwelveMonthsAway() {
        assertEquals(YearMonth.of(2024, 12), DashboardRange.parse("2024-01", null, TODAY).to());
        assertEquals(YearMonth.of(2023, 2), DashboardRange.parse(null, "2024-01", TODAY).from());
        assertEquals(YearMonth.of(2000, 1), DashboardRange.parse(null, "2000-03", TODAY).from());
    }

    @Test
    void malformedOrReversedMonthsAreFieldErrorsNamingTheParameter() {
        DomainException bad = assertThrows(DomainException.class, () -> DashboardRange.parse("2024-13", "x", TODAY));
        assertEquals("from", bad.violations().get(0).field());
        assertEquals("to", bad.violations().get(1).field());
        assertEquals("to", assertThrows(DomainException.class,
                () -> DashboardRange.parse("2024-05", "2024-04", TODAY)).violations().get(0).field());
        assertThrows(DomainException.class, () -> DashboardRange.parse("1999-12", null, TODAY));
        assertThrows(DomainException.class, () -> DashboardRange.parse(" 2024-01", null, TODAY));
        assertThrows(DomainException.class, () -> DashboardRange.parse("2020-01", "2023-01", TODAY));
        assertEquals(36, DashboardRange.parse("2020-01", "2022-12", TODAY).periods().size());
    }

    @Test
    void monthsBeginOnTheFifteenthBeforeAndCloseWhenTheyAreOver() {
        Period april = new Period(YearMonth.of(2026, 4));
        assertFalse(DashboardRange.begun(april, LocalDate.of(2026, 3, 14)));
        assertTrue(DashboardRange.begun(april, LocalDate.of(2026, 3, 15)));
        assertFalse(DashboardRange.closed(april, LocalDate.of(2026, 4, 30)));
        assertTrue(DashboardRange.closed(april, LocalDate.of(2026, 5, 1)));
    }
}
