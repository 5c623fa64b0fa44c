package vn.cds.teams.api.membership;

/**
 * SUBMITTED -> ENDORSED (by the team leader, or the commune officer for the leader) -> APPROVED or REJECTED (by the
 * commune chairman); a rejection at either step ends it; the applicant may WITHDRAW before a decision.
 */
public enum RequestState {
    SUBMITTED, ENDORSED, APPROVED, REJECTED, WITHDRAWN
}
