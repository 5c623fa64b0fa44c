package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Importing the lists communes keep (form F1 as XLSX or CSV): the module's own export round trip, a messy real-looking
 * file, idempotence, and every kind of bad file refused with nothing changed. Each test imports into a fresh commune
 * that the portal administrator makes under Vân Hồ district, as the district officer (who may import for its communes).
 */
class ImportIT extends SampleDataIT {

    static final String DISTRICT_OFFICER = "vanho.phong";

    @Test
    void theModulesOwnListImportsBackUnchanged() throws Exception {
        HttpResponse<byte[]> f1 = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        api.uri("api/v1/reports/team-list?unit=04048&format=xlsx"))
                .header("Authorization", basic("vanho.canbo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, f1.statusCode());
        var dryRun = upload("vanho.canbo", "04048", true, "f1.xlsx", f1.body());
        assertEquals(200, dryRun.status(), dryRun.body());
        JsonObject dry = dryRun.json();
        assertEquals(0, dry.getJsonArray("problems").size(), dry.toString());
        // The sample data's six teams of Vân Hồ, all in being: the list (F1) holds them, one change each.
        assertEquals(6, teams("04048").size());
        assertEquals(6, dry.getJsonArray("changes").size(), dry.toString());
        dry.getJsonArray("changes").getValuesAs(JsonObject.class)
                .forEach(c -> assertEquals("NONE", c.getString("action"), c.toString()));
        var applied = upload("vanho.canbo", "04048", false, "f1.xlsx", f1.body());
        assertEquals(200, applied.status(), applied.body());
        assertTrue(applied.json().getBoolean("applied"));
    }

    @Test
    void aMessyListIsReadAppliedOnceAndUpdatedWhenItChanges() throws Exception {
        String commune = freshCommune();
        byte[] file = messyWorkbook(commune, false);
        JsonObject dry = upload(DISTRICT_OFFICER, commune, true, "danh sach.xlsx", file).json();
        assertEquals(0, dry.getJsonArray("problems").size(), dry.toString());
        List<String> actions = actions(dry);
        assertEquals(List.of("CREATE", "CREATE", "CREATE"), actions);
        assertEquals(0, teams(commune).size(), "a dry run changes nothing");

        var applied = upload(DISTRICT_OFFICER, commune, false, "danh sach.xlsx", file);
        assertEquals(200, applied.status(), applied.body());
        List<JsonObject> teams = teams(commune);
        assertEquals(3, teams.size());
        assertEquals("COMMUNE", teams.get(0).getString("level"), "the commune team first");
        assertTrue(teams.stream().allMatch(t -> t.getString("status").equals("DRAFT")));
        assertTrue(teams.stream().anyMatch(t -> "Lò Thị Ểnh".equals(t.getString("leaderName", null))),
                "NFD names are stored NFC");
        JsonObject audit = api.get("vanho.phong", "api/v1/audit?entity=team&id=" + teams.get(0).getString("id"))
                .array().getJsonObject(0);
        assertEquals("import-create", audit.getString("action"));

        assertEquals(List.of("NONE", "NONE", "NONE"),
                actions(upload(DISTRICT_OFFICER, commune, false, "again.xlsx", file).json()), "idempotent");
        JsonObject changed = upload(DISTRICT_OFFICER, commune, false, "changed.xlsx",
                messyWorkbook(commune, true)).json();
        assertEquals(List.of("NONE", "UPDATE", "NONE"), actions(changed), changed.toString());
    }

    @Test
    void rowsWithProblemsAreListedAndTheFileIsNeverApplied() throws Exception {
        String commune = freshCommune();
        String csv = "STT;Tên Tổ Chuyển đổi số cộng đồng;Họ và tên Tổ trưởng;Số điện thoại;Chức vụ\n"
                + "1;Xã Thử " + commune + ";Hà Văn Một;0912000001;Bí thư Đoàn xã\n"
                + "2;Bản Không Có;Hà Văn Hai;0912000002;Trưởng bản\n"
                + "3;Bản mẫu 1;Hà Văn Ba;12345;Trưởng bản\n"
                + "4;Bản mẫu 2;Hà Văn Bốn;0912000004;Trưởng bản\n"
                + "5;Bản mẫu 2;Hà Văn Năm;0912000005;Trưởng bản\n"
                + "sáu;Bản mẫu 3;Hà Văn Sáu;0912000006;Trưởng bản\n";
        var reply = upload(DISTRICT_OFFICER, commune, false, "loi.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, reply.status());
        JsonObject report = reply.json();
        assertFalse(report.getBoolean("applied"));
        List<String> problems = report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + ":" + p.getString("field") + ":" + p.getString("rule", "-")).toList();
        assertEquals(List.of("3:teamName:R2", "4:phone:-", "6:leaderName:R6", "7:stt:-"), problems);
        assertEquals(0, teams(commune).size(), "nothing applied");
    }

    @Test
    void aLeaderAlreadyInAnotherVillageTeamOfTheRegistryIsAProblem() throws Exception {
        // A member of one of Vân Hồ's established village teams (sample data).
        JsonObject village = api.get(DISTRICT_OFFICER, "api/v1/teams?unit=04048&size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("level").equals("VILLAGE"))
                .findFirst().orElseThrow();
        String phone = api.get(DISTRICT_OFFICER, "api/v1/teams/" + village.getString("id") + "/members").array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getBoolean("active")).findFirst().orElseThrow()
                .getString("phone");
        String commune = freshCommune();
        String csv = "STT;Tên Tổ Chuyển đổi số cộng đồng;Họ và tên Tổ trưởng;Số điện thoại;Chức vụ\n"
                + "1;Xã Thử " + commune + ";Hà Văn Một;" + phone + ";Bí thư Đoàn xã\n"
                + "2;Bản mẫu 1;Hà Văn Hai;" + phone + ";Trưởng bản\n";
        var reply = upload(DISTRICT_OFFICER, commune, false, "nguoi-hai-to.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, reply.status(), reply.toString());
        List<String> problems = reply.json().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + ":" + p.getString("field")).toList();
        assertEquals(List.of("3:phone"), problems, "a commune team may have them, a second village team not");
        assertEquals(0, teams(commune).size(), "nothing applied");
    }

    @Test
    void badFilesAreRefusedWithAClearReason() throws Exception {
        String commune = freshCommune();
        assertFileRefused(commune, "%PDF-1.4\n%\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1), "không phải");
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, 0, ole2, 0, 8);
        assertFileRefused(commune, ole2, "mật khẩu");
        assertFileRefused(commune, workbookWithFormula(), "công thức");
        assertFileRefused(commune, zipBomb(), "zip bomb");
        StringBuilder rows = new StringBuilder("STT,Tên Tổ Chuyển đổi số cộng đồng,Họ và tên Tổ trưởng\n");
        for (int i = 1; i <= 100_000; i++) {
            rows.append(i).append(",Bản ").append(i).append(",Người ").append(i).append('\n');
        }
        assertFileRefused(commune, rows.toString().getBytes(StandardCharsets.UTF_8), "5000");
        assertFileRefused(commune, "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "tiêu đề");
        assertFileRefused(commune, workbookWithMergedHeader(), "tiêu đề");

        byte[] huge = new byte[50 * 1024 * 1024];
        assertEquals(413, upload(DISTRICT_OFFICER, commune, true, "huge.xlsx", huge, true).status(),
                "refused on its declared length, before the body is sent (Expect: 100-continue)");
        assertEquals(0, teams(commune).size());
    }

    @Test
    void importsFollowRolesAndJurisdiction() throws Exception {
        byte[] file = "STT,Tên Tổ Chuyển đổi số cộng đồng,Họ và tên Tổ trưởng\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, upload("vanho.chutich", "04048", true, "x.csv", file).status());
        assertEquals(404, upload("quangminh.canbo", "04048", true, "x.csv", file).status());
        assertEquals(401, upload(null, "04048", true, "x.csv", file).status());
        assertEquals(422, upload("vanho.phong", "128", true, "x.csv", file).status(), "a commune's list only");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private void assertFileRefused(String commune, byte[] content, String reason) throws Exception {
        var reply = upload(DISTRICT_OFFICER, commune, false, "bad", content);
        assertEquals(422, reply.status(), reply.body());
        assertEquals("file", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(reply.body().contains(reason), reason + " in " + reply.body());
    }

    /** This run's communes, numbered in order (the class's database is its own and new). */
    private static final AtomicInteger COMMUNES = new AtomicInteger();

    /** A new commune with three villages ("Bản mẫu 1" to "Bản mẫu 3") under Vân Hồ district. */
    private String freshCommune() {
        String code = String.valueOf(90001 + COMMUNES.getAndIncrement());
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"Xã Thử " + code
                + "\",\"level\":\"COMMUNE\",\"parentCode\":\"128\"}").status());
        for (int v = 1; v <= 3; v++) {
            assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + code + "-0" + v
                    + "\",\"name\":\"Bản mẫu " + v + "\",\"level\":\"VILLAGE\",\"parentCode\":\"" + code + "\"}").status());
        }
        return code;
    }

