package vn.cds.teams.api.units;

import java.time.LocalDate;

/**
 * What the portal administrator sends to create or rename a unit. {@code type} defaults to the one its name starts
 * with (or the level's first); {@code validFrom} to none (in force since before the records).
 */
public record UnitInput(String code, String name, UnitLevel level, String parentCode, Integer villageTeamMinimum,
                        UnitType type, LocalDate validFrom) {
}
