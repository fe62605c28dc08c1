package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite connection of an open store, guarded by a lock.
 *
 * <p>Why one connection and a lock rather than a pool: SQLite lets only one writer in at a
 * time anyway, every call here takes well under a millisecond (the dashboard a few tens),
 * and a single connection means our own threads (autosave every ~2 s, the critique worker,
 * the dashboard loader) can never get SQLITE_BUSY from each other. Other processes (the
 * {@code progress export} command) are kept apart by WAL and the busy timeout.
 *
 * <p>The lock is re-entrant so that a write inside a write joins the outer transaction:
 * an import is one transaction made of many repository calls.
 */
final class Database implements AutoCloseable {

    private static final int SQLITE_FULL = SQLiteErrorCode.SQLITE_FULL.code;

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Runnable onDamage;
    private volatile boolean damaged;

    /** {@code onDamage} runs once, at the first sign of a damaged file. */
    Database(Connection connection, Runnable onDamage) {
        this.connection = connection;
        this.onDamage = onDamage;
    }

    /**
     * Runs read-only work in one (deferred, so read-only) transaction: work of several
     * queries sees one consistent snapshot even while another process writes.
     */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            refuseIfDamaged();
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            return inTransaction("BEGIN", work);
        } catch (SQLException e) {
            throw failure(e, "read");
        } finally {
            lock.unlock();
        }
    }

    /** The rows of a query, read in one snapshot. */
    <T> List<T> list(String sql, Sql.Row<T> row, Object... parameters) {
        return read(connection -> Sql.list(connection, sql, row, parameters));
    }

    <T> Optional<T> first(String sql, Sql.Row<T> row, Object... parameters) {
        return read(connection -> Sql.first(connection, sql, row, parameters));
    }

    /** One statement in its own transaction; the number of rows it changed. */
    int update(String sql, Object... parameters) {
        return write(connection -> Sql.update(connection, sql, parameters));
    }

    /** One INSERT in its own transaction; the new row's id. */
    long insert(String sql, Object... parameters) {
        return write(connection -> Sql.insert(connection, sql, parameters));
    }

    /** Runs work in one transaction: all of it is kept, or none of it. */
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            refuseIfDamaged();
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            // IMMEDIATE takes the write lock first, waiting (busy timeout) for another
            // process's write to end. A deferred transaction that reads and then writes could
            // instead fail at once with SQLITE_BUSY if the other process wrote in between.
            return inTransaction("BEGIN IMMEDIATE", work);
        } catch (SQLException e) {
            throw failure(e, "save");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Explicit BEGIN/COMMIT on a connection left in JDBC auto-commit mode: the driver's own
     * transactions cannot choose IMMEDIATE per call.
     */
    private <T> T inTransaction(String begin, SqlWork<T> work) throws SQLException {
        execute(begin);
        T result;
        try {
            result = work.run(connection);
            execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            // SQLite rolls back by itself on some errors (SQLITE_FULL among them), so the
            // ROLLBACK may fail too; the first error is the one to report.
            quietly(e, () -> execute("ROLLBACK"));
            throw e;
        }
        return result;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private static void quietly(Exception cause, SqlStep step) {
        try {
            step.run();
        } catch (SQLException failure) {
            cause.addSuppressed(failure);
        }
    }

    /**
     * A damaged file is not written to again in this run: every later call is refused with
     * the same plain message, and the next start moves the file aside and recovers it.
     */
    boolean isDamaged() {
        return damaged;
    }

    private void refuseIfDamaged() {
        if (damaged) {
            throw new ProgressStoreException(DAMAGED);
        }
    }

    private ProgressStoreException failure(SQLException e, String verb) {
        if (SqliteConnections.isDamaged(e)) {
            if (!damaged) {
                damaged = true;
                onDamage.run();
            }
            return new ProgressStoreException(DAMAGED, e);
        }
        return translate(e, verb);
    }

    static final String DAMAGED = "your progress file is damaged, so nothing more is written to it."
            + " Restart Follow-Up Coach: it sets the file aside and recovers what can still be read.";

    static ProgressStoreException translate(SQLException e, String verb) {
        if (isDiskFull(e)) {
            return new StorageFullException(e);
        }
        return new ProgressStoreException("Could not " + verb + " your progress: " + firstLine(e), e);
    }

    static boolean isDiskFull(SQLException e) {
        // The low byte is the primary result code, whatever extended code SQLite gave.
        return e instanceof SQLiteException && (e.getErrorCode() & 0xff) == SQLITE_FULL;
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            // Closing the last connection checkpoints the WAL into the file: a damaged file
            // is left as the error found it instead, for the next start to set aside whole.
            if (!damaged) {
                connection.close();
            }
        } catch (SQLException e) {
            throw translate(e, "close");
        } finally {
            lock.unlock();
        }
    }
}
