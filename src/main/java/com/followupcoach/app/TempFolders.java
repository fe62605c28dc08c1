package com.followupcoach.app;

import com.followupcoach.files.CacheFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the app's temporary files out of the shared /tmp: the SQLite native library and
 * JavaFX's font files go to the app's own cache folder (0700), and what a crashed run left
 * there, or in /tmp from an older version, is removed at the next start.
 */
final class TempFolders {

    /** Older than this, a leftover is not being loaded by a copy starting right now. */
    static final Duration STALE = Duration.ofMinutes(1);

    private TempFolders() {
    }

    /** Called first in main, before SQLite or JavaFX read these properties. */
    static void useAppCache() {
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
        Path cache = cacheFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
        try {
            if (!Files.isDirectory(cache)) {
                Files.createDirectories(cache);
            }
            restrictFolder(cache);
        } catch (IOException | UnsupportedOperationException e) {
            return; // No cache folder: the system's temp folder still works.
        }
        System.setProperty("org.sqlite.tmpdir", cache.toString());
        System.setProperty("java.io.tmpdir", cache.toString());
        // Listing the system's temp folder can take a while where it holds many files: the
        // sweep runs beside the start, which needs none of it. Only stale files go, which
        // no copy starting now is loading.
        Thread sweep = new Thread(() -> {
            removeLeftovers(cache, Instant.now());
            removeLeftovers(systemTemp, Instant.now());
        }, "temp-sweep");
        sweep.setDaemon(true);
        sweep.setPriority(Thread.MIN_PRIORITY);
        sweep.start();
    }

    static Path cacheFolder(Map<String, String> env, String osName, Path home) {
        return CacheFolder.of(env, osName, home);
    }

    /**
     * Removes the SQLite library copies (with their .lck) and JavaFX font files an earlier
     * run left, when older than {@link #STALE}. A running copy has long loaded its library,
     * and on POSIX a loaded or open file lives on after it is unlinked.
     */
    static int removeLeftovers(Path folder, Instant now) {
        int removed = 0;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (isLeftover(entry.getFileName().toString()) && isStale(entry, now) && ownedByUs(entry)) {
                    try {
                        Files.deleteIfExists(entry);
                        removed++;
                    } catch (IOException inUseOrNotOurs) {
                        // Windows keeps a loaded library locked: it goes at a later start.
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // A folder we cannot list has nothing of ours to clean.
        }
        return removed;
    }

    static boolean isLeftover(String name) {
        return name.startsWith("sqlite-") && (name.endsWith("libsqlitejdbc.so") || name.endsWith("libsqlitejdbc.so.lck")
                || name.endsWith("sqlitejdbc.dll") || name.endsWith("sqlitejdbc.dll.lck")
                || name.endsWith("libsqlitejdbc.dylib") || name.endsWith("libsqlitejdbc.dylib.lck"))
                || name.startsWith("+JXF") && name.endsWith(".tmp");
    }

    private static boolean isStale(Path entry, Instant now) {
        try {
            FileTime modified = Files.getLastModifiedTime(entry);
            return modified.toInstant().isBefore(now.minus(STALE));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean ownedByUs(Path entry) {
        try {
            return Files.getOwner(entry).getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return true; // No owners on this file system: the folder is the user's own.
        }
    }

    private static void restrictFolder(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
