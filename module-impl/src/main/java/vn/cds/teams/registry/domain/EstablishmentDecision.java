package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** R3: the commune chairman's decision that establishes a team, and who recorded it. */
@Embeddable
public class EstablishmentDecision {

    @Column(name = "decision_number")
    private String number;

    @Column(name = "decision_date")
    private LocalDate date;

    @Column(name = "decision_signer")
    private String signer;

    @Column(name = "decision_recorded_by")
    private String recordedBy;

    @Column(name = "decision_recorded_at")
    private Instant recordedAt;

    /** The signed paper's scan: its type, size and SHA-256 (the bytes are a {@link DecisionScanFile}). */
    @Column(name = "decision_scan_type")
    private String scanType;

    @Column(name = "decision_scan_size")
    private Long scanSize;

    @Column(name = "decision_scan_sha256")
    private String scanSha256;

    @Column(name = "decision_scan_by")
    private String scanBy;

    @Column(name = "decision_scan_at")
    private Instant scanAt;

    protected EstablishmentDecision() {
    }

    public static EstablishmentDecision of(String number, LocalDate date, String signer, String recordedBy,
                                           LocalDate today) {
        DecisionText text = DecisionText.checked(number, date, signer, today);
        EstablishmentDecision decision = new EstablishmentDecision();
        decision.number = text.number();
        decision.date = text.date();
        decision.signer = text.signer();
        decision.recordedBy = recordedBy;
        decision.recordedAt = Instant.now();
        return decision;
    }

    /** The same decision with its scan attached (a new value, so that the team's version moves on). */
    public EstablishmentDecision withScan(ScanType type, long size, String sha256, String by, Instant at) {
        EstablishmentDecision decision = new EstablishmentDecision();
        decision.number = number;
        decision.date = date;
        decision.signer = signer;
        decision.recordedBy = recordedBy;
        decision.recordedAt = recordedAt;
        decision.scanType = type.mediaType();
        decision.scanSize = size;
        decision.scanSha256 = sha256;
        decision.scanBy = by;
        decision.scanAt = at;
        return decision;
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

    public Instant scanAt() {
        return scanAt;
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

    public String recordedBy() {
        return recordedBy;
    }
}
