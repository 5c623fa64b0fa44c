package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

    /** The signed decision's scan: its type, size and SHA-256 (the bytes are a {@link DecisionScanFile}). */
    @Column(name = "dissolution_scan_type")
    private String scanType;

    @Column(name = "dissolution_scan_size")
    private Long scanSize;

    @Column(name = "dissolution_scan_sha256")
    private String scanSha256;

    @Column(name = "dissolution_scan_by")
    private String scanBy;

    @Column(name = "dissolution_scan_at")
    private java.time.Instant scanAt;

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
        dissolution.scanType = type.mediaType();
        dissolution.scanSize = size;
        dissolution.scanSha256 = sha256;
        dissolution.scanBy = by;
        dissolution.scanAt = at;
        return dissolution;
    }

    /** Null when no scan is on file. */
    public String scanType() {
        return scanType;
    }

    public Long scanSize() {
        return scanSize;
    }

    public String scanSha256() {
        return scanSha256;
    }

    public String scanBy() {
        return scanBy;
    }

    public java.time.Instant scanAt() {
        return scanAt;
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
