package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboards end to end, on the tests' clock of 20 November 2026: reports of March to May 2000 submitted
 * by Vân Hồ's communes, the first two months consolidated by the district and the first by the province;
 * the endpoint's figures checked against the consolidations and the registry through the API and, on PostgreSQL,
 * against independent SQL sums; the page in headless Chromium at 360 px as a province and a commune officer, its
 * tables read and checked against the API, screenshots in {@code target/screenshots/}.
 */
@ClockAt("2026-11-20T10:00")
class DashboardIT extends SampleDataIT {

    static final YearMonth M1 = YearMonth.of(2000, 3);
    static final YearMonth M2 = M1.plusMonths(1);
    static final YearMonth M3 = M1.plusMonths(2);
    static final String RANGE = "from=" + M1 + "&to=" + M3;
    static final String CAMPAIGN = "Đợt thử bảng tổng quan " + M1;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PHONE_WIDTH = PhoneBrowser.WIDTH;
    static final Map<String, String> REPORTING_M1 = new LinkedHashMap<>();
    static final Map<String, String> REPORTING_M2 = new LinkedHashMap<>();

    static {
        REPORTING_M1.put("vanho", "04048");
        REPORTING_M1.put("quangminh", "04042");
        REPORTING_M1.put("lienhoa", "04009");
        REPORTING_M1.put("tomua", "04018");
        REPORTING_M2.put("vanho", "04048");
        REPORTING_M2.put("chiengyen", "04054");
    }

    /** The reports' values per commune and month, as submitted. */
    static final Map<String, Map<String, Long>> SUBMITTED = new TreeMap<>();
    static boolean prepared;

