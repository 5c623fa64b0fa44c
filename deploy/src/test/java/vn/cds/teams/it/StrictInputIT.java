package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Input that is not exactly right is refused with a problem naming what is wrong, and changes nothing: wrong JSON
 * types, numbers that do not fit, duplicate keys, trailing text, bad encodings, control characters, loose query
 * parameters, unknown ids and pages beyond the end. Runs on the sample data (commune Vân Hồ, 04048).
 */
class StrictInputIT extends SampleDataIT {

    private static final String REPORT = "api/v1/monthly-reports/04048/2019-03";

    @Test
    void aFlagIsTrueOrFalseAndNothingElse() {
        for (String loose : new String[] {"1", "yes", "on", "maybe", "TRUE"}) {
            Api.Reply reply = multipart("api/v1/imports?unit=04057&dryRun=" + loose);
            assertProblem(422, "dryRun", reply);
        }
        assertProblem(422, "all", api.get("vanho.canbo", "api/v1/indicators?all=yes"));
    }

    @Test
    void queryNumbersAndEnumsAreCheckedAndNamed() {
        assertProblem(422, "page", api.get("vanho.canbo", "api/v1/teams?unit=04048&page=abc"));
        assertProblem(422, "size", api.get("vanho.canbo", "api/v1/teams?unit=04048&size=abc"));
        assertProblem(422, "page", api.get("vanho.canbo", "api/v1/teams?unit=04048&page=1.5"));
        assertProblem(422, "state", api.get("vanho.canbo", "api/v1/membership-requests?unit=04048&state=bogus"));
        // A NUL (which PostgreSQL refuses in any text: a 500 there before) or a bidi override in a parameter.
        assertProblem(422, "q", api.get("vanho.canbo", "api/v1/teams?unit=04048&q=a%00b"));
        assertProblem(422, "unit", api.get("vanho.canbo", "api/v1/teams?unit=04048%E2%80%AE"));
    }

    @Test
    void aPageBeyondTheEndIsEmptyNotAnError() {
        Api.Reply teams = api.get("vanho.phong", "api/v1/teams?unit=128&page=21474837&size=100");
        assertEquals(200, teams.status(), teams.toString());
        assertEquals(0, teams.json().getJsonArray("items").size());
        Api.Reply requests = api.get("vanho.phong", "api/v1/membership-requests?unit=128&page=2147483647");
        assertEquals(200, requests.status(), requests.toString());
        assertEquals(0, requests.json().getJsonArray("items").size());
    }

    @Test
    void anUnknownExecutionIsNotFound() {
        assertEquals(404, api.get("vanho.phong", "api/v1/consolidations/999999").status());
        assertEquals(404, api.post("vanho.phong", "api/v1/consolidations/999999/restart", "").status());
    }

    @Test
    void reportFiguresAreWholeNumbersThatFitAndAreNeverErasedByAnEmptyList() {
        Api.Reply saved = api.put("vanho.canbo", REPORT, "{\"values\":{\"PROPAGANDA_SESSIONS\":4}}", null);
        assertEquals(200, saved.status(), saved.toString());
        String etag = saved.etag();

        assertProblem(422, "values.PROPAGANDA_SESSIONS",
                api.put("vanho.canbo", REPORT, "{\"values\":{\"PROPAGANDA_SESSIONS\":1.5}}", etag));
        assertProblem(422, "values.PROPAGANDA_SESSIONS",
                api.put("vanho.canbo", REPORT, "{\"values\":{\"PROPAGANDA_SESSIONS\":2.9999}}", etag));
        assertProblem(422, "values.PROPAGANDA_SESSIONS",
                api.put("vanho.canbo", REPORT, "{\"values\":{\"PROPAGANDA_SESSIONS\":1e309}}", etag));
        assertProblem(422, "values", api.put("vanho.canbo", REPORT, "{\"values\":[]}", etag));

        JsonObject kept = api.get("vanho.canbo", REPORT).json();
        assertEquals(4, kept.getJsonObject("values").getInt("PROPAGANDA_SESSIONS"), "nothing changed");
    }

