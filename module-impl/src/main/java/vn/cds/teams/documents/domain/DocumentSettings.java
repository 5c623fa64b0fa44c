package vn.cds.teams.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.documents.SigningAuthority;
import vn.cds.teams.common.domain.Validation;

/**
 * Who signs a unit's documents of one kind and whom they go to (Decree 30/2020, Appendix I, items 7 and 9). A unit
 * that has set nothing uses {@link #defaults}: the head signs, to the body above.
 */
@Entity
@Table(name = "document_settings")
public class DocumentSettings {

    static final int MAX_TITLE = 100;
    static final int MAX_NAME = 100;
    static final int MAX_RECIPIENTS = 20;
    static final int MAX_RECIPIENT = 200;

    @Id
    private String id;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Version
    private long version;

    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    @Enumerated(EnumType.STRING)
    private SigningAuthority authority;

    @Column(name = "head_title")
    private String headTitle;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_name")
    private String signerName;

    /** One recipient a line. */
    private String recipients;

    private String archive;

    protected DocumentSettings() {
    }

    /** Today's practice: the head signs (for the People's Committee where it is one), sent to the body above. */
    public static DocumentSettings defaults(String unitCode, DocumentKind kind, Issuer issuer) {
        DocumentSettings settings = new DocumentSettings();
        settings.id = idOf(unitCode, kind);
        settings.unitCode = unitCode;
        settings.kind = kind;
        settings.onBehalfOf = issuer.collective() ? "ỦY BAN NHÂN DÂN" : null;
        settings.authority = SigningAuthority.HEAD;
        settings.headTitle = issuer.headTitle();
        settings.signerTitle = issuer.headTitle();
        List<String> recipients = new ArrayList<>(List.of("Như trên"));
        if (issuer.bodyAbove() != null) {
            recipients.add(issuer.bodyAbove());
        }
        settings.recipients = String.join("\n", recipients);
        settings.archive = "VT";
        return settings;
    }

    public static String idOf(String unitCode, DocumentKind kind) {
        return unitCode + "/" + kind;
    }

    /** Replaces every setting; blank texts count as absent. */
    public void change(String onBehalfOf, SigningAuthority authority, String headTitle, String signerTitle,
                       String signerName, List<String> recipients, String archive) {
        Validation validation = new Validation();
        String behalf = clean(onBehalfOf);
        String head = clean(headTitle);
        String signer = clean(signerTitle);
        String name = clean(signerName);
        String kept = clean(archive);
        validation.required("authority", authority);
        validation.maxLength("onBehalfOf", behalf, MAX_TITLE);
        validation.maxLength("headTitle", head, MAX_TITLE);
        validation.maxLength("signerTitle", signer, MAX_TITLE);
        validation.maxLength("signerName", name, MAX_NAME);
        validation.maxLength("archive", kept, MAX_RECIPIENT);
        validation.required("archive", kept);
        if (authority != null && authority != SigningAuthority.HEAD) {
            validation.required("headTitle", head);
        }
        if (authority != SigningAuthority.Q) {
            validation.required("signerTitle", signer);
        }
        // TL. and TUQ. sign by the head's order, not for the collective body (Decree 30/2020, Article 13).
        if (behalf != null && (authority == SigningAuthority.TL || authority == SigningAuthority.TUQ)) {
            validation.add("onBehalfOf", "field.document-on-behalf");
        }
        List<String> lines = recipients == null ? List.of()
                : recipients.stream().map(DocumentSettings::clean).filter(r -> r != null).toList();
        if (lines.size() > MAX_RECIPIENTS) {
            validation.add("recipients", "field.too-many", MAX_RECIPIENTS);
        }
        if (lines.stream().anyMatch(r -> r.length() > MAX_RECIPIENT || r.contains("\n"))) {
            validation.add("recipients", "field.document-recipient", MAX_RECIPIENT);
        }
        validation.throwIfInvalid();
        this.onBehalfOf = behalf;
        this.authority = authority;
        this.headTitle = head;
        this.signerTitle = authority == SigningAuthority.Q ? null : signer;
        this.signerName = name;
        this.recipients = String.join("\n", lines);
        this.archive = kept;
    }

    /** The signature block's lines above the space to sign, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
    public List<String> signatureLines() {
        List<String> lines = new ArrayList<>();
        if (onBehalfOf != null) {
            lines.add("TM. " + onBehalfOf);
        }
        switch (authority) {
            case HEAD -> lines.add(signerTitle);
            case Q -> lines.add("Q. " + headTitle);
            default -> {
                lines.add(authority + ". " + headTitle);
                lines.add(signerTitle);
            }
        }
        return lines;
    }

    /** "Nơi nhận" as printed: "- Như trên;", ..., "- Lưu: VT, VHXH." */
    public List<String> recipientLines() {
        List<String> lines = new ArrayList<>();
        recipientList().forEach(r -> lines.add("- " + r + ";"));
        lines.add("- Lưu: " + archive + ".");
        return lines;
    }

    public List<String> recipientList() {
        return recipients == null || recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split("\n"));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String unitCode() {
        return unitCode;
    }

    public DocumentKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    public SigningAuthority authority() {
        return authority;
    }

    public String headTitle() {
        return headTitle;
    }

    public String signerTitle() {
        return signerTitle;
    }

    public String signerName() {
        return signerName;
    }

    public String archive() {
        return archive;
    }
}
