package vn.cds.teams.api.registry;

import java.time.LocalDate;

/** A member; {@code leftOn} is set when they left: members are never deleted. */
public record MemberView(String id, String teamId, String fullName, String phone, String position,
                         MemberRole role, Profession profession, LocalDate joinedOn, LocalDate leftOn,
                         boolean active, long version) {
}
