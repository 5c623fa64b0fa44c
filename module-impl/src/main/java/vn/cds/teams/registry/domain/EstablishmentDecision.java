package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

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

    /**
     * No team decision predates the national programme (community digital technology teams, 2021): an earlier
     * date is a typing error (such as year 0001). Decisions made on paper before the team was entered here are
     * normal, so the team's own creation is no bound.
     */
    static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);

    public static EstablishmentDecision of(String number, LocalDate date, String signer, String recordedBy,
                                           LocalDate today) {
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
        EstablishmentDecision decision = new EstablishmentDecision();
        decision.number = cleanNumber;
        decision.date = date;
        decision.signer = cleanSigner;
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
