package vn.cds.teams.api.registry;

import java.time.LocalDate;

/** The commune chairman's decision dissolving a team; it takes effect on its date. */
public record DissolutionInput(String decisionNumber, LocalDate decisionDate, String signer) {
}
