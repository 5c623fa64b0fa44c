package vn.cds.teams.api.registry;

/** Adds (POST) or edits (PUT) a member of a draft team. */
public record MemberInput(String fullName, String phone, String position, MemberRole role, Profession profession) {
}
