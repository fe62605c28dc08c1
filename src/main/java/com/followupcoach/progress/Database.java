package com.followupcoach.progress;

import java.sql.Connection;
import java.sql.SQLException;
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

    Database(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs read-only work in one (deferred, so read-only) transaction: work of several
     * queries sees one consistent snapshot even while another process writes.
     */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            return inTransaction(work);
        } catch (SQLException e) {
            throw translate(e, "read");
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is kept, or none of it. */
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            return inTransaction(work);
        } catch (SQLException e) {
            throw translate(e, "save");
        } finally {
            lock.unlock();
        }
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // SQLite may already have rolled back (it does so itself on SQLITE_FULL).
            cause.addSuppressed(rollbackFailure);
        }
    }

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
            connection.close();
        } catch (SQLException e) {
            throw translate(e, "close");
        } finally {
            lock.unlock();
        }
    }
}
