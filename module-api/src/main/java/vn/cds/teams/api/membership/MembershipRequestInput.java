package vn.cds.teams.api.membership;

/** Files a request: JOIN with the applicant, or LEAVE with the member's id; a reason either way. */
public record MembershipRequestInput(String teamId, RequestType type, ApplicantInput applicant, String memberId,
                                     String reason) {
}
