package vn.cds.teams.common.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the current version before anything else runs (Flyway migrations in db/migration, the
 * same scripts on H2 and PostgreSQL, and in db/vendor/{vendor} the few one database needs alone). Flyway commits by itself, hence bean-managed transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    /**
     * The module's database: the resource reference {@code jdbc/cds} (web-fragment.xml) that each server's
     * descriptor maps to its datasource (README, "Deploying into a portal").
     */
    public static final String DATASOURCE = "java:comp/env/jdbc/cds";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = flyway(dataSource).migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run)");
    }

    /**
     * The migrations of this module on {@code database}. A server's batch runtime may have made its job-repository
     * tables in the same schema before the first start (WildFly's JBeret does): a schema with tables but no history
     * of ours is then given an empty baseline (version 0), below every migration, so that all of them still run.
     */
    public static Flyway flyway(DataSource database) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(database)
                .locations(locations(database))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("tables made before the module's first migration (a batch job repository)")
                .load();
    }

    /** The portable scripts, and the few that this database needs alone (db/vendor/h2, db/vendor/postgresql). */
    public static String[] locations(DataSource database) {
        try (Connection c = database.getConnection()) {
            String vendor = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
            return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable: " + e.getMessage(), e);
        }
    }
}
