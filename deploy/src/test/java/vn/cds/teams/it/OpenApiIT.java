package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as a portal reads it: saved to target/openapi/openapi.json (the generated client of
 * ClientIT is made from it), linted with Redocly CLI's recommended rules (0 errors; node and npm are needed, see
 * .ci/run), and each operation says who may call it and what it answers.
 */
class OpenApiIT extends SampleDataIT {

    /** The linter and its version, as the README names them. */
    static final String LINTER = "@redocly/cli@2.77.0";

    @Test
    void theServedDocumentIsAContract() throws Exception {
        String document = EndpointCalls.documentText(api);
        Path saved = Path.of(System.getProperty("cds.openapi", "target/openapi/openapi.json"));
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, document, StandardCharsets.UTF_8);

        JsonObject root = Json.createReader(new StringReader(document)).readObject();
        JsonObject schemes = root.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basicAuth").getString("scheme"));
        assertEquals("JWT", schemes.getJsonObject("bearerAuth").getString("bearerFormat"));
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        root.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject op = value.asJsonObject();
            String where = method.toUpperCase() + " " + path;
            if (!ids.add(op.getString("operationId", ""))) {
                wrong.add(where + ": operationId missing or used twice");
            }
            JsonObject responses = op.getJsonObject("responses");
            if (responses.containsKey("default") || responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                wrong.add(where + ": no success status " + responses.keySet());
            }
            boolean open = op.getJsonArray("security").stream().allMatch(r -> r.asJsonObject().isEmpty());
            if (open != path.endsWith("/ping") || !open && !responses.containsKey("401")) {
                wrong.add(where + ": security " + op.get("security") + " with answers " + responses.keySet());
            }
            boolean ifMatch = op.containsKey("parameters") && op.getJsonArray("parameters").stream()
                    .anyMatch(p -> p.asJsonObject().getString("name").equalsIgnoreCase("If-Match"));
            if (ifMatch != (responses.containsKey("412") && responses.containsKey("428"))) {
                wrong.add(where + ": If-Match without 412 and 428, or the reverse");
            }
        }));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        JsonObject problem = root.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertEquals(Set.of("type", "title", "status", "detail", "rule", "errors"),
                problem.getJsonObject("properties").keySet());
        JsonObject teamList = root.getJsonObject("paths").getJsonObject("/api/v1/reports/team-list")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content");
        assertEquals("binary", teamList.getJsonObject("application/pdf").getJsonObject("schema").getString("format"));
        JsonValue imports = root.getJsonObject("paths").getJsonObject("/api/v1/imports").getJsonObject("post")
                .getJsonObject("requestBody").getJsonObject("content").get("multipart/form-data");
        assertTrue(imports != null, "the import's multipart body");

        lint(saved);
    }

    /** Redocly CLI's recommended rules on the saved document: 0 errors (warnings are printed). */
    private static void lint(Path saved) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("npx", "--yes", LINTER, "lint", "--format=stylish",
                    saved.toAbsolutePath().toString())
                    .directory(saved.getParent().toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI lint needs node and npm (npx) on the PATH (.ci/run installs"
                    + " Debian's nodejs and npm): " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the linter did not finish");
        System.out.println("Redocly CLI lint of the served document:\n" + output);
        Files.writeString(saved.resolveSibling("lint.txt"), output, StandardCharsets.UTF_8);
        Matcher errors = Pattern.compile("(\\d+) errors?").matcher(output);
        assertTrue(process.exitValue() == 0, "the linter found errors (exit " + process.exitValue() + "):\n" + output);
        assertTrue(!errors.find() || errors.group(1).equals("0"), output);
    }
}
