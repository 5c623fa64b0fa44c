package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Sơn La across 1 July 2025, through the API, as a portal would do it: its units of March 2025 from the statistics
 * office's catalogue (on top of the sample's Vân Hồ district), the reorganisation of resolution 1681/NQ-UBTVQH15
 * from the merges file, then the whole national catalogue of July 2025; each twice, the second changing nothing.
 * Counts, successions and teams are checked against the same files; reads for a past day show that day's units.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoLevelIT extends SampleDataIT {

    static final String ADMIN = "admin";
    static final String REFORM = "2025-07-01";
    static final String RESOLUTION = "effective=" + REFORM + "&resolution=1681/NQ-UBTVQH15&resolutionDate=2025-06-16";

    /** The statistics office's rows of a file, each as column name to value. */
    static List<Map<String, String>> csv(String name) {
        try (InputStream in = TwoLevelIT.class.getResourceAsStream("/data/" + name)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] file(String name) {
        try (InputStream in = TwoLevelIT.class.getResourceAsStream("/data/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sơn La's districts of March 2025. */
    static Set<String> sonLaDistricts() {
        return csv("vn-units-2025-03.csv").stream()
                .filter(r -> r.get("level").equals("DISTRICT") && r.get("parent_code").equals("14"))
                .map(r -> r.get("code")).collect(Collectors.toSet());
    }

    /** Sơn La's rows of the merges file. */
    static List<Map<String, String>> sonLaMerges() {
        Set<String> districts = sonLaDistricts();
        return csv("vn-units-2025-07-merges.csv").stream()
                .filter(r -> districts.contains(r.get("old_district_code"))).toList();
    }

    /** Consolidations of a month before the reform, as made before it (district 128, province 14). */
    private static final Map<String, JsonObject> BEFORE = new HashMap<>();
    static final String OLD_MONTH = "2024-05";

    @Test
    @Order(0)
    void anOldMonthIsConsolidatedBeforeTheReform() throws InterruptedException {
        BEFORE.put("128", consolidate("vanho.phong", "DISTRICT", "128", OLD_MONTH));
        BEFORE.put("14", consolidate("sonla.so", "PROVINCE", "14", OLD_MONTH));
        assertEquals(14, BEFORE.get("128").getInt("expected"), "the district's fourteen communes");
    }

    @Test
    @Order(1)
    void sonLaOfMarch2025LoadsOnTopOfTheSampleDistrictOnce() {
        JsonObject dry = upload("api/v1/units/catalogue?province=14&dryRun=true", "vn-units-2025-03.csv",
                file("vn-units-2025-03.csv"), null).json();
        assertEquals(0, dry.getJsonArray("problems").size(), dry.getJsonArray("problems").toString());
        Set<String> districts = sonLaDistricts();
        long sonLa = 1 + districts.size() + csv("vn-units-2025-03.csv").stream()
                .filter(r -> districts.contains(r.get("parent_code"))).count();
        assertEquals(213, sonLa);
        // The sample holds the province, Vân Hồ district and its 14 communes already.
        assertEquals(sonLa - 16, dry.getJsonObject("counts").getInt("CREATE"), dry.getJsonObject("counts").toString());
        assertEquals(10806 - 213, dry.getInt("ignoredRows"));
        assertFalse(dry.getBoolean("applied"));

        Api.Reply applied = upload("api/v1/units/catalogue?province=14&dryRun=false", "vn-units-2025-03.csv",
                file("vn-units-2025-03.csv"), null);
        assertEquals(200, applied.status(), applied.body());
        assertTrue(applied.json().getBoolean("applied"));
        assertEquals(12, api.get(ADMIN, "api/v1/units?parent=14").array().size());

        JsonObject again = upload("api/v1/units/catalogue?province=14&dryRun=false", "vn-units-2025-03.csv",
                file("vn-units-2025-03.csv"), null).json();
        assertEquals(0, again.getJsonArray("changes").size(), "loading it again changes nothing");
        assertFalse(again.getBoolean("applied"));
    }

    @Test
    @Order(2)
    void theReorganisationPlacesTheVillagesOfSplitCommunesAsTheOfficerSays() {
        // Chiềng Hắc (04012) was split between Phường Mộc Châu (03980) and Xã Chiềng Hặc (04078).
        for (String village : List.of("04012-01", "04012-02")) {
            Api.Reply made = api.post(ADMIN, "api/v1/units", "{\"code\":\"" + village + "\",\"name\":\"Bản Chiềng "
                    + village.substring(6) + "\",\"level\":\"VILLAGE\",\"parentCode\":\"04012\"}");
            assertEquals(201, made.status(), made.body());
        }
        JsonObject dry = reorganise(true, null).json();
        assertEquals(0, dry.getJsonArray("problems").size(), dry.getJsonArray("problems").toString());
        List<Map<String, String>> merges = sonLaMerges();
        assertEquals(202, merges.size());
        assertEquals(10604 - merges.size(), dry.getInt("ignoredRows"));
        JsonObject counts = dry.getJsonObject("counts");
        assertEquals(75, counts.getInt("CREATE"));
        assertEquals(200 + 12, counts.getInt("CLOSE"), "the old communes and every district");
        assertEquals(2, counts.getInt("DISSOLVE"), "the commune teams of the sample's Vân Hồ and Quang Minh");
        assertEquals(List.of("04012-01", "04012-02"), dry.getJsonArray("villagesToPlace")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("code")).toList());
        assertEquals(List.of("03980", "04078"), dry.getJsonArray("villagesToPlace").getJsonObject(0)
                .getJsonArray("candidates").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        Api.Reply refused = reorganise(false, null);
        assertEquals(422, refused.status(), "villages still to place: nothing applied");
        assertEquals(0, api.get(ADMIN, "api/v1/units/04048").json().getJsonArray("successors").size(),
                "nothing applied");
    }

    @Test
    @Order(3)
    void sonLaIsReorganisedOnceWithItsSuccessionsAndTeams() {
        String placements = "village_code,new_code\n04012-01,03980\n04012-02,04078\n";
        Api.Reply applied = reorganise(false, placements);
        assertEquals(200, applied.status(), applied.body());
        assertTrue(applied.json().getBoolean("applied"));

        // Today's Sơn La: the 75 units of the catalogue with their official names, no district.
        Map<String, String> official = csv("vn-units-2025-07.csv").stream()
                .filter(r -> r.get("parent_code").equals("14"))
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name")));
        List<JsonObject> today = api.get(ADMIN, "api/v1/units?parent=14").array().getValuesAs(JsonObject.class);
        assertEquals(75, today.size());
        today.forEach(u -> assertEquals(official.get(u.getString("code")), u.getString("name")));
        assertTrue(today.stream().allMatch(u -> u.getString("level").equals("COMMUNE")
                && u.getString("validFrom").equals(REFORM)));
        assertEquals(12, api.get(ADMIN, "api/v1/units?parent=14&on=2025-06-30").array().size(),
                "the day before: the twelve districts");

        // Successions as the merges file says, for every new commune.
        Map<String, Set<String>> expected = new HashMap<>();
        sonLaMerges().forEach(r -> expected.computeIfAbsent(r.get("new_code"), k -> new TreeSet<>())
                .add(r.get("old_code") + ":" + r.get("part")));
        for (Map.Entry<String, Set<String>> entry : expected.entrySet()) {
            JsonObject unit = api.get(ADMIN, "api/v1/units/" + entry.getKey()).json();
            Set<String> predecessors = unit.getJsonArray("predecessors").getValuesAs(JsonObject.class).stream()
                    .filter(p -> !p.getString("code").matches("\\d{3}"))
                    .map(p -> p.getString("code") + ":" + p.getString("part")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(entry.getValue(), predecessors, entry.getKey());
        }
        JsonObject vanHo = api.get("vanho.canbo", "api/v1/units/04048").json();
        assertEquals(Set.of("04048", "04039", "04051", "04054", "128"), vanHo.getJsonArray("predecessors")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).collect(Collectors.toSet()));
        assertEquals("1681/NQ-UBTVQH15", vanHo.getJsonArray("predecessors").getJsonObject(0)
                .getString("resolutionNumber"));
        JsonObject oldVanHo = api.get("vanho.canbo", "api/v1/units/04048?on=2023-05-01").json();
        assertEquals("128", oldVanHo.getString("parentCode"));
        assertEquals("2025-06-30", oldVanHo.getString("validTo"));
        assertEquals("04048", oldVanHo.getJsonArray("successors").getJsonObject(0).getString("code"));
        assertEquals(REFORM, oldVanHo.getJsonArray("successors").getJsonObject(0).getString("validFrom"));

        // The closed district answers with its last day and the new communes it went into.
        JsonObject district = api.get(ADMIN, "api/v1/units/128").json();
        assertEquals("2025-06-30", district.getString("validTo"));
        Set<String> districtSuccessors = district.getJsonArray("successors").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code")).collect(Collectors.toSet());
        assertEquals(sonLaMerges().stream().filter(r -> r.get("old_district_code").equals("128"))
                .map(r -> r.get("new_code")).collect(Collectors.toSet()), districtSuccessors);
        assertEquals(14, api.get("vanho.phong", "api/v1/units?parent=128&on=2023-05-01").array().size(),
                "the district of 2023 reads as it was");

        // Teams: the old communes' commune teams are dissolved by the resolution; village teams went along.
        List<JsonObject> oldTeams = teams("vanho.canbo", "04048", "2023-05-01");
        JsonObject oldCommuneTeam = oldTeams.stream().filter(t -> t.getString("level").equals("COMMUNE"))
                .findFirst().orElseThrow();
        assertEquals("DISSOLVED", oldCommuneTeam.getString("status"));
        JsonObject dissolved = api.get("vanho.canbo", "api/v1/teams/" + oldCommuneTeam.getString("id")).json();
        assertEquals(REFORM, dissolved.getJsonObject("dissolution").getString("dissolvedOn"));
        assertEquals("1681/NQ-UBTVQH15", dissolved.getJsonObject("dissolution").getString("decisionNumber"));
        assertNotNull(dissolved.getJsonObject("establishment"), "its establishment decision is kept");
        assertTrue(api.get("vanho.canbo", "api/v1/teams/" + oldCommuneTeam.getString("id") + "/members").array()
                .size() >= 5, "its members are kept");

        List<JsonObject> newTeams = teams("vanho.canbo", "04048", null);
        assertTrue(newTeams.size() >= 5, newTeams.toString());
        assertTrue(newTeams.stream().allMatch(t -> t.getString("level").equals("VILLAGE")
                && t.getString("status").equals("ESTABLISHED")), "the village teams follow their villages");
        assertEquals(newTeams.size(), vanHo.getInt("villageTeams"));
        List<JsonObject> songKhua = teams("songkhua.canbo", "04006", null);
        assertTrue(songKhua.size() >= 3, "Quang Minh's village teams are Song Khủa's now");

        // R1 against the units in force: the closed Quang Minh gets no new team; the new Song Khủa may.
        assertEquals(409, api.post("quangminh.canbo", "api/v1/teams", "{\"unitCode\":\"04042\"}").status());
        Api.Reply draft = api.post("songkhua.canbo", "api/v1/teams", "{\"unitCode\":\"04006\"}");
        assertEquals(201, draft.status(), draft.body());
        // The new Vân Hồ's commune team starts from the members of the old Vân Hồ's dissolved team.
        Api.Reply started = api.post("vanho.canbo", "api/v1/teams", "{\"unitCode\":\"04048\",\"membersFrom\":[\""
                + oldCommuneTeam.getString("id") + "\"]}");
        assertEquals(201, started.status(), started.body());
        assertEquals("DRAFT", started.json().getString("status"));
        assertEquals(dissolved.getInt("memberCount"), started.json().getInt("memberCount"));
        assertEquals(dissolved.getString("leaderName"), started.json().getString("leaderName"));

        // F1 of a day before the reform: the old commune with its team, dissolved since.
        assertEquals(200, api.get("vanho.canbo", "api/v1/reports/team-list?unit=04048&format=xlsx&on=2023-05-01")
                .status());
        assertEquals(422, api.get("vanho.canbo", "api/v1/reports/team-list?unit=04048&format=xlsx&on=2023").status());

        // The split commune's villages went where the officer said.
        assertEquals("03980", api.get(ADMIN, "api/v1/units/04012-01").json().getString("parentCode"));
        assertEquals("04078", api.get(ADMIN, "api/v1/units/04012-02").json().getString("parentCode"));
        assertEquals("04012", api.get(ADMIN, "api/v1/units/04012-02?on=2025-06-30").json().getString("parentCode"));

        // A village made today under the new commune begins with it; none is made under a closed one.
        Api.Reply village = api.post(ADMIN, "api/v1/units",
                "{\"code\":\"04048-50\",\"name\":\"Tiểu khu Mới\",\"level\":\"VILLAGE\",\"parentCode\":\"04048\"}");
        assertEquals(201, village.status(), village.body());
        assertEquals(REFORM, village.json().getString("validFrom"));
        assertEquals("SUBZONE", village.json().getString("type"));
        assertEquals(422, api.post(ADMIN, "api/v1/units",
                "{\"code\":\"04042-50\",\"name\":\"Bản Mới\",\"level\":\"VILLAGE\",\"parentCode\":\"04042\"}")
                .status(), "Quang Minh is closed");
        assertEquals(409, api.put(ADMIN, "api/v1/units/128", "{\"name\":\"Huyện Vân Hồ Mới\"}", "\"0\"").status(),
                "history is not rewritten");

        JsonObject again = reorganise(false, placements).json();
        assertEquals(0, again.getJsonArray("changes").size(), "applying it again changes nothing");
        assertEquals(0, again.getJsonArray("problems").size());
    }

    @Test
    @Order(4)
    void theNationalCatalogueOfJuly2025LoadsOnceNextToTheReorganisedProvince() {
        String path = "api/v1/units/catalogue?from=" + REFORM;
        List<Map<String, String>> rows = csv("vn-units-2025-07.csv");
        assertEquals(3355, rows.size());
        JsonObject dry = upload(path + "&dryRun=true", "vn-units-2025-07.csv", file("vn-units-2025-07.csv"), null)
                .json();
        assertEquals(0, dry.getJsonArray("problems").size(), dry.getJsonArray("problems").toString());
        assertEquals(Map.of("CREATE", 3355 - 76), dry.getJsonObject("counts").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).intValue())),
                "Sơn La and its 75 communes are there already");

        long started = System.nanoTime();
        Api.Reply applied = upload(path + "&dryRun=false", "vn-units-2025-07.csv", file("vn-units-2025-07.csv"), null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, applied.status(), applied.body());
        System.out.printf("National catalogue (%d rows) applied in %d ms%n", rows.size(), millis);

        List<JsonObject> provinces = api.get(ADMIN, "api/v1/units").array().getValuesAs(JsonObject.class);
        assertEquals(34, provinces.stream().filter(p -> p.get("validTo") == null
                || p.isNull("validTo")).count());
        Map<String, Long> byType = new LinkedHashMap<>();
        for (JsonObject province : provinces) {
            api.get(ADMIN, "api/v1/units?parent=" + province.getString("code")).array()
                    .getValuesAs(JsonObject.class).forEach(u -> byType.merge(u.getString("type"), 1L, Long::sum));
        }
        assertEquals(Map.of("COMMUNE", 2621L, "WARD", 687L, "SPECIAL_ZONE", 13L), byType);

        JsonObject again = upload(path + "&dryRun=false", "vn-units-2025-07.csv", file("vn-units-2025-07.csv"), null)
                .json();
        assertEquals(0, again.getJsonArray("changes").size(), "loading it again changes nothing");
    }

    @Test
    @Order(5)
    void aChairmanDissolvesATeamByDecisionAndItStaysReadable() {
        JsonObject team = teams("vanho.canbo", "04048", null).get(0);
        Api.Reply dissolved = api.post("vanho.chutich", "api/v1/teams/" + team.getString("id") + "/dissolution",
                "{\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2025-09-01\",\"signer\":\"Chủ tịch Mẫu\"}");
        assertEquals(200, dissolved.status(), dissolved.body());
        assertEquals("DISSOLVED", dissolved.json().getString("status"));
        assertEquals("Chủ tịch Mẫu", dissolved.json().getJsonObject("dissolution").getString("signer"));
        assertEquals(409, api.post("vanho.chutich", "api/v1/teams/" + team.getString("id") + "/dissolution",
                "{\"decisionNumber\":\"12/QĐ-UBND\",\"decisionDate\":\"2025-09-01\",\"signer\":\"Chủ tịch Mẫu\"}")
                .status(), "once");
        assertEquals(200, api.get("vanho.canbo", "api/v1/teams/" + team.getString("id")).status());
        assertEquals(422, api.get(ADMIN, "api/v1/units/04048?on=1-7-2025").status());
    }

    @Test
    @Order(6)
    void eachMonthIsConsolidatedOnTheStructureOfItsFirstDay() throws InterruptedException {
        // The old month again, after the reform: the district's same communes and totals.
        JsonObject again = consolidate("vanho.phong", "DISTRICT", "128", OLD_MONTH);
        for (String field : List.of("expected", "received", "onTime", "late", "teams", "members")) {
            assertEquals(BEFORE.get("128").getInt(field), again.getInt(field), field);
        }
        assertEquals(BEFORE.get("128").getJsonArray("missing"), again.getJsonArray("missing"));
        assertEquals(BEFORE.get("128").getJsonObject("totals"), again.getJsonObject("totals"));
        assertTrue(again.getInt("revision") > BEFORE.get("128").getInt("revision"));
        // The province's old month reads its districts of then (the catalogue of March 2025 added eleven).
        JsonObject province = consolidate("sonla.so", "PROVINCE", "14", OLD_MONTH);
        assertEquals(BEFORE.get("14").getJsonObject("totals"), province.getJsonObject("totals"));
        Set<String> missing = province.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toSet());
        sonLaDistricts().stream().filter(d -> !d.equals("128"))
                .forEach(d -> assertTrue(missing.contains(d), d + " has no consolidation of its own"));
        assertTrue(missing.stream().noneMatch(m -> m.contains("~")), missing.toString());
        // After the reform the province takes its communes straight; there is no district to consolidate.
        JsonObject august = consolidate("sonla.so", "PROVINCE", "14", "2025-08");
        Set<String> communes = api.get(ADMIN, "api/v1/units?parent=14").array().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).collect(Collectors.toSet());
        assertTrue(august.getInt("expected") <= 75 && august.getInt("expected") > 0, august.toString());
        august.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
                .forEach(m -> assertTrue(communes.contains(m.getString()), m.getString()));
        Api.Reply sweep = api.post("sonla.so", "api/v1/consolidations/sweeps",
                "{\"level\":\"DISTRICT\",\"period\":\"2025-08\"}");
        assertEquals(422, sweep.status(), "no district in the month: " + sweep.body());
    }

    @Test
    @Order(7)
    void aProvinceSetsItsNamesWithDatesAndTheReportOfAMonthPrintsThatMonthsNames() throws Exception {
        List<JsonObject> national = api.get("sonla.so", "api/v1/units/14/office-names").array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
                national.stream().map(n -> n.getString("provinceOffice")).toList());
        String periods = "{\"periods\":[{\"validTo\":\"2025-06-30\",\"programmeName\":\"Tổ chuyển đổi số cộng đồng\","
                + "\"provinceOffice\":\"Sở Thông tin và Truyền thông\",\"districtOffice\":\"Phòng Văn hóa và Thông tin\","
                + "\"communeOffice\":\"Ủy ban nhân dân xã\"},{\"validFrom\":\"2025-07-01\",\"programmeName\":"
                + "\"Tổ công nghệ số cộng đồng\",\"provinceOffice\":\"Sở Khoa học và Công nghệ\","
                + "\"communeOffice\":\"Phòng Văn hóa - Xã hội\"}]}";
        Api.Reply set = api.put("sonla.so", "api/v1/units/14/office-names", periods, null);
        assertEquals(200, set.status(), set.body());
        assertEquals(2, api.get("sonla.so", "api/v1/units/14/office-names").array().size());
        assertEquals(422, api.put("sonla.so", "api/v1/units/14/office-names", periods.replace("2025-07-01",
                "2025-06-01"), null).status(), "overlapping periods");

        // August 2025 of the two-level province: its department and the national programme's name, no district.
        String august = pdfText("sonla.so", "unit=14&period=2025-08");
        assertTrue(august.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), august);
        assertTrue(august.contains("TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"), august);
        assertFalse(august.toLowerCase(java.util.Locale.forLanguageTag("vi")).contains("huyện"), august);
        // Its annex: one row per commune (no district in the month), totals equal to GET /consolidations.
        JsonObject consolidated = api.get("sonla.so", "api/v1/consolidations?unit=14&period=2025-08").json();
        int annex = august.indexOf("PHỤ LỤC KẾT QUẢ CỦA TỪNG XÃ");
        assertTrue(annex > 0, august);
        String annexText = august.substring(annex);
        Annexes.assertSourcesAndTotals(annexText, api.get(ADMIN, "api/v1/units?parent=14&on=2025-08-01").array()
                .getValuesAs(JsonObject.class), consolidated);
        // May 2024 of the district, as it was: its office, the directive's name.
        String may = pdfText("vanho.phong", "unit=128&period=" + OLD_MONTH);
        assertTrue(may.contains("PHÒNG VĂN HÓA VÀ THÔNG TIN") && may.contains("TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG"), may);
    }

    private String pdfText(String user, String query) throws Exception {
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api.uri("api/v1/reports/monthly?" + query + "&format=pdf"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "two-level-it"));
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve(query.replaceAll("\\W", "-") + ".pdf"),
                pdf.body());
        Process process = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), text);
        return text.replaceAll("\\s+", " ");
    }

    private JsonObject consolidate(String user, String level, String unit, String period) throws InterruptedException {
        return consolidate(api, user, level, unit, period);
    }

    /** Runs a consolidation and waits for its end (a minute at most), then reads it. */
    static JsonObject consolidate(Api api, String user, String level, String unit, String period)
            throws InterruptedException {
        Api.Reply run = api.post(user, "api/v1/consolidations", "{\"level\":\"" + level + "\",\"unitCode\":\""
                + unit + "\",\"period\":\"" + period + "\"}");
        assertEquals(202, run.status(), run.toString());
        long execution = run.json().getJsonNumber("executionId").longValue();
        JsonObject progress = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(user, "api/v1/consolidations/" + execution).json(),
                        p -> Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(p.getString("status")));
        assertEquals("COMPLETED", progress.getString("status"), progress.toString());
        Api.Reply result = api.get(user, "api/v1/consolidations?unit=" + unit + "&period=" + period);
        assertEquals(200, result.status(), result.toString());
        return result.json();
    }

    private List<JsonObject> teams(String user, String unit, String on) {
        Api.Reply reply = api.get(user, "api/v1/teams?unit=" + unit + "&size=100" + (on == null ? "" : "&on=" + on));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private Api.Reply reorganise(boolean dryRun, String placements) {
        return upload("api/v1/units/14/reorganisation?" + RESOLUTION + "&dryRun=" + dryRun,
                "vn-units-2025-07-merges.csv", file("vn-units-2025-07-merges.csv"), placements);
    }

    private Api.Reply upload(String path, String fileName, byte[] content, String placements) {
        String boundary = "cds" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "file", fileName, content);
        if (placements != null) {
            part(body, boundary, "placements", "placements.csv", placements.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return api.send(ADMIN, request, null);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String field, String fileName,
                             byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
