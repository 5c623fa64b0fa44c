package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Form F1 downloaded through the API on Payara Micro, read back as a person's tools would: pdftotext for the words
 * with their diacritics, pdffonts for embedding, Apache POI for the spreadsheet.
 */
class ReportsIT extends SampleDataIT {

    static final String TITLE = "DANH SÁCH TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU";

    @Test
    void aCommunesListHasEveryTeamAndLeaderWithTheirDiacritics() throws Exception {
        HttpResponse<byte[]> pdf = download("vanho.canbo", "unit=04048&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''Danh%20s%C3%A1ch"), disposition);

        Path file = save(pdf.body(), "f1-vanho.pdf");
        String text = words(file);
        assertTrue(text.contains(TITLE), text);
        for (String header : List.of("STT", "Tên Tổ Chuyển đổi số", "Họ và tên Tổ trưởng", "Số điện thoại",
                "Chức vụ chính quyền")) {
            assertTrue(text.contains(header), header);
        }
        assertTrue(text.contains("ỦY BAN NHÂN DÂN XÃ VÂN HỒ"), "superior and issuing body, upper-case");
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        List<JsonObject> teams = api.get("vanho.canbo", "api/v1/teams?unit=04048").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        // The sample data's six teams of Vân Hồ.
        assertEquals(6, teams.size(), teams.toString());
        int previous = -1;
        for (JsonObject team : teams) {
            if (!team.containsKey("leaderName") || team.isNull("leaderName")) {
                continue;
            }
            int at = text.indexOf(team.getString("leaderName"));
            assertTrue(at >= 0, "leader " + team.getString("leaderName") + " is on the form");
            assertTrue(at > previous, "rows in the API's order: commune team first, then the villages");
            previous = at;
        }
        assertTrue(text.indexOf("Xã Vân Hồ") < text.indexOf("Bản mẫu 1"));

        String fonts = run("pdffonts", file.toString());
        List<String> fontRows = fonts.lines().skip(2).toList();
        assertFalse(fontRows.isEmpty());
        fontRows.forEach(row -> assertTrue(row.contains("LiberationSerif") && row.matches(".*\\byes\\s+yes\\b.*"),
                "embedded subset: " + row));
        run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", file.toString(),
                file.resolveSibling("f1-vanho-page").toString());
    }

    @Test
    void aDistrictsListHasASubHeadingPerCommune() throws Exception {
        HttpResponse<byte[]> pdf = download("vanho.phong", "unit=128");
        assertEquals(200, pdf.statusCode(), "PDF is the default format");
        String text = words(save(pdf.body(), "f1-district.pdf"));
        assertTrue(text.contains("ỦY BAN NHÂN DÂN HUYỆN VÂN HỒ"));
        int quangMinh = text.indexOf("Xã Quang Minh");
        int vanHo = text.indexOf("Xã Vân Hồ");
        assertTrue(quangMinh >= 0 && vanHo > quangMinh, "communes in the catalogue's order, each with its teams");
    }

    @Test
    void theSpreadsheetHoldsTheSameRows() throws Exception {
        HttpResponse<byte[]> xlsx = download("quangminh.chutich", "unit=04042&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        List<String> leaders = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    leaders.add(row.getCell(2).getStringCellValue());
                }
            }
        }
        List<String> expected = api.get("quangminh.chutich", "api/v1/teams?unit=04042").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("leaderName")).toList();
        assertEquals(expected, leaders);
    }

    @Test
    void theListFollowsTheRegistrysRolesAndJurisdiction() throws Exception {
        assertEquals(404, download("quangminh.canbo", "unit=04048").statusCode(), "another commune");
        assertEquals(404, download("quangminh.canbo", "unit=128").statusCode(), "the parent district");
        assertEquals(403, download("admin", "unit=04048").statusCode(), "the administrator has no team data");
        assertEquals(401, download(null, "unit=04048").statusCode());
        assertEquals(422, download("vanho.canbo", "unit=04048&format=docx").statusCode());
        assertEquals(422, download("vanho.canbo", "format=pdf").statusCode());
    }

    private HttpResponse<byte[]> download(String user, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("api/v1/reports/team-list?" + query));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Path save(byte[] content, String name) throws IOException {
        Path dir = Path.of("target", "reports-it");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }

    /** The PDF's text in content order with white space folded, so that a name wrapped in its cell reads whole. */
    private static String words(Path pdf) throws Exception {
        return run("pdftotext", "-raw", pdf.toString(), "-").replaceAll("\\s+", " ");
    }

    /** Runs a poppler tool; CI installs poppler-utils, so a missing tool fails the test instead of skipping it. */
    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install poppler-utils", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
        return new String(output, StandardCharsets.UTF_8);
    }
}
