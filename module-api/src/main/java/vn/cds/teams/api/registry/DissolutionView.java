package vn.cds.teams.api.registry;

import java.time.LocalDate;

/**
 * Why a team is dissolved and from when: a chairman's decision (number, date, signer) or the resolution that
 * reorganised its commune (number and date, no signer).
 *
 * @param scan the signed decision's scan on file; null while none is
 */
public record DissolutionView(LocalDate dissolvedOn, String decisionNumber, LocalDate decisionDate, String signer,
                              DecisionScanView scan) {
}
