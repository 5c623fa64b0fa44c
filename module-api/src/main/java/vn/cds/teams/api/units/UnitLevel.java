package vn.cds.teams.api.units;

/** Levels of Vietnamese administrative units; DISTRICT is optional (abolished nationwide on 1 July 2025). */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE
}
