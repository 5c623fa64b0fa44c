package vn.cds.teams.api.units;

import java.time.LocalDate;

/**
 * The other side of a succession: the unit (its code, name and dates tell which of the units with that code),
 * whether all of it or a part went across, and from when, by which resolution.
 */
public record SuccessionView(String code, String name, LocalDate validFrom, LocalDate validTo, String part,
                             LocalDate effectiveOn, String resolutionNumber, LocalDate resolutionDate) {
}
