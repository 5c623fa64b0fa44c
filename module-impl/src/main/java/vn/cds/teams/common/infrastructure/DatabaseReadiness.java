package vn.cds.teams.common.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this instance can serve (MicroProfile Health, {@code /health/ready} on Payara Micro): every request, timer
 * and batch job needs the module's database, so a load balancer or an orchestrator should send nothing here while it
 * does not answer. The schema is migrated before the application starts, so a reachable database is a ready module.
 * The answer names no host, user or schema.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "cds-database";

    /** How long the database may take to answer before this instance is reported not ready. */
    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    /**
     * Made with the application, where its database reference resolves: a server may first ask for readiness on a
     * thread of its own (WildFly's management interface), where the application's names do not.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing the start is what creates the instance now.
    }

    @Override
    public HealthCheckResponse call() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean answers = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named(NAME).status(answers)
                    .withData("milliseconds", (System.nanoTime() - start) / 1_000_000).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
