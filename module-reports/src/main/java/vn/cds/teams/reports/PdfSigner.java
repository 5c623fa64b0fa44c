package vn.cds.teams.reports;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a rendered PDF with the issuing unit's certificate, PAdES baseline B (ETSI.CAdES.detached, the signing
 * certificate bound by signing-certificate-v2, the time in the signature dictionary), as an incremental update
 * that leaves the rendered bytes untouched. The signature is visible where the document leaves room to sign:
 * the signer's name and the time. Thread-safe: the key and chain are only read.
 */
public final class PdfSigner {

    private static final String FONT = "/vn/cds/teams/reports/fonts/LiberationSerif-Regular.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss XXX");
    /** Room for the CMS signature with a chain of a few certificates. */
    private static final int SIGNATURE_SIZE = 32_768;

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    /** @param chain the signing certificate first */
    public PdfSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = Objects.requireNonNull(key, "key");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain is needed");
        }
    }

    /**
     * @param pdf        the rendered document
     * @param spot       where to show the signature; null signs invisibly
     * @param signerName shown in the signature and stored as its /Name
     * @param location   the place of issue
     * @param time       the signing time
     */
    public byte[] sign(byte[] pdf, SignatureSpot spot, String signerName, String location, ZonedDateTime time) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setLocation(location);
            signature.setSignDate(GregorianCalendar.from(time));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            if (spot != null) {
                options.setPage(spot.pageIndex());
                options.setVisualSignature(appearance(document, spot, signerName, time));
            }
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 16_384);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new ReportException("Cannot sign the document", e);
        }
    }

    /** The CMS SignedData over the signed byte ranges, without the signing time (PAdES keeps it in /M). */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = chain.get(0);
            ContentSigner signer = new JcaContentSignerBuilder(algorithm()).build(key);
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(
                    new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash)}))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSAttributeTableGenerator withoutTime = parameters -> defaults.getAttributes(parameters)
                    .remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutTime).build(signer, certificate));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    private String algorithm() {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new ReportException("Unsupported key algorithm " + key.getAlgorithm());
        };
    }

    /** A one-page document holding only the signature field with its appearance, as PDFBox takes it. */
    private static InputStream appearance(PDDocument source, SignatureSpot spot, String signerName,
                                          ZonedDateTime time) throws IOException {
        PDPage sourcePage = source.getPage(spot.pageIndex());
        PDRectangle mediaBox = sourcePage.getMediaBox();
        // A landscape page comes as a portrait one turned a quarter clockwise (/Rotate 90): the spot, measured on
        // the page as read, is then turned back into the page's own space, and so is the appearance.
        boolean turned = sourcePage.getRotation() == 90;
        PDRectangle rectangle = turned
                ? new PDRectangle(spot.y(), spot.x(), spot.height(), spot.width())
                : new PDRectangle(spot.x(), mediaBox.getHeight() - spot.y() - spot.height(), spot.width(),
                        spot.height());
        try (PDDocument template = new PDDocument(); InputStream fontFile = PdfSigner.class.getResourceAsStream(FONT)) {
            PDPage page = new PDPage(mediaBox);
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rectangle);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xObject = new PDFormXObject(new PDStream(template));
            xObject.setResources(new PDResources());
            xObject.setFormType(1);
            xObject.setBBox(new PDRectangle(spot.width(), spot.height()));
            if (turned) {
                xObject.setMatrix(AffineTransform.getQuadrantRotateInstance(1));
            }
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xObject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            PDType0Font font = PDType0Font.load(template, fontFile);
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.setLineWidth(0.75f);
                content.addRect(0.5f, 0.5f, spot.width() - 1, spot.height() - 1);
                content.stroke();
                content.beginText();
                content.setFont(font, 9);
                content.setLeading(12);
                content.newLineAtOffset(6, spot.height() - 16);
                for (String line : Arrays.asList("Ký số bởi: " + signerName, "Thời gian: " + WHEN.format(time))) {
                    content.showText(TeamListTemplate.nfc(line));
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