    @Test
    void wrongJsonTypesAreRefusedNotConverted() {
        String code = "STRICT_TYPES";
        Api.Reply created = api.put("sonla.so", "api/v1/indicators/" + code,
                "{\"name\":\"Chỉ tiêu thử\",\"field\":\"GENERAL\",\"sortOrder\":90}", null);
        assertEquals(200, created.status(), created.toString());
        assertProblem(422, "active", api.put("sonla.so", "api/v1/indicators/" + code,
                "{\"name\":\"Chỉ tiêu thử\",\"field\":\"GENERAL\",\"active\":\"yes\"}", created.etag()));
        assertProblem(422, "sortOrder", api.put("sonla.so", "api/v1/indicators/" + code,
                "{\"name\":\"Chỉ tiêu thử\",\"field\":\"GENERAL\",\"sortOrder\":1099511627776}", created.etag()));
        JsonObject after = api.get("sonla.so", "api/v1/indicators?all=true").array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
        assertTrue(after.getBoolean("active"), "still active: " + after);
        assertEquals(90, after.getInt("sortOrder"), after.toString());

        assertProblem(422, "name", api.post("sonla.so", "api/v1/campaigns", "{\"unitCode\":\"14\",\"name\":true,"
                + "\"startsOn\":\"2019-01-01\",\"endsOn\":\"2019-01-31\"}"));
        assertProblem(422, "code", api.post("admin", "api/v1/units",
                "{\"code\":true,\"name\":\"Xã Thử\",\"level\":\"COMMUNE\",\"parentCode\":\"128\"}"));
        assertProblem(422, "level", api.post("admin", "api/v1/units",
                "{\"code\":\"S1\",\"name\":\"Xã Thử\",\"level\":\"HAMLET\",\"parentCode\":\"128\"}"));
        assertProblem(422, "colour", api.post("admin", "api/v1/units",
                "{\"code\":\"S1\",\"name\":\"Xã Thử\",\"level\":\"COMMUNE\",\"parentCode\":\"128\",\"colour\":1}"));
        assertEquals(404, api.get("admin", "api/v1/units/S1").status(), "nothing made");
    }

