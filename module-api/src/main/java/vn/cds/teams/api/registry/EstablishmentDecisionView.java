package vn.cds.teams.api.registry;

import java.time.LocalDate;

/**
 * The commune chairman's establishment decision (R3).
 *
 * @param scan the signed paper's scan on file; null while none is
 */
public record EstablishmentDecisionView(String decisionNumber, LocalDate decisionDate, String signer,
                                        String recordedBy, DecisionScanView scan) {
}
