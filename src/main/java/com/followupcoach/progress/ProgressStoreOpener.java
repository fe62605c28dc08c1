package com.followupcoach.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Opens {@code progress.db} and never fails to give a working store: when the file is
 * locked by another copy, read-only, damaged or from a newer version, the store lives in
 * memory (loaded with a copy of the file's data where it can be read) and a one-line
 * warning says so. The file on disk is never deleted or overwritten: a damaged one is
 * moved aside, and an upgrade is preceded by a backup copy.
 */
public final class ProgressStoreOpener {

    public static final String DATABASE_FILE = "progress.db";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Predicate<Path> writable;

    public ProgressStoreOpener(Clock clock) {
        this(clock, Files::isWritable);
    }

    /** {@code writable} is replaceable because tests run as root, who may write anything. */
    ProgressStoreOpener(Clock clock, Predicate<Path> writable) {
        this.clock = clock;
        this.writable = writable;
    }

    /**
     * For the desktop app: takes the app lock, so a second running copy gets an in-memory
     * store instead of writing over the first one's autosaves, and tracks the session so
     * that drafts can be reported as restored after a crash.
     */
    public OpenedStore openForApp(Path dataDir) {
        return open(dataDir, true, true);
    }

    /**
     * For a command that changes a lot at once (import): takes the app lock, so it never
     * writes under a running app, but leaves the app's crash tracking alone.
     */
    public OpenedStore openExclusively(Path dataDir) {
        return open(dataDir, true, false);
    }

    /**
     * For a command that reads (export), which may run beside the app: no app lock and no
     * session. SQLite's own locking (WAL, busy timeout) keeps concurrent use safe.
     */
    public OpenedStore openShared(Path dataDir) {
        return open(dataDir, false, false);
    }

    private OpenedStore open(Path dataDir, boolean takeLock, boolean trackSessions) {
        Path file = dataDir.resolve(DATABASE_FILE);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            return inMemory("Could not create the folder " + dataDir + " for your progress (" + e.getMessage() + ")");
        }
        if (!writable.test(dataDir) || Files.exists(file) && !writable.test(file)) {
            return inMemory(file, "Your progress file " + file + " is read-only");
        }
        Optional<AppLock> lock = Optional.empty();
        if (takeLock) {
            try {
                lock = AppLock.tryAcquire(dataDir.resolve(DATABASE_FILE + ".lock"));
                if (lock.isEmpty()) {
                    return inMemory(file, "Follow-Up Coach is already open with " + file);
                }
            } catch (IOException e) {
                // Some network drives refuse locks. SQLite's own locking still keeps the
                // file consistent, so going on without the app lock is the useful choice.
            }
        }
        OpenedStore opened = openFile(file, lock, trackSessions);
        if (!opened.persistent()) {
            lock.ifPresent(AppLock::close);
        }
        return opened;
    }

    private OpenedStore openFile(Path file, Optional<AppLock> lock, boolean trackSessions) {
        Optional<String> warning = Optional.empty();
        Connection connection;
        try {
            connection = SqliteConnections.openFile(file);
        } catch (SQLException e) {
            if (SqliteConnections.isReadOnly(e)) {
                return inMemory(file, "Your progress file " + file + " is read-only");
            }
            if (!SqliteConnections.isDamaged(e)) {
                return inMemory(file, "Could not open your progress file " + file + " (" + e.getMessage() + ")");
            }
            try {
                Path aside = moveAside(file);
                warning = Optional.of("Your progress file was damaged and could not be read; it was moved to "
                        + aside + " and a fresh one was started.");
                connection = SqliteConnections.openFile(file);
            } catch (IOException | SQLException moveFailed) {
                return inMemory("Your progress file " + file + " is damaged and could not be moved aside ("
                        + moveFailed.getMessage() + ")");
            }
        }
        try {
            int version = Migrations.versionOf(connection);
            if (version > Migrations.latestVersion()) {
                connection.close();
                return inMemory("Your progress file " + file + " was written by a newer version of Follow-Up Coach");
            }
            if (version > 0 && version < Migrations.latestVersion()) {
                backUp(connection, file, version);
            }
            Migrations.migrate(connection, Migrations.latestVersion());
            ProgressStore store = ProgressStore.start(new Database(connection), clock, lock, trackSessions);
            return new OpenedStore(store, warning, true);
        } catch (SQLException | ProgressStoreException e) {
            closeQuietly(connection);
            String reason = e instanceof SQLException && SqliteConnections.isReadOnly((SQLException) e)
                    ? "is read-only" : "could not be prepared (" + e.getMessage() + ")";
            return inMemory(file, "Your progress file " + file + " " + reason);
        }
    }

    /** Before an upgrade: a consistent copy (WAL included) as progress.db.bak-v{N}. */
    private void backUp(Connection connection, Path file, int version) throws SQLException {
        Path backup = freeName(file.resolveSibling(file.getFileName() + ".bak-v" + version));
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    private Path moveAside(Path file) throws IOException {
        Path aside = freeName(file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(clock.instant())));
        Files.move(file, aside);
        // The journal files belong to the damaged file; they travel with it.
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path journal = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(journal)) {
                Files.move(journal, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }

    private static Path freeName(Path wanted) {
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = wanted.resolveSibling(wanted.getFileName() + "-" + n);
        }
        return candidate;
    }

    /** In memory, starting from a copy of the file's data when it can be read. */
    private OpenedStore inMemory(Path file, String problem) {
        return new OpenedStore(memoryStore(Optional.of(file)), Optional.of(memoryWarning(problem)), false);
    }

    private OpenedStore inMemory(String problem) {
        return new OpenedStore(memoryStore(Optional.empty()), Optional.of(memoryWarning(problem)), false);
    }

    private static String memoryWarning(String problem) {
        return problem + OpenedStore.IN_MEMORY;
    }

    private ProgressStore memoryStore(Optional<Path> copyFrom) {
        try {
            Connection connection = copyFrom.filter(Files::isReadable).flatMap(ProgressStoreOpener::copyIntoMemory)
                    .orElse(SqliteConnections.openMemory());
            Migrations.migrate(connection, Migrations.latestVersion());
            return ProgressStore.start(new Database(connection), clock, Optional.empty(), false);
        } catch (SQLException e) {
            throw Database.translate(e, "open");
        }
    }

    /** The file's data in a memory database, or empty if it cannot be read or is too new. */
    private static Optional<Connection> copyIntoMemory(Path file) {
        Connection connection = null;
        try {
            connection = SqliteConnections.openMemory();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("restore from '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            if (Migrations.versionOf(connection) <= Migrations.latestVersion()) {
                return Optional.of(connection);
            }
        } catch (SQLException unreadable) {
            // Damaged or unreadable: the memory store starts empty, the warning stands.
        }
        closeQuietly(connection);
        return Optional.empty();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing was written through it; there is nothing to save.
        }
    }
}
