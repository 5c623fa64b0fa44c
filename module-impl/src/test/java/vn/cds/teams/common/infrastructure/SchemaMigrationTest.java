package vn.cds.teams.common.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
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

    @Test
    void twinOpenJoinRequestsLeftByEarlierVersionsKeepTheOldestAndNoNewTwinGetsIn() throws Exception {
        JdbcDataSource database = fresh();
        Flyway.configure().configuration(SchemaMigration.flyway(database).getConfiguration()).target("43").load()
                .migrate();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute(request("older", "2026-03-01 08:00:00", "SUBMITTED"));
            s.execute(request("newer", "2026-03-01 09:00:00", "ENDORSED"));
            s.execute(request("closed", "2026-02-01 08:00:00", "REJECTED"));
        }
        SchemaMigration.flyway(database).migrate();

        assertEquals(1, number(database, "SELECT COUNT(*) FROM membership_request WHERE id = 'older'"
                + " AND open_join_key = 'team-1:0912345678'"));
        assertEquals(2, number(database, "SELECT COUNT(*) FROM membership_request WHERE open_join_key IS NULL"));
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            SQLException twin = assertThrows(SQLException.class, () -> s.execute(
                    "UPDATE membership_request SET open_join_key = 'team-1:0912345678' WHERE id = 'newer'"));
            assertTrue(twin.getSQLState().startsWith("23"), twin.getSQLState());
        }
    }

    private static String request(String id, String createdAt, String state) {
        return "INSERT INTO membership_request (id, version, team_id, unit_path, request_type, state, full_name, phone,"
                + " filed_by, endorsed_for_leader, created_at) VALUES ('" + id + "', 0, 'team-1', '/14/', 'JOIN', '"
                + state + "', 'Lò Văn Ơn', '0912345678', 'vanho.canbo', FALSE, TIMESTAMP '" + createdAt + "')";
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
