package vn.cds.teams.api.reporting;

import java.time.LocalDate;

/** A reporting campaign (R13, R14); see {@link CampaignInput}. */
public record CampaignView(String id, String unitCode, String name, LocalDate startsOn, LocalDate endsOn,
                           LocalDate dueBefore, String deadlinePeriod, long version) {
}
