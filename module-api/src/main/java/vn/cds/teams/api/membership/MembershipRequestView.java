package vn.cds.teams.api.membership;

import java.time.Instant;
import java.util.List;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;

/**
 * A request with its history. {@code outcome}: for an approved JOIN, MEMBER or COLLABORATOR (the team was full,
 * R4); {@code endorsedOnBehalfOfLeader}: the commune officer endorsed for the leader.
 */
public record MembershipRequestView(String id, String teamId, String teamName, String unitCode, RequestType type,
                                    RequestState state, String fullName, String phone, String position,
                                    Profession profession, String memberId, String reason, String filedBy,
                                    boolean endorsedOnBehalfOfLeader, MemberRole outcome, String outcomeNote,
                                    List<HistoryEntry> history, long version) {

    /** One step of the request's life. */
    public record HistoryEntry(RequestState state, Instant at, String by, String reason) {
    }
}
