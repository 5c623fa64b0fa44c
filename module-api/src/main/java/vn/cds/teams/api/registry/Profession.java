package vn.cds.teams.api.registry;

/** Professions the directive names (R5; R15 counts teachers in reports). */
public enum Profession {
    TEACHER, HEALTH_WORKER, POLICE, OFFICIAL, TELECOM, OTHER
}
