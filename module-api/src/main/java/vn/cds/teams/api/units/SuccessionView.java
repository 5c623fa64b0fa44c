package vn.cds.teams.api.units;

import java.time.LocalDate;

/**
 * The other side of a succession: the unit (its code, name and dates tell which of the units with that code),
 * whether all of it or a part went across, and from when, by which resolution; {@code parentCode} is that unit's
 * parent (a moved village's old commune).
 */
public record SuccessionView(String code, String name, LocalDate validFrom, LocalDate validTo, String part,
                             LocalDate effectiveOn, String resolutionNumber, LocalDate resolutionDate,
                             String parentCode) {
}
