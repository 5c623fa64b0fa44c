package vn.cds.teams.api.registry;

import java.time.LocalDate;

/** Records the establishment decision of a team (R3). */
public record EstablishmentInput(String decisionNumber, LocalDate decisionDate, String signer) {
}
