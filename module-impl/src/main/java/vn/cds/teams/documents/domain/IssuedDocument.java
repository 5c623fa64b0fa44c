package vn.cds.teams.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import vn.cds.teams.api.documents.DocumentKind;

/**
 * One entry of a unit's document register: what was issued, when and by whom, with the SHA-256 of the file. The
 * file itself is an {@link IssuedDocumentFile} of the same id, read only when downloaded.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    private String id;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Column(name = "issue_year")
    private int year;

    @Column(name = "doc_number")
    private int number;

    private String symbol;

    private String period;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "file_size")
    private long size;

    private String sha256;

    @Column(name = "signed_by")
    private String signedBy;

    protected IssuedDocument() {
    }

    /**
     * @param symbol the symbol after the number, e.g. "DS-UBND" for "15/DS-UBND"
     * @param period the month a report is of ("2022-07"); null for a list
     */
    public static IssuedDocument issue(String unitCode, DocumentKind kind, LocalDate issuedOn, int number,
                                       String symbol, String period, String issuedBy, Instant now,
                                       String fileName, String mediaType, byte[] content,
                                       String signedBy) {
        IssuedDocument document = new IssuedDocument();
        document.id = UUID.randomUUID().toString();
        document.unitCode = unitCode;
        document.kind = kind;
        document.year = issuedOn.getYear();
        document.number = number;
        document.symbol = number + "/" + symbol;
        document.period = period;
        document.issuedOn = issuedOn;
        document.issuedAt = now;
        document.issuedBy = issuedBy;
        document.fileName = fileName;
        document.mediaType = mediaType;
        document.size = content.length;
        document.sha256 = sha256(content);
        document.signedBy = signedBy;
        return document;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public DocumentKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String symbol() {
        return symbol;
    }

    public String period() {
        return period;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String signedBy() {
        return signedBy;
    }

    public String sha256() {
        return sha256;
    }
}
