package vn.cds.teams.registry.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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

    /** The signed paper's scan, if one is on file. */
    @Embedded
    @AttributeOverride(name = "type", column = @Column(name = "decision_scan_type"))
    @AttributeOverride(name = "size", column = @Column(name = "decision_scan_size"))
    @AttributeOverride(name = "sha256", column = @Column(name = "decision_scan_sha256"))
    @AttributeOverride(name = "by", column = @Column(name = "decision_scan_by"))
    @AttributeOverride(name = "at", column = @Column(name = "decision_scan_at"))
    private DecisionScan scan;

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
        decision.scan = DecisionScan.of(type, size, sha256, by, at);
        return decision;
    }

    /** Null when no scan is on file. */
    public DecisionScan scan() {
        return DecisionScan.orNull(scan);
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
