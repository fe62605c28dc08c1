package com.followupcoach.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema versions, one SQL resource each, recorded in {@code PRAGMA user_version}.
 * Version N is the Nth script; each is applied with its version stamp in one transaction,
 * so a failed upgrade leaves the file at the version before.
 */
final class Migrations {

    private static final List<String> SCRIPTS = List.of(
            "V1__base.sql",
            "V2__flags_ready_marks_dashboard.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static int versionOf(Connection connection) throws SQLException {
        return Sql.first(connection, "PRAGMA user_version", row -> row.getInt(1)).orElse(0);
    }

    /** Applies the versions after the file's own, up to {@code target}. */
    static void migrate(Connection connection, int target) throws SQLException {
        for (int version = versionOf(connection) + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(SCRIPTS.get(version - 1))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The statements of a script: comment lines dropped, split at a ';' that ends a line. */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : read(script).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
