package vn.cds.teams.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the deployed module, logged in as a demo user (password demo) or anonymous (null). */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Api(URL deployment) {
        String url = deployment.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    Reply get(String user, String path) {
        return send(user, request(path).GET(), null);
    }

    Reply get(String user, String path, String language) {
        return send(user, request(path).GET().header("Accept-Language", language), null);
    }

    Reply post(String user, String path, String json) {
        return send(user, request(path).POST(body(json)).header("Content-Type", "application/json"), null);
    }

    Reply post(String user, String path, String json, String language) {
        return send(user, request(path).POST(body(json)).header("Content-Type", "application/json")
                .header("Accept-Language", language), null);
    }

    /** A step on the version the caller read (for the steps that require If-Match). */
    Reply postOnVersion(String user, String path, String json, String ifMatch) {
        return send(user, request(path).POST(body(json)).header("Content-Type", "application/json"), ifMatch);
    }

    Reply put(String user, String path, String json, String ifMatch) {
        return send(user, request(path).PUT(body(json)).header("Content-Type", "application/json"), ifMatch);
    }

    Reply delete(String user, String path, String ifMatch) {
        return send(user, request(path).DELETE(), ifMatch);
    }

    /** One file of a multipart form: its field, file name, media type and bytes. */
    record FilePart(String field, String fileName, String mediaType, byte[] content) {
        static FilePart csv(String field, String fileName, String text) {
            return new FilePart(field, fileName, "text/csv", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A POST of a multipart form holding these files, to be sent by {@link #send}. */
    HttpRequest.Builder multipart(String path, FilePart... parts) {
        String boundary = "cds" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (FilePart part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field()
                    + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: " + part.mediaType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    Reply send(String user, HttpRequest.Builder builder, String ifMatch) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** One answer: status, headers and body, with JSON views of the body. */
    record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonValue parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String etag() {
            return header("ETag");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
