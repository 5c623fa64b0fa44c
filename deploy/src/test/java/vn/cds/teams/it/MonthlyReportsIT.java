package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monthly reports (R12) and their consolidation by Jakarta Batch on Payara Micro, on the sample data (Vân Hồ
 * district 128 and its 14 communes) plus units made here, in a database of its own, on the tests' clock of
 * 20 November 2026 (the timers' month). Each test uses its own fixed past months; lateness is driven by a campaign's
 * one-off deadline (R14) set from the clock's day. Users of units made here log in with a portal's bearer token.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@ClockAt(MonthlyReportsIT.TODAY + "T10:00")
@RunAsClient
class MonthlyReportsIT {

    static final String ISSUER = "https://portal.example.vn/monthly-it";
    static final PortalTokens PORTAL = new PortalTokens(ISSUER);
    /** The day of the tests' clock ({@link ClockAt}): the module's today, and the timers' month. */
    static final String TODAY = "2026-11-20";
    /** The first of this class's months; each test takes its own offset from it. */
    static final YearMonth BASE = YearMonth.of(2010, 1);
    static final String LIFECYCLE = BASE.toString();
    static final String MAIN = BASE.plusMonths(1).toString();
    static final String SIMULTANEOUS = BASE.plusMonths(2).toString();
    static final String NO_DISTRICT = BASE.plusMonths(3).toString();
    static final String PDF = BASE.plusMonths(4).toString();
    static final String CAMPAIGN = BASE.plusMonths(5).toString();
    static final String AFTER_CAMPAIGN = BASE.plusMonths(7).toString();
    static final String SWEEP = BASE.plusMonths(8).toString();
    static final String DEAD_RUN = BASE.plusMonths(9).toString();
    static final String SWEEP_OF_SEVERAL = BASE.plusMonths(10).toString();
    /**
     * The district's campaign that sets the main month's one-off deadline (R14) spans every month this class uses,
     * so that R13 (no report owed outside a campaign) leaves the other tests' communes expected.
     */
    static final String LONG_CAMPAIGN_START = "2000-01-01";
    static final String LONG_CAMPAIGN_END = "2099-12-31";
    static final String DISTRICT = "128";
    /** The sample district's communes by demo-user slug. */
    static final Map<String, String> COMMUNES = communes();

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.withTestHooks(Deployments.sampleDataWarWith(PORTAL.configuration()
                // Three sources per checkpoint, and the first run of the main month's district consolidation
                // breaks after six sources: the test restarts it.
                + "\ncds.consolidation.chunk-size=3\ncds.consolidation.sweep-chunk-size=3"
                + "\ncds.consolidation.fail-once=" + DISTRICT + "@" + MAIN + ":6"
                // and the first sweep of the districts in the sweep month breaks in its second chunk.
                + ",sweep-DISTRICT@" + SWEEP + ":4"
                // The timers fire every ten seconds here instead of on the 20th and 25th at 1:00.
                + "\ncds.consolidation.district-day=*\ncds.consolidation.province-day=*\ncds.consolidation.hour=*"
                + "\ncds.consolidation.minute=*\ncds.consolidation.second=*/10"
                // The watchdog's first round is an hour away: a dead run's claim is taken over by a trigger here.
                + "\ncds.consolidation.watchdog-seconds=3600"));
    }

    @BeforeEach
    void client() {
        api = new Api(deployment);
    }

    @Test
    void theCatalogueHasTheDirectivesIndicatorsAndTheProvinceEditsIt() {
        Api.Reply list = api.get("vanho.canbo", "api/v1/indicators");
        assertEquals(200, list.status(), list.toString());
        Map<String, String> fields = new LinkedHashMap<>();
        list.array().getValuesAs(JsonObject.class).forEach(i -> fields.put(i.getString("code"), i.getString("field")));
        assertEquals("DIGITAL_GOVERNMENT", fields.get("DG_ONLINE_SERVICES_GUIDED"));
        assertEquals("DIGITAL_ECONOMY", fields.get("DE_EPAYMENT_ACCOUNTS"));
        assertEquals("DIGITAL_SOCIETY", fields.get("DS_DIGITAL_SERVICES_GUIDED"));
        assertEquals("GENERAL", fields.get("PROPAGANDA_SESSIONS"));
        assertTrue(list.array().getJsonObject(0).getString("name").contains("dịch vụ công trực tuyến"));

        String code = "ZALO_GROUPS";
        String body = "{\"name\":\"Số nhóm Zalo được lập\",\"field\":\"GENERAL\",\"sortOrder\":80}";
        assertEquals(403, api.put("vanho.canbo", "api/v1/indicators/" + code, body, null).status());
        Api.Reply created = api.put("sonla.so", "api/v1/indicators/" + code, body, null);
        assertEquals(200, created.status(), created.toString());
        assertEquals(428, api.put("sonla.so", "api/v1/indicators/" + code, body, null).status());
        Api.Reply off = api.put("sonla.so", "api/v1/indicators/" + code,
                "{\"name\":\"Số nhóm Zalo được lập\",\"field\":\"GENERAL\",\"active\":false}", created.etag());
        assertEquals(200, off.status(), off.toString());
        assertFalse(api.get("vanho.canbo", "api/v1/indicators").body().contains(code), "inactive: not asked for");
        assertTrue(api.get("vanho.canbo", "api/v1/indicators?all=true").body().contains(code));
    }

    @Test
    void aReportGoesFromDraftToSubmittedReturnedAcceptedAndIsReopenedByTheProvince() throws Exception {
        String path = "api/v1/monthly-reports/04048/" + LIFECYCLE;
        Api.Reply draft = api.put("vanho.canbo", path, "{\"values\":{\"DG_ONLINE_SERVICES_GUIDED\":120,"
                + "\"PROPAGANDA_SESSIONS\":4},\"notes\":\"Sóng điện thoại yếu ở bản vùng cao.\",\"commendations\":"
                + "[{\"nominee\":\"Lò Văn Mẫu\",\"kind\":\"PERSON\",\"unit\":\"Bản mẫu 1\","
                + "\"achievement\":\"Hướng dẫn 50 hộ cài VNeID\"}]}", null);
        assertEquals(200, draft.status(), draft.toString());
        JsonObject report = draft.json();
        assertEquals("DRAFT", report.getString("status"));
        assertEquals("Xã Vân Hồ", report.getString("communeName"));
        YearMonth month = YearMonth.parse(LIFECYCLE);
        assertEquals(month.minusMonths(1).atDay(15).toString(), report.getString("windowStart"), "Decree 09/2019");
        assertEquals(month.atDay(14).toString(), report.getString("windowEnd"));
        assertEquals("Lò Văn Mẫu", report.getJsonArray("commendations").getJsonObject(0).getString("nominee"));

        assertEquals(428, api.put("vanho.canbo", path, "{\"values\":{}}", null).status(), "If-Match once it exists");
        Api.Reply unknown = api.put("vanho.canbo", path, "{\"values\":{\"NO_SUCH\":1}}", draft.etag());
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().contains("values.NO_SUCH"), unknown.body());
        assertEquals(422, api.put("vanho.canbo", path, "{\"values\":{\"PROPAGANDA_SESSIONS\":-1}}", draft.etag())
                .status());
        assertEquals(404, api.put("quangminh.canbo", path, "{\"values\":{}}", null).status(), "another commune");
        assertEquals(404, api.get("quangminh.canbo", path).status());
        assertEquals(422, api.put("vanho.canbo", "api/v1/monthly-reports/04048/2022-13", "{}", null).status());
        String future = YearMonth.from(LocalDate.parse(TODAY)).plusMonths(2).toString();
        Api.Reply early = api.put("vanho.canbo", "api/v1/monthly-reports/04048/" + future, "{}", null);
        assertEquals(422, early.status(), "R12: a period whose window has not begun");
        assertTrue(early.body().contains("R12"));

        Api.Reply submitted = api.post("vanho.canbo", path + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted.toString());
        report = submitted.json();
        assertEquals("SUBMITTED", report.getString("status"));
        assertTrue(report.getBoolean("late"), "a past month is late");
        assertEquals(month.atDay(20).toString(), report.getString("dueBefore"));
        assertEquals("vanho.canbo", report.getString("submittedBy"));
        JsonObject figures = report.getJsonObject("establishment");
        Registry registry = registry("04048");
        assertEquals(registry.teams, figures.getInt("teams"));
        assertEquals(registry.members, figures.getInt("members"));
        assertEquals(registry.villageTeams, figures.getInt("villageTeams"));
        assertEquals(registry.incomplete, figures.getInt("incompleteTeams"));
        assertEquals(registry.teachers, figures.getInt("teachers"), "R15");
        assertEquals(5, figures.getInt("villageTeamMinimum"), "R2");
        assertFalse(figures.getBoolean("belowVillageTeamMinimum"));

        assertEquals(409, api.put("vanho.canbo", path, "{}", submitted.etag()).status(), "submitted: not editable");
        assertEquals(403, api.post("vanho.canbo", path + "/accept", "{}").status());
        assertEquals(404, api.post("vanho.phong", "api/v1/monthly-reports/04048/" + BASE.minusMonths(1) + "/accept",
                "{}").status(), "no report for that month");
        assertEquals(422, api.post("vanho.phong", path + "/return", "{\"reason\":\" \"}").status());
        Api.Reply returned = api.post("vanho.phong", path + "/return", "{\"reason\":\"Thiếu số liệu kinh tế số\"}");
        assertEquals(200, returned.status(), returned.toString());
        assertEquals("RETURNED", returned.json().getString("status"));
        assertEquals("Thiếu số liệu kinh tế số", returned.json().getString("returnReason"));

        Api.Reply edited = api.put("vanho.canbo", path, "{\"values\":{\"DG_ONLINE_SERVICES_GUIDED\":120,"
                + "\"DE_EPAYMENT_ACCOUNTS\":35}}", returned.etag());
        assertEquals(200, edited.status(), "returned: editable again");
        Api.Reply again = api.post("vanho.canbo", path + "/submit", "{}");
        assertEquals("SUBMITTED", again.json().getString("status"));
        assertTrue(again.json().getBoolean("late"));
        Api.Reply accepted = api.post("vanho.phong", path + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        Api.Reply locked = api.put("vanho.canbo", path, "{}", accepted.etag());
        assertEquals(409, locked.status(), "accepted: locked");
        assertTrue(locked.body().contains("R12"));
        assertEquals(409, api.post("vanho.canbo", path + "/submit", "{}").status());
        assertEquals(403, api.post("vanho.phong", path + "/reopen", "{}").status(), "only the province reopens");

        Api.Reply reopened = api.post("sonla.so", path + "/reopen", "{\"reason\":\"Sửa số liệu thanh toán\"}");
        assertEquals(200, reopened.status(), reopened.toString());
        assertEquals("RETURNED", reopened.json().getString("status"));
        Api.Reply history = api.get("sonla.so", "api/v1/audit?entity=monthly-report&id=04048/" + LIFECYCLE);
        assertEquals(200, history.status(), history.toString());
        List<String> actions = history.array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("create", "submit", "return", "update", "submit", "accept", "reopen"), actions);
        assertEquals("sonla.so", history.array().getJsonObject(6).getString("principal"));
        assertEquals(404, api.get("quangminh.canbo", "api/v1/audit?entity=monthly-report&id=04048/" + LIFECYCLE)
                .status());
    }

    /**
     * A month of Vân Hồ district: three communes on time, two late (after the campaign's one-off deadline moved to
     * yesterday, R14), one draft only and eight silent. The first consolidation breaks mid-step (test hook) and is
     * restarted; a second run makes a new revision with the same totals; the province's consolidation takes them.
     */
    @Test
    void aDistrictsMonthIsConsolidatedRestartedAfterAFailureAndRunAgainWithoutCountingTwice() throws Exception {
        LocalDate today = LocalDate.parse(TODAY);
        Api.Reply campaign = api.post("sonla.so", "api/v1/campaigns", "{\"unitCode\":\"" + DISTRICT
                + "\",\"name\":\"Đợt báo cáo thử " + MAIN + "\",\"startsOn\":\"" + LONG_CAMPAIGN_START
                + "\",\"endsOn\":\"" + LONG_CAMPAIGN_END + "\",\"dueBefore\":\""
                + today.plusDays(2) + "\",\"deadlinePeriod\":\"" + MAIN + "\"}");
        assertEquals(201, campaign.status(), campaign.toString());
        assertEquals(403, api.post("vanho.phong", "api/v1/campaigns", "{}").status());
        assertTrue(api.get("vanho.canbo", "api/v1/campaigns?unit=04048").body()
                .contains(campaign.json().getString("id")), "a district's campaign applies to its communes");

        Map<String, Map<String, Long>> submitted = new LinkedHashMap<>();
        Map<String, JsonObject> views = new LinkedHashMap<>();
        long seed = 7;
        for (String slug : List.of("vanho", "quangminh", "lienhoa", "suoibang", "songkhua")) {
            if (slug.equals("suoibang")) {
                String id = campaign.json().getString("id");
                Api.Reply moved = api.put("sonla.so", "api/v1/campaigns/" + id, "{\"unitCode\":\"" + DISTRICT
                        + "\",\"name\":\"Đợt báo cáo thử " + MAIN + "\",\"startsOn\":\"" + LONG_CAMPAIGN_START
                        + "\",\"endsOn\":\"" + LONG_CAMPAIGN_END + "\",\"dueBefore\":\""
                        + today.minusDays(1) + "\",\"deadlinePeriod\":\"" + MAIN + "\"}", campaign.etag());
                assertEquals(200, moved.status(), moved.toString());
            }
            Map<String, Long> values = new TreeMap<>(Map.of("DG_ONLINE_SERVICES_GUIDED", seed * 11,
                    "DE_ECOMMERCE_GUIDED", seed * 3, "PROPAGANDA_SESSIONS", seed % 5));
            seed += 13;
            String commune = COMMUNES.get(slug);
            Api.Reply put = api.put(slug + ".canbo", "api/v1/monthly-reports/" + commune + "/" + MAIN,
                    "{\"values\":" + json(values) + "}", null);
            assertEquals(200, put.status(), put.toString());
            Api.Reply sent = api.post(slug + ".canbo", "api/v1/monthly-reports/" + commune + "/" + MAIN + "/submit", "");
            assertEquals(200, sent.status(), sent.toString());
            submitted.put(commune, values);
            views.put(commune, sent.json());
        }
        assertEquals(200, api.put("tomua.canbo", "api/v1/monthly-reports/04018/" + MAIN,
                "{\"values\":{\"DG_ONLINE_SERVICES_GUIDED\":999}}", null).status(), "a draft is not received");
        assertEquals(200, api.post("vanho.phong", "api/v1/monthly-reports/04048/" + MAIN + "/accept", "").status());
        List<String> late = views.entrySet().stream().filter(e -> e.getValue().getBoolean("late")).map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of("03994", "04006"), late, "submitted after the deadline moved: late");
        assertEquals(today.minusDays(1).toString(), views.get("03994").getString("dueBefore"), "R14");

        Map<String, Long> expectedTotals = new TreeMap<>();
        submitted.values().forEach(v -> v.forEach((k, n) -> expectedTotals.merge(k, n, Long::sum)));
        int teams = views.values().stream().mapToInt(v -> v.getJsonObject("establishment").getInt("teams")).sum();
        int members = views.values().stream().mapToInt(v -> v.getJsonObject("establishment").getInt("members")).sum();
        // The district's communes: the sample's 14.
        Set<String> communes = new TreeSet<>();
        api.get("vanho.phong", "api/v1/units?parent=" + DISTRICT).array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("level").equals("COMMUNE")).forEach(u -> communes.add(u.getString("code")));
        assertEquals(new TreeSet<>(COMMUNES.values()), communes);
        Set<String> missing = new TreeSet<>(communes);
        missing.removeAll(submitted.keySet());

        // The first run breaks after six communes (two chunks of three; the second is rolled back).
        long first = start("vanho.phong", "DISTRICT", DISTRICT, MAIN);
        JsonObject failed = await(first);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals("collect", failed.getString("step"));
        assertEquals(3, failed.getInt("done"), "the committed chunk only");
        assertEquals(communes.size(), failed.getInt("total"));
        assertEquals(404, api.get("vanho.phong", "api/v1/consolidations?unit=128&period=" + MAIN).status(),
                "nothing completed yet");
        Api.Reply restart = api.post("vanho.phong", "api/v1/consolidations/" + first + "/restart", "");
        assertEquals(202, restart.status(), restart.toString());
        long second = restart.json().getJsonNumber("executionId").longValue();
        JsonObject done = await(second);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(communes.size(), done.getInt("done"));
        assertEquals(409, api.post("vanho.phong", "api/v1/consolidations/" + second + "/restart", "").status());

        JsonObject restarted = consolidation("vanho.phong", DISTRICT, MAIN);
        assertEquals(expectedTotals, totals(restarted), "restart: every commune counted once");
        assertEquals(communes.size(), restarted.getInt("expected"));
        assertEquals(5, restarted.getInt("received"));
        assertEquals(3, restarted.getInt("onTime"));
        assertEquals(2, restarted.getInt("late"));
        assertEquals(missing, strings(restarted, "missing"));
        assertEquals(teams, restarted.getInt("teams"));
        assertEquals(members, restarted.getInt("members"));
        assertEquals(Math.round(1000.0 * 5 / communes.size()) / 1000.0, restarted.getJsonNumber("reportingRate").doubleValue());
        Map<String, Long> sql = sqlSums(MAIN, communes);
        if (sql != null) {
            assertEquals(sql, totals(restarted), "an independent SQL sum over the reports");
        }

        long third = start("vanho.phong", "DISTRICT", DISTRICT, MAIN);
        assertEquals("COMPLETED", await(third).getString("status"));
        JsonObject rerun = consolidation("vanho.phong", DISTRICT, MAIN);
        assertEquals(restarted.getInt("revision") + 1, rerun.getInt("revision"), "a new revision");
        assertEquals(totals(restarted), totals(rerun), "never counted twice");
        assertEquals(restarted.getInt("received"), rerun.getInt("received"));

        assertEquals(404, api.post("vanho.phong", "api/v1/consolidations", "{\"level\":\"PROVINCE\",\"unitCode\":\"14\","
                + "\"period\":\"" + MAIN + "\"}").status(), "the province is above the district officer");
        assertEquals(403, api.get("quangminh.canbo", "api/v1/consolidations?unit=128&period=" + MAIN).status());
        long province = start("sonla.so", "PROVINCE", "14", MAIN);
        assertEquals("COMPLETED", await(province).getString("status"));
        JsonObject sonLa = consolidation("sonla.so", "14", MAIN);
        assertEquals(totals(rerun), totals(sonLa), "the province takes the district's latest revision");
        assertEquals(5, sonLa.getInt("received"));
        assertEquals(3, sonLa.getInt("onTime"));
        assertTrue(strings(sonLa, "missing").containsAll(missing));
    }

    /**
     * A sweep consolidates every district of the caller's jurisdiction in one run, set-based, and writes
     * what runs of their own would: here four districts of a fresh province, two communes each, one of which
     * reports. The first sweep breaks in its second chunk (chunks of three units) and is restarted.
     */
    @Test
    void aSweepConsolidatesEveryDistrictAsRunsOfTheirOwnWould() throws Exception {
        String province = "S74";
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + province
                + "\",\"name\":\"Tỉnh Quét\",\"level\":\"PROVINCE\"}").status());
        List<String> districts = new ArrayList<>();
        Map<String, Long> all = new TreeMap<>();
        for (int d = 1; d <= 4; d++) {
            String district = province + "-" + d;
            districts.add(district);
            assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + district + "\",\"name\":\"Huyện Quét "
                    + d + "\",\"level\":\"DISTRICT\",\"parentCode\":\"" + province + "\"}").status());
            for (int c = 1; c <= 2; c++) {
                String commune = district + "-" + c;
                assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + commune + "\",\"name\":\"Xã Quét "
                        + d + c + "\",\"level\":\"COMMUNE\",\"parentCode\":\"" + district + "\"}").status());
            }
            String officer = PORTAL.token("quet" + d, List.of("COMMUNE_OFFICER", "unit:" + district + "-1"));
            Map<String, Long> v = Map.of("DE_EPAYMENT_ACCOUNTS", 10L * d, "DE_PRODUCTS_ONLINE", (long) d);
            String report = "api/v1/monthly-reports/" + district + "-1/" + SWEEP;
            assertEquals(200, bearer(officer, "PUT", report, "{\"values\":" + json(v) + "}").status());
            assertEquals(200, bearer(officer, "POST", report + "/submit", "{}").status());
            v.forEach((k, n) -> all.merge(k, n, Long::sum));
        }
        String so = PORTAL.token("so.quet", List.of("PROVINCE_OFFICER", "unit:" + province));
        String phong = PORTAL.token("phong.quet", List.of("DISTRICT_OFFICER", "unit:" + districts.get(0)));
        String sweep = "api/v1/consolidations/sweeps";
        String districtLevel = "{\"level\":\"DISTRICT\",\"period\":\"" + SWEEP + "\"}";

        // Roles and jurisdiction, checked before anything runs.
        assertEquals(403, bearer(phong, "POST", sweep, "{\"level\":\"PROVINCE\",\"period\":\"" + SWEEP + "\"}")
                .status(), "a district officer does not consolidate provinces");
        assertEquals(404, bearer(phong, "POST", sweep, "{\"level\":\"DISTRICT\",\"unitCode\":\"" + province
                + "\",\"period\":\"" + SWEEP + "\"}").status(), "the province is above the district officer");
        assertEquals(404, api.post("sonla.so", sweep, "{\"level\":\"DISTRICT\",\"unitCode\":\"" + province
                + "\",\"period\":\"" + SWEEP + "\"}").status(), "another province");
        assertEquals(403, api.post("quangminh.canbo", sweep, districtLevel).status(), "a commune officer");
        assertEquals(422, bearer(so, "POST", sweep, "{\"level\":\"DISTRICT\",\"period\":\"13-2020\"}").status());

        Api.Reply started = bearer(so, "POST", sweep, districtLevel);
        assertEquals(202, started.status(), started.toString());
        assertEquals(4, started.json().getInt("units"), "every district of the officer's province, and only those");
        assertEquals(0, started.json().getJsonArray("skipped").size());
        long first = started.json().getJsonNumber("executionId").longValue();
        JsonObject failed = await(path -> bearer(so, "GET", path, null), first);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(3, failed.getInt("done"), "the first chunk stands, the second was rolled back");
        assertEquals(4, failed.getInt("total"));
        assertEquals(404, api.get("sonla.so", "api/v1/consolidations/" + first).status(), "another province's sweep");
        JsonObject ofOne = bearer(phong, "GET", "api/v1/consolidations/" + first, null).json();
        assertEquals(1, ofOne.getInt("total"), "a district officer sees their own district of the sweep only");
        assertEquals(404, bearer(so, "GET", "api/v1/consolidations?unit=" + districts.get(3) + "&period=" + SWEEP, null)
                .status(), "the unit of the failed chunk has no completed revision");
        assertEquals(404, bearer(phong, "POST", "api/v1/consolidations/" + first + "/restart", "").status(),
                "a restart consolidates units beyond the district officer");
        Api.Reply restart = bearer(so, "POST", "api/v1/consolidations/" + first + "/restart", "");
        assertEquals(202, restart.status(), restart.toString());
        JsonObject done = await(path -> bearer(so, "GET", path, null),
                restart.json().getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(4, done.getInt("done"));
        // The sweep is audited in the trail of the officer's province, where its runs are.
        List<String> trail = bearer(so, "GET", "api/v1/audit?entity=consolidation&id=" + province + "/" + SWEEP, null)
                .array().getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
        assertEquals(List.of("sweep", "restart"), trail);

        Map<String, JsonObject> swept = new LinkedHashMap<>();
        for (String district : districts) {
            JsonObject view = bearer(so, "GET", "api/v1/consolidations?unit=" + district + "&period=" + SWEEP, null)
                    .json();
            assertEquals(1, view.getInt("revision"), "one revision each, the restart counted nothing twice");
            assertEquals(2, view.getInt("expected"));
            assertEquals(1, view.getInt("received"));
            assertEquals(Set.of(district + "-2"), strings(view, "missing"));
            swept.put(district, view);
        }
        // A run of its own writes the same figures (the same lines, from the same code).
        Api.Reply own = bearer(so, "POST", "api/v1/consolidations", "{\"level\":\"DISTRICT\",\"unitCode\":\""
                + districts.get(1) + "\",\"period\":\"" + SWEEP + "\"}");
        assertEquals(202, own.status(), own.toString());
        awaitCompleted(so, own.json().getJsonNumber("executionId").longValue());
        JsonObject alone = bearer(so, "GET", "api/v1/consolidations?unit=" + districts.get(1) + "&period=" + SWEEP, null)
                .json();
        assertEquals(2, alone.getInt("revision"));
        for (String figure : List.of("expected", "received", "onTime", "late", "teams", "members")) {
            assertEquals(swept.get(districts.get(1)).getInt(figure), alone.getInt(figure), figure);
        }
        assertEquals(totals(swept.get(districts.get(1))), totals(alone));
        assertEquals(Map.of("DE_EPAYMENT_ACCOUNTS", 20L, "DE_PRODUCTS_ONLINE", 2L), totals(alone));

        // The province's sweep takes its districts' latest revisions; the sums are an independent SQL sum's.
        Api.Reply provinces = bearer(so, "POST", sweep, "{\"level\":\"PROVINCE\",\"period\":\"" + SWEEP + "\"}");
        assertEquals(202, provinces.status(), provinces.toString());
        assertEquals(1, provinces.json().getInt("units"));
        awaitCompleted(so, provinces.json().getJsonNumber("executionId").longValue());
        JsonObject whole = bearer(so, "GET", "api/v1/consolidations?unit=" + province + "&period=" + SWEEP, null).json();
        assertEquals(all, totals(whole));
        assertEquals(8, whole.getInt("expected"));
        assertEquals(4, whole.getInt("received"));
        assertEquals(4, strings(whole, "missing").size());
        Map<String, Long> sql = sqlSums(SWEEP, districts.stream().map(d -> d + "-1").toList());
        if (sql != null) {
            assertEquals(sql, totals(whole), "an independent SQL sum over the reports");
        }

        // A caller of several units (the province and one of its districts): the sweep is in each unit's trail,
        // where that unit's officers read it.
        String several = PORTAL.token("so.nhieu", List.of("PROVINCE_OFFICER", "unit:" + province,
                "unit:" + districts.get(0)));
        Api.Reply ofSeveral = bearer(several, "POST", sweep, "{\"level\":\"DISTRICT\",\"period\":\""
                + SWEEP_OF_SEVERAL + "\"}");
        assertEquals(202, ofSeveral.status(), ofSeveral.toString());
        assertEquals(4, ofSeveral.json().getInt("units"), "the units of both, once each");
        awaitCompleted(several, ofSeveral.json().getJsonNumber("executionId").longValue());
        for (Map.Entry<String, String> reader : Map.of(so, province, phong, districts.get(0)).entrySet()) {
            List<String> actions = bearer(reader.getKey(), "GET", "api/v1/audit?entity=consolidation&id="
                    + reader.getValue() + "/" + SWEEP_OF_SEVERAL, null).array().getValuesAs(JsonObject.class).stream()
                    .map(a -> a.getString("action")).toList();
            assertEquals(List.of("sweep"), actions, reader.getValue());
        }
    }

    @Test
    void twoSimultaneousTriggersGiveOneRun() throws Exception {
        Api.Reply before = api.get("vanho.phong", "api/v1/consolidations?unit=128&period=" + SIMULTANEOUS);
        int revision = before.status() == 200 ? before.json().getInt("revision") : 0;
        String body = "{\"level\":\"DISTRICT\",\"unitCode\":\"128\",\"period\":\"" + SIMULTANEOUS + "\"}";
        List<CompletableFuture<Api.Reply>> calls = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> api.post("vanho.phong", "api/v1/consolidations", body))).toList();
        List<Api.Reply> replies = calls.stream().map(CompletableFuture::join).toList();
        List<Api.Reply> started = replies.stream().filter(r -> r.status() == 202).toList();
        assertEquals(1, started.size(), replies.toString());
        assertEquals(3, replies.stream().filter(r -> r.status() == 409).count(), replies.toString());
        assertEquals("COMPLETED", await(started.get(0).json().getJsonNumber("executionId").longValue())
                .getString("status"));
        assertEquals(revision + 1, consolidation("vanho.phong", DISTRICT, SIMULTANEOUS).getInt("revision"));
    }

    @Test
    void aRunWhoseInstanceDiedIsFailedWhenTheNextTriggerTakesItsClaim() throws Exception {
        // A run whose instance died: its revision still running, its claim silent for an hour. Made straight in the
        // tables, so on PostgreSQL only (an H2 in-memory database is out of reach; there the trigger runs alone).
        boolean postgres = "postgresql".equals(System.getProperty("cds.it.db"));
        String dead = UUID.randomUUID().toString();
        if (postgres) {
            // Long past by the real time and by the tests' clock alike, whichever the claims' staleness is read by.
            Timestamp hourAgo = Timestamp.from(Instant.parse("2026-11-19T00:00:00Z"));
            try (Connection c = TestDatabase.connect();
                 PreparedStatement run = c.prepareStatement("INSERT INTO consolidation (id, unit_code, unit_level,"
                         + " period, revision, status, source_count, started_by, started_at)"
                         + " VALUES (?, ?, 'DISTRICT', ?, 1, 'RUNNING', 0, 'vanho.phong', ?)");
                 PreparedStatement claim = c.prepareStatement("INSERT INTO consolidation_claim (job_name, unit_code,"
                         + " period, holder, claimed_at, claimed_by) VALUES ('district-consolidation', ?, ?, ?, ?,"
                         + " 'vanho.phong')")) {
                run.setString(1, dead);
                run.setString(2, DISTRICT);
                run.setString(3, DEAD_RUN);
                run.setTimestamp(4, hourAgo);
                run.executeUpdate();
                claim.setString(1, DISTRICT);
                claim.setString(2, DEAD_RUN);
                claim.setString(3, dead);
                claim.setTimestamp(4, hourAgo);
                claim.executeUpdate();
            }
        }
        long execution = start("vanho.phong", "DISTRICT", DISTRICT, DEAD_RUN);
        assertEquals("COMPLETED", await(execution).getString("status"));
        JsonObject latest = consolidation("vanho.phong", DISTRICT, DEAD_RUN);
        assertEquals(postgres ? 2 : 1, latest.getInt("revision"), "a new revision after the dead one");
        if (postgres) {
            assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM consolidation WHERE id = ? AND status = 'FAILED'",
                    dead), "nobody will finish the dead run: failed, not running for ever");
        }
    }

    @Test
    void aProvinceWithoutDistrictsConsolidatesStraightFromItsCommunes() throws Exception {
        String province = "T75";
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + province
                + "\",\"name\":\"Tỉnh Thử Nghiệm\",\"level\":\"PROVINCE\"}").status());
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            String commune = province + "-" + i;
            assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + commune + "\",\"name\":\"Phường Thử "
                    + i + "\",\"level\":\"COMMUNE\",\"parentCode\":\"" + province + "\"}").status());
            if (i == 4) {
                continue;
            }
            String officer = PORTAL.token("canbo" + i, List.of("COMMUNE_OFFICER", "unit:" + commune));
            Map<String, Long> v = Map.of("DE_EPAYMENT_ACCOUNTS", 10L * i, "DE_PRODUCTS_ONLINE", (long) i);
            Api.Reply put = bearer(officer, "PUT", "api/v1/monthly-reports/" + commune + "/" + NO_DISTRICT,
                    "{\"values\":" + json(v) + "}");
            assertEquals(200, put.status(), put.toString());
            Api.Reply sent = bearer(officer, "POST", "api/v1/monthly-reports/" + commune + "/" + NO_DISTRICT
                    + "/submit", "{}");
            assertEquals(200, sent.status(), sent.toString());
            JsonObject figures = sent.json().getJsonObject("establishment");
            assertEquals(0, figures.getInt("teams"));
            assertTrue(figures.getBoolean("belowVillageTeamMinimum"), "R2: no village team yet");
            values.put(commune, v);
        }
        String officer = PORTAL.token("so.thu", List.of("PROVINCE_OFFICER", "unit:" + province));
        Api.Reply accepted = bearer(officer, "POST", "api/v1/monthly-reports/" + province + "-1/" + NO_DISTRICT
                + "/accept", "{}");
        assertEquals(200, accepted.status(), "R12: no district, the province receives: " + accepted);
        assertEquals(404, api.post("vanho.phong", "api/v1/monthly-reports/" + province + "-2/" + NO_DISTRICT
                + "/accept", "").status(), "another province's commune");

        Api.Reply run = bearer(officer, "POST", "api/v1/consolidations", "{\"level\":\"PROVINCE\",\"unitCode\":\""
                + province + "\",\"period\":\"" + NO_DISTRICT + "\"}");
        assertEquals(202, run.status(), run.toString());
        long execution = run.json().getJsonNumber("executionId").longValue();
        awaitCompleted(officer, execution);
        assertEquals(404, api.get("sonla.so", "api/v1/consolidations/" + execution).status(), "another province's run");
        Api.Reply result = bearer(officer, "GET", "api/v1/consolidations?unit=" + province + "&period=" + NO_DISTRICT,
                null);
        assertEquals(200, result.status(), result.toString());
        JsonObject view = result.json();
        Map<String, Long> expected = new TreeMap<>();
        values.values().forEach(v -> v.forEach((k, n) -> expected.merge(k, n, Long::sum)));
        assertEquals(expected, totals(view));
        assertEquals(4, view.getInt("expected"));
        assertEquals(3, view.getInt("received"));
        assertEquals(Set.of(province + "-4"), strings(view, "missing"));
        assertEquals("PROVINCE", view.getString("level"));
        Map<String, Long> sql = sqlSums(NO_DISTRICT, List.of(province + "-1", province + "-2", province + "-3",
                province + "-4"));
        if (sql != null) {
            assertEquals(sql, totals(view));
        }
    }

    @Test
    void aCampaignBoundsTheMonthsCommunesOweAndEveryStartedRunIsAudited() throws Exception {
        String province = "C76";
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + province
                + "\",\"name\":\"Tỉnh Đợt Thí Điểm\",\"level\":\"PROVINCE\"}").status());
        for (int i = 1; i <= 2; i++) {
            assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + province + "-" + i + "\",\"name\":"
                    + "\"Xã Thí Điểm " + i + "\",\"level\":\"COMMUNE\",\"parentCode\":\"" + province + "\"}").status());
        }
        // And a district with one commune, which nobody consolidates: the province counts its communes itself.
        String district = province + "-H";
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + district + "\",\"name\":"
                + "\"Huyện Thí Điểm\",\"level\":\"DISTRICT\",\"parentCode\":\"" + province + "\"}").status());
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + district + "-1\",\"name\":"
                + "\"Xã Thí Điểm 3\",\"level\":\"COMMUNE\",\"parentCode\":\"" + district + "\"}").status());
        String officer = PORTAL.token("so.dotthidiem", List.of("PROVINCE_OFFICER", "unit:" + province));
        // Like the pilot (20/6/2022 to 20/6/2023), from the 20th of one month to the 20th of the next.
        YearMonth first = YearMonth.parse(CAMPAIGN);
        Api.Reply campaign = bearer(officer, "POST", "api/v1/campaigns", "{\"unitCode\":\"" + province
                + "\",\"name\":\"Thí điểm\",\"startsOn\":\"" + first.atDay(20) + "\",\"endsOn\":\""
                + first.plusMonths(1).atDay(20) + "\"}");
        assertEquals(201, campaign.status(), campaign.toString());

        JsonObject during = consolidateProvince(officer, province, CAMPAIGN);
        assertEquals(3, during.getInt("expected"), "R13: the three communes owe the campaign's first month");
        assertEquals(Set.of(province + "-1", province + "-2", district), strings(during, "missing"));
        JsonObject after = consolidateProvince(officer, province, AFTER_CAMPAIGN);
        assertEquals(0, after.getInt("expected"), "R13: no report is owed after the campaign ended, also by the"
                + " communes of a district that was not consolidated");
        assertEquals(Set.of(), strings(after, "missing"), "nor is the district's consolidation");
        assertEquals(0.0, after.getJsonNumber("reportingRate").doubleValue());

        Api.Reply audit = bearer(officer, "GET", "api/v1/audit?entity=consolidation&id=" + province + "/" + CAMPAIGN,
                null);
        assertEquals(200, audit.status(), audit.toString());
        List<JsonObject> entries = audit.array().getValuesAs(JsonObject.class);
        assertEquals(1, entries.size(), audit.toString());
        assertEquals("start", entries.get(0).getString("action"));
        assertEquals("so.dotthidiem", entries.get(0).getString("principal"));
        assertTrue(entries.get(0).getString("roles").contains("PROVINCE_OFFICER"));
        assertTrue(entries.get(0).getString("after").contains(CAMPAIGN));
        assertEquals(404, api.get("vanho.phong", "api/v1/audit?entity=consolidation&id=" + province + "/" + CAMPAIGN)
                .status(), "another province's runs");
    }

    private JsonObject consolidateProvince(String token, String province, String period) throws Exception {
        Api.Reply run = bearer(token, "POST", "api/v1/consolidations", "{\"level\":\"PROVINCE\",\"unitCode\":\""
                + province + "\",\"period\":\"" + period + "\"}");
        assertEquals(202, run.status(), run.toString());
        awaitCompleted(token, run.json().getJsonNumber("executionId").longValue());
        Api.Reply result = bearer(token, "GET", "api/v1/consolidations?unit=" + province + "&period=" + period, null);
        assertEquals(200, result.status(), result.toString());
        return result.json();
    }

    @Test
    void theMonthlyReportAndTheDistrictsConsolidationDownloadInTheOfficialLayout() throws Exception {
        String path = "api/v1/monthly-reports/04042/" + PDF;
        assertEquals(200, api.put("quangminh.canbo", path, "{\"values\":{\"DG_ONLINE_SERVICES_GUIDED\":1234,"
                + "\"DE_EPAYMENT_ACCOUNTS\":56},\"notes\":\"Thiếu điện thoại thông minh ở Bản mẫu 2.\","
                + "\"commendations\":[{\"nominee\":\"Tổ CĐS Bản mẫu 1\",\"kind\":\"GROUP\","
                + "\"achievement\":\"Đưa 40 sản phẩm chè lên sàn\"}]}", null).status());
        assertEquals(200, api.post("quangminh.canbo", path + "/submit", "").status());
        YearMonth month = YearMonth.parse(PDF);

        String commune = pdfText("quangminh.canbo", "unit=04042&period=" + PDF + "&format=pdf", "monthly-04042.pdf");
        for (String expected : List.of("ỦY BAN NHÂN DÂN XÃ QUANG MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG",
                "Tháng " + month.getMonthValue() + " năm " + month.getYear(), "Chính quyền số", "Kinh tế số",
                "1.234", "Thiếu điện thoại thông minh ở Bản mẫu 2.", "Tổ CĐS Bản mẫu 1 (tập thể)",
                "Đưa 40 sản phẩm chè lên sàn", "muộn hạn", "TM. ỦY BAN NHÂN DÂN")) {
            assertTrue(commune.contains(expected), expected + " in: " + commune);
        }
        assertFalse(commune.contains("BIỂU ĐỒ"), "a commune's report has no charts: " + commune);

        long run = start("vanho.phong", "DISTRICT", DISTRICT, PDF);
        assertEquals("COMPLETED", await(run).getString("status"));
        String district = pdfText("vanho.phong", "unit=128&period=" + PDF, "monthly-128.pdf");
        for (String expected : List.of("UBND HUYỆN VÂN HỒ", "PHÒNG VĂN HÓA VÀ THÔNG TIN",
                "BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG", "1.234", "Xã Vân Hồ",
                "TRƯỞNG PHÒNG")) {
            assertTrue(district.contains(expected), expected + " in: " + district);
        }
        assertTrue(district.matches(".*1/\\d+ xã đã báo cáo.*"), district);

        // The annex: a row per commune of the district, with Quang Minh's figures, and the consolidation's totals.
        String annexText = assertAnnex(district, "PHỤ LỤC KẾT QUẢ CỦA TỪNG XÃ", "vanho.phong", DISTRICT);
        assertTrue(annexText.matches(".* Xã Quang Minh Muộn hạn \\d+ \\d+ 1\\.234 .*"), annexText);
        // The dashboard's charts of the 12 months through the report's, drawn as vectors with text labels.
        java.time.format.DateTimeFormatter mmyyyy = java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");
        for (String expected : List.of("BIỂU ĐỒ BÁO CÁO VÀ HOẠT ĐỘNG TỪ THÁNG " + mmyyyy.format(month.minusMonths(11))
                + " ĐẾN THÁNG " + mmyyyy.format(month), "Tỷ lệ báo cáo và tỷ lệ báo cáo đúng hạn theo tháng",
                "Kết quả hoạt động theo tháng", "tháng " + mmyyyy.format(month) + ": 1.234")) {
            assertTrue(district.contains(expected), expected + " in: " + district);
        }
        Process images = new ProcessBuilder("pdfimages", "-list",
                java.nio.file.Path.of("target", "monthly-it", "monthly-128.pdf").toString()).start();
        List<String> listed = new String(images.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .skip(2).filter(line -> !line.isBlank()).toList();
        assertEquals(0, images.waitFor());
        assertEquals(List.of(), listed, "no raster image in the district's report");

        // The province's annex: a row per district (how many of its communes reported), the same totals.
        long provinceRun = start("sonla.so", "PROVINCE", "14", PDF);
        assertEquals("COMPLETED", await(provinceRun).getString("status"));
        String province = pdfText("sonla.so", "unit=14&period=" + PDF, "monthly-14.pdf");
        String provinceAnnex = assertAnnex(province, "PHỤ LỤC KẾT QUẢ CỦA TỪNG HUYỆN", "sonla.so", "14");
        assertTrue(provinceAnnex.matches(".* Huyện Vân Hồ 1/\\d+ xã, 1 muộn \\d+ \\d+ 1\\.234 .*"), provinceAnnex);

        HttpRequest.Builder xlsx = HttpRequest.newBuilder(api.uri("api/v1/reports/monthly?unit=04042&period=" + PDF
                + "&format=xlsx"));
        Api.Reply sheet = api.send("quangminh.canbo", xlsx.GET(), null);
        assertEquals(200, sheet.status());
        assertEquals(404, api.get("quangminh.canbo", "api/v1/reports/monthly?unit=04048&period=" + PDF).status());
        assertEquals(404, api.get("vanho.canbo", "api/v1/reports/monthly?unit=04048&period=" + PDF).status(),
                "no report that month");
        assertEquals(422, api.get("vanho.canbo", "api/v1/reports/monthly?unit=04048&period=07-2022").status());
    }

    /**
     * The EE timers (here every ten seconds, on the 20th and 25th in production) consolidate the month in progress;
     * each firing first takes the permanent claim of (job, unit, period), so later firings, like other instances
     * of a cluster, find it taken and run nothing.
     */
    @Test
    void theTimersConsolidateTheMonthInProgressOnceHoweverOftenTheyFire() {
        String current = YearMonth.from(LocalDate.parse(TODAY)).toString();
        // Each level's month, consolidated by a firing: its one permanent claim is taken.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                api.get("vanho.phong", "api/v1/consolidations?unit=128&period=" + current).status() == 200
                && api.get("sonla.so", "api/v1/consolidations?unit=14&period=" + current).status() == 200);
        int district = consolidation("vanho.phong", DISTRICT, current).getInt("revision");
        int province = consolidation("sonla.so", "14", current).getInt("revision");
        // Two more firings of each level (every ten seconds) find the claim taken and run nothing.
        Awaitility.await().during(Duration.ofSeconds(21)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1)).until(() -> consolidation("vanho.phong", DISTRICT, current).getInt("revision") == district
                        && consolidation("sonla.so", "14", current).getInt("revision") == province);
    }

    // helpers ------------------------------------------------------------------------------------------------

    /** A downloaded PDF's text, read by pdftotext with white space folded (poppler-utils, as ReportsIT). */
    /**
     * The annex after {@code heading} in a consolidation's PDF text: a row per unit under {@code unit}, and a totals
     * row equal to {@code GET /consolidations}; returns the annex's text.
     */
    private String assertAnnex(String text, String heading, String user, String unit) {
        JsonObject consolidated = api.get(user, "api/v1/consolidations?unit=" + unit + "&period=" + PDF).json();
        int annex = text.indexOf(heading);
        assertTrue(annex > 0, text);
        String annexText = text.substring(annex).replace('\n', ' ');
        Annexes.assertSourcesAndTotals(annexText,
                api.get(user, "api/v1/units?parent=" + unit).array().getValuesAs(JsonObject.class), consolidated);
        return annexText;
    }

    private String pdfText(String user, String query, String name) throws Exception {
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api.uri("api/v1/reports/monthly?" + query)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "monthly-it"));
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve(name), pdf.body());
        Process process = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), text);
        return text.replaceAll("\\s+", " ");
    }

    private long start(String user, String level, String unit, String period) {
        Api.Reply reply = api.post(user, "api/v1/consolidations", "{\"level\":\"" + level + "\",\"unitCode\":\"" + unit
                + "\",\"period\":\"" + period + "\"}");
        assertEquals(202, reply.status(), reply.toString());
        return reply.json().getJsonNumber("executionId").longValue();
    }

    /** Polls a run until it ends, as the sample province's officer. */
    private JsonObject await(long execution) throws InterruptedException {
        return await(path -> api.get("sonla.so", path), execution);
    }

    /** Polls a run with a portal token until it ends, and expects it completed. */
    private void awaitCompleted(String token, long execution) throws InterruptedException {
        JsonObject progress = await(path -> bearer(token, "GET", path, null), execution);
        assertEquals("COMPLETED", progress.getString("status"), progress.toString());
    }

    private JsonObject await(Function<String, Api.Reply> get, long execution) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Reply reply = get.apply("api/v1/consolidations/" + execution);
                    assertEquals(200, reply.status(), reply.toString());
                    return reply.json();
                }, progress -> Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                        .contains(progress.getString("status")));
    }

    private JsonObject consolidation(String user, String unit, String period) {
        Api.Reply reply = api.get(user, "api/v1/consolidations?unit=" + unit + "&period=" + period);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static Map<String, Long> totals(JsonObject view) {
        Map<String, Long> totals = new TreeMap<>();
        view.getJsonObject("totals").forEach((k, v) -> totals.put(k, ((JsonNumber) v).longValue()));
        return totals;
    }

    private static Set<String> strings(JsonObject view, String name) {
        Set<String> values = new TreeSet<>();
        view.getJsonArray(name).getValuesAs(JsonString.class).forEach(s -> values.add(s.getString()));
        return values;
    }

    private static String json(Map<String, Long> values) {
        return "{" + String.join(",", values.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .toList()) + "}";
    }

    /** Establishment figures of a commune counted from the registry's API, independently of the report. */
    record Registry(int teams, int members, int villageTeams, int incomplete, int teachers) {
    }

    private Registry registry(String commune) {
        List<JsonObject> teams = api.get("vanho.canbo", "api/v1/teams?unit=" + commune + "&size=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("status").equals("ESTABLISHED")).toList();
        int members = teams.stream().mapToInt(t -> t.getInt("memberCount")).sum();
        int villages = (int) teams.stream().filter(t -> t.getString("level").equals("VILLAGE")).count();
        int incomplete = (int) teams.stream().filter(t -> t.getInt("memberCount") < 5).count();
        int teachers = 0;
        for (JsonObject team : teams) {
            teachers += (int) api.get("vanho.canbo", "api/v1/teams/" + team.getString("id") + "/members").array()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getBoolean("active") && !m.getString("role").equals("COLLABORATOR")
                            && "TEACHER".equals(m.getString("profession", ""))).count();
        }
        return new Registry(teams.size(), members, villages, incomplete, teachers);
    }

    /**
     * On PostgreSQL: the sums per indicator of the received reports of some communes, straight from the tables
     * with the driver next to the server (an H2 in-memory database is out of reach: null there).
     */
    private static Map<String, Long> sqlSums(String period, java.util.Collection<String> communes) throws Exception {
        if (!"postgresql".equals(System.getProperty("cds.it.db"))) {
            return null;
        }
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT v.indicator_code, SUM(v.amount)"
                     + " FROM monthly_report r JOIN monthly_report_value v ON v.report_id = r.id"
                     + " WHERE r.period = ? AND r.status IN ('SUBMITTED', 'ACCEPTED')"
                     + " AND r.commune_code = ANY (?) GROUP BY v.indicator_code")) {
            s.setString(1, period);
            s.setArray(2, c.createArrayOf("varchar", communes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return sums;
    }

    private Api.Reply bearer(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return api.send(null, request, null);
    }

    private static Map<String, String> communes() {
        Map<String, String> communes = new LinkedHashMap<>();
        communes.put("suoibang", "03994");
        communes.put("songkhua", "04006");
        communes.put("lienhoa", "04009");
        communes.put("tomua", "04018");
        communes.put("muongte", "04021");
        communes.put("chiengkhoa", "04036");
        communes.put("muongmen", "04039");
        communes.put("quangminh", "04042");
        communes.put("vanho", "04048");
        communes.put("longluong", "04051");
        communes.put("chiengyen", "04054");
        communes.put("chiengxuan", "04056");
        communes.put("xuannha", "04057");
        communes.put("tanxuan", "04058");
        return communes;
    }
}
