package vn.cds.teams.it;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

/** The PostgreSQL test database the server uses, for checks made beside the API (independent SQL sums). */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws Exception {
        Properties pg = new Properties();
        try (InputStream in = TestDatabase.class.getResourceAsStream("/monthly-it-postgresql.properties")) {
            pg.load(in);
        }
        return DriverManager.getConnection(pg.getProperty("url"), pg.getProperty("user"), pg.getProperty("password"));
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
}
