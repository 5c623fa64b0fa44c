package vn.cds.teams.units.domain;

import java.time.LocalDate;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;

/** What a planner needs to know of a unit: official codes (its own and its parent's), name, kind and life. */
public record UnitSnapshot(String code, String name, UnitLevel level, UnitType type, String parentCode,
                           LocalDate validFrom, LocalDate validTo) {

    public static UnitSnapshot of(AdministrativeUnit unit) {
        return new UnitSnapshot(unit.officialCode(), unit.name(), unit.level(), unit.type(),
                AdministrativeUnit.officialCodeOf(unit.parentCode()), unit.validFrom(), unit.validTo());
    }
}
