package vn.cds.teams.registry.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;

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

    /** The signed paper's scan, if one is on file. */
    @Embedded
    @AttributeOverride(name = "type", column = @Column(name = "dissolution_scan_type"))
    @AttributeOverride(name = "size", column = @Column(name = "dissolution_scan_size"))
    @AttributeOverride(name = "sha256", column = @Column(name = "dissolution_scan_sha256"))
    @AttributeOverride(name = "by", column = @Column(name = "dissolution_scan_by"))
    @AttributeOverride(name = "at", column = @Column(name = "dissolution_scan_at"))
    private DecisionScan scan;

    protected Dissolution() {
    }

    /** A decision taking effect on its date. */
    public static Dissolution byDecision(String number, LocalDate date, String signer, LocalDate today) {
        DecisionText decision = DecisionText.checked(number, date, signer, today);
        return of(date, decision.number(), date, decision.signer());
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

    /** The same dissolution with its decision's scan attached (a new value, so that the team's version moves on). */
    public Dissolution withScan(ScanType type, long size, String sha256, String by, java.time.Instant at) {
        Dissolution dissolution = of(dissolvedOn, number, date, signer);
        dissolution.scan = DecisionScan.of(type, size, sha256, by, at);
        return dissolution;
    }

    /** Null when no scan is on file. */
    public DecisionScan scan() {
        return DecisionScan.orNull(scan);
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
