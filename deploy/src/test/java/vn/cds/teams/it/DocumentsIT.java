package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.net.URL;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Official documents through the API: a unit's settings decide the signature block and recipients, issuing numbers
 * a document in the unit's register and stores it, and the stored file downloads byte for byte. PDFs are read back
 * with pdftotext (poppler-utils, as ReportsIT); page 1 of each is left in {@code target/screenshots/}. The portal
 * configures a signing keystore made here with a throw-away certificate for Vân Hồ (04048) only: its documents are
 * signed (pdfsig judges them), Quang Minh's (04042) are issued unsigned. A decision's scan is limited to 512 KiB here.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@ClockAt(DocumentsIT.TODAY + "T10:00")
@RunAsClient
class DocumentsIT {

    /** The day of the tests' clock: documents are dated and signed that day. */
    static final String TODAY = "2026-11-20";

    static final long SCAN_LIMIT = 524_288;

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive war() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "documents-it")).toAbsolutePath();
        Path keystore = dir.resolve("signing.p12");
        Files.deleteIfExists(keystore);
        String password = UUID.randomUUID().toString();
        // A self-signed certificate made by the JDK's keytool, valid from 2026 on for ten years (the clock's day and
        // the real one); the alias is the unit's code.
        run(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "04048",
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-startdate", "2026/01/01 00:00:00",
                "-validity", "3650",
                "-dname", "CN=UBND xa Van Ho (thu nghiem), O=CDS test, C=VN", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", password, "-keypass", password);
        return Deployments.sampleDataWarWith("cds.documents.keystore=" + keystore
                + "\ncds.documents.keystore-password=" + password + "\ncds.decision.max-bytes=" + SCAN_LIMIT);
    }

    @BeforeEach
    void client() {
        api = new Api(deployment);
    }

    static final String TITLE = "DANH SÁCH TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU";

    @Test
    void anIssuedListReadsInTheDecreesOrderAndDownloadsByteForByte() throws Exception {
        String settings = "api/v1/units/04048/document-settings";
        JsonObject current = api.get("vanho.chutich", settings).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals("DS")).findFirst().orElseThrow();
        // Today's defaults: the chairman signs for the People's Committee, to the district above.
        assertEquals("HEAD", current.getString("authority"), current.toString());
        Api.Reply changed = api.put("vanho.chutich", settings, "{\"kind\":\"DS\",\"onBehalfOf\":\"ỦY BAN NHÂN DÂN\","
                + "\"authority\":\"KT\",\"headTitle\":\"CHỦ TỊCH\",\"signerTitle\":\"PHÓ CHỦ TỊCH\","
                + "\"signerName\":\"Lường Thị Mẫu\",\"recipients\":[\"Như trên\",\"UBND huyện Vân Hồ\","
                + "\"Phòng Văn hóa và Thông tin huyện\"],\"archive\":\"VT, VHXH\"}",
                "\"" + current.getJsonNumber("version").longValue() + "\"");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                changed.json().getJsonArray("signatureLines").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());

        Api.Reply issued = api.post("vanho.canbo", "api/v1/documents", "{\"unitCode\":\"04048\",\"kind\":\"DS\"}");
        assertEquals(201, issued.status(), issued.body());
        JsonObject entry = issued.json();
        int number = entry.getInt("number");
        assertEquals(number + "/DS-UBND", entry.getString("symbol"));
        assertEquals("vanho.canbo", entry.getString("issuedBy"));

        HttpResponse<byte[]> file = download("vanho.chutich", "api/v1/documents/" + entry.getString("id") + "/file");
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals(entry.getString("sha256"), sha256(file.body()));
        assertEquals(entry.getJsonNumber("size").longValue(), file.body().length);
        HttpResponse<byte[]> again = download("vanho.canbo", "api/v1/documents/" + entry.getString("id") + "/file");
        assertArrayEquals(file.body(), again.body(), "an issued document downloads byte for byte");

        Path pdf = save(file.body(), "issued-f1-04048.pdf");
        screenshot(pdf, "document-f1-issued");

        // Signed with the unit's certificate: pdfsig finds the signature valid over the whole file...
        assertTrue(entry.getString("signedBy").contains("CN=UBND xa Van Ho (thu nghiem)"), entry.toString());
        String signatures = runAnyExit("pdfsig", pdf.toString());
        assertTrue(signatures.contains("Signature Type: ETSI.CAdES.detached"), signatures);
        assertTrue(signatures.contains("Total document signed"), signatures);
        assertTrue(signatures.contains("Signature Validation: Signature is Valid."), signatures);
        // ... and one byte changed inside the signed range (in the first stream's data) breaks it.
        byte[] tampered = file.body().clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 40;
        tampered[at] ^= 0x01;
        String broken = runAnyExit("pdfsig", save(tampered, "issued-f1-04048-tampered.pdf").toString());
        assertFalse(broken.contains("Signature is Valid."), broken);
        assertTrue(broken.contains("Signature Validation: Signature is Invalid.") || broken.contains("Digest Mismatch"),
                broken);
        List<String> lines = lines(pdf);
        int superior = indexOf(lines, "ỦY BAN NHÂN DÂN", 0);
        assertEquals("XÃ VÂN HỒ", lines.get(superior + 1), String.join("\n", lines));
        int numberLine = indexOf(lines, "Số: " + number + "/DS-UBND", superior);
        int date = lines.stream().filter(l -> l.startsWith("Vân Hồ, ngày ")).findFirst().map(lines::indexOf)
                .orElseThrow(() -> new AssertionError("no date line in " + lines));
        assertEquals("Vân Hồ, ngày 20 tháng 11 năm 2026", lines.get(date), "the clock's day");
        int title = indexOf(lines, TITLE, Math.max(numberLine, date));
        int recipients = indexOf(lines, "Nơi nhận:", title);
        indexOf(lines, "- Lưu: VT, VHXH.", recipients);
        int signature = indexOf(lines, "TM. ỦY BAN NHÂN DÂN", title);
        indexOf(lines, "Lường Thị Mẫu", indexOf(lines, "PHÓ CHỦ TỊCH", indexOf(lines, "KT. CHỦ TỊCH", signature)));
        assertFalse(lines.contains("DỰ THẢO"), "an issued document is no draft");

        List<JsonObject> register = api.get("vanho.phong", "api/v1/documents?unit=04048").array()
                .getValuesAs(JsonObject.class);
        assertTrue(register.stream().anyMatch(d -> d.getString("id").equals(entry.getString("id"))), "in the register");
        List<JsonObject> history = api.get("vanho.chutich", "api/v1/audit?entity=document&id="
                + entry.getString("id")).array().getValuesAs(JsonObject.class);
        assertEquals("issue", history.get(0).getString("action"), history.toString());

        // The draft download stays free: no number, marked as a draft.
        HttpResponse<byte[]> draft = download("vanho.canbo", "api/v1/reports/team-list?unit=04048");
        Path draftPdf = save(draft.body(), "draft-f1-04048.pdf");
        screenshot(draftPdf, "document-f1-draft");
        // The blank left for the number splits the line in pdftotext's reading order; content order keeps it.
        String draftText = run("pdftotext", "-enc", "UTF-8", "-raw", draftPdf.toString(), "-");
        assertTrue(draftText.contains("DỰ THẢO") && draftText.matches("(?s).*Số:\\s+/DS-UBND.*"), draftText);
        assertEquals(register.size(), api.get("vanho.phong", "api/v1/documents?unit=04048").array().size(),
                "a draft takes no number");
    }

    @Test
    void twoHundredConcurrentIssuesAreNumberedWithoutGapOrRepeat() throws Exception {
        int before = api.get("quangminh.canbo", "api/v1/documents?unit=04042").array().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("kind").equals("DS")).mapToInt(d -> d.getInt("number")).max()
                .orElse(0);
        int issues = 200;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> numbers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                boolean even = i % 2 == 0;
                replies.add(pool.submit(() -> api.post(even ? "quangminh.canbo" : "quangminh.chutich",
                        "api/v1/documents", "{\"unitCode\":\"04042\",\"kind\":\"DS\"}")));
            }
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get(5, TimeUnit.MINUTES);
                assertEquals(201, r.status(), r.body());
                assertFalse(r.json().containsKey("signedBy") && !r.json().isNull("signedBy"),
                        "no certificate for Quang Minh: issued unsigned");
                numbers.add(r.json().getInt("number"));
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("%d concurrent issues in %d ms%n", issues, (System.nanoTime() - start) / 1_000_000);
        numbers.sort(null);
        assertEquals(IntStream.rangeClosed(before + 1, before + issues).boxed().toList(), numbers);
    }

    @Test
    void documentsAreTheUnitsOwn() {
        Api.Reply district = api.post("vanho.phong", "api/v1/documents", "{\"unitCode\":\"04048\",\"kind\":\"DS\"}");
        assertEquals(403, district.status(), "a district officer does not number a commune's list: " + district);
        assertEquals(404, api.post("quangminh.canbo", "api/v1/documents", "{\"unitCode\":\"04048\",\"kind\":\"DS\"}")
                .status(), "another commune");
        assertEquals(422, api.post("vanho.canbo", "api/v1/documents", "{\"unitCode\":\"04048\"}").status());
        assertEquals(422, api.post("vanho.canbo", "api/v1/documents", "{\"unitCode\":\"04048\",\"kind\":\"BC\"}")
                .status(), "a report needs its period");
        assertEquals(403, api.put("vanho.phong", "api/v1/units/04048/document-settings", "{\"kind\":\"DS\"}", "\"0\"")
                .status());
        Api.Reply byOrder = api.put("vanho.canbo", "api/v1/units/04048/document-settings",
                "{\"kind\":\"BC\",\"onBehalfOf\":\"ỦY BAN NHÂN DÂN\",\"authority\":\"TL\",\"headTitle\":\"CHỦ TỊCH\","
                        + "\"signerTitle\":\"CHÁNH VĂN PHÒNG\",\"archive\":\"VT\"}", "\"0\"");
        assertEquals(422, byOrder.status(), byOrder.body());
        assertTrue(byOrder.body().contains("onBehalfOf"), byOrder.body());
        assertEquals(404, api.get("vanho.canbo", "api/v1/documents/" + java.util.UUID.randomUUID()).status());
        assertEquals(422, api.get("vanho.canbo", "api/v1/documents/x").status());
    }

    @Test
    void theEstablishmentDecisionsScanIsOnFileForThoseWhoMayReadTheTeam() throws Exception {
        JsonObject team = api.get("vanho.canbo", "api/v1/teams?unit=04048").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("unitCode").equals("04048"))
                .findFirst().orElseThrow();
        String path = "api/v1/teams/" + team.getString("id");
        Api.Reply before = api.get("vanho.chutich", path);
        assertEquals("ESTABLISHED", before.json().getString("status"));
        // A scan: here a PDF the portal made (any PDF, JPEG or PNG would do), sent as a plain body.
        byte[] scan = download("vanho.canbo", "api/v1/reports/team-list?unit=04048").body();
        assertEquals(428, putScan("vanho.chutich", path, scan, null, "application/pdf").status(), "needs If-Match");
        assertEquals(403, putScan("vanho.canbo", path, scan, before.etag(), "application/pdf").status(),
                "the chairman puts his decision on file");
        assertEquals(404, putScan("quangminh.chutich", path, scan, before.etag(), "application/pdf").status(),
                "another commune's team");

        Api.Reply attached = putScan("vanho.chutich", path, scan, before.etag(), "application/octet-stream");
        assertEquals(200, attached.status(), attached.body());
        JsonObject onFile = attached.json().getJsonObject("establishment").getJsonObject("scan");
        assertEquals("application/pdf", onFile.getString("mediaType"), "told by the content, not the claimed type");
        assertEquals(sha256(scan), onFile.getString("sha256"));
        assertEquals(scan.length, onFile.getJsonNumber("size").longValue());
        assertEquals("vanho.chutich", onFile.getString("attachedBy"));
        assertFalse(attached.etag().equals(before.etag()), "the team's version moves on");

        for (String reader : List.of("vanho.chutich", "vanho.canbo", "vanho.phong", "sonla.so")) {
            HttpResponse<byte[]> back = download(reader, path + "/establishment/scan");
            assertEquals(200, back.statusCode(), reader);
            assertEquals("application/pdf", back.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(scan, back.body(), "byte for byte, for " + reader);
        }
        assertEquals(404, download("quangminh.canbo", path + "/establishment/scan").statusCode(), "a foreign team");
        List<JsonObject> history = api.get("vanho.chutich", "api/v1/audit?entity=team&id=" + team.getString("id"))
                .array().getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> h.getString("action").equals("attach-establishment-scan")),
                history.toString());

        // A renamed executable (an ELF program sent as a PDF) and a file over the limit: a problem, nothing stored.
        byte[] program = Files.readAllBytes(Path.of(System.getProperty("java.home"), "bin", "java"));
        Api.Reply executable = putScan("vanho.chutich", path, Arrays.copyOf(program, 4096), attached.etag(),
                "application/pdf");
        assertEquals(422, executable.status(), executable.body());
        assertTrue(executable.header("Content-Type").startsWith("application/problem+json"), executable.toString());
        assertTrue(executable.body().contains("\"scan\""), executable.body());
        byte[] large = Arrays.copyOf(scan, (int) SCAN_LIMIT + 1);
        Api.Reply oversized = putScan("vanho.chutich", path, large, attached.etag(), "application/pdf");
        assertEquals(413, oversized.status(), oversized.body());
        assertTrue(oversized.header("Content-Type").startsWith("application/problem+json"), oversized.toString());
        Api.Reply after = api.get("vanho.chutich", path);
        assertEquals(attached.etag(), after.etag(), "nothing changed");
        assertArrayEquals(scan, download("vanho.phong", path + "/establishment/scan").body());

        // A photo replaces it; a draft team has no decision to attach to.
        byte[] png = pngOf(scan);
        Api.Reply photo = putScan("vanho.chutich", path, png, after.etag(), "image/jpeg");
        assertEquals(200, photo.status(), photo.body());
        assertEquals("image/png", photo.json().getJsonObject("establishment").getJsonObject("scan")
                .getString("mediaType"));
        HttpResponse<byte[]> image = download("vanho.phong", path + "/establishment/scan");
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(png, image.body());
        assertEquals(422, api.get("vanho.canbo", "api/v1/teams/x/establishment/scan").status());
    }

    @Test
    void theDissolutionDecisionsScanIsOnFileToo() throws Exception {
        // A village and its draft team of their own, so that dissolving it changes nothing the other tests count.
        String village = "04048-S1";
        Api.Reply unit = api.post("admin", "api/v1/units", "{\"code\":\"" + village
                + "\",\"name\":\"Bản Thử Giải Thể\",\"level\":\"VILLAGE\",\"parentCode\":\"04048\"}");
        assertEquals(201, unit.status(), unit.toString());
        Api.Reply drafted = api.post("vanho.canbo", "api/v1/teams", "{\"unitCode\":\"" + village + "\"}");
        assertEquals(201, drafted.status(), drafted.toString());
        String path = "api/v1/teams/" + drafted.json().getString("id");
        byte[] scan = download("vanho.canbo", "api/v1/reports/team-list?unit=04048").body();
        Api.Reply early = putScanTo("vanho.chutich", path + "/dissolution/scan", scan, drafted.etag(), "application/pdf");
        assertEquals(409, early.status(), "no dissolution decision yet: " + early);

        String today = TODAY;
        Api.Reply dissolved = api.send("vanho.chutich", HttpRequest.newBuilder(api.uri(path + "/dissolution"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"decisionNumber\":\"07/QĐ-UBND\",\"decisionDate\":\""
                        + today + "\",\"signer\":\"Mùa A Sử\"}", StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"), drafted.etag());
        assertEquals(200, dissolved.status(), dissolved.toString());
        Api.Reply attached = putScanTo("vanho.chutich", path + "/dissolution/scan", scan, dissolved.etag(),
                "application/pdf");
        assertEquals(200, attached.status(), attached.toString());
        JsonObject onFile = attached.json().getJsonObject("dissolution").getJsonObject("scan");
        assertEquals(sha256(scan), onFile.getString("sha256"));
        assertEquals("DISSOLVED", attached.json().getString("status"));
        assertArrayEquals(scan, download("vanho.phong", path + "/dissolution/scan").body(), "byte for byte");
        assertEquals(404, download("quangminh.canbo", path + "/dissolution/scan").statusCode());
        assertEquals(404, download("vanho.canbo", path + "/establishment/scan").statusCode(), "never established");
        assertEquals(413, putScanTo("vanho.chutich", path + "/dissolution/scan", Arrays.copyOf(scan,
                (int) SCAN_LIMIT + 1), attached.etag(), "application/pdf").status());
        assertEquals(attached.etag(), api.get("vanho.canbo", path).etag(), "nothing stored");
        List<JsonObject> history = api.get("vanho.chutich", "api/v1/audit?entity=team&id="
                + drafted.json().getString("id")).array().getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> h.getString("action").equals("attach-dissolution-scan")),
                history.toString());
    }

    private Api.Reply putScan(String user, String path, byte[] content, String ifMatch, String type) {
        return putScanTo(user, path + "/establishment/scan", content, ifMatch, type);
    }

    private Api.Reply putScanTo(String user, String url, byte[] content, String ifMatch, String type) {
        return api.send(user, HttpRequest.newBuilder(api.uri(url))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).header("Content-Type", type), ifMatch);
    }

    /** Page 1 of a PDF as a small PNG (30 dpi, well under the limit), by pdftoppm: a photo of the paper. */
    private static byte[] pngOf(byte[] pdf) throws Exception {
        Path source = save(pdf, "scan-source.pdf");
        Path prefix = source.resolveSibling("scan-photo");
        run("pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", "-singlefile", source.toString(), prefix.toString());
        return Files.readAllBytes(prefix.resolveSibling("scan-photo.png"));
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static Path save(byte[] content, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "documents-it"));
        return Files.write(dir.resolve(name), content);
    }

    private static void screenshot(Path pdf, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                dir.resolve(name).toString());
    }

    /** The PDF's non-empty lines in pdftotext's reading order. */
    private static List<String> lines(Path pdf) throws Exception {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + line + "' from line " + from + " in:\n" + String.join("\n", lines));
    }

    /** Runs a tool whose exit code the test does not judge (pdfsig exits non-zero for an untrusted issuer). */
    private static String runAnyExit(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: install poppler-utils", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return output;
    }

    /** Runs a poppler tool; CI installs poppler-utils, so a missing tool fails the test instead of skipping it. */
    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: install poppler-utils", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command));
        return output;
    }
}
