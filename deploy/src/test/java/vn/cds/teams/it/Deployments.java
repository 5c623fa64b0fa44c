package vn.cds.teams.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WARs as built (each deployment boots a server, so test classes share the built archives rather than assembling
 * their own): {@code cds.war}, the one a portal deploys, and {@code cds-demo.war}, the run command's (the same with
 * the sample data and the demo users). Tests that need the consolidation's test hooks add them here; a class with
 * a {@link ClockAt} gets the tests' clock. Building a class's archive also writes the post-boot commands its server
 * boots with, for the class's own database ({@link ItDatabase}).
 */
final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    /** Exactly the WAR a portal deploys: no sample data, no demo users, no test hooks. */
    static WebArchive builtWar() {
        return imported(System.getProperty("cds.war", "target/cds.war"), "cds.war");
    }

    /** Exactly the WAR the run command starts: the portal's WAR with the sample data and the demo users. */
    static WebArchive demoWar() {
        return imported(System.getProperty("cds.demo-war", "target/cds-demo.war"), "cds.war");
    }

    /**
     * The demo WAR on the directive's timeline: Sơn La, Vân Hồ district and its 14 communes as the directive knew
     * them (before 1 July 2025), with demo users. The classes that test the directive's three-level world use it
     * (TwoLevelIT carries it across the reform itself).
     */
    static WebArchive sampleDataWar() {
        return sampleDataWarWith("");
    }

    /** The directive's sample-data WAR with extra configuration lines. */
    static WebArchive sampleDataWarWith(String extraConfiguration) {
        return configured(demoWar(), "cds.sample-data.timeline=directive\n" + extraConfiguration);
    }

    /** The demo WAR as the run command starts it: Sơn La's timeline up to today's two levels. */
    static WebArchive todaysSampleDataWar() {
        return demoWar();
    }

    /** The portal's WAR with extra configuration lines, as a portal would add them. */
    static WebArchive builtWarWith(String extraConfiguration) {
        return configured(builtWar(), extraConfiguration);
    }

    /**
     * The archive with the consolidation's test hooks ({@link ConsolidationTestHooks}: a pause after each chunk, a
     * run that fails once), which its configuration then switches on.
     */
    static WebArchive withTestHooks(WebArchive war) {
        return war.addClass(ConsolidationTestHooks.class);
    }

    /**
     * The archive with an empty Jakarta Batch job ({@link EmptyJob}), its batchlet and the resource that starts it:
     * the benchmark's floor of the stack.
     */
    static WebArchive withEmptyJob(WebArchive war) {
        return war.addClasses(EmptyJob.class, EmptyJob.Starter.class)
                .addAsResource(new StringAsset(EmptyJob.XML), "META-INF/batch-jobs/" + EmptyJob.NAME + ".xml");
    }

    /**
     * The built archive, with the tests' clock ({@link TestClock}) when the running class has a {@link ClockAt}.
     * The post-boot commands of the class's server are written first, for its own database.
     */
    private static WebArchive imported(String file, String name) {
        ItDatabase.writeServerCommands();
        WebArchive war = ShrinkWrap.create(ZipImporter.class, name).importFrom(new File(file)).as(WebArchive.class);
        return ItDatabase.clockStart().map(start -> configured(war.addClass(TestClock.class),
                TestClock.START + "=" + start + "\n" + TestClock.MADE + "=" + Instant.now())).orElse(war);
    }

    private static WebArchive configured(WebArchive war, String extraConfiguration) {
        String config = new String(readAll(war, CONFIG), StandardCharsets.UTF_8) + "\n" + extraConfiguration + "\n";
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
