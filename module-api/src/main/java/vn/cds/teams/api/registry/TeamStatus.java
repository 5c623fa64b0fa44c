package vn.cds.teams.api.registry;

/** Life of a team (R3): drafted, established by the commune chairman's decision, dissolved. */
public enum TeamStatus {
    DRAFT, ESTABLISHED, DISSOLVED
}
