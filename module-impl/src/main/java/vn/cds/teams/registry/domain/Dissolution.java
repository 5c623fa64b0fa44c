package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * Why and from when a team is dissolved: the commune chairman's decision (number, date, signer), or the resolution
 * that closed its commune (number and date; the team ends the day the new communes begin).
 */
@Embeddable
public class Dissolution {

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Column(name = "dissolution_number")
    private String number;

    @Column(name = "dissolution_date")
    private LocalDate date;

    @Column(name = "dissolution_signer")
    private String signer;

    protected Dissolution() {
    }

    /** A decision taking effect on its date. */
    public static Dissolution byDecision(String number, LocalDate date, String signer, LocalDate today) {
        Validation validation = new Validation();
        String cleanNumber = VietnameseText.clean(number);
        String cleanSigner = VietnameseText.clean(signer);
        if (validation.required("decisionNumber", cleanNumber)) {
            validation.maxLength("decisionNumber", cleanNumber, 100);
        }
        if (validation.required("decisionDate", date) && date.isAfter(today)) {
            validation.add("decisionDate", "field.date-in-future");
        }
        if (validation.required("signer", cleanSigner)) {
            validation.maxLength("signer", cleanSigner, 200);
        }
        validation.throwIfInvalid();
        return of(date, cleanNumber, date, cleanSigner);
    }

    /** The resolution that reorganised the team's commune, from the day the new communes begin. */
    public static Dissolution byReorganisation(String resolutionNumber, LocalDate resolutionDate,
                                               LocalDate effectiveOn) {
        return of(effectiveOn, resolutionNumber, resolutionDate, null);
    }

    private static Dissolution of(LocalDate dissolvedOn, String number, LocalDate date, String signer) {
        Dissolution dissolution = new Dissolution();
        dissolution.dissolvedOn = dissolvedOn;
        dissolution.number = number;
        dissolution.date = date;
        dissolution.signer = signer;
        return dissolution;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String signer() {
        return signer;
    }
}
