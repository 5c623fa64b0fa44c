package vn.cds.teams.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR as built (each deployment boots a Payara Micro, so test classes share the built archive rather than
 * assembling their own).
 */
final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    /** Exactly the WAR a portal deploys: sample-data mode off. */
    static WebArchive builtWar() {
        File war = new File(System.getProperty("cds.war", "target/cds.war"));
        return ShrinkWrap.create(ZipImporter.class, "cds.war").importFrom(war).as(WebArchive.class);
    }

    /** The built WAR with sample-data mode switched on in its own configuration: Sơn La data and demo users. */
    static WebArchive sampleDataWar() {
        return sampleDataWarWith("");
    }

    /** The sample-data WAR with extra configuration lines. */
    static WebArchive sampleDataWarWith(String extraConfiguration) {
        return configured(builtWar(), true, extraConfiguration);
    }

    /** The built WAR (sample-data mode off) with extra configuration lines, as a portal would add them. */
    static WebArchive builtWarWith(String extraConfiguration) {
        return configured(builtWar(), false, extraConfiguration);
    }

    private static WebArchive configured(WebArchive war, boolean sampleData, String extraConfiguration) {
        String config = new String(readAll(war, CONFIG), StandardCharsets.UTF_8);
        if (sampleData) {
            config = config.replace("cds.sample-data=false", "cds.sample-data=true");
        }
        config += "\n" + extraConfiguration + "\n";
        war.delete(CONFIG);
        return war.add(new StringAsset(config), CONFIG);
    }

    private static byte[] readAll(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
