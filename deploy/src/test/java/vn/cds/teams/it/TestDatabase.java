package vn.cds.teams.it;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
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
}
