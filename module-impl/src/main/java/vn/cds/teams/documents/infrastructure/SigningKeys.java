package vn.cds.teams.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cds.teams.reports.PdfSigner;

/**
 * The issuing units' certificates: a PKCS#12 keystore that the portal names with {@code cds.documents.keystore}
 * (a path) and {@code cds.documents.keystore-password}, never kept in the repository. Each private-key entry whose
 * alias is a unit's code signs that unit's issued documents; a unit without one issues them unsigned, and so does
 * every unit when no keystore is configured. A keystore that is configured but cannot be read is an error, not a
 * silent fall-back to unsigned documents. Read once, at the first issue.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "cds.documents.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "cds.documents.keystore-password")
    Optional<String> password;

    private volatile Map<String, Signer> signers;

    /** A unit's signer and the subject of its certificate (recorded in the register). */
    public record Signer(PdfSigner signer, String subject) {
    }

    /** The signer of {@code unitCode}'s documents; empty when it has no certificate. */
    public Optional<Signer> forUnit(String unitCode) {
        Map<String, Signer> loaded = signers;
        if (loaded == null) {
            synchronized (this) {
                if (signers == null) {
                    signers = load();
                }
                loaded = signers;
            }
        }
        return Optional.ofNullable(loaded.get(unitCode.toLowerCase(Locale.ROOT)));
    }

    private Map<String, Signer> load() {
        if (keystore.isEmpty() || keystore.get().isBlank()) {
            return Map.of();
        }
        char[] secret = password.orElse("").toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(keystore.get()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            Map<String, Signer> byUnit = new HashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Certificate[] chain = store.getCertificateChain(alias);
                PrivateKey key = (PrivateKey) store.getKey(alias, secret);
                if (chain == null || chain.length == 0 || key == null) {
                    continue;
                }
                List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
                byUnit.put(alias.toLowerCase(Locale.ROOT), new Signer(new PdfSigner(key, certificates),
                        certificates.get(0).getSubjectX500Principal().getName()));
            }
            LOG.info(() -> "Documents of " + byUnit.size() + " issuing unit(s) are signed: " + byUnit.keySet());
            return Map.copyOf(byUnit);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The keystore of cds.documents.keystore cannot be read: " + e, e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
