package vn.cds.teams.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each end-to-end class's own database, so that no class sees another's data: a class registers this extension
 * before Arquillian's ({@code @ExtendWith({ItDatabase.class, ArquillianExtension.class})}), so that its database is
 * made before its server boots. On PostgreSQL ({@code cds.it.db=postgresql}) it drops and creates
 * {@code cds_it_<class name in lower case>} (empty: the module migrates it at start-up), so a class finds the same
 * database on every run and needs no clean-up; a second suite on the same PostgreSQL at the same time (another
 * checkout) sets another prefix ({@code -Dcds.it.db-prefix=cds_other_}) so that neither drops the other's. On H2
 * each server's database is in its own memory already. It also notes the class's {@link ClockAt}, which
 * {@link Deployments} gives its archive.
 * {@link Deployments} writes the server's post-boot commands for the current database, {@link TestDatabase} connects
 * to it. Classes run one after the other in each test JVM (two JVMs side by side, each with its own post-boot file),
 * so one current database per JVM.
 */
public class ItDatabase implements BeforeAllCallback {

    private static volatile String current;
    private static volatile String clockStart;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String name = System.getProperty("cds.it.db-prefix", "cds_it_") + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        if (postgresql()) {
            try (Connection c = TestDatabase.connect("postgres"); Statement s = c.createStatement()) {
                s.executeUpdate("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.executeUpdate("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        current = name;
        ClockAt clock = context.getRequiredTestClass().getAnnotation(ClockAt.class);
        clockStart = clock == null ? null : clock.value();
    }

    /** The start of the running class's clock ({@link ClockAt}), if it has one. */
    static java.util.Optional<String> clockStart() {
        return java.util.Optional.ofNullable(clockStart);
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("cds.it.db"));
    }

    /** The running class's database, or the configured one for a class without this extension (a benchmark). */
    static String current() {
        return current != null ? current : TestDatabase.configuredDatabase();
    }

    /** The post-boot commands file every Payara Micro of the tests boots with. */
    static Path serverCommandsFile() {
        return Path.of(System.getProperty("cds.it.postboot", "target/postboot-it.asadmin")).toAbsolutePath();
    }

    /**
     * Writes the post-boot commands of the next Payara Micro boot ({@code target/postboot-it-<fork>.asadmin}, which
     * arquillian.xml and ClusterIT pass to the server): those of the pass's database, on PostgreSQL pointed at the
     * current database. Returns the file.
     */
    static Path writeServerCommands() {
        String pass = postgresql() ? "postgresql" : "h2";
        String commands;
        try (InputStream in = ItDatabase.class.getResourceAsStream("/postboot-" + pass + ".asadmin")) {
            commands = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (postgresql()) {
            commands = commands.replace("databaseName=" + TestDatabase.configuredDatabase() + ":",
                    "databaseName=" + current() + ":");
        }
        try {
            Path file = serverCommandsFile();
            Files.createDirectories(file.getParent());
            return Files.writeString(file, commands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
