package vn.cds.teams.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.documents.IssueInput;
import vn.cds.teams.api.documents.IssuedDocumentView;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.documents.domain.DocumentCounter;
import vn.cds.teams.documents.domain.IssuedDocument;
import vn.cds.teams.documents.domain.IssuedDocumentFile;
import vn.cds.teams.documents.infrastructure.SigningKeys;
import vn.cds.teams.reporting.application.MonthlyReportExport;
import vn.cds.teams.reporting.application.TeamListExport;
import vn.cds.teams.reports.DocumentFrame;
import vn.cds.teams.reports.ReportFormat;
import vn.cds.teams.reports.SignatureSpot;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The document register: issuing gives a document the next number of its unit, year and kind and stores the file
 * as issued. The number is taken under the counter row's write lock in the transaction that stores the document,
 * so concurrent issues on any number of instances get consecutive numbers, and a failed issue takes none.
 */
@ApplicationScoped
@Transactional
public class DocumentRegister {


    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    DocumentSettingsService settings;

    @Inject
    CounterRows counters;

    @Inject
    TeamListExport teamList;

    @Inject
    MonthlyReportExport monthly;

    @Inject
    CurrentCaller caller;

    @Inject
    SigningKeys keys;

    @Inject
    AuditLog audit;

    public IssuedDocumentView issue(IssueInput input) {
        Validation.requireBody(input);
        Validation validation = new Validation();
        if (validation.required("unitCode", input.unitCode())) {
            settings.requireOwnUnit(units.require(input.unitCode()));
        }
        validation.required("kind", input.kind());
        if (input.kind() == DocumentKind.BC) {
            validation.required("period", input.period());
        }
        validation.throwIfInvalid();
        // Everything is read and checked before the counter is locked, to hold the lock no longer than needed.
        Content content = input.kind() == DocumentKind.DS ? list(input.unitCode()) : report(input.unitCode(),
                input.period());
        AdministrativeUnit unit = content.unit();
        LocalDate today = LocalDate.now(clock);
        int number = nextNumber(unit.code(), today.getYear(), input.kind());
        DocumentFrame frame = settings.frame(unit, input.kind(), today, number, content.namesOn());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SignatureSpot spot = content.writer().write(frame, pdf);
        byte[] bytes = pdf.toByteArray();
        // With the unit's certificate configured, the file is signed (PAdES) before it is stored and hashed.
        SigningKeys.Signer signer = keys.forUnit(unit.code()).orElse(null);
        if (signer != null) {
            String name = frame.signerName() != null ? frame.signerName() : frame.issuingBody();
            bytes = signer.signer().sign(bytes, spot, name, frame.placeName(), ZonedDateTime.now(clock));
        }
        IssuedDocument document = IssuedDocument.issue(unit.code(), input.kind(), today, number,
                frame.symbol(), content.period(), caller.name(),
                clock.instant(), content.fileName() + " số " + number + "." + ReportFormat.PDF.fileExtension(),
                ReportFormat.PDF.mediaType(), bytes,
                signer == null ? null : signer.subject());
        em.persist(document);
        em.persist(new IssuedDocumentFile(document.id(), bytes));
        em.flush();
        IssuedDocumentView view = view(document);
        audit.record("document", document.id(), "issue", null, view);
        return view;
    }

    /** The register of a unit the caller may see, newest first; {@code year} null for every year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedDocumentView> list(String unitCode, Integer year) {
        Validation validation = new Validation();
        validation.required("unit", unitCode);
        validation.throwIfInvalid();
        AdministrativeUnit unit = units.require(unitCode);
        var query = em.createQuery("SELECT d FROM IssuedDocument d WHERE d.unitCode = :unit"
                        + (year == null ? "" : " AND d.year = :year")
                        + " ORDER BY d.year DESC, d.kind, d.number DESC", IssuedDocument.class)
                .setParameter("unit", unit.code());
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultList().stream().map(DocumentRegister::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuedDocumentView get(String id) {
        return view(require(id));
    }

    /** The file as issued, with its register entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(String id) {
        IssuedDocument document = require(id);
        return new Download(view(document), document.mediaType(), em.find(IssuedDocumentFile.class, id).content());
    }

    public record Download(IssuedDocumentView document, String mediaType, byte[] content) {
    }

    /** A document of a unit the caller may see; anything else is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuedDocument require(String id) {
        try {
            UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            new Validation().add("id", "field.id").throwIfInvalid();
        }
        IssuedDocument document = em.find(IssuedDocument.class, id);
        if (document == null) {
            throw DomainException.notFound("document.not-found", id);
        }
        try {
            units.require(document.unitCode());
        } catch (DomainException foreign) {
            throw DomainException.notFound("document.not-found", id);
        }
        return document;
    }

    private int nextNumber(String unitCode, int year, DocumentKind kind) {
        String id = DocumentCounter.idOf(unitCode, year, kind);
        DocumentCounter counter = em.find(DocumentCounter.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                counters.create(unitCode, year, kind);
            } catch (RuntimeException createdMeanwhile) {
                // Another issue created the row first: lock that one.
            }
            counter = em.find(DocumentCounter.class, id, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    private Content list(String unitCode) {
        TeamListExport.Export export = teamList.prepare(unitCode, null);
        return new Content(export.unit(), null, null, stripExtension(export.fileName(ReportFormat.PDF)),
                (frame, out) -> export.write(frame, ReportFormat.PDF, out));
    }

    private Content report(String unitCode, String period) {
        MonthlyReportExport.Export export = monthly.prepare(unitCode, period);
        return new Content(export.unit(), export.period(), export.namesDay(),
                stripExtension(export.fileName(ReportFormat.PDF)),
                (frame, out) -> export.write(frame, ReportFormat.PDF, out));
    }

    private static String stripExtension(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    /** What is issued: read and checked, waiting for its frame. */
    private record Content(AdministrativeUnit unit, String period, LocalDate namesOn, String fileName, Writer writer) {
    }

    @FunctionalInterface
    private interface Writer {
        SignatureSpot write(DocumentFrame frame, OutputStream out);
    }

    static IssuedDocumentView view(IssuedDocument d) {
        return new IssuedDocumentView(d.id(), d.unitCode(), d.kind(), d.year(), d.number(), d.symbol(),
                d.issuedOn(), d.issuedAt(), d.issuedBy(), d.period(), d.fileName(), d.size(), d.sha256(), d.signedBy());
    }
}
