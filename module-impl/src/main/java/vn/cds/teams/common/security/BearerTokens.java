package vn.cds.teams.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies a portal's bearer token (an RS256-signed JWT as MicroProfile JWT defines it) with the key and issuer
 * configured under the MicroProfile JWT property names, so a portal configures it as it would any MP JWT service:
 * {@code mp.jwt.verify.publickey} (PEM or bare base64 of the X.509 public key) and {@code mp.jwt.verify.issuer}.
 * Without both, bearer tokens are refused. The caller is {@code upn}, else {@code preferred_username}, else
 * {@code sub}; its groups are the {@code groups} claim (roles and {@code unit:<code>}).
 */
@ApplicationScoped
public class BearerTokens {

    /** Clock skew tolerated on exp and nbf. */
    private static final long LEEWAY_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    private volatile PublicKey key;

    public boolean configured() {
        return publicKey.filter(k -> !k.isBlank()).isPresent() && issuer.filter(i -> !i.isBlank()).isPresent();
    }

    /** The verified caller, or empty for a token that is malformed, forged, expired, early or from another issuer. */
    public Optional<Caller> verify(String token) {
        if (!configured() || token == null) {
            return Optional.empty();
        }
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 3) {
                return Optional.empty();
            }
            JsonObject header = json(parts[0]);
            if (!"RS256".equals(header.getString("alg", ""))) {
                return Optional.empty();
            }
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = json(parts[1]);
            long now = Instant.now().getEpochSecond();
            if (!issuer.get().equals(claims.getString("iss", null))
                    || !claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + LEEWAY_SECONDS < now
                    || claims.containsKey("nbf") && claims.getJsonNumber("nbf").longValue() - LEEWAY_SECONDS > now) {
                return Optional.empty();
            }
            String name = claims.getString("upn", claims.getString("preferred_username", claims.getString("sub", null)));
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            Set<String> groups = new LinkedHashSet<>();
            JsonValue claimed = claims.get("groups");
            if (claimed instanceof JsonArray array) {
                array.getValuesAs(JsonString.class).forEach(group -> groups.add(group.getString()));
            }
            return Optional.of(new Caller(name, groups));
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private PublicKey key() throws java.security.GeneralSecurityException {
        if (key == null) {
            String base64 = publicKey.orElseThrow().replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
        return key;
    }

    private static JsonObject json(String base64Url) {
        String text = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** A verified caller: name and groups. */
    public record Caller(String name, Set<String> groups) {
    }
}
