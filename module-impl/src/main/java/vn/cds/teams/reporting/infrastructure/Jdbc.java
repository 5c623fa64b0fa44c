package vn.cds.teams.reporting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few JDBC steps the consolidation's parts share. Plain JDBC on jdbc/cds rather than JPA: a chunk's rows and
 * the batch runtime's checkpoint commit in one local transaction, and the set-based statements have no JPQL form.
 */
final class Jdbc {

    /** Reads one row of a result. */
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Work on one connection of the datasource. */
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs {@code work} on a connection of its own (joined to the caller's transaction, if any). */
    static <T> T with(DataSource dataSource, String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(failure + ": " + e.getMessage(), e);
        }
    }

    static void query(DataSource dataSource, String sql, List<?> parameters, RowHandler handler) {
        with(dataSource, "query failed", c -> {
            query(c, sql, parameters, handler);
            return null;
        });
    }

    static int update(DataSource dataSource, String sql, List<?> parameters) {
        return with(dataSource, "update failed", c -> update(c, sql, parameters));
    }

    static void query(Connection c, String sql, List<?> parameters, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    static int update(Connection c, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** One bind mark per value: "?, ?, ?". */
    static String marks(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
