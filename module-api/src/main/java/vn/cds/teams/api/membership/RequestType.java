package vn.cds.teams.api.membership;

/** Joining (R7) or leaving (R8) a team. */
public enum RequestType {
    JOIN, LEAVE
}
