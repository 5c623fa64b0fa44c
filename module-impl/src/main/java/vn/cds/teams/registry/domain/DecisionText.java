package vn.cds.teams.registry.domain;

import java.time.LocalDate;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * What a chairman's decision on a team says, checked once for establishment (R3) and dissolution alike: a number
 * and a signer (cleaned, within their lengths) and a date neither in the future nor before the national programme
 * (community digital technology teams, 2021: an earlier date is a typing error such as year 0001). Decisions made
 * on paper before the team was entered here are normal, so the team's own creation is no bound.
 */
record DecisionText(String number, LocalDate date, String signer) {

    static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);

    static DecisionText checked(String number, LocalDate date, String signer, LocalDate today) {
        String cleanNumber = VietnameseText.clean(number);
        String cleanSigner = VietnameseText.clean(signer);
        Validation validation = new Validation();
        if (validation.required("decisionNumber", cleanNumber)) {
            validation.maxLength("decisionNumber", cleanNumber, 100);
        }
        if (validation.required("decisionDate", date) && date.isAfter(today)) {
            validation.add("decisionDate", "field.date-in-future");
        } else if (date != null && date.isBefore(EARLIEST)) {
            validation.add("decisionDate", "field.decision-too-early", EARLIEST.toString());
        }
        if (validation.required("signer", cleanSigner)) {
            validation.maxLength("signer", cleanSigner, 200);
        }
        validation.throwIfInvalid();
        return new DecisionText(cleanNumber, date, cleanSigner);
    }
}