    private List<JsonObject> teams(String commune) {
        return api.get(DISTRICT_OFFICER, "api/v1/teams?unit=" + commune).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static List<String> actions(JsonObject report) {
        return report.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("action")).toList();
    }

    /**
     * Merged title rows, blank lines, headers without accents in another order, NFD names, dotted phones. The phones
     * are the commune's own (its digits in them), so that no two tests' leaders share one.
     */
    private static byte[] messyWorkbook(String commune, boolean villageOneLeaderChangedPhone) throws IOException {
        String villageOnePhone = villageOneLeaderChangedPhone ? "0988 " + commune + " 6" : "0912." + commune + ".8";
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("UBND XÃ THỬ");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            sheet.createRow(1).createCell(0).setCellValue("DANH SÁCH TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
            Row header = sheet.createRow(3);
            String[] titles = {"STT", "HO VA TEN TO TRUONG", "Tên tổ chuyển đổi số cộng đồng", "Chức vụ chính quyền địa phương",
                "Số điện thoại"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Object[][] rows = {
                {1, "Nguyễn Văn Xã", "Xã Thử " + commune, "Bí thư Đoàn xã", "+84 91 " + commune + " 11"},
                {2, Normalizer.normalize("Lò Thị Ểnh", Normalizer.Form.NFD), "Ban mau 1", "Trưởng bản", villageOnePhone},
                {3, "Hà Văn Hoà", "bản Mẫu 2", "Trưởng bản", "0353." + commune.substring(1) + ".33"}};
            int r = 5;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue((Integer) values[0]);
                for (int i = 1; i < values.length; i++) {
                    row.createCell(i).setCellValue((String) values[i]);
                }
                r += 2; // blank lines between rows
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbookWithFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Tên Tổ Chuyển đổi số cộng đồng");
            header.createCell(2).setCellValue("Họ và tên Tổ trưởng");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("1+0");
            row.createCell(1).setCellValue("Bản mẫu 1");
            row.createCell(2).setCellValue("Lò Văn A");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A header whose team and leader columns are one merged cell: the columns cannot be told apart. */
    private static byte[] workbookWithMergedHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Tên Tổ Chuyển đổi số cộng đồng và Tổ trưởng");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            header.createCell(3).setCellValue("Số điện thoại");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("Bản mẫu 1");
            row.createCell(2).setCellValue("Lò Văn A");
            row.createCell(3).setCellValue("0912345678");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An XLSX-shaped zip whose sheet inflates from a few hundred KB to 200 MB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    private Api.Reply upload(String user, String unit, boolean dryRun, String fileName, byte[] content) {
        return upload(user, unit, dryRun, fileName, content, false);
    }

    private Api.Reply upload(String user, String unit, boolean dryRun, String fileName, byte[] content,
                             boolean expectContinue) {
        String boundary = "cds" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("api/v1/imports?unit=" + unit + "&dryRun=" + dryRun))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .expectContinue(expectContinue)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return api.send(user, request, null);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
