package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The sample data as the run command starts it: Sơn La as the directive knew it, carried across 1 July 2025 by the
 * bundled rows of the shared files. Checks the "done when" on the run command against those files (the
 * national copies under the tests' data), and the demo users of today's and of the old units.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@RunAsClient
class TodaysSampleIT {

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(deployment);
    }

    static final String REFORM = "2025-07-01";
    /** The four old communes of the new Vân Hồ (resolution 1681/NQ-UBTVQH15). */
    static final Set<String> VAN_HO_BEFORE = Set.of("04048", "04039", "04051", "04054");

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.todaysSampleDataWar();
    }

    private static Map<String, String> officialNamesOfToday() {
        return TwoLevelIT.csv("vn-units-2025-07.csv").stream().filter(r -> r.get("parent_code").equals("14"))
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name")));
    }

    @Test
    void sonLaListsItsSeventyFiveUnitsOfTodayWithTheirOfficialNames() {
        Map<String, String> official = officialNamesOfToday();
        assertEquals(75, official.size());
        List<JsonObject> today = api.get("sonla.so", "api/v1/units?parent=14").array().getValuesAs(JsonObject.class);
        assertEquals(official.keySet(), today.stream().map(u -> u.getString("code")).collect(Collectors.toSet()));
        today.forEach(u -> assertEquals(official.get(u.getString("code")), u.getString("name"), u.toString()));
        assertTrue(today.stream().allMatch(u -> u.getString("level").equals("COMMUNE")
                && u.getString("validFrom").equals(REFORM) && (!u.containsKey("validTo") || u.isNull("validTo"))),
                "no district in force");
        assertEquals(Map.of("COMMUNE", 67L, "WARD", 8L), today.stream()
                .collect(Collectors.groupingBy(u -> u.getString("type"), Collectors.counting())));
        // The day before, the province had its twelve districts of March 2025.
        assertEquals(12, api.get("sonla.so", "api/v1/units?parent=14&on=2025-06-30").array().size());
    }

    @Test
    void theClosedDistrictAnswersWithItsLastDayAndSuccessors() {
        JsonObject district = api.get("sonla.so", "api/v1/units/128").json();
        assertEquals("DISTRICT", district.getString("level"));
        assertEquals("2025-06-30", district.getString("validTo"));
        Set<String> expected = TwoLevelIT.csv("vn-units-2025-07-merges.csv").stream()
                .filter(r -> r.get("old_district_code").equals("128")).map(r -> r.get("new_code"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("03985", "04006", "04018", "04048", "04057"), expected);
        assertEquals(expected, district.getJsonArray("successors").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code")).collect(Collectors.toCollection(TreeSet::new)));
        // The district's officer still reads their district of 2023, its fourteen communes.
        assertEquals(14, api.get("vanho.phong", "api/v1/units?parent=128&on=2023-06-01").array().size());
    }

    @Test
    void theNewVanHoListsItsFourPredecessorsAndTheirVillages() {
        JsonObject vanHo = api.get("vanho.canbo", "api/v1/units/04048").json();
        assertEquals("Xã Vân Hồ", vanHo.getString("name"));
        assertEquals("14", vanHo.getString("parentCode"));
        List<JsonObject> predecessors = vanHo.getJsonArray("predecessors").getValuesAs(JsonObject.class);
        assertEquals(VAN_HO_BEFORE, predecessors.stream().filter(p -> p.getString("code").length() == 5)
                .map(p -> p.getString("code")).collect(Collectors.toSet()));
        assertTrue(predecessors.stream().allMatch(p -> p.getString("resolutionNumber").equals("1681/NQ-UBTVQH15")
                && p.getString("effectiveOn").equals(REFORM)));
        // Six sample villages from each of the four old communes, each with its old self as predecessor.
        List<JsonObject> villages = api.get("vanho.canbo", "api/v1/units?parent=04048").array()
                .getValuesAs(JsonObject.class);
        assertEquals(24, villages.size());
        assertEquals(VAN_HO_BEFORE, villages.stream().map(v -> v.getJsonArray("predecessors").getJsonObject(0)
                .getString("parentCode")).collect(Collectors.toSet()));
        // Its teams: the commune team started from the old Vân Hồ's members, established, and the village teams
        // that followed their villages.
        List<JsonObject> teams = teams("vanho.canbo", "04048", null);
        JsonObject communeTeam = teams.stream().filter(t -> t.getString("level").equals("COMMUNE")).findFirst()
                .orElseThrow();
        assertEquals("ESTABLISHED", communeTeam.getString("status"));
        assertEquals(7, communeTeam.getInt("memberCount"));
        assertEquals(5, teams.stream().filter(t -> t.getString("level").equals("VILLAGE")).count(),
                "the old Vân Hồ's five village teams (R2's minimum)");
    }

    @Test
    void theOldCommunesTeamsAreDissolvedAndReadable() {
        for (String[] old : List.of(new String[] {"vanho.canbo", "04048"}, new String[] {"quangminh.canbo", "04042"})) {
            List<JsonObject> then = teams(old[0], old[1], "2023-06-01");
            JsonObject communeTeam = then.stream().filter(t -> t.getString("level").equals("COMMUNE")).findFirst()
                    .orElseThrow(() -> new AssertionError(then.toString()));
            assertEquals("DISSOLVED", communeTeam.getString("status"), old[1]);
            JsonObject team = api.get(old[0], "api/v1/teams/" + communeTeam.getString("id")).json();
            assertEquals("1681/NQ-UBTVQH15", team.getJsonObject("dissolution").getString("decisionNumber"));
            assertEquals(REFORM, team.getJsonObject("dissolution").getString("dissolvedOn"));
            assertEquals("2022-06-17", team.getJsonObject("establishment").getString("decisionDate"));
            assertEquals(7, api.get(old[0], "api/v1/teams/" + communeTeam.getString("id") + "/members").array()
                    .size(), "its members are kept");
        }
    }

    @Test
    void monthsAreReportedOnTheStructureOfTheirFirstDay() {
        JsonObject old = api.get("vanho.canbo", "api/v1/monthly-reports/04048/2024-05").json();
        assertEquals("ACCEPTED", old.getString("status"));
        JsonObject august = api.get("vanho.canbo", "api/v1/monthly-reports/04048/2025-08").json();
        assertEquals("ACCEPTED", august.getString("status"));
        assertEquals(api.get("songkhua.canbo", "api/v1/monthly-reports/04006/2025-08").status(), 200);
        // Quang Minh reported until June 2025; from July its villages are Song Khủa's.
        assertEquals(200, api.get("quangminh.canbo", "api/v1/monthly-reports/04042/2025-06").status());
        assertNotEquals(200, api.get("quangminh.canbo", "api/v1/monthly-reports/04042/2025-08").status());
    }

    @Test
    void theDistrictsConsolidationOf2023ReadsItsFourteenCommunes() throws InterruptedException {
        JsonObject june = TwoLevelIT.consolidate(api, "vanho.phong", "DISTRICT", "128", "2023-06");
        assertEquals(14, june.getInt("expected"));
        assertEquals(2, june.getInt("received"), "the sample's Vân Hồ and Quang Minh");
        JsonObject vanHo = api.get("vanho.phong", "api/v1/monthly-reports/04048/2023-06").json();
        JsonObject quangMinh = api.get("vanho.phong", "api/v1/monthly-reports/04042/2023-06").json();
        JsonObject totals = june.getJsonObject("totals");
        for (String indicator : vanHo.getJsonObject("values").keySet()) {
            assertEquals(vanHo.getJsonObject("values").getJsonNumber(indicator).longValue()
                    + quangMinh.getJsonObject("values").getJsonNumber(indicator).longValue(),
                    totals.getJsonNumber(indicator).longValue(), indicator);
        }
        // After the reform the province reads its communes straight: two of them reported August 2025.
        JsonObject august = TwoLevelIT.consolidate(api, "sonla.so", "PROVINCE", "14", "2025-08");
        assertEquals(75, august.getInt("expected"));
        assertEquals(2, august.getInt("received"));
    }

    @Test
    void theOldCommunesUsersReadTheirHistoryAndChangeNothing() {
        JsonObject muongMen = api.get("muongmen.canbo", "api/v1/units/04039").json();
        assertEquals("2025-06-30", muongMen.getString("validTo"));
        assertEquals("04048", muongMen.getJsonArray("successors").getJsonObject(0).getString("code"));
        assertEquals(6, api.get("muongmen.canbo", "api/v1/units?parent=04039&on=2024-01-01").array().size());
        Api.Reply team = api.post("quangminh.canbo", "api/v1/teams", "{\"unitCode\":\"04042\"}");
        assertEquals(409, team.status(), "no team for a closed commune: " + team.body());
        Api.Reply village = api.post("quangminh.chutich", "api/v1/teams", "{\"unitCode\":\"04042-01\"}");
        assertTrue(village.status() >= 400, "nor under it: " + village.body());
        Api.Reply edit = api.put("quangminh.canbo", "api/v1/monthly-reports/04042/2024-05",
                "{\"values\":{},\"notes\":\"sửa\"}", "\"0\"");
        assertTrue(edit.status() >= 400, "an accepted report of then stays as it was: " + edit.body());
        // The users of today's units exist for every commune and ward of Sơn La; the province reads them all.
        JsonObject me = api.get("tohieu.canbo", "api/v1/me").json();
        assertEquals("03646", me.getJsonArray("units").getJsonObject(0).getString("code"));
        assertEquals(JsonValue.ValueType.ARRAY, api.get("sonla.so", "api/v1/teams?unit=14").json()
                .get("items").getValueType());
    }

    // ---- The pages, in headless Chromium (as OfficerPagesIT drives them) ---------------------------------------

    @Test
    void theNewVanHosOfficerSeesTheirCommuneWithTheVillagesOfFourOldCommunes() throws Exception {
        PhoneBrowser phone = PhoneBrowser.open("todays-sample", null);
        ChromeDriver browser = phone.driver;
        try {
            browser.get(api.uri("ui/").toString());
            phone.login("vanho.canbo");
            assertTrue(text(browser, "#jurisdiction").contains("Xã: Xã Vân Hồ (04048)"), text(browser, "#jurisdiction"));
            phone.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Các Tổ CĐS"))).click();
            phone.heading("Các Tổ CĐS");
            WebElement villages = phone.wait.until(d -> d.findElement(By.cssSelector("details.villages")));
            assertEquals("Các bản, thôn, tổ dân phố: 24", villages.findElement(By.tagName("summary")).getText());
            villages.findElement(By.tagName("summary")).click();
            List<WebElement> items = browser.findElements(By.cssSelector("#villages > li"));
            assertEquals(24, items.size());
            Map<String, Long> byOldCommune = items.stream().map(WebElement::getText)
                    .map(text -> text.replaceFirst(".*trước 01/07/2025: ", ""))
                    .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
            assertEquals(Map.of("Xã Vân Hồ", 6L, "Xã Mường Men", 6L, "Xã Lóng Luông", 6L, "Xã Chiềng Yên", 6L),
                    byOldCommune);
            assertTrue(items.get(0).getText().startsWith("Bản: Bản mẫu 1 ("), items.get(0).getText());
            saveScreenshot(browser, "todays-van-ho-villages");
            // A ward's officer is a ward's: "phường", not "xã".
            browser.findElement(By.id("logout")).click();
            phone.login("tohieu.canbo");
            assertTrue(text(browser, "#jurisdiction").contains("Phường: Phường Tô Hiệu (03646)"),
                    text(browser, "#jurisdiction"));
            assertTrue(text(browser, "#roles").contains("Cán bộ phường"), text(browser, "#roles"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aProvinceOfficerSeesATwoLevelProvinceWithoutAnyDistrictWording() throws Exception {
        PhoneBrowser phone = PhoneBrowser.open("todays-sample", null);
        ChromeDriver browser = phone.driver;
        try {
            browser.get(api.uri("ui/").toString());
            phone.login("sonla.so");
            assertTrue(text(browser, "#roles").contains("Cán bộ Sở Khoa học và Công nghệ"), text(browser, "#roles"));
            noDistrictWording(browser, "home");
            for (String[] page : List.of(new String[] {"Các Tổ CĐS", "Các Tổ CĐS"},
                    new String[] {"Báo cáo tháng", "Báo cáo tháng"}, new String[] {"Tổng hợp báo cáo", "Tổng hợp báo cáo"},
                    new String[] {"Tải biểu mẫu", "Tải biểu mẫu"})) {
                browser.get(api.uri("ui/").toString() + "#/");
                phone.heading("Xin chào, sonla.so");
                phone.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(page[0]))).click();
                phone.heading(page[1]);
                // Lists drawn after the heading: wait until the page has stopped loading.
                phone.wait.until(d -> d.findElements(By.cssSelector("main select, main .cards, main form")).size() > 0);
                noDistrictWording(browser, page[0]);
            }
            browser.get(api.uri("ui/").toString() + "#/teams");
            phone.heading("Các Tổ CĐS");
            List<WebElement> communes = phone.wait.until(d -> d.findElements(By.cssSelector(".cards.communes > li")));
            assertEquals(75, communes.size(), "the province's communes and wards, straight");
            assertTrue(text(browser, "main").contains("Các xã, phường"));
            saveScreenshot(browser, "todays-son-la-teams");
        } finally {
            browser.quit();
        }
    }

    @Test
    void formF1PrintsTheProgrammesNameOfItsDayAndTheWardsWords() throws Exception {
        Api.Reply set = api.put("sonla.so", "api/v1/units/14/office-names", "{\"periods\":[{\"validTo\":\"2025-06-30\","
                + "\"programmeName\":\"Tổ chuyển đổi số cộng đồng\",\"provinceOffice\":\"Sở Thông tin và Truyền thông\","
                + "\"districtOffice\":\"Phòng Văn hóa và Thông tin\",\"communeOffice\":\"Ủy ban nhân dân xã\"},"
                + "{\"validFrom\":\"2025-07-01\",\"programmeName\":\"Tổ công nghệ số cộng đồng\",\"provinceOffice\":"
                + "\"Sở Khoa học và Công nghệ\",\"communeOffice\":\"Phòng Văn hóa - Xã hội\"}]}", null);
        assertEquals(200, set.status(), set.body());
        String today = pdfText("vanho.canbo", "unit=04048");
        assertTrue(today.contains("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU"), today);
        assertTrue(today.contains("ỦY BAN NHÂN DÂN XÃ VÂN HỒ"), today);
        String then = pdfText("vanho.canbo", "unit=04048&on=2023-06-01");
        assertTrue(then.contains("DANH SÁCH TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU"), then);
        String ward = pdfText("tohieu.canbo", "unit=03646");
        assertTrue(ward.contains("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG PHƯỜNG, TỔ DÂN PHỐ"), ward);
        String province = pdfText("sonla.so", "unit=14");
        assertFalse(province.toLowerCase(VI).contains("huyện"), province);
    }

    static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private String pdfText(String user, String query) throws Exception {
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(api.uri("api/v1/reports/team-list?" + query + "&format=pdf"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        Path dir = Files.createDirectories(Path.of("target", "todays-sample-it"));
        Path file = Files.write(dir.resolve(query.replaceAll("\\W", "-") + ".pdf"), pdf.body());
        Process process = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), text);
        return text.replaceAll("\\s+", " ");
    }

    private static void noDistrictWording(ChromeDriver browser, String page) {
        String shown = (String) browser.executeScript("return document.title + ' ' + document.body.innerText");
        assertFalse(shown.toLowerCase(VI).contains("huyện"), page + ": " + shown);
        assertFalse(shown.toLowerCase(VI).contains("district"), page + ": " + shown);
    }

    private static String text(ChromeDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void saveScreenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private List<JsonObject> teams(String user, String unit, String on) {
        Api.Reply reply = api.get(user, "api/v1/teams?unit=" + unit + "&size=100" + (on == null ? "" : "&on=" + on));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
