package com.followupcoach.progress;

import java.nio.file.Path;
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
