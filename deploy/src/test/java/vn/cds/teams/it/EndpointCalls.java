package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The module's endpoints as access-matrix.csv lists them, and how to call each on a unit of the sample data (Sơn La
 * 14, Vân Hồ district 128, the communes 04048 and 04042 with their teams): shared by the access matrix and the
 * fuzz test, so that both reach every operation the same way.
 */
final class EndpointCalls {

    /** One row of access-matrix.csv. */
    record Row(String method, String path, Set<String> roles, String scope, String body) {
        String key() {
            return method + " " + path;
        }

        boolean teamScoped() {
            return Set.of("path:team", "path:member", "query:team", "body:team", "path:request").contains(scope);
        }
    }

    /**
     * A demo user and the units it is tried on. {@code teamUnit*}: where the team of team-scoped calls lies (null:
     * there is no team to try, the scope is left out; "none": an id that exists nowhere).
     */
    record Actor(String role, String user, String own, String foreign, String parent,
                 String ownTeamUnit, String foreignTeamUnit, String parentTeamUnit) {

        String ownUnit(Row row) {
            return row.teamScoped() ? ownTeamUnit : own;
        }
    }

    /** A call's path with its query, and the JSON body the matrix sends (an empty object, or a unit or team). */
    record Target(String pathAndQuery, String body) {
    }

    /** The sample's demo users, one per role; the foreign units are the caller's to make. */
    static List<Actor> actors(String otherProvince, String otherDistrict) {
        return List.of(
                new Actor("PORTAL_ADMIN", "admin", "14", null, null, "04048", null, null),
                new Actor("PROVINCE_OFFICER", "sonla.so", "14", otherProvince, null, "04048", "none", null),
                new Actor("DISTRICT_OFFICER", "vanho.phong", "128", otherDistrict, "14", "04048", "none", null),
                new Actor("COMMUNE_CHAIR", "vanho.chutich", "04048", "04042", "128", "04048", "04042", null),
                new Actor("COMMUNE_OFFICER", "vanho.canbo", "04048", "04042", "128", "04048", "04042", null),
                new Actor("TEAM_LEADER", "vanho.ban1.totruong", "04048-01", "04042-01", "04048",
                        "04048-01", "04042-01", "04048"),
                new Actor("RESIDENT", "vanho.dan", "04048", "04042", "128", "04048", "04042", null));
    }

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EndpointCalls.class.getResourceAsStream("/access-matrix.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.strip().split(",");
                rows.add(new Row(cells[0], cells[1], Set.of(cells[2].split(" ")), cells[3],
                        cells.length > 4 ? cells[4] : "json"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /**
     * The served OpenAPI document. The server builds it at the first request after deployment, which on a busy
     * machine takes a while, and may answer 400 for a moment.
     */
    static JsonObject document(Api api) {
        try (var reader = Json.createReader(new StringReader(documentText(api)))) {
            return reader.readObject();
        }
    }

    /** The served OpenAPI document as JSON text, as a portal would save it. */
    static String documentText(Api api) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.send(null, HttpRequest.newBuilder(api.uri("../openapi"))
                        .header("Accept", "application/json").GET(), null), r -> r.status() == 200).body();
    }

    private final Api api;
    private final Map<String, String> teamIds = new LinkedHashMap<>();
    private final Map<String, String> memberIds = new LinkedHashMap<>();
    private final Map<String, String> requestIds = new LinkedHashMap<>();

    EndpointCalls(Api api) {
        this.api = api;
    }

    /** Where a call of this row on this unit goes, and the body the matrix sends with it. */
    Target target(Row row, String unit) {
        String path = row.path().substring(1);
        String query = "";
        String body = "{}";
        switch (row.scope()) {
            case "query:parent" -> query = "?parent=" + unit;
            case "query:unit" -> query = "?unit=" + unit;
            case "path:unit", "path:province" -> path = path.replace("{code}", unit);
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
        return new Target(path + query, body);
    }

    /** The matrix's call: no If-Match, an empty or minimal body, so that a call past the gate changes nothing. */
    Api.Reply call(Row row, String user, String unit) {
        Target target = target(row, unit);
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(target.pathAndQuery()));
        if (row.method().equals("GET") || row.method().equals("DELETE")) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else if (row.body().equals("multipart")) {
            String part = "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"empty.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n\r\n--matrix--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=matrix")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(part, StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/json")
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(target.body(), StandardCharsets.UTF_8));
        }
        return api.send(user, request, null);
    }

    /** The id of the team of a unit, looked up by the province officer; "none" gives an id that exists nowhere. */
    String teamId(String unit) {
        if (unit.equals("none")) {
            return UUID.randomUUID().toString();
        }
        return teamIds.computeIfAbsent(unit, u -> {
            JsonObject page = api.get("sonla.so", "api/v1/teams?unit=" + u).json();
            return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("unitCode").equals(u)).findFirst().orElseThrow().getString("id");
        });
    }

    /** Files a request to join the team of a village, as a resident of its commune. */
    void fileRequest(String resident, String village) {
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
}
