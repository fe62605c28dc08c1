package com.followupcoach.lessons;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps a lesson folder to itself. A trainer's folder may hold symbolic links (a shared
 * image folder, say), but a file the loader reads must resolve inside the lesson folder:
 * otherwise a folder handed around could make the app read /etc/shadow when run as root.
 */
final class LessonPaths {

    private LessonPaths() {
    }

    /**
     * Why this file may not be read, if it may not.
     *
     * @param name the file's path inside the lesson folder, with '/' (as in problems)
     */
    static Optional<String> escape(Path file, String name) {
        Path root = file.toAbsolutePath();
        for (int i = name.split("/").length; i > 0 && root.getParent() != null; i--) {
            root = root.getParent();
        }
        try {
            Path real = file.toRealPath();
            Path realRoot = root.toRealPath();
            if (!real.startsWith(realRoot)) {
                return Optional.of("links outside the lesson folder (to " + real + "); lesson files must stay inside it");
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? Optional.of("is a symbolic link to a file that does not exist")
                    : Optional.empty();
        } catch (FileSystemException e) {
            // ELOOP: the link points back at itself, directly or through others.
            return Optional.of(Files.isSymbolicLink(file) || isLoop(e)
                    ? "is a symbolic link that loops back on itself" : "cannot be resolved (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Optional.of("cannot be resolved (" + e.getMessage() + ")");
        }
    }

    private static boolean isLoop(FileSystemException e) {
        return String.valueOf(e.getReason()).contains("symbolic links");
    }
}
