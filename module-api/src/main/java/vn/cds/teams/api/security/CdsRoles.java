package vn.cds.teams.api.security;

/** The roles a portal grants. Map the portal's groups onto these names (README, "Deploying into a portal"). */
public final class CdsRoles {
    public static final String PORTAL_ADMIN = "PORTAL_ADMIN";
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
    public static final String COMMUNE_CHAIR = "COMMUNE_CHAIR";
    public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";
    public static final String TEAM_LEADER = "TEAM_LEADER";
    public static final String RESIDENT = "RESIDENT";

    /** Group name prefix that grants jurisdiction over a unit and all below it, e.g. {@code unit:14}. */
    public static final String UNIT_GROUP_PREFIX = "unit:";

    private CdsRoles() {
    }
}
