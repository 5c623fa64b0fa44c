package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR as a portal deploys it (cds.war: no sample data) with a portal's token issuer configured: demo users do not
 * exist, bearer tokens log in, and every response is hardened (headers, body and depth limits, CORS, no server
 * details).
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@RunAsClient
class SecurityIT {

    static final String ISSUER = "https://portal.example.vn";
    static final PortalTokens PORTAL = new PortalTokens(ISSUER);
    static final String PORTAL_ORIGIN = "https://portal.example.vn";

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.builtWarWith(PORTAL.configuration() + "\ncds.cors.allowed-origins=" + PORTAL_ORIGIN);
    }

    @BeforeEach
    void client() {
        api = new Api(deployment);
    }

    @Test
    void aLoadBalancerAsksWhetherTheInstanceIsReadyWithoutLoggingIn() throws Exception {
        // The server's own endpoint, beside the WAR's context on Payara, on the management interface on WildFly
        // (cds.it.health-url): the module adds its database check to it.
        String healthUrl = System.getProperty("cds.it.health-url");
        var ready = send(HttpRequest.newBuilder(healthUrl != null ? URI.create(healthUrl)
                : deployment.toURI().resolve("/health/ready")).GET().build());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("cds-database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"), ready.body());
        assertFalse(ready.body().contains("jdbc") || ready.body().toLowerCase().contains("password"),
                "no connection details: " + ready.body());
    }

    @Test
    void theDemoUsersDoNotExistOutsideSampleDataMode() {
        var reply = api.get("admin", "api/v1/units");
        assertEquals(401, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(401, api.get("vanho.canbo", "api/v1/teams").status());
    }

    @Test
    void aPortalsTokenLogsInWithItsGroupsAsRolesAndJurisdiction() {
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        String province = "P71";
        String other = province + "X";
        for (String code : List.of(province, other)) {
            var created = bearer("POST", "api/v1/units", admin,
                    "{\"code\":\"" + code + "\",\"name\":\"Tỉnh Thử " + code + "\",\"level\":\"PROVINCE\"}");
            assertEquals(201, created.statusCode(), created.body());
        }
        String officer = PORTAL.token("so.tttt", List.of("PROVINCE_OFFICER", "unit:" + province), 300);
        assertEquals(200, bearer("GET", "api/v1/units/" + province, officer, null).statusCode());
        assertEquals(404, bearer("GET", "api/v1/units/" + other, officer, null).statusCode(), "another province");
        var mine = bearer("GET", "api/v1/units", officer, null);
        assertTrue(mine.body().contains(province) && !mine.body().contains(other), mine.body());
        assertEquals(403, bearer("POST", "api/v1/units", officer, "{}").statusCode(), "not the administrator");

        String noRole = PORTAL.token("nobody", List.of("unit:" + province), 300);
        assertEquals(403, bearer("GET", "api/v1/teams", noRole, null).statusCode());
    }

    @Test
    void forgedExpiredOrForeignTokensAreRefused() {
        List<String> groups = List.of("PORTAL_ADMIN");
        PortalTokens stranger = new PortalTokens(ISSUER);
        assertEquals(401, bearer("GET", "api/v1/units", stranger.token("x", groups, 300), null).statusCode());
        assertEquals(401, bearer("GET", "api/v1/units", PORTAL.token("x", groups, -600), null).statusCode());
        assertEquals(401, bearer("GET", "api/v1/units", new PortalTokens("https://evil", PORTAL.keys).token("x", groups, 300), null).statusCode());
        String unsigned = PortalTokens.base64Url("{\"alg\":\"none\"}") + "." + PortalTokens.base64Url("{\"iss\":\"" + ISSUER
                + "\",\"upn\":\"x\",\"groups\":[\"PORTAL_ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}") + ".";
        assertEquals(401, bearer("GET", "api/v1/units", unsigned, null).statusCode());
        assertEquals(401, bearer("GET", "api/v1/units", "not-a-token", null).statusCode());
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndNoServerDetails() {
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        for (HttpResponse<String> reply : List.of(bearer("GET", "api/v1/units", admin, null),
                bearer("GET", "api/v1/units", null, null), bearer("GET", "api/v1/nothing-here", admin, null),
                bearer("DELETE", "api/v1/units", admin, null))) {
            assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(null), reply.toString());
            assertEquals("DENY", reply.headers().firstValue("X-Frame-Options").orElse(null), reply.toString());
            assertTrue(reply.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            assertTrue(reply.headers().firstValue("Server").isEmpty(), "no server name: " + reply.headers().map());
            assertTrue(reply.headers().firstValue("X-Powered-By").isEmpty());
            assertTrue(reply.headers().firstValue("Set-Cookie").isEmpty(), "stateless: no session cookie");
            assertFalse(reply.body().contains("at vn.") || reply.body().contains("Exception"), reply.body());
        }
        var notFound = bearer("GET", "api/v1/nothing-here", admin, null);
        assertEquals(404, notFound.statusCode());
        assertTrue(notFound.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(405, bearer("DELETE", "api/v1/units", admin, null).statusCode());
    }

    @Test
    void oversizedAndDeeplyNestedBodiesAreRefusedBeforeParsing() {
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        String code = "B72";
        String big = "{\"code\":\"" + code + "\",\"level\":\"PROVINCE\",\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        var declared = bearer("POST", "api/v1/units", admin, big);
        assertEquals(413, declared.statusCode());
        HttpRequest chunked = HttpRequest.newBuilder(api.uri("api/v1/units"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        assertEquals(413, send(chunked).statusCode(), "a body without Content-Length is counted as it is read");
        String deep = "[".repeat(200) + "]".repeat(200);
        assertEquals(400, bearer("POST", "api/v1/units", admin, deep).statusCode());
        assertEquals(404, bearer("GET", "api/v1/units/" + code, admin, null).statusCode(), "nothing was created");
    }

    @Test
    void corsOnlyForTheConfiguredPortalAndNoFormPosts() {
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        HttpRequest.Builder fromEvil = HttpRequest.newBuilder(api.uri("api/v1/units"))
                .header("Authorization", "Bearer " + admin).header("Origin", "https://evil.example");
        assertTrue(send(fromEvil.GET().build()).headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpRequest fromPortal = HttpRequest.newBuilder(api.uri("api/v1/units"))
                .header("Authorization", "Bearer " + admin).header("Origin", PORTAL_ORIGIN).GET().build();
        assertEquals(PORTAL_ORIGIN, send(fromPortal).headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpRequest preflight = HttpRequest.newBuilder(api.uri("api/v1/units")).header("Origin", PORTAL_ORIGIN)
                .header("Access-Control-Request-Method", "PUT").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build();
        var answer = send(preflight);
        assertEquals(204, answer.statusCode());
        assertTrue(answer.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("If-Match"));

        HttpRequest form = HttpRequest.newBuilder(api.uri("api/v1/units"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=F1&name=x&level=PROVINCE")).build();
        assertEquals(415, send(form).statusCode(), "a cross-site form cannot post JSON");
        assertNull(send(HttpRequest.newBuilder(api.uri("api/v1/units/F1")).header("Authorization", "Bearer " + admin)
                .GET().build()).headers().firstValue("ETag").orElse(null));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private HttpResponse<String> bearer(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
