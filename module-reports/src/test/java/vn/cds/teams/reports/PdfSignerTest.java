package vn.cds.teams.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signs form F1 with a throw-away certificate made here, and lets pdfsig (poppler-utils) judge the result. */
class PdfSignerTest {

    private static final Path OUT = Path.of("target", "signed");
    private static PdfSigner signer;

    @BeforeAll
    static void throwAwayCertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=UBND xa Van Ho (test),O=CDS test,C=VN");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        signer = new PdfSigner(pair.getPrivate(), List.of(certificate));
        Files.createDirectories(OUT);
    }

    @Test
    void aSignedListIsValidAndAnyChangedByteInvalidatesIt() throws Exception {
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        SignatureSpot spot = new TeamListReport().render(TeamListRows.COMMUNE_HEADER, TeamListRows.QUANG_MINH.iterator(),
                ReportFormat.PDF, rendered);
        assertNotNull(spot, "the signature block has room to sign");
        byte[] signed = signer.sign(rendered.toByteArray(), spot, "Hà Văn Đức", "Vân Hồ",
                ZonedDateTime.of(2022, 6, 15, 9, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")));
        Path pdf = Files.write(OUT.resolve("f1-signed.pdf"), signed);
        Poppler.firstPageToPng(pdf, Path.of("target", "screenshots", "f1-signed-page1.png"));

        String report = Poppler.signatures(pdf);
        assertTrue(report.contains("Signature Type: ETSI.CAdES.detached"), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        // The rendered text is untouched: the signature is an incremental update.
        assertTrue(Poppler.text(pdf, "-layout").contains("Hà Văn Đức"));

        // One byte changed inside the first signed range (in a stream's data, so the file still parses).
        byte[] tampered = signed.clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 40;
        tampered[at] ^= 0x01;
        Path broken = Files.write(OUT.resolve("f1-signed-tampered.pdf"), tampered);
        String tamperedReport = Poppler.signatures(broken);
        assertFalse(tamperedReport.contains("Signature is Valid."), tamperedReport);
        assertTrue(tamperedReport.contains("Signature Validation: Signature is Invalid.")
                || tamperedReport.contains("Digest Mismatch"), tamperedReport);
    }

    @Test
    void aPortraitReportIsSignedAtItsSignatureBlockToo() throws Exception {
        DocumentFrame frame = new DocumentFrame("Ủy ban nhân dân", "Xã Vân Hồ", 27, "BC-UBND", "Vân Hồ",
                LocalDate.of(2022, 7, 18), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Mùa A Sử", List.of("- Lưu: VT."));
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        SignatureSpot spot = new MonthlyReportForm().render(new MonthlyReportHeader(frame,
                        "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG", "Tháng 7 năm 2022", null, null),
                List.of(new MonthlyReportRow("Kinh tế số", "Số tài khoản thanh toán điện tử được mở", 35L)),
                ReportFormat.PDF, rendered);
        assertNotNull(spot);
        Path pdf = Files.write(OUT.resolve("monthly-signed.pdf"), signer.sign(rendered.toByteArray(), spot,
                "Mùa A Sử", "Vân Hồ", ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
        Poppler.firstPageToPng(pdf, Path.of("target", "screenshots", "monthly-signed-page1.png"));
        assertTrue(Poppler.signatures(pdf).contains("Signature Validation: Signature is Valid."));
    }
}
