package vn.cds.teams.api.reporting;

import java.time.LocalDate;

/**
 * A reporting campaign of a province or district (R13: the pilot ran 20/6/2022 to 20/6/2023) with an optional
 * one-off deadline (R14: lists and decisions before 18/6/2022): the reports of {@code deadlinePeriod} (by default
 * the deadline's own month) of the campaign's communes are then due before {@code dueBefore} instead of the 20th.
 */
public record CampaignInput(String unitCode, String name, LocalDate startsOn, LocalDate endsOn, LocalDate dueBefore,
                            String deadlinePeriod) {
}
