package com.followupcoach.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies what can still be read from a damaged (or unmigratable) file into a fresh store,
 * table by table, and row by row where a table is damaged: SQLite's own {@code .recover}
 * lives in its command-line shell, which the JDBC driver does not carry.
 */
final class Recovery {

    /** Parents before children, so the copy can be checked against the foreign keys. */
    private static final List<String> TABLES = List.of("profile", "app_setting", "profile_setting", "lesson_progress",
            "lesson_section_seen", "quiz_attempt", "quiz_answer", "app_session", "draft", "attempt",
            "attempt_criterion", "dismissed_flag", "ready_mark");

    private Recovery() {
    }

    /** Rows copied, all tables together; the fresh database must have the current schema. */
    static int copy(Path damaged, Connection fresh) throws SQLException {
        int copied = 0;
        try (Statement statement = fresh.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            try {
                statement.execute("ATTACH DATABASE '" + quoted(damaged) + "' AS damaged");
            } catch (SQLException notADatabase) {
                statement.execute("PRAGMA foreign_keys = ON");
                return 0;
            }
            try {
                for (String table : TABLES) {
                    copied += copyTable(fresh, table);
                }
                // Dropping an orphan can orphan its own children: repeat until none is left.
                for (int dropped = dropOrphans(fresh); dropped > 0; dropped = dropOrphans(fresh)) {
                    copied -= dropped;
                }
            } finally {
                statement.execute("DETACH DATABASE damaged");
                statement.execute("PRAGMA foreign_keys = ON");
            }
        }
        return copied;
    }

    private static int copyTable(Connection fresh, String table) {
        List<String> columns;
        try {
            columns = sharedColumns(fresh, table);
        } catch (SQLException unreadable) {
            return 0;
        }
        if (columns.isEmpty()) {
            return 0;
        }
        String list = String.join(", ", columns);
        String insert = "INSERT OR IGNORE INTO main." + table + " (" + list + ") SELECT " + list + " FROM damaged." + table;
        try (Statement statement = fresh.createStatement()) {
            return statement.executeUpdate(insert);
        } catch (SQLException damagedTable) {
            return copyRowByRow(fresh, table, insert);
        }
    }

    /** A damaged table: each row whose page still reads, in rowid order, up to the damage. */
    private static int copyRowByRow(Connection fresh, String table, String insert) {
        List<Long> rowids = new ArrayList<>();
        try (Statement statement = fresh.createStatement();
             ResultSet rows = statement.executeQuery("SELECT rowid FROM damaged." + table)) {
            while (rows.next()) {
                rowids.add(rows.getLong(1));
            }
        } catch (SQLException stoppedAtTheDamage) {
            // The rowids read before the damage are still worth copying.
        }
        int copied = 0;
        for (long rowid : rowids) {
            try (Statement statement = fresh.createStatement()) {
                copied += statement.executeUpdate(insert + " WHERE rowid = " + rowid);
            } catch (SQLException unreadableRow) {
                // Lost with its page; the next row may be on a good one.
            }
        }
        return copied;
    }

    private static List<String> sharedColumns(Connection fresh, String table) throws SQLException {
        Set<String> theirs = columns(fresh, "damaged", table);
        List<String> shared = new ArrayList<>();
        for (String column : columns(fresh, "main", table)) {
            if (theirs.contains(column)) {
                shared.add(column);
            }
        }
        return shared;
    }

    private static Set<String> columns(Connection connection, String schema, String table) throws SQLException {
        return new LinkedHashSet<>(Sql.list(connection, "PRAGMA " + schema + ".table_info(" + table + ")",
                row -> row.getString("name")));
    }

    /** Rows whose parent was lost with the damage would break the cascades: they go. */
    private static int dropOrphans(Connection fresh) throws SQLException {
        List<String[]> orphans = Sql.list(fresh, "PRAGMA main.foreign_key_check",
                row -> new String[] {row.getString("table"), row.getString("rowid")});
        int dropped = 0;
        for (String[] orphan : orphans) {
            if (orphan[1] != null) {
                dropped += Sql.update(fresh, "DELETE FROM main." + orphan[0] + " WHERE rowid = ?", Long.parseLong(orphan[1]));
            }
        }
        return dropped;
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }
}