    @Test
    void duplicateKeysTrailingTextAndBadEncodingsAreRefused() {
        // Not one well-formed JSON value in UTF-8: 400, nothing in it was read.
        assertProblem(400, null, api.put("vanho.canbo", REPORT,
                "{\"values\":{\"PROPAGANDA_SESSIONS\":1},\"values\":{\"PROPAGANDA_SESSIONS\":2}}", null));
        assertProblem(400, null, api.put("vanho.canbo", REPORT, "{\"values\":{\"PROPAGANDA_SESSIONS\":1}} xyz", null));
        assertProblem(422, "notes", api.put("vanho.canbo", REPORT,
                "{\"values\":{\"PROPAGANDA_SESSIONS\":1},\"notes\":\"\\ud800\"}", null));
        byte[] latin1 = "{\"values\":{},\"notes\":\"Vân Hồ\"}".getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply invalid = api.send("vanho.canbo", HttpRequest.newBuilder(api.uri(REPORT))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(latin1)), null);
        assertProblem(400, null, invalid);
    }

    @Test
    void namesWithControlOrBidiCharactersOrNothingVisibleAreRefused() {
        for (String name : new String[] {"Tổ\\u0000A", "Tổ\\u001bB", "Tổ \\u202eC", "\\u200b\\u200c\\u2060"}) {
            Api.Reply reply = api.post("vanho.canbo", "api/v1/teams", "{\"unitCode\":\"04048-05\",\"name\":\""
                    + name + "\"}");
            assertProblem(422, "name", reply);
        }
    }

    @Test
    void theIrreversibleEstablishmentNeedsTheVersionReadAndAPlausibleDate() {
        JsonObject team = api.get("vanho.chutich", "api/v1/teams?unit=04048").json().getJsonArray("items")
                .getJsonObject(0);
        String path = "api/v1/teams/" + team.getString("id") + "/establishment";
        String body = "{\"decisionNumber\":\"1/QĐ-UBND\",\"decisionDate\":\"0001-01-01\",\"signer\":\"Chủ tịch\"}";
        assertProblem(428, null, api.post("vanho.chutich", path, body));
        String etag = api.get("vanho.chutich", "api/v1/teams/" + team.getString("id")).etag();
        assertProblem(422, "decisionDate", api.postOnVersion("vanho.chutich", path, body, etag));
    }

    @Test
    void concurrentStepsWithoutAVersionLoseWithAConflictNotAFailedPrecondition() throws Exception {
        String village = "04048-S1";
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + village + "\",\"name\":\"Bản Đua\","
                + "\"level\":\"VILLAGE\",\"parentCode\":\"04048\"}").status());
        Api.Reply team = api.post("vanho.canbo", "api/v1/teams", "{\"unitCode\":\"" + village + "\"}");
        assertEquals(201, team.status(), team.toString());
        String members = "api/v1/teams/" + team.json().getString("id") + "/members";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        try {
            List<Callable<Void>> adds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = "{\"fullName\":\"Lò Văn Đua " + (char) ('A' + i) + "\",\"phone\":\"091310000"
                        + i + "\",\"role\":\"MEMBER\"}";
                adds.add(() -> {
                    statuses.add(api.post("vanho.canbo", members, body).status());
                    return null;
                });
            }
            for (var future : pool.invokeAll(adds)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        // No If-Match was sent, so no precondition can have failed: each either went in or lost a race (409).
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(statuses.stream().filter(s -> s == 201).count(),
                api.get("vanho.canbo", members).array().size(), "every 201 is a member, nothing else went in");
    }

    @Test
    void aSecondOpenRequestForTheSamePersonAndTeamIsAConflictNamingTheFirst() {
        String teamId = api.get("vanho.canbo", "api/v1/teams?unit=04048-01").json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        String body = "{\"teamId\":\"" + teamId + "\",\"type\":\"JOIN\",\"applicant\":{\"fullName\":\"Lò Thị Hai\","
                + "\"phone\":\"0912100001\"}}";
        Api.Reply first = api.post("vanho.dan", "api/v1/membership-requests", body);
        assertEquals(201, first.status(), first.toString());
        Api.Reply second = api.post("vanho.dan", "api/v1/membership-requests", body);
        assertProblem(409, null, second);
        assertTrue(second.json().getString("detail").contains(first.json().getString("id")), second.toString());
    }

    @Test
    void searchTakesPercentAndUnderscoreAsLetters() {
        assertEquals(0, api.get("vanho.canbo", "api/v1/teams?unit=04048&q=%25").json().getJsonArray("items").size());
        assertEquals(0, api.get("vanho.canbo", "api/v1/teams?unit=04048&q=_").json().getJsonArray("items").size());
        assertTrue(api.get("vanho.canbo", "api/v1/teams?unit=04048&q=van").json().getJsonArray("items").size() > 0);
    }

    @Test
    void refusalsAreVietnameseUnlessEnglishIsAsked() {
        Api.Reply anonymous = api.get(null, "api/v1/teams?unit=04048");
        assertEquals(401, anonymous.status());
        assertEquals("vi", anonymous.header("Content-Language"), anonymous.toString());
        Api.Reply unknown = api.get("nobody", "api/v1/teams?unit=04048");
        assertEquals(401, unknown.status());
        assertEquals("vi", unknown.header("Content-Language"), unknown.toString());
        assertEquals("en", api.get(null, "api/v1/teams?unit=04048", "en").header("Content-Language"));
    }

    @Test
    void theServerSaysNothingAboutItselfAndRedirectsOnlyWithinTheSite() {
        assertEquals(404, api.get(null, "api/v1/application.wadl").status());
        // Relative: whatever Host a request names, the browser stays on the site it is on.
        Api.Reply ui = api.get(null, "ui");
        assertEquals(302, ui.status());
        assertEquals("/cds/ui/", ui.header("Location"));
        // Outside the module: the server's metrics are off, its own pages name no version.
        assertEquals(403, api.get(null, "../metrics").status());
        Api.Reply root = api.get(null, "../");
        assertEquals(404, root.status());
        assertFalse(root.body().matches("(?s).*\\d+\\.\\d{4}\\.\\d+.*"), root.body());
        assertFalse(api.send(null, HttpRequest.newBuilder(api.uri("api/v1/ping"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), null).body().contains("Jersey"));
    }

    @Test
    void datesAndFieldsThatBreakARuleAreRefusedNotIgnored() {
        String campaign = "{\"unitCode\":\"14\",\"name\":\"Đợt thử\",\"startsOn\":\"2019-01-01\",\"endsOn\":\"2019-01-31\"";
        assertProblem(422, "dueBefore", api.post("sonla.so", "api/v1/campaigns", campaign
                + ",\"dueBefore\":\"2019-03-01\"}"));
        assertProblem(422, "startsOn", api.post("sonla.so", "api/v1/campaigns",
                campaign.replace("2019-01-01", "0001-01-01") + "}"));
        assertProblem(422, "endsOn", api.post("sonla.so", "api/v1/campaigns",
                campaign.replace("2019-01-31", "9999-12-31") + "}"));
        Api.Reply made = api.post("sonla.so", "api/v1/campaigns", campaign + "}");
        assertEquals(201, made.status(), made.toString());
        assertProblem(422, "unitCode", api.put("sonla.so", "api/v1/campaigns/" + made.json().getString("id"),
                campaign.replace("\"14\"", "\"128\"") + "}", made.etag()));

        Api.Reply unit = api.get("admin", "api/v1/units/04048");
        String commune = "{\"code\":\"04048\",\"name\":\"Xã Vân Hồ\",\"level\":\"COMMUNE\",\"parentCode\":\"128\"";
        assertProblem(422, "parentCode", api.put("admin", "api/v1/units/04048",
                commune.replace("\"128\"", "\"04048-01\"") + "}", unit.etag()));
        assertProblem(422, "level", api.put("admin", "api/v1/units/04048",
                commune.replace("COMMUNE", "VILLAGE") + "}", unit.etag()));
        assertProblem(422, "villageTeamMinimum", api.put("admin", "api/v1/units/04048",
                commune + ",\"villageTeamMinimum\":1000000}", unit.etag()));
        assertEquals(unit.body(), api.get("admin", "api/v1/units/04048").body(), "nothing changed");

        assertProblem(422, "period", api.post("vanho.phong", "api/v1/consolidations",
                "{\"level\":\"DISTRICT\",\"unitCode\":\"128\",\"period\":\"2030-01\"}"));
    }

    private Api.Reply multipart(String path) {
        return api.send("vanho.canbo", api.multipart(path, Api.FilePart.csv("file", "f1.csv", "x")), null);
    }

    /** A problem answer of {@code status} whose errors name {@code field} (any field when null). */
    private static void assertProblem(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
        if (field != null) {
            assertTrue(reply.json().containsKey("errors") && reply.json().get("errors").toString()
                    .contains("\"field\":\"" + field + "\""), field + ": " + reply);
        }
    }
}
