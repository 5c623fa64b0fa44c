package vn.cds.teams.common.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on an embedded H2, alone in their schema and after a batch runtime made its tables first. */
class SchemaMigrationTest {

    @Test
    void anEmptyDatabaseGetsEveryMigrationAndNoBaseline() throws Exception {
        JdbcDataSource database = fresh();
        int applied = SchemaMigration.flyway(database).migrate().migrationsExecuted;

        assertTrue(applied > 0);
        assertEquals(0, number(database, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'BASELINE'"));
        assertEquals(1, number(database, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'administrative_unit'"));
    }

    @Test
    void aJobRepositoryMadeFirstIsKeptAndEveryMigrationStillRuns() throws Exception {
        JdbcDataSource alone = fresh();
        int all = SchemaMigration.flyway(alone).migrate().migrationsExecuted;

        JdbcDataSource database = fresh();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            // The shape of a batch runtime's table, made before the module's first start.
            s.execute("CREATE TABLE JOB_INSTANCE (JOBINSTANCEID BIGINT PRIMARY KEY, JOBNAME VARCHAR(512))");
            s.execute("INSERT INTO JOB_INSTANCE VALUES (1, 'consolidate')");
        }
        assertEquals(all, SchemaMigration.flyway(database).migrate().migrationsExecuted);
        assertEquals(1, number(database, "SELECT COUNT(*) FROM JOB_INSTANCE"));
        assertEquals(1, number(database, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'administrative_unit'"));
        // A second start finds nothing to do.
        assertEquals(0, SchemaMigration.flyway(database).migrate().migrationsExecuted);
    }

    private static JdbcDataSource fresh() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return database;
    }

    private static long number(JdbcDataSource database, String sql) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
