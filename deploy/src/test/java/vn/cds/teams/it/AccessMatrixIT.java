package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Role x endpoint x (own unit, foreign unit, parent unit, no login), generated from the application's own list of
 * endpoints (its OpenAPI document) and the expectations in access-matrix.csv. Runs on the sample data: Sơn La (14),
 * Vân Hồ district (128), the communes Vân Hồ (04048) and Quang Minh (04042) with their teams.
 */
class AccessMatrixIT extends SampleDataIT {

    /** One row of access-matrix.csv. */
    record Row(String method, String path, Set<String> roles, String scope, String body) {
        String key() {
            return method + " " + path;
        }
    }

    /**
     * A demo user and the units it is tried on. {@code teamUnit*}: where the team of team-scoped calls lies (null:
     * there is no team to try, the scope is left out; "none": an id that exists nowhere).
     */
    record Actor(String role, String user, String own, String foreign, String parent,
                 String ownTeamUnit, String foreignTeamUnit, String parentTeamUnit) {
    }

    @Test
    void everyEndpointAnswersEachRoleAndUnitAsTheMatrixSays() throws Exception {
        List<Row> rows = matrix();
        assertSameEndpoints(rows);

        String otherProvince = "M" + (System.nanoTime() % 100_000);
        String otherDistrict = "9" + (System.nanoTime() % 100);
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + otherProvince
                + "\",\"name\":\"Tỉnh Khác\",\"level\":\"PROVINCE\"}").status());
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + otherDistrict
                + "\",\"name\":\"Huyện Khác\",\"level\":\"DISTRICT\",\"parentCode\":\"14\"}").status());
        List<Actor> actors = List.of(
                new Actor("PORTAL_ADMIN", "admin", "14", null, null, "04048", null, null),
                new Actor("PROVINCE_OFFICER", "sonla.so", "14", otherProvince, null, "04048", "none", null),
                new Actor("DISTRICT_OFFICER", "vanho.phong", "128", otherDistrict, "14", "04048", "none", null),
                new Actor("COMMUNE_CHAIR", "vanho.chutich", "04048", "04042", "128", "04048", "04042", null),
                new Actor("COMMUNE_OFFICER", "vanho.canbo", "04048", "04042", "128", "04048", "04042", null),
                new Actor("TEAM_LEADER", "vanho.ban1.totruong", "04048-01", "04042-01", "04048",
                        "04048-01", "04042-01", "04048"),
                new Actor("RESIDENT", "vanho.dan", "04048", "04042", "128", "04048", "04042", null));

        // Membership requests to try the request endpoints on: one in the own commune (filed by its resident, so
        // that the resident sees it too), one in a foreign commune.
        fileRequest("vanho.dan", "04048-01");
        fileRequest("quangminh.dan", "04042-01");

        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Row row : rows) {
            Actor anyone = actors.get(3);
            checks += check(row, null, "own", anyone, failures);
            for (Actor actor : actors) {
                for (String scope : List.of("own", "foreign", "parent")) {
                    checks += check(row, actor.user(), scope, actor, failures);
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints, %d checks%n", rows.size(), checks);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checks + " checks failed:\n"
                + String.join("\n", failures));
    }

    /** One call; returns 1 when it was made, 0 when the scope does not apply to the actor. */
    private int check(Row row, String user, String scope, Actor actor, List<String> failures) {
        boolean teamScoped = Set.of("path:team", "path:member", "query:team", "body:team", "path:request")
                .contains(row.scope());
        String unit = switch (scope) {
            case "own" -> teamScoped ? actor.ownTeamUnit() : actor.own();
            case "foreign" -> teamScoped ? actor.foreignTeamUnit() : actor.foreign();
            default -> teamScoped ? actor.parentTeamUnit() : actor.parent();
        };
        boolean open = row.roles().contains("PUBLIC");
        boolean allowed = open || user != null && row.roles().contains(actor.role());
        // A province has no parent; a request filed in a village team is the team leader's own even from the commune.
        boolean noParent = row.scope().equals("path:province") || row.scope().equals("path:request");
        if (unit == null || (!scope.equals("own") && (!allowed || row.scope().startsWith("none")
                || noParent && scope.equals("parent")))) {
            return 0;
        }
        Api.Reply reply = call(row, user, unit);
        String expected;
        boolean ok;
        if (user == null && !open) {
            expected = "401";
            ok = reply.status() == 401;
        } else if (!allowed) {
            expected = "403";
            ok = reply.status() == 403;
        } else if (scope.equals("own")) {
            expected = "to pass the gate";
            ok = reply.status() < 500 && !Set.of(401, 403, 404).contains(reply.status());
        } else {
            expected = "404";
            ok = reply.status() == 404;
        }
        if (!ok) {
            failures.add(String.format("%s as %s on %s unit %s: expected %s, got %s", row.key(),
                    user == null ? "anonymous" : user, scope, unit, expected, reply));
        }
        return 1;
    }

    private Api.Reply call(Row row, String user, String unit) {
        String path = row.path().substring(1);
        String query = "";
        String body = "{}";
        switch (row.scope()) {
            case "query:parent" -> query = "?parent=" + unit;
            case "query:unit" -> query = "?unit=" + unit;
            case "path:unit" -> path = path.replace("{code}", unit);
            case "path:province" -> path = path.replace("{code}", unit);
            case "body:unit" -> body = "{\"unitCode\":\"" + unit + "\"}";
            case "path:team" -> path = path.replace("{id}", teamId(unit)).replace("{teamId}", teamId(unit));
            case "path:member" -> path = path.replace("{teamId}", teamId(unit)).replace("{memberId}", memberId(unit));
            case "query:team" -> query = "?entity=team&id=" + teamId(unit);
            case "body:team" -> body = "{\"teamId\":\"" + teamId(unit) + "\"}";
            case "path:request" -> path = path.replace("{id}", requestId(unit));
            // An id the resource refuses as malformed (422) before looking anything up: no unit to vary.
            case "none:id" -> path = path.replace("{id}", "x").replace("{code}", "x").replace("{executionId}", "x");
            case "path:commune-period" -> path = path.replace("{communeCode}", unit).replace("{period}", "0000-00");
            default -> { }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path + query));
        if (row.method().equals("GET") || row.method().equals("DELETE")) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else if (row.body().equals("multipart")) {
            String part = "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"empty.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n\r\n--matrix--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=matrix")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(part, StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/json")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return api.send(user, request, null);
    }

    private final Map<String, String> teamIds = new LinkedHashMap<>();
    private final Map<String, String> memberIds = new LinkedHashMap<>();

    /** The id of the team of a unit, looked up by the province officer; "none" gives an id that exists nowhere. */
    private String teamId(String unit) {
        if (unit.equals("none")) {
            return UUID.randomUUID().toString();
        }
        return teamIds.computeIfAbsent(unit, u -> {
            JsonObject page = api.get("sonla.so", "api/v1/teams?unit=" + u).json();
            return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("unitCode").equals(u)).findFirst().orElseThrow().getString("id");
        });
    }

    private final Map<String, String> requestIds = new LinkedHashMap<>();

    /** Files a request to join the team of a village, as a resident of its commune. */
    private void fileRequest(String resident, String village) {
        var filed = api.post(resident, "api/v1/membership-requests", "{\"teamId\":\"" + teamId(village)
                + "\",\"type\":\"JOIN\",\"applicant\":{\"fullName\":\"Người Ma Trận\",\"phone\":\"09"
                + (10_000_000 + (int) (Math.random() * 89_999_999)) + "\"}}");
        assertEquals(201, filed.status(), filed.body());
        requestIds.put(village.substring(0, 5), filed.json().getString("id"));
    }

    /** The request filed in the unit's commune; "none" gives an id that exists nowhere. */
    private String requestId(String unit) {
        return unit.equals("none") ? UUID.randomUUID().toString()
                : requestIds.getOrDefault(unit.substring(0, Math.min(5, unit.length())), UUID.randomUUID().toString());
    }

    private String memberId(String unit) {
        if (unit.equals("none")) {
            return UUID.randomUUID().toString();
        }
        return memberIds.computeIfAbsent(unit, u ->
                api.get("sonla.so", "api/v1/teams/" + teamId(u) + "/members").array().getJsonObject(0).getString("id"));
    }

    private void assertSameEndpoints(List<Row> rows) {
        // Payara builds the document after deployment; right after start it may answer 400 for a moment.
        Api.Reply reply = null;
        for (int attempt = 0; attempt < 30 && (reply == null || reply.status() != 200); attempt++) {
            if (reply != null) {
                sleep(1000);
            }
            reply = api.send(null, HttpRequest.newBuilder(api.uri("../openapi")).header("Accept", "application/json")
                    .GET(), null);
        }
        assertEquals(200, reply.status(), reply.body());
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> published.add(m.toUpperCase() + " " + path)));
        Set<String> listed = new TreeSet<>();
        rows.forEach(row -> listed.add(row.key()));
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(published);
        assertTrue(missing.isEmpty(), "endpoints without a row in access-matrix.csv: " + missing);
        assertTrue(stale.isEmpty(), "rows in access-matrix.csv without an endpoint: " + stale);
    }

    private static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.strip().split(",");
                rows.add(new Row(cells[0], cells[1], Set.of(cells[2].split(" ")), cells[3],
                        cells.length > 4 ? cells[4] : "json"));
            }
        }
        return rows;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
