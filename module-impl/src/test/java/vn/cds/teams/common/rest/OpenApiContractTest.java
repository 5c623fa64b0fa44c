package vn.cds.teams.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The contract filter reads every resource method and names each operation once, readably. */
class OpenApiContractTest {

    private final List<OpenApiContract.Endpoint> endpoints = OpenApiContract.endpoints();

    @Test
    void everyResourceMethodIsFound() {
        assertTrue(endpoints.size() > 40, "resource methods found: " + endpoints.size());
        assertTrue(endpoints.stream().anyMatch(e -> e.httpMethod().equals("GET") && e.path().equals("/api/v1/teams")));
        assertTrue(endpoints.stream().anyMatch(e -> e.httpMethod().equals("DELETE")
                && e.path().equals("/api/v1/teams/{teamId}/members/{memberId}")));
    }

    @Test
    void operationIdsAreUniqueAndReadable() {
        Map<OpenApiContract.Endpoint, String> ids = OpenApiContract.operationIds(endpoints);
        Set<String> seen = new HashSet<>();
        List<String> plain = new ArrayList<>();
        for (var entry : ids.entrySet()) {
            assertTrue(seen.add(entry.getValue()), "operationId used twice: " + entry.getValue());
            // Each id is made by the rule, not by the clash fallback: the fallback starts with the class's noun.
            assertEquals(OpenApiContract.operationId(entry.getKey()), entry.getValue(), entry.getKey().key());
            if (Set.of("list", "get", "create", "update", "delete", "put", "add", "change", "remove")
                    .contains(entry.getValue())) {
                plain.add(entry.getKey().key());
            }
        }
        assertTrue(plain.isEmpty(), "operationIds that say nothing: " + plain);
        assertEquals("listTeams", id("GET", "/api/v1/teams", ids));
        assertEquals("createTeam", id("POST", "/api/v1/teams", ids));
        assertEquals("approveMembershipRequest", id("POST", "/api/v1/membership-requests/{id}/approve", ids));
        assertEquals("listMembers", id("GET", "/api/v1/teams/{teamId}/members", ids));
    }

    @Test
    void everyMethodAnsweringAResponseSaysWhatItSends() {
        Set<String> missing = new TreeSet<>();
        Set<String> known = new TreeSet<>();
        for (var endpoint : endpoints) {
            if (endpoint.method().getReturnType() == Response.class) {
                known.add(endpoint.key());
                if (!OpenApiContract.ANSWERS.containsKey(endpoint.key())) {
                    missing.add(endpoint.key());
                }
            }
        }
        assertTrue(missing.isEmpty(), "add to OpenApiContract.ANSWERS: " + missing);
        Set<String> stale = new TreeSet<>(OpenApiContract.ANSWERS.keySet());
        stale.removeAll(known);
        assertTrue(stale.isEmpty(), "OpenApiContract.ANSWERS names methods that are gone: " + stale);
    }

    @Test
    void publicOperationsAreThoseThatPermitAll() {
        var ping = endpoints.stream().filter(e -> e.path().equals("/api/v1/ping")).findFirst().orElseThrow();
        assertEquals(null, OpenApiContract.roles(ping));
        var create = endpoints.stream().filter(e -> e.httpMethod().equals("POST") && e.path().equals("/api/v1/teams"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("COMMUNE_OFFICER"), OpenApiContract.roles(create));
        assertFalse(OpenApiContract.normalize("api/v1/x/{id: [0-9]+}/").contains(":"));
    }

    private static String id(String method, String path, Map<OpenApiContract.Endpoint, String> ids) {
        return ids.entrySet().stream().filter(e -> e.getKey().httpMethod().equals(method)
                && e.getKey().path().equals(path)).map(Map.Entry::getValue).findFirst().orElseThrow();
    }
}
