package vn.cds.teams.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.documents.DocumentSettingsInput;
import vn.cds.teams.api.documents.DocumentSettingsView;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.domain.Versioned;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.documents.domain.DocumentSettings;
import vn.cds.teams.documents.domain.Issuer;
import vn.cds.teams.reports.DocumentFrame;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * A unit's document settings per kind (signer, recipients), and the Decree 30 frame of a document built from them
 * and from the issuing body's names. Units read theirs within jurisdiction; only the unit's own officers change
 * them.
 */
@ApplicationScoped
@Transactional
public class DocumentSettingsService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    IssuingBodies bodies;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSettingsView> list(String unitCode) {
        AdministrativeUnit unit = requireIssuer(unitCode);
        return Arrays.stream(DocumentKind.values()).map(kind -> view(settingsOf(unit, kind))).toList();
    }

    public DocumentSettingsView change(String unitCode, Long ifMatch, DocumentSettingsInput input) {
        Validation.requireBody(input);
        AdministrativeUnit unit = requireIssuer(unitCode);
        requireOwnUnit(unit);
        if (input.kind() == null) {
            new Validation().add("kind", "field.required").throwIfInvalid();
        }
        DocumentSettings settings = em.find(DocumentSettings.class, DocumentSettings.idOf(unit.code(), input.kind()));
        boolean stored = settings != null;
        if (!stored) {
            settings = defaults(unit, input.kind());
        }
        Versioned.check(ifMatch, settings.version());
        DocumentSettingsView before = view(settings);
        settings.change(input.onBehalfOf(), input.authority(), input.headTitle(), input.signerTitle(),
                input.signerName(), input.recipients(), input.archive());
        if (!stored) {
            em.persist(settings);
        }
        em.flush();
        DocumentSettingsView after = view(settings);
        audit.record("document-settings", DocumentSettings.idOf(unit.code(), input.kind()), "update", before, after);
        return after;
    }

    /**
     * The frame of a document of {@code unit}: a draft when {@code number} is null. The caller has checked the
     * unit against the jurisdiction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentFrame frame(AdministrativeUnit unit, DocumentKind kind, LocalDate date, Integer number) {
        return frame(unit, kind, date, number, date);
    }

    /**
     * @param namesOn the day whose office names the issuing body takes: a monthly report's month (its first day),
     *                so that it carries that month's office, as the drafts do
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentFrame frame(AdministrativeUnit unit, DocumentKind kind, LocalDate date, Integer number,
                               LocalDate namesOn) {
        Issuer issuer = bodies.of(unit, kind, namesOn == null ? date : namesOn);
        DocumentSettings settings = settingsOf(unit, kind);
        return new DocumentFrame(issuer.superiorBody(), issuer.issuingBody(), number,
                // The kind, then the issuing body (Decree 30/2020, Appendix I, item 3): "DS-UBND".
                kind + "-" + issuer.symbolOwner(), issuer.placeName(), date,
                String.join("\n", settings.signatureLines()), settings.signerName(), settings.recipientLines());
    }

    /** A draft's frame dated today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentFrame draft(AdministrativeUnit unit, DocumentKind kind) {
        return frame(unit, kind, LocalDate.now(clock), null);
    }

    /** A draft's frame dated today, with the office names of {@code namesOn} (see {@link #frame}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentFrame draft(AdministrativeUnit unit, DocumentKind kind, LocalDate namesOn) {
        return frame(unit, kind, LocalDate.now(clock), null, namesOn);
    }

    /** Documents are issued in a unit's own name only: a district officer does not number a commune's list. */
    public void requireOwnUnit(AdministrativeUnit unit) {
        if (!jurisdiction.coversEverything() && !jurisdiction.unitCodes().contains(unit.code())) {
            throw DomainException.forbidden("document.not-own-unit", unit.code());
        }
    }

    private AdministrativeUnit requireIssuer(String unitCode) {
        AdministrativeUnit unit = units.require(unitCode);
        if (unit.level() == UnitLevel.VILLAGE) {
            throw DomainException.notFound("document.not-an-issuer", unitCode);
        }
        return unit;
    }

    private DocumentSettings settingsOf(AdministrativeUnit unit, DocumentKind kind) {
        DocumentSettings stored = em.find(DocumentSettings.class, DocumentSettings.idOf(unit.code(), kind));
        return stored != null ? stored : defaults(unit, kind);
    }

    private DocumentSettings defaults(AdministrativeUnit unit, DocumentKind kind) {
        return DocumentSettings.defaults(unit.code(), kind, bodies.of(unit, kind, LocalDate.now(clock)));
    }

    private static DocumentSettingsView view(DocumentSettings s) {
        return new DocumentSettingsView(s.unitCode(), s.kind(), s.onBehalfOf(), s.authority(), s.headTitle(),
                s.signerTitle(), s.signerName(), s.recipientList(), s.archive(), s.signatureLines(), s.version());
    }
}
