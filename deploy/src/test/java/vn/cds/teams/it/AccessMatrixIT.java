package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.cds.teams.it.EndpointCalls.Actor;
import vn.cds.teams.it.EndpointCalls.Row;

/**
 * Role x endpoint x (own unit, foreign unit, parent unit, no login), generated from the application's own list of
 * endpoints (its OpenAPI document) and the expectations in access-matrix.csv. Runs on the sample data: Sơn La (14),
 * Vân Hồ district (128), the communes Vân Hồ (04048) and Quang Minh (04042) with their teams.
 */
class AccessMatrixIT extends SampleDataIT {

    private EndpointCalls calls;

    @Test
    void everyEndpointAnswersEachRoleAndUnitAsTheMatrixSays() throws Exception {
        calls = new EndpointCalls(api);
        List<Row> rows = EndpointCalls.matrix();
        assertSameEndpoints(rows);

        String otherProvince = "M73";
        String otherDistrict = "973";
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + otherProvince
                + "\",\"name\":\"Tỉnh Khác\",\"level\":\"PROVINCE\"}").status());
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + otherDistrict
                + "\",\"name\":\"Huyện Khác\",\"level\":\"DISTRICT\",\"parentCode\":\"14\"}").status());
        List<Actor> actors = EndpointCalls.actors(otherProvince, otherDistrict);

        // Membership requests to try the request endpoints on: one in the own commune (filed by its resident, so
        // that the resident sees it too), one in a foreign commune.
        calls.fileRequest("vanho.dan", "04048-01");
        calls.fileRequest("quangminh.dan", "04042-01");

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
        boolean teamScoped = row.teamScoped();
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
        Api.Reply reply = calls.call(row, user, unit);
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

    private void assertSameEndpoints(List<Row> rows) {
        JsonObject paths = EndpointCalls.document(api).getJsonObject("paths");
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
}
