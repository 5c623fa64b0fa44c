package vn.cds.teams.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL test database the server uses, for checks made beside the API (independent SQL sums): the running
 * class's own ({@link ItDatabase}), or the configured one ({@code cds.test.pg.database}) for a class without it.
 */
final class TestDatabase {

    private static final Properties PG = load();

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return connect(ItDatabase.current());
    }

    /** A connection to the named database of the tests' PostgreSQL server. */
    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG.getProperty("host") + ":" + PG.getProperty("port")
                + "/" + database, PG.getProperty("user"), PG.getProperty("password"));
    }

    /** The database named by the build ({@code cds.test.pg.database}). */
    static String configuredDatabase() {
        return PG.getProperty("database");
    }

    /** The first column of the first row of a query, as a number (a count, a sum). */
    static long number(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql + ": " + e, e);
        }
    }

    private static Properties load() {
        Properties pg = new Properties();
        try (InputStream in = TestDatabase.class.getResourceAsStream("/monthly-it-postgresql.properties")) {
            pg.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pg;
    }
}
