package vn.cds.teams.it;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** A portal's identity provider in miniature: an RSA key pair that issues RS256 JWTs with a groups claim. */
final class PortalTokens {

    final String issuer;
    final KeyPair keys;

    PortalTokens(String issuer) {
        this(issuer, newKeys());
    }

    PortalTokens(String issuer, KeyPair keys) {
        this.issuer = issuer;
        this.keys = keys;
    }

    /** The MicroProfile Config lines with which the module trusts this issuer. */
    String configuration() {
        return "mp.jwt.verify.issuer=" + issuer + "\nmp.jwt.verify.publickey="
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    String token(String user, List<String> groups) {
        return token(user, groups, 3600);
    }

    /** A token valid for {@code validSeconds} from now (negative: expired). */
    String token(String user, List<String> groups, long validSeconds) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + issuer + "\",\"upn\":\"" + user + "\",\"groups\":["
                + String.join(",", groups.stream().map(g -> "\"" + g + "\"").toList()) + "],\"iat\":" + now
                + ",\"exp\":" + (now + validSeconds) + "}";
        String signed = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
