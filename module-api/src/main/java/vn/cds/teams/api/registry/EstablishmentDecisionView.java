package vn.cds.teams.api.registry;

import java.time.LocalDate;

/** The commune chairman's establishment decision (R3). */
public record EstablishmentDecisionView(String decisionNumber, LocalDate decisionDate, String signer,
                                        String recordedBy) {
}
