package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.cds.teams.it.EndpointCalls.Actor;
import vn.cds.teams.it.EndpointCalls.Row;
import vn.cds.teams.it.EndpointCalls.Target;

/**
 * Bad input at every operation of the OpenAPI document, sent by a caller the operation lets through on its own unit
 * (so that the input reaches the module's reading and rules, not only the gate): malformed and wrongly typed bodies,
 * numbers that overflow, unknown and duplicate fields, bad encodings, oversized bodies, path and query parameters of
 * the wrong shape, malformed If-Match. Every answer must be a 4xx problem (a read may also answer 200 where a
 * parameter is free text) and never a 5xx; and what the sample's province holds must read the same afterwards.
 * The generator is this class: no outside service.
 */
class FuzzIT extends SampleDataIT {

    /** Query values of the wrong shape for a number, a flag, an enum, a date or a code. */
    private static final List<String> BAD_QUERY = List.of("abc", "1.5", "-1", "99999999999999999999", "", "yes",
            "%00", "%E2%80%AE", "%FF", "1e309", "x".repeat(3000));

    /** Path segments that name nothing, or nothing readable. */
    private static final List<String> BAD_PATH = List.of("x", "-1", "%2e%2e", "0".repeat(300), "%C3%BC", "%00",
            "00000000-0000-0000-0000-000000000000", "9999-99");

    /**
     * Bodies that are not one well-formed JSON object of the operation's input ({@code null} is left out: it is an
     * absent body, which an optional input such as an endorsement's reason may be).
     */
    private static final List<String> BAD_JSON = List.of("{", "[]", "\"x\"", "1", "{} x", "{}{}",
            "{\"a\":1,\"a\":1}", "{\"zzUnknown\":1}", "{\"\\ud800\":1}", "[".repeat(200) + "]".repeat(200),
            "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}");

    /** If-Match values that are malformed or can match nothing. */
    private static final List<String> BAD_IF_MATCH = List.of("abc", "\"-1\"", "W/\"x\"", "\"99999999999999999999\"",
            "\"1\", \"2\"", "\"" + "9".repeat(500) + "\"");

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> sentPerOperation = new TreeMap<>();
    private JsonObject document;
    private EndpointCalls calls;

    @Test
    void badInputAtEveryOperationIsAProblemAndChangesNothing() {
        calls = new EndpointCalls(api);
        document = EndpointCalls.document(api);
        calls.fileRequest("vanho.dan", "04048-01");
        List<Actor> actors = EndpointCalls.actors(null, null);
        String before = snapshot();

        for (Row row : EndpointCalls.matrix()) {
            if (row.roles().contains("PUBLIC")) {
                continue;
            }
            Actor actor = actors.stream().filter(a -> row.roles().contains(a.role())).findFirst().orElseThrow();
            JsonObject operation = document.getJsonObject("paths").getJsonObject(row.path())
                    .getJsonObject(row.method().toLowerCase());
            fuzz(row, operation, actor);
        }

        int sent = sentPerOperation.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Fuzz: %d requests to %d operations, %d unexpected answers%n", sent,
                sentPerOperation.size(), failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " requests answered wrongly:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(before, snapshot(), "the province reads the same after the bad requests");
    }

