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

    /**
     * The built WAR with sample-data mode switched on in its own configuration, on the directive's timeline: Sơn La,
     * Vân Hồ district and its 14 communes as the directive knew them (before 1 July 2025), with demo users. The
     * classes that test the directive's three-level world use it (TwoLevelIT carries it across the reform itself).
     */
    static WebArchive sampleDataWar() {
        return sampleDataWarWith("");
    }

    /** The directive's sample-data WAR with extra configuration lines. */
    static WebArchive sampleDataWarWith(String extraConfiguration) {
        return configured(builtWar(), true, "cds.sample-data.timeline=directive\n" + extraConfiguration);
    }

    /** The sample-data WAR as the run command starts it: Sơn La's timeline up to today's two levels. */
    static WebArchive todaysSampleDataWar() {
        return configured(builtWar(), true, "");
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
