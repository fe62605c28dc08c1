package com.followupcoach.progress;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The learner's letters are personal: on POSIX systems the data folder is 0700 and every
 * file the store writes (the database, its -wal and -shm, backups, damaged copies,
 * exports) is 0600. Elsewhere (Windows) the user profile folder already keeps others out.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder (and its parents) if needed; ours is made 0700. */
    static void folder(Path dir) throws IOException {
        if (isPosix(dir.getParent() == null ? dir : dir.toAbsolutePath().getParent())) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            }
            // Also a folder an earlier version made 0755, but only one that holds our data:
            // a --data-dir that is someone's shared folder keeps its own permissions.
            if (Files.exists(dir.resolve(ProgressStoreOpener.DATABASE_FILE))
                    || isEmpty(dir)) {
                Files.setPosixFilePermissions(dir, FOLDER);
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Makes an existing file 0600; a missing one is fine (SQLite may not have made it). */
    public static void restrict(Path file) {
        try {
            if (Files.exists(file) && isPosix(file)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without POSIX permissions (a FAT stick): nothing to tighten.
        }
    }

    /** The attribute to create a new private file with, where the file system has one. */
    public static FileAttribute<?>[] newFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && isPosix(parent)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates an empty private file if there is none, so SQLite opens ours with 0600. */
    static void createIfAbsent(Path file) throws IOException {
        try {
            Files.createFile(file, newFile(file));
        } catch (FileAlreadyExistsException exists) {
            // Kept as it is; its permissions are tightened after opening.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean isPosix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
