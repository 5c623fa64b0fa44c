package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The two WARs as built: {@code cds.war}, the one a portal deploys, carries no sample data, no demo users and no
 * test hooks (its own entries and those of the jars in WEB-INF/lib); {@code cds-demo.war}, the one the run command
 * starts, is the same plus the sample data and the demo identity store. The demo users themselves are served by
 * that WAR in TodaysSampleIT.
 */
class WarContentsIT {

    /** What only the demo WAR may hold: the sample package (classes and files) and the demo identity store. */
    private static final List<String> DEMO = List.of("vn/cds/teams/sample/", "DemoIdentityStore",
            "SampleIdentityStore", "son-la-units-");
    /** What no built WAR may hold: the tests' hooks. */
    private static final List<String> TEST = List.of("ConsolidationTestHooks", "vn/cds/teams/it/");

    private static final Path PORTAL_WAR = Path.of(System.getProperty("cds.war", "target/cds.war"));
    private static final Path DEMO_WAR = Path.of(System.getProperty("cds.demo-war", "target/cds-demo.war"));

    @Test
    void thePortalsWarHasNoDemoOrTestCode() throws IOException {
        Set<String> entries = entries(PORTAL_WAR);
        assertTrue(entries.stream().anyMatch(e -> e.endsWith("!vn/cds/teams/reporting/infrastructure/LineWriter.class")),
                "the module's classes are listed");
        List<String> found = new ArrayList<>();
        for (String entry : entries) {
            if (DEMO.stream().anyMatch(entry::contains) || TEST.stream().anyMatch(entry::contains)) {
                found.add(entry);
            }
        }
        assertEquals(List.of(), found, "demo or test entries in " + PORTAL_WAR);
    }

    @Test
    void theDemoWarIsThePortalsWarWithTheSampleDataAndTheDemoUsers() throws IOException {
        Set<String> portal = entries(PORTAL_WAR);
        Set<String> demo = entries(DEMO_WAR);
        Set<String> added = new TreeSet<>(demo);
        added.removeAll(portal);
        Set<String> missing = new TreeSet<>(portal);
        missing.removeAll(demo);
        assertEquals(Set.of(), missing, "the demo WAR lacks entries of the portal's");
        assertTrue(added.contains("WEB-INF/classes/vn/cds/teams/sample/DemoIdentityStore.class"), added::toString);
        assertTrue(added.contains("WEB-INF/classes/vn/cds/teams/sample/SampleDataLoader.class"), added::toString);
        assertTrue(added.contains("WEB-INF/classes/vn/cds/teams/sample/son-la-units-2025-03.csv"), added::toString);
        for (String entry : added) {
            assertTrue(entry.equals("WEB-INF/classes/vn/") || entry.equals("WEB-INF/classes/vn/cds/")
                    || entry.equals("WEB-INF/classes/vn/cds/teams/")
                    || entry.startsWith("WEB-INF/classes/vn/cds/teams/sample/"), "not demo code: " + entry);
        }
        assertTrue(demo.stream().noneMatch(e -> TEST.stream().anyMatch(e::contains)), "test hooks in the demo WAR");
    }

    @Test
    void theRunCommandStartsTheDemoWarAndAClusterInstanceThePortals() throws IOException {
        String run = Files.readString(Path.of("run.sh"), StandardCharsets.UTF_8);
        assertTrue(run.contains("--deploy deploy/target/cds-demo.war"), run);
        String instance = Files.readString(Path.of("run-instance.sh"), StandardCharsets.UTF_8);
        assertTrue(instance.contains("deploy/target/cds.war"), instance);
    }

    /** The WAR's entries, and those of each jar in it as "jar!entry". */
    private static Set<String> entries(Path war) throws IOException {
        Set<String> entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.add(entry.getName());
                if (entry.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(entry);
                            ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            entries.add(entry.getName() + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        return entries;
    }
}
