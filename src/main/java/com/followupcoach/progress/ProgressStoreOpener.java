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
import java.util.List;
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
            PrivateFiles.folder(dataDir);
        } catch (IOException e) {
            return inMemory("Could not create the folder " + dataDir + " for your progress (" + e.getMessage() + ")");
        }
        if (Files.isDirectory(file)) {
            return inMemory(file + " is a folder, not your progress file: move or rename that folder"
                    + " and start Follow-Up Coach again");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return inMemory(file + " is not a regular file: move or rename it and start Follow-Up Coach again");
        }
        if (!writable.test(dataDir) || Files.exists(file) && !writable.test(file)) {
            return inMemory(file, readOnly(file));
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

    private static String readOnly(Path file) {
        return "Your progress file " + file + " is read-only: make it and its folder writable"
                + " (for example chmod u+w) and start Follow-Up Coach again to save";
    }

    private OpenedStore openFile(Path file, Optional<AppLock> lock, boolean trackSessions) {
        if (Files.exists(DamageMark.of(file))) {
            return recover(file, lock, trackSessions, "an error showed the damage while the app ran");
        }
        // Journal files left 0444 by a run on a read-only file would make every later
        // write fail even after the file itself is fixed: they are ours, so they are reset.
        for (Path journal : journals(file)) {
            PrivateFiles.restrict(journal);
        }
        Connection connection;
        try {
            PrivateFiles.createIfAbsent(file);
            connection = SqliteConnections.openFile(file);
        } catch (IOException e) {
            return inMemory(file, "Could not create your progress file " + file + " (" + e.getMessage() + ")");
        } catch (SQLException e) {
            if (SqliteConnections.isDamaged(e)) {
                return recover(file, lock, trackSessions, "it is not a readable progress file");
            }
            return inMemory(file, problemOpening(file, e));
        }
        try {
            int version = Migrations.versionOf(connection);
            if (version < 0 || version > Migrations.latestVersion()) {
                connection.close();
                return inMemory(unknownVersion(file, version));
            }
            Optional<String> damage = SqliteConnections.quickCheck(connection);
            if (damage.isPresent()) {
                connection.close();
                return recover(file, lock, trackSessions, damage.get());
            }
            if (version > 0 && version < Migrations.latestVersion()) {
                backUp(connection, file, version);
            }
            try {
                Migrations.migrate(connection, Migrations.latestVersion());
            } catch (SQLException e) {
                if (SqliteConnections.isReadOnly(e) || SqliteConnections.isFull(e, file)) {
                    throw e;
                }
                connection.close();
                return recover(file, lock, trackSessions, "it could not be upgraded: " + firstLine(e));
            }
            restrictAll(file);
            ProgressStore store = ProgressStore.start(database(connection, file), clock, lock, trackSessions);
            return new OpenedStore(store, Optional.empty(), true);
        } catch (SQLException | ProgressStoreException e) {
            closeQuietly(connection);
            if (e instanceof SQLException && SqliteConnections.isDamaged((SQLException) e)) {
                return recover(file, lock, trackSessions, "it is damaged: " + firstLine(e));
            }
            return inMemory(file, e instanceof SQLException ? problemOpening(file, (SQLException) e)
                    : "Your progress file " + file + " could not be prepared (" + e.getMessage() + ")");
        }
    }

    private static String problemOpening(Path file, SQLException e) {
        if (SqliteConnections.isReadOnly(e)) {
            return readOnly(file);
        }
        if (SqliteConnections.isFull(e, file)) {
            return "The disk is full: your progress file " + file + " could not be opened for saving."
                    + " Free some space and start Follow-Up Coach again; until then you see your progress as it was";
        }
        return "Could not open your progress file " + file + " (" + firstLine(e) + ")";
    }

    private static String unknownVersion(Path file, int version) {
        String which = version < 0 ? "has an unknown schema version (" + version + ")"
                : "was written by a newer version of Follow-Up Coach (schema " + version + "; this one knows "
                        + Migrations.latestVersion() + ")";
        return "Your progress file " + file + " " + which + ". It is left untouched; install the newest"
                + " Follow-Up Coach to use it";
    }

    /**
     * A damaged file is never written to again: it is moved aside (with its journals), a
     * fresh file takes its place, and every row that can still be read is copied into it.
     */
    private OpenedStore recover(Path file, Optional<AppLock> lock, boolean trackSessions, String reason) {
        Path aside;
        try {
            aside = moveAside(file);
            Files.deleteIfExists(DamageMark.of(file));
        } catch (IOException moveFailed) {
            return inMemory("Your progress file " + file + " is damaged and could not be moved aside ("
                    + moveFailed.getMessage() + ")");
        }
        Connection connection = null;
        try {
            PrivateFiles.createIfAbsent(file);
            connection = SqliteConnections.openFile(file);
            Migrations.migrate(connection, Migrations.latestVersion());
            int recovered = Recovery.copy(aside, connection);
            restrictAll(file);
            ProgressStore store = ProgressStore.start(database(connection, file), clock, lock, trackSessions);
            String warning = "Your progress file was damaged (" + reason + "). It was moved to " + aside
                    + " and a fresh one was started" + (recovered > 0
                    ? " with everything that could still be read (" + recovered + " records)."
                    : "; nothing could be read from the damaged one.");
            return new OpenedStore(store, Optional.of(warning), true);
        } catch (IOException | SQLException | ProgressStoreException e) {
            closeQuietly(connection);
            return inMemory(aside, "Your progress file was damaged (" + reason + ") and moved to " + aside
                    + "; a fresh one could not be started (" + e.getMessage() + ")");
        }
    }

    /** A damage seen while running leaves a mark: the next start recovers before any write. */
    private static Database database(Connection connection, Path file) {
        return new Database(connection, () -> DamageMark.leave(file));
    }

    private static List<Path> journals(Path file) {
        return List.of(file.resolveSibling(file.getFileName() + "-wal"), file.resolveSibling(file.getFileName() + "-shm"));
    }

    private static void restrictAll(Path file) {
        PrivateFiles.restrict(file);
        journals(file).forEach(PrivateFiles::restrict);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Before an upgrade: a consistent copy (WAL included) as progress.db.bak-v{N}. */
    private void backUp(Connection connection, Path file, int version) throws SQLException {
        Path backup = freeName(file.resolveSibling(file.getFileName() + ".bak-v" + version));
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        PrivateFiles.restrict(backup);
    }

    private Path moveAside(Path file) throws IOException {
        Path aside = freeName(file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(clock.instant())));
        Files.move(file, aside);
        PrivateFiles.restrict(aside);
        // The journal files belong to the damaged file; they travel with it.
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path journal = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(journal)) {
                Path moved = aside.resolveSibling(aside.getFileName() + suffix);
                Files.move(journal, moved);
                PrivateFiles.restrict(moved);
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
            Optional<Path> readable = copyFrom.filter(Files::isRegularFile).filter(Files::isReadable);
            Connection connection = readable.flatMap(ProgressStoreOpener::copyIntoMemory)
                    .orElse(SqliteConnections.openMemory());
            Migrations.migrate(connection, Migrations.latestVersion());
            if (readable.isPresent() && isEmpty(connection)) {
                // The plain copy failed (a full disk cannot give SQLite its -shm): read the
                // rows table by table instead, so the learner still sees their work.
                readTablesInto(readable.get(), connection);
            }
            return ProgressStore.start(new Database(connection, () -> { }), clock, Optional.empty(), false);
        } catch (SQLException e) {
            throw Database.translate(e, "open");
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        return Sql.first(connection, "SELECT count(*) FROM profile", row -> row.getLong(1)).orElse(1L) == 0;
    }

    private static void readTablesInto(Path file, Connection memory) {
        List<Path> absentJournals = journals(file).stream().filter(j -> !Files.exists(j)).toList();
        try {
            try (Statement statement = memory.createStatement()) {
                // Applies to databases attached after it: their WAL index then lives in
                // memory, so no -shm is needed, which a full disk cannot give.
                statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            }
            Recovery.copy(file, memory);
        } catch (SQLException unreadable) {
            // The memory store starts empty; the warning already says why.
        } finally {
            removeCreated(absentJournals);
        }
    }

    /** The file's data in a memory database, or empty if it cannot be read or is too new. */
    private static Optional<Connection> copyIntoMemory(Path file) {
        List<Path> absentJournals = journals(file).stream().filter(j -> !Files.exists(j)).toList();
        try {
            return restore(file.toAbsolutePath().toString());
        } finally {
            removeCreated(absentJournals);
        }
    }

    /**
     * Reading may have made journals with the file's own (read-only) permissions, which
     * would block saving after the learner fixes the file: the ones reading made go.
     */
    private static void removeCreated(List<Path> absentJournals) {
        for (Path journal : absentJournals) {
            try {
                Files.deleteIfExists(journal);
            } catch (IOException leftInPlace) {
                PrivateFiles.restrict(journal);
            }
        }
    }

    private static Optional<Connection> restore(String source) {
        Connection connection = null;
        try {
            connection = SqliteConnections.openMemory();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("restore from '" + source.replace("'", "''") + "'");
            }
            int version = Migrations.versionOf(connection);
            if (version >= 0 && version <= Migrations.latestVersion()) {
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
