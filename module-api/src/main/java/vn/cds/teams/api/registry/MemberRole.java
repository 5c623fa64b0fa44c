package vn.cds.teams.api.registry;

/** Roles in a team (R4-R6); collaborators do not count towards the 10-member cap. */
public enum MemberRole {
    LEADER, DEPUTY, MEMBER, COLLABORATOR
}
