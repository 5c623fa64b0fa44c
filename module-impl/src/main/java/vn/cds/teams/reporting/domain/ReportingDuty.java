package vn.cds.teams.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Whether a commune owes a report for a month, as completeness counts it. R12 asks for a report every month; R13
 * bounds that by campaigns: a commune under one or more campaigns (of its province or district) owes reports only
 * for the months that one of them runs in, even partly (the pilot, 20/6/2022 to 20/6/2023, covers June 2022 to
 * June 2023). A commune under no campaign owes every month.
 */
public final class ReportingDuty {

    /** A campaign's span, both days included. */
    public record CampaignSpan(LocalDate startsOn, LocalDate endsOn) {

        boolean runsIn(Period period) {
            return !startsOn.isAfter(period.month().atEndOfMonth()) && !endsOn.isBefore(period.month().atDay(1));
        }
    }

    private ReportingDuty() {
    }

    /** @param campaignsOverCommune the spans of every campaign whose unit contains the commune */
    public static boolean owes(Collection<CampaignSpan> campaignsOverCommune, Period period) {
        return campaignsOverCommune.isEmpty() || campaignsOverCommune.stream().anyMatch(c -> c.runsIn(period));
    }
}
