package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prepare, bind, run and read steps every repository repeated, once. Parameters bind by
 * their type: an {@link Instant} as epoch milliseconds, an empty {@link Optional} or null as
 * NULL. Why not Jdbi: a dozen small queries on one connection that {@link Database} already
 * locks and wraps in transactions need these three methods, not a library with its own
 * handles, transactions and module-path quirks in the runtime image.
 */
final class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(row.read(rows));
            }
            return List.copyOf(values);
        }
    }

    static <T> Optional<T> first(Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the id SQLite gave the new row. */
    static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
        // Same connection, under the Database lock: nothing else can insert in between.
        return first(connection, "SELECT last_insert_rowid()", row -> row.getLong(1)).orElseThrow();
    }

    /** Runs one statement once for each list of parameters, as one JDBC batch. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : rows) {
                bindAll(statement, parameters);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bindAll(statement, parameters);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bindAll(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            bind(statement, i + 1, parameters[i]);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain == null) {
            statement.setNull(index, Types.NULL);
        } else if (plain instanceof Instant instant) {
            statement.setLong(index, instant.toEpochMilli());
        } else {
            statement.setObject(index, plain);
        }
    }
}
