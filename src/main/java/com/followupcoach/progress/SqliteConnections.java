package com.followupcoach.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opens SQLite connections with the store's settings. */
final class SqliteConnections {

    /** Long enough to wait out another process's write, short enough not to freeze a click. */
    static final int BUSY_TIMEOUT_MILLIS = 3000;
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private SqliteConnections() {
    }

    static Connection openFile(Path file) throws SQLException {
        SQLiteConfig config = settings();
        // WAL: readers (the export command) never block the app's writer, and a write is
        // one append, which keeps the 2-second autosave cheap. NORMAL sync is safe in WAL:
        // a power cut may lose the last commit, never corrupt the file.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            probe(connection);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    static Connection openMemory() throws SQLException {
        return settings().createConnection("jdbc:sqlite::memory:");
    }

    private static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    /** Reads the schema, which fails at once on a damaged or foreign file. */
    private static void probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
        }
    }

    /**
     * SQLite's quick_check: the structure of every page, without the slower index
     * cross-check of integrity_check. Tens of milliseconds for a big learner's file.
     */
    static Optional<String> quickCheck(Connection connection) throws SQLException {
        List<String> problems = Sql.list(connection, "PRAGMA quick_check(3)", row -> row.getString(1));
        return problems.equals(List.of("ok")) ? Optional.empty()
                : Optional.of("SQLite's check found: " + String.join("; ", problems));
    }

    /** Out of space: SQLITE_FULL, or an I/O error (growing -shm) on a disk with no room left. */
    static boolean isFull(SQLException e, Path file) {
        if (hasPrimaryCode(e, SQLiteErrorCode.SQLITE_FULL)) {
            return true;
        }
        if (!hasPrimaryCode(e, SQLiteErrorCode.SQLITE_IOERR)) {
            return false;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException unknown) {
            return false;
        }
    }

    static boolean isDamaged(SQLException e) {
        return hasPrimaryCode(e, SQLiteErrorCode.SQLITE_NOTADB) || hasPrimaryCode(e, SQLiteErrorCode.SQLITE_CORRUPT);
    }

    static boolean isReadOnly(SQLException e) {
        return hasPrimaryCode(e, SQLiteErrorCode.SQLITE_READONLY) || hasPrimaryCode(e, SQLiteErrorCode.SQLITE_CANTOPEN)
                || hasPrimaryCode(e, SQLiteErrorCode.SQLITE_PERM);
    }

    private static boolean hasPrimaryCode(SQLException e, SQLiteErrorCode code) {
        return e instanceof SQLiteException && (e.getErrorCode() & 0xff) == code.code;
    }
}
