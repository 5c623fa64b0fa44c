package vn.cds.teams.api.units;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit as it is (or was) in force from {@code validFrom} to {@code validTo} (null: open-ended),
 * with the units it came from and went into. For a commune, {@code villageTeams} and {@code villageTeamMinimum}
 * tell how many village-level teams it has against its minimum (R2); both are null for other levels.
 */
public record UnitView(String code, String name, UnitLevel level, UnitType type, String parentCode,
                       LocalDate validFrom, LocalDate validTo, List<SuccessionView> predecessors,
                       List<SuccessionView> successors,
                       Integer villageTeams, Integer villageTeamMinimum, Boolean belowVillageTeamMinimum) {
}