    private void fuzz(Row row, JsonObject operation, Actor actor) {
        Target target = calls.target(row, actor.ownUnit(row));
        String path = target.pathAndQuery();
        boolean read = row.method().equals("GET");
        // Bodies only where the operation reads one: a step without input (endorse, approve) would simply be taken.
        boolean json = requestSchema(operation) != null;

        for (JsonObject parameter : parameters(operation)) {
            String name = parameter.getString("name");
            switch (parameter.getString("in")) {
                case "query" -> {
                    for (String value : BAD_QUERY) {
                        send(row, actor, withQuery(path, name, value), null, target.body(), read, null);
                    }
                }
                case "path" -> {
                    for (String value : BAD_PATH) {
                        String bad = row.path().substring(1).replace("{" + name + "}", value)
                                .replaceAll("\\{[^}]+}", "x");
                        send(row, actor, bad, null, target.body(), false, null);
                    }
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match")) {
                        for (String value : BAD_IF_MATCH) {
                            send(row, actor, path, value, target.body(), false, null);
                        }
                    }
                }
                default -> { }
            }
        }
        if (!json) {
            return;
        }
        for (String body : BAD_JSON) {
            send(row, actor, path, null, body, false, null);
        }
        for (Map.Entry<String, List<String>> property : wrongValues(operation).entrySet()) {
            for (String value : property.getValue()) {
                send(row, actor, path, null, "{\"" + property.getKey() + "\":" + value + "}", false, null);
            }
        }
        // Not UTF-8; an unpaired surrogate in a value; a control and a bidi override in a value; too large; not JSON.
        send(row, actor, path, null, null, false, "{\"name\":\"V\u00e2n H\u1ed3\"}".getBytes(StandardCharsets.ISO_8859_1));
        send(row, actor, path, null, "{\"name\":\"\\udc00\"}", false, null);
        send(row, actor, path, null, "{\"name\":\"a\\u0000b\\u202e\"}", false, null);
        send(row, actor, path, null, "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", false, null);
        sendTyped(row, actor, path, "text/plain", "{}");
    }

    /** For each property of the operation's JSON input, values of a JSON type it can never take, and overflows. */
    private Map<String, List<String>> wrongValues(JsonObject operation) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        JsonObject schema = requestSchema(operation);
        if (schema == null || !schema.containsKey("properties")) {
            return values;
        }
        schema.getJsonObject("properties").forEach((name, value) -> {
            JsonObject property = resolve(value.asJsonObject());
            String type = property.getString("type", property.containsKey("properties") ? "object" : "");
            values.put(name, switch (type) {
                case "string" -> property.containsKey("enum") ? List.of("\"NO_SUCH_VALUE\"", "1", "true", "[]")
                        : List.of("12345", "true", "{}", "[]");
                case "integer" -> List.of("\"1\"", "1.5", "1e309", "99999999999999999999", "true", "[]");
                case "number" -> List.of("\"1\"", "true", "[]", "1e99999");
                case "boolean" -> List.of("\"true\"", "1", "\"yes\"", "null");
                case "array" -> List.of("{}", "\"x\"", "1", "true");
                case "object" -> List.of("[]", "\"x\"", "1", "true");
                default -> List.of("[[[]]]");
            });
        });
        return values;
    }

    private JsonObject requestSchema(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
            return null;
        }
        JsonObject media = body.getJsonObject("content").getJsonObject("application/json");
        return media.containsKey("schema") ? resolve(media.getJsonObject("schema")) : null;
    }

    /** A schema with its {@code $ref} (or the first of an allOf/oneOf) followed into the document's components. */
    private JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return resolve(document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(combined) && !schema.getJsonArray(combined).isEmpty()) {
                return resolve(schema.getJsonArray(combined).getJsonObject(0));
            }
        }
        return schema;
    }

    private static List<JsonObject> parameters(JsonObject operation) {
        return operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonValue::asJsonObject) : List.of();
    }

    private static String withQuery(String path, String name, String value) {
        String encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
        int question = path.indexOf('?');
        String base = question < 0 ? path : path.substring(0, question);
        List<String> pairs = new ArrayList<>();
        if (question >= 0) {
            for (String pair : path.substring(question + 1).split("&")) {
                if (!pair.startsWith(name + "=")) {
                    pairs.add(pair);
                }
            }
        }
        pairs.add(name + "=" + encoded);
        return base + "?" + String.join("&", pairs);
    }

    /**
     * One request; a read with a bad query parameter may answer 200 (a free-text parameter such as a search) but
     * never a 5xx; everything else must be a 4xx problem.
     */
    private void send(Row row, Actor actor, String path, String ifMatch, String body, boolean readMayPass,
                      byte[] rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
        if (row.method().equals("GET") || row.method().equals("DELETE")) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else if (row.body().equals("multipart")) {
            request = api.multipart(path, Api.FilePart.csv("file", "bad.csv", "\u0000\u00ff,\n"));
        } else {
            request.header("Content-Type", "application/json").method(row.method(), rawBody != null
                    ? HttpRequest.BodyPublishers.ofByteArray(rawBody)
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        check(row, actor, path, body, readMayPass, api.send(actor.user(), request, ifMatch));
    }

    private void sendTyped(Row row, Actor actor, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Content-Type", contentType)
                .method(row.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        check(row, actor, path, contentType, false, api.send(actor.user(), request, null));
    }

    private void check(Row row, Actor actor, String path, String what, boolean readMayPass, Api.Reply reply) {
        sentPerOperation.merge(row.key(), 1, Integer::sum);
        int status = reply.status();
        String type = reply.header("Content-Type");
        boolean problem = type != null && type.startsWith("application/problem+json");
        // An encoded NUL in the path is refused by the server's HTTP layer (400) before any application sees it.
        boolean nulInPath = status == 400 && path.contains("%00") && !path.contains("?");
        boolean ok = status >= 400 && status < 500 && problem || readMayPass && status == 200 || nulInPath;
        if (!ok) {
            String shown = what == null ? "" : what.length() > 80 ? what.substring(0, 80) + "..." : what;
            failures.add(String.format("%s as %s: %s %s -> %d %s", row.key(), actor.user(),
                    path.length() > 120 ? path.substring(0, 120) + "..." : path, shown, status,
                    reply.body().length() > 200 ? reply.body().substring(0, 200) : reply.body()));
        }
    }

    /** What the province holds, read through the API: units, teams with members and history, requests, settings. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String path : List.of("api/v1/units?parent=14", "api/v1/units?parent=128", "api/v1/units?parent=04048",
                "api/v1/units?parent=04042", "api/v1/units/14/rule-parameters", "api/v1/units/14/office-names",
                "api/v1/indicators?all=true", "api/v1/campaigns?unit=14", "api/v1/membership-requests?unit=14")) {
            all.append(path).append('\n').append(read(path)).append('\n');
        }
        for (int page = 0; ; page++) {
            JsonObject teams = api.get("sonla.so", "api/v1/teams?unit=14&size=100&page=" + page).json();
            for (JsonObject team : teams.getJsonArray("items").getValuesAs(JsonObject.class)) {
                String id = team.getString("id");
                all.append(team).append('\n').append(read("api/v1/teams/" + id + "/members")).append('\n')
                        .append(read("api/v1/audit?entity=team&id=" + id)).append('\n');
            }
            if (teams.getJsonArray("items").size() < 100) {
                break;
            }
        }
        return all.toString();
    }

    private String read(String path) {
        String user = Set.of("api/v1/units?parent=14", "api/v1/units?parent=128", "api/v1/units?parent=04048",
                "api/v1/units?parent=04042").contains(path) ? "admin" : "sonla.so";
        Api.Reply reply = api.get(user, path);
        assertEquals(200, reply.status(), path + ": " + reply);
        return reply.body();
    }
}