    PhoneBrowser phone;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void prepareMonths() throws Exception {
        if (prepared) {
            return;
        }
        // A campaign of the district over the three months: every commune of Vân Hồ owes their reports (R13).
        Api.Reply campaign = api.post("sonla.so", "api/v1/campaigns", "{\"unitCode\":\"128\",\"name\":\"" + CAMPAIGN
                + "\",\"startsOn\":\"" + M1.atDay(1) + "\",\"endsOn\":\"" + M3.atEndOfMonth() + "\"}");
        assertEquals(201, campaign.status(), campaign.toString());
        long seed = M1.getMonthValue();
        for (Map.Entry<YearMonth, Map<String, String>> month : Map.of(M1, REPORTING_M1, M2, REPORTING_M2).entrySet()) {
            for (Map.Entry<String, String> commune : month.getValue().entrySet()) {
                Map<String, Long> values = new TreeMap<>(Map.of("DG_ONLINE_SERVICES_GUIDED", 1000 + seed * 17,
                        "DE_ECOMMERCE_GUIDED", seed * 3, "PROPAGANDA_SESSIONS", seed % 4));
                seed += 11;
                String path = "api/v1/monthly-reports/" + commune.getValue() + "/" + month.getKey();
                Api.Reply put = api.put(commune.getKey() + ".canbo", path, "{\"values\":" + json(values) + "}", null);
                assertEquals(200, put.status(), put.toString());
                Api.Reply sent = api.post(commune.getKey() + ".canbo", path + "/submit", "");
                assertEquals(200, sent.status(), sent.toString());
                SUBMITTED.put(commune.getValue() + "/" + month.getKey(), values);
            }
        }
        consolidate("vanho.phong", "DISTRICT", "128", M1);
        consolidate("vanho.phong", "DISTRICT", "128", M2);
        consolidate("sonla.so", "PROVINCE", "14", M1);
        prepared = true;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void consolidatedMonthsAreTheConsolidationsAndOthersAreNotZero() {
        for (String[] case_ : List.of(new String[] {"vanho.phong", "128"}, new String[] {"sonla.so", "14"})) {
            JsonObject dashboard = dashboard(case_[0], case_[1], RANGE);
            assertEquals(case_[1], dashboard.getString("unitCode"));
            assertEquals(M1.toString(), dashboard.getString("from"));
            assertEquals(M3.toString(), dashboard.getString("to"));
            JsonArray months = dashboard.getJsonArray("months");
            assertEquals(3, months.size());
            for (int i = 0; i < 3; i++) {
                JsonObject month = months.getJsonObject(i);
                YearMonth period = M1.plusMonths(i);
                assertEquals(period.toString(), month.getString("period"));
                Api.Reply consolidation = api.get(case_[0], "api/v1/consolidations?unit=" + case_[1] + "&period=" + period);
                if (consolidation.status() == 404) {
                    assertEquals("NOT_CONSOLIDATED", month.getString("state"), month.toString());
                    for (String figure : List.of("expected", "received", "onTime", "late", "reportingRate",
                            "onTimeRate", "totals", "revision")) {
                        assertEquals(JsonValue.NULL, month.get(figure), figure + " of a month not consolidated");
                    }
                    assertEquals(0, month.getJsonArray("missing").size());
                    continue;
                }
                assertEquals(200, consolidation.status(), consolidation.toString());
                assertSameFigures(consolidation.json(), month);
            }
            // The district consolidated M1 and M2, the province M1 only.
            assertEquals(case_[1].equals("128") ? List.of("CONSOLIDATED", "CONSOLIDATED", "NOT_CONSOLIDATED")
                    : List.of("CONSOLIDATED", "NOT_CONSOLIDATED", "NOT_CONSOLIDATED"), states(months));
        }
        JsonObject m1 = dashboard("vanho.phong", "128", RANGE).getJsonArray("months").getJsonObject(0);
        assertEquals(REPORTING_M1.size(), m1.getInt("received"));
        assertEquals(Set.copyOf(REPORTING_M1.values()), Set.copyOf(SUBMITTED.keySet().stream()
                .filter(k -> k.endsWith("/" + M1)).map(k -> k.substring(0, 5)).toList()));
        assertEquals(sums(M1), totals(m1));
        // The missing communes are named.
        JsonObject missing = m1.getJsonArray("missing").getJsonObject(0);
        assertFalse(REPORTING_M1.containsValue(missing.getString("code")));
        assertTrue(missing.getString("name").startsWith("Xã "), missing.toString());

        // A commune: its own reports; a month it owes and has not sent is not reported, with no figures.
        JsonObject commune = dashboard("vanho.canbo", "04048", RANGE);
        assertEquals(List.of("REPORTED", "REPORTED", "NOT_REPORTED"), states(commune.getJsonArray("months")));
        JsonObject own = commune.getJsonArray("months").getJsonObject(0);
        assertEquals(SUBMITTED.get("04048/" + M1), totals(own));
        assertEquals(1, own.getInt("expected"));
        assertEquals(1, own.getInt("received"));
        JsonObject notSent = commune.getJsonArray("months").getJsonObject(2);
        assertEquals(JsonValue.NULL, notSent.get("reportingRate"));
        assertEquals("04048", notSent.getJsonArray("missing").getJsonObject(0).getString("code"));
        assertEquals(1, commune.getJsonArray("establishment").size());

        // Asked again, closed months come from memory by their revision: the same answer.
        assertEquals(dashboard("sonla.so", "14", RANGE), dashboard("sonla.so", "14", RANGE));
        // For the record (no assertion on time): the province's twelve months, as an officer's page asks for them.
        long[] nanos = new long[9];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            dashboard("sonla.so", "14", "to=" + M3);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("Dashboard of the province, 12 months: median %.1f ms over %d calls%n",
                nanos[nanos.length / 2] / 1e6, nanos.length);
    }

    @Test
    void establishmentIsTheRegistrys() {
        JsonObject district = dashboard("vanho.phong", "128", RANGE);
        int minimumSize = district.getInt("minTeamSize");
        Api.Reply parameters = api.get("sonla.so", "api/v1/units/14/rule-parameters");
        assertEquals(parameters.json().getInt("minTeamSize"), minimumSize);
        JsonArray rows = district.getJsonArray("establishment");
        JsonArray communes = api.get("vanho.phong", "api/v1/units?parent=128").array();
        assertEquals(communes.size(), rows.size());
        Map<String, JsonObject> units = communes.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(u -> u.getString("code"), u -> u));
        double lastShare = -1;
        for (JsonValue value : rows) {
            JsonObject row = value.asJsonObject();
            String code = row.getString("unitCode");
            int[] registry = registry("vanho.phong", code);
            assertEquals(registry[0], row.getInt("establishedTeams"), code);
            assertEquals(registry[1], row.getInt("villageTeams"), code);
            assertEquals(registry[2], row.getInt("teamsUnderMinimumSize"), code);
            assertEquals(units.get(code).getInt("villageTeamMinimum"), row.getInt("villageTeamMinimum"), code);
            double share = (double) row.getInt("villageTeams") / row.getInt("villageTeamMinimum");
            assertTrue(share >= lastShare, "laggards first: " + rows);
            lastShare = share;
        }
        // The province: one row per district in force, its communes together.
        JsonObject vanHo = dashboard("sonla.so", "14", RANGE).getJsonArray("establishment").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("unitCode").equals("128")).findFirst()
                .orElseThrow();
        assertEquals("DISTRICT", vanHo.getString("level"));
        assertEquals(rows.size(), vanHo.getInt("communes"));
        assertEquals(rows.stream().mapToInt(r -> r.asJsonObject().getInt("villageTeams")).sum(),
                vanHo.getInt("villageTeams"));
        assertEquals(rows.stream().mapToInt(r -> r.asJsonObject().getInt("establishedTeams")).sum(),
                vanHo.getInt("establishedTeams"));
        assertEquals(rows.stream().filter(r -> r.asJsonObject().getInt("villageTeams")
                < r.asJsonObject().getInt("villageTeamMinimum")).count(), vanHo.getInt("communesBelowMinimum"));
    }

    @Test
    void figuresEqualIndependentSqlSumsOnPostgresql() throws Exception {
        if (!"postgresql".equals(System.getProperty("cds.it.db"))) {
            // The H2 pass checks the same figures against the API above; the SQL sums are made on PostgreSQL.
            assertEquals(sums(M1), totals(dashboard("sonla.so", "14", RANGE).getJsonArray("months").getJsonObject(0)));
            return;
        }
        try (Connection c = TestDatabase.connect()) {
            for (String unit : List.of("128", "14")) {
                JsonObject dashboard = dashboard(unit.equals("14") ? "sonla.so" : "vanho.phong", unit, RANGE);
                JsonObject m1 = dashboard.getJsonArray("months").getJsonObject(0);
                String under = unit.equals("14") ? "/14/%" : "/14/128/%";
                // Communes in force on the month's first day below the unit, their reports sent.
                String communes = " FROM administrative_unit u WHERE u.unit_level = 'COMMUNE' AND u.path LIKE ?"
                        + " AND (u.valid_from IS NULL OR u.valid_from <= ?) AND (u.valid_to IS NULL OR u.valid_to >= ?)";
                java.sql.Date day = java.sql.Date.valueOf(M1.atDay(1));
                long received = sql(c, "SELECT COUNT(*) FROM monthly_report r WHERE r.period = ? AND r.status IN"
                        + " ('SUBMITTED', 'ACCEPTED') AND r.commune_code IN (SELECT u.code" + communes + ")",
                        M1.toString(), under, day, day);
                long onTime = sql(c, "SELECT COUNT(*) FROM monthly_report r WHERE r.period = ? AND r.status IN"
                        + " ('SUBMITTED', 'ACCEPTED') AND NOT r.late AND r.commune_code IN (SELECT u.code" + communes
                        + ")", M1.toString(), under, day, day);
                assertEquals(received, m1.getInt("received"), unit);
                assertEquals(onTime, m1.getInt("onTime"), unit);
                if (unit.equals("128")) {
                    // Every commune of Vân Hồ owes the month (the campaign over the district).
                    assertEquals(sql(c, "SELECT COUNT(*)" + communes, under, day, day), m1.getInt("expected"));
                }
                Map<String, Long> sums = new TreeMap<>();
                try (PreparedStatement s = c.prepareStatement("SELECT v.indicator_code, SUM(v.amount)"
                        + " FROM monthly_report r JOIN monthly_report_value v ON v.report_id = r.id WHERE r.period = ?"
                        + " AND r.status IN ('SUBMITTED', 'ACCEPTED') AND r.commune_code IN (SELECT u.code" + communes
                        + ") GROUP BY v.indicator_code")) {
                    bind(s, M1.toString(), under, day, day);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            sums.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
                assertEquals(sums, totals(m1), unit);
                // Establishment: established teams of each commune in force today, by SQL.
                for (JsonValue value : dashboard("vanho.phong", "128", RANGE).getJsonArray("establishment")) {
                    JsonObject row = value.asJsonObject();
                    String team = " FROM team t JOIN administrative_unit u ON u.code = t.commune_code"
                            + " WHERE t.status = 'ESTABLISHED' AND u.official_code = ? AND u.valid_to IS NULL";
                    assertEquals(sql(c, "SELECT COUNT(*)" + team, row.getString("unitCode")),
                            row.getInt("establishedTeams"));
                    assertEquals(sql(c, "SELECT COUNT(*)" + team + " AND t.team_level = 'VILLAGE'",
                            row.getString("unitCode")), row.getInt("villageTeams"));
                    assertEquals(sql(c, "SELECT COUNT(*)" + team + " AND t.member_count < ?", row.getString("unitCode"),
                            dashboard.getInt("minTeamSize")), row.getInt("teamsUnderMinimumSize"));
                }
            }
        }
    }

    @Test
    void jurisdictionRolesAndParameters() {
        assertEquals(404, api.get("vanho.canbo", "api/v1/dashboards/128").status(), "the commune's parent");
        assertEquals(404, api.get("vanho.canbo", "api/v1/dashboards/04042").status(), "another commune");
        assertEquals(404, api.get("vanho.phong", "api/v1/dashboards/14").status(), "the district's province");
        assertEquals(404, api.get("sonla.so", "api/v1/dashboards/99999").status());
        assertEquals(403, api.get("vanho.ban1.totruong", "api/v1/dashboards/04048").status());
        assertEquals(403, api.get("admin", "api/v1/dashboards/14").status());
        assertEquals(401, api.get(null, "api/v1/dashboards/14").status());
        Api.Reply bad = api.get("sonla.so", "api/v1/dashboards/14?from=2024-13", "en");
        assertEquals(422, bad.status(), bad.toString());
        assertEquals("from", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply reversed = api.get("sonla.so", "api/v1/dashboards/14?from=2024-05&to=2024-04");
        assertEquals(422, reversed.status());
        assertEquals("to", reversed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, api.get("vanho.canbo", "api/v1/dashboards/128?from=x").status(), "foreign before malformed");
        // Without months: the last twelve up to this month, the clock's (Vietnam's).
        JsonObject recent = dashboard("sonla.so", "14", "");
        assertEquals(12, recent.getJsonArray("months").size());
        assertEquals("2026-11", recent.getString("to"));
        assertEquals("2025-12", recent.getString("from"));
    }

    @Test
    void provinceAndCommuneOfficersReadTheChartsFiguresBesideThem() throws Exception {
        startBrowser();
        browser.get(api.uri("ui/").toString());
        phone.login("sonla.so");
        long homeBytes = phone.transferredBytes();
        browser.findElement(By.linkText("Bảng tổng quan")).click();
        phone.heading("Bảng tổng quan");
        // The chosen months, through the page's own form (dd/MM is the pages' month format: MM/yyyy).
        browser.findElement(By.name("from")).sendKeys(String.format("%02d/%d", M1.getMonthValue(), M1.getYear()));
        browser.findElement(By.name("to")).sendKeys(String.format("%02d/%d", M3.getMonthValue(), M3.getYear()),
                Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#reporting-table tbody tr")).size() == 3
                && d.findElements(By.cssSelector("#reporting-chart canvas")).size() == 1);
        long bytes = phone.transferredBytes();
        System.out.printf("Dashboard: home page %d bytes, with the dashboard and its charts %d bytes transferred%n",
                homeBytes, bytes);
        assertTrue(bytes < 300_000, bytes + " bytes");
        assertFalse((Boolean) phone.script("return document.documentElement.scrollWidth > window.innerWidth"),
                "nothing wider than the phone");
        assertEquals(1, browser.findElements(By.cssSelector("#establishment-chart canvas")).size());
        assertEquals(1, browser.findElements(By.cssSelector("#activity-chart canvas")).size());
        screenshot("dashboard-province");
        checkTables("sonla.so", "14");

        // Another indicator: the activity chart and its table follow the selector.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("indicator")))
                .selectByValue("DE_ECOMMERCE_GUIDED");
        wait.until(d -> "DE_ECOMMERCE_GUIDED".equals(d.findElement(By.id("activity-table"))
                .getAttribute("data-indicator")));
        checkActivity(dashboard("sonla.so", "14", RANGE), "DE_ECOMMERCE_GUIDED");

        browser.findElement(By.id("logout")).click();
        phone.login("vanho.canbo");
        browser.get(api.uri("ui/").toString() + "#/dashboard?unit=04048&" + RANGE);
        phone.heading("Bảng tổng quan");
        wait.until(d -> d.findElements(By.cssSelector("#reporting-table tbody tr")).size() == 3);
        assertFalse((Boolean) phone.script("return document.documentElement.scrollWidth > window.innerWidth"));
        screenshot("dashboard-commune");
        checkTables("vanho.canbo", "04048");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The page's three tables against the API's dashboard, consolidations and registry. */
    private void checkTables(String user, String unit) throws ParseException {
        JsonObject dashboard = dashboard(user, unit, RANGE);
        JsonArray months = dashboard.getJsonArray("months");
        for (int i = 0; i < months.size(); i++) {
            JsonObject month = months.getJsonObject(i);
            WebElement row = browser.findElement(By.cssSelector("#reporting-table tr[data-period='"
                    + month.getString("period") + "']"));
            assertEquals(month.getString("state"), row.getAttribute("data-state"));
            if (!month.containsKey("expected")) {
                throw new AssertionError("null figures are written as null: " + month);
            }
            if (month.get("expected") == JsonValue.NULL) {
                String words = row.findElement(By.cssSelector("[data-cell='state']")).getText();
                assertTrue(words.startsWith("Chưa"), words);
                continue;
            }
            if (!unit.equals("04048")) {
                JsonObject consolidation = api.get(user, "api/v1/consolidations?unit=" + unit + "&period="
                        + month.getString("period")).json();
                assertEquals(consolidation.getJsonNumber("reportingRate").doubleValue(),
                        percent(row, "reportingRate"), 0.0005);
                assertEquals(consolidation.getJsonNumber("onTimeRate").doubleValue(), percent(row, "onTimeRate"),
                        0.0005);
                assertEquals(consolidation.getInt("received") + " / " + consolidation.getInt("expected"),
                        row.findElement(By.cssSelector("[data-cell='received']")).getText().replace(".", ""));
            } else {
                assertEquals(1.0, percent(row, "reportingRate"), 0.0005);
            }
        }
        checkActivity(dashboard, browser.findElement(By.id("activity-table")).getAttribute("data-indicator"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#establishment-table tbody tr"));
        JsonArray establishment = dashboard.getJsonArray("establishment");
        assertEquals(establishment.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject expected = establishment.getJsonObject(i);
            WebElement row = rows.get(i);
            assertEquals(expected.getString("unitCode"), row.getAttribute("data-unit"));
            if (expected.getString("level").equals("COMMUNE")) {
                int[] registry = registry(user, expected.getString("unitCode"));
                assertEquals(registry[0], whole(row, "established"));
                assertEquals(registry[1] + " / " + expected.getInt("villageTeamMinimum"),
                        row.findElement(By.cssSelector("[data-cell='villageTeams']")).getText());
                assertEquals(registry[2], whole(row, "underSize"));
            } else {
                assertEquals(expected.getInt("establishedTeams"), whole(row, "established"));
                assertEquals(expected.getInt("teamsUnderMinimumSize"), whole(row, "underSize"));
            }
        }
        String caption = browser.findElement(By.cssSelector("#establishment-table caption")).getText();
        String today = dashboard.getString("establishmentOn");
        assertTrue(caption.contains(today.substring(8) + "/" + today.substring(5, 7) + "/" + today.substring(0, 4)),
                caption);
    }

    /** The activity table of an indicator: each month's total as the API's consolidation (or report) has it. */
    private void checkActivity(JsonObject dashboard, String indicator) throws ParseException {
        for (JsonValue value : dashboard.getJsonArray("months")) {
            JsonObject month = value.asJsonObject();
            WebElement row = browser.findElement(By.cssSelector("#activity-table tr[data-period='"
                    + month.getString("period") + "']"));
            if (month.get("totals") == JsonValue.NULL) {
                assertTrue(row.findElements(By.cssSelector("[data-cell='total']")).isEmpty(), "no zero for " + month);
                continue;
            }
            long expected = month.getJsonObject("totals").containsKey(indicator)
                    ? month.getJsonObject("totals").getJsonNumber(indicator).longValue() : 0;
            assertEquals(expected, whole(row, "total"), month.getString("period"));
        }
    }

    private JsonObject dashboard(String user, String unit, String query) {
        Api.Reply reply = api.get(user, "api/v1/dashboards/" + unit + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static void assertSameFigures(JsonObject consolidation, JsonObject month) {
        assertEquals("CONSOLIDATED", month.getString("state"));
        for (String figure : List.of("expected", "received", "onTime", "late", "revision")) {
            assertEquals(consolidation.getInt(figure), month.getInt(figure), figure);
        }
        for (String rate : List.of("reportingRate", "onTimeRate")) {
            assertEquals(consolidation.getJsonNumber(rate).doubleValue(), month.getJsonNumber(rate).doubleValue(), rate);
        }
        assertEquals(consolidation.getJsonObject("totals"), month.getJsonObject("totals"));
        assertEquals(consolidation.getJsonArray("missing").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .sorted().toList(), month.getJsonArray("missing").stream()
                .map(v -> v.asJsonObject().getString("code")).sorted().toList());
    }

    /** Established teams, established village teams, established teams under the minimum size, by GET /teams. */
    private int[] registry(String user, String commune) {
        Api.Reply teams = api.get(user, "api/v1/teams?unit=" + commune + "&size=200");
        assertEquals(200, teams.status(), teams.toString());
        int[] counts = new int[3];
        for (JsonValue value : teams.json().getJsonArray("items")) {
            JsonObject team = value.asJsonObject();
            if (!team.getString("status").equals("ESTABLISHED")) {
                continue;
            }
            counts[0]++;
            if (team.getString("level").equals("VILLAGE")) {
                counts[1]++;
            }
            if (team.getBoolean("incomplete")) {
                counts[2]++;
            }
        }
        return counts;
    }

    /** The sums of the reports submitted in a month, per indicator. */
    private static Map<String, Long> sums(YearMonth month) {
        Map<String, Long> sums = new TreeMap<>();
        SUBMITTED.forEach((key, values) -> {
            if (key.endsWith("/" + month)) {
                values.forEach((code, amount) -> sums.merge(code, amount, Long::sum));
            }
        });
        return sums;
    }

    private static Map<String, Long> totals(JsonObject month) {
        Map<String, Long> totals = new TreeMap<>();
        month.getJsonObject("totals").forEach((code, amount) -> totals.put(code,
                ((jakarta.json.JsonNumber) amount).longValue()));
        return totals;
    }

    private static List<String> states(JsonArray months) {
        return months.stream().map(m -> m.asJsonObject().getString("state")).toList();
    }

    private void consolidate(String user, String level, String unit, YearMonth period) {
        Api.Reply started = api.post(user, "api/v1/consolidations", "{\"level\":\"" + level + "\",\"unitCode\":\""
                + unit + "\",\"period\":\"" + period + "\"}");
        assertEquals(202, started.status(), started.toString());
        long execution = started.json().getJsonNumber("executionId").longValue();
        String status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(user, "api/v1/consolidations/" + execution).json().getString("status"),
                        s -> Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(s));
        assertEquals("COMPLETED", status, unit + " " + period);
    }

    private static String json(Map<String, Long> values) {
        return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static long sql(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws Exception {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    // ---- the browser ---------------------------------------------------------------------------------------------

    private static final NumberFormat VI = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));

    /** A cell's Vietnamese whole number ("1.234"). */
    private static long whole(WebElement row, String cell) throws ParseException {
        return VI.parse(row.findElement(By.cssSelector("[data-cell='" + cell + "']")).getText().strip()).longValue();
    }

    /** A cell's Vietnamese percentage ("66,7 %" or "66,7%") as a fraction. */
    private static double percent(WebElement row, String cell) throws ParseException {
        String text = row.findElement(By.cssSelector("[data-cell='" + cell + "']")).getText()
                .replace("%", "").replace('\u00a0', ' ').strip();
        return new BigDecimal(VI.parse(text).toString()).doubleValue() / 100;
    }

    private void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        phone = PhoneBrowser.open("dashboard", null);
        browser = phone.driver;
        wait = phone.wait;
    }

    /** The whole page at the phone's width; every control labelled. */
    private void screenshot(String name) throws IOException {
        Object unlabelled = phone.script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name)");
        assertEquals(List.of(), unlabelled, "controls without a label on " + name);
        long height = ((Number) phone.script("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", PHONE_WIDTH,
                        "height", Math.min(height, 10_000), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
