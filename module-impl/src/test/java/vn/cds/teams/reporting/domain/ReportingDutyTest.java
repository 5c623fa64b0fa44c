package vn.cds.teams.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cds.teams.reporting.domain.ReportingDuty.CampaignSpan;

class ReportingDutyTest {

    private static final CampaignSpan PILOT = new CampaignSpan(LocalDate.of(2022, 6, 20), LocalDate.of(2023, 6, 20));

    @Test
    void withoutCampaignsEveryMonthIsOwed() {
        assertTrue(ReportingDuty.owes(List.of(), Period.parse("2019-01")), "R12");
    }

    @Test
    void thePilotCampaignBoundsTheMonthsOwedIncludingItsPartMonths() {
        List<CampaignSpan> pilot = List.of(PILOT);
        assertFalse(ReportingDuty.owes(pilot, Period.parse("2022-05")), "before the pilot (R13)");
        assertTrue(ReportingDuty.owes(pilot, Period.parse("2022-06")), "the pilot starts on 20/6");
        assertTrue(ReportingDuty.owes(pilot, Period.parse("2022-12")));
        assertTrue(ReportingDuty.owes(pilot, Period.parse("2023-06")), "the pilot ends on 20/6");
        assertFalse(ReportingDuty.owes(pilot, Period.parse("2023-07")), "after the pilot");
    }

    @Test
    void anyOfSeveralCampaignsMakesAMonthOwed() {
        List<CampaignSpan> two = List.of(PILOT, new CampaignSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)));
        assertFalse(ReportingDuty.owes(two, Period.parse("2023-12")));
        assertTrue(ReportingDuty.owes(two, Period.parse("2024-01")), "a one-day campaign still covers its month");
    }
}
