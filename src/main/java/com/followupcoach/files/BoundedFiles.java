package com.followupcoach.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads input files with a size limit. A FIFO or {@code /dev/zero} reports size 0 and never
 * ends, and a 50 MB "letter" only wastes time: so only regular files are read, through a
 * stream that stops one byte past the limit, and the failure is one plain line.
 */
public final class BoundedFiles {

    /**
     * A letter: about 150,000 words, hundreds of times the longest real one. It is the size the
     * engine's speed goal is stated for (any 1 MB input scored within a second), so that goal
     * can be checked through {@code score} itself.
     */
    public static final int LETTER_LIMIT = 1_000_000;
    /** A rubric or a lesson file: far above any real one. */
    public static final int DATA_FILE_LIMIT = 1_000_000;

    private BoundedFiles() {
    }

    /** The file's bytes; refuses a folder, a device, a FIFO, and anything over the limit. */
    public static byte[] read(Path file, int limit) throws IOException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException("is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UnreadableInputException("is not a regular file (a device or a pipe?)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limit);
        }
    }

    /** At most {@code limit} bytes of the stream (standard input); more is refused. */
    public static byte[] read(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new UnreadableInputException("is larger than " + describe(limit) + ", the limit for this input");
        }
        return bytes;
    }

    /** "200 KB", "1 MB": how the limit is written in messages and the manual. */
    public static String describe(long bytes) {
        return bytes >= 1_000_000 ? bytes / 1_000_000 + " MB" : bytes / 1024 + " KB";
    }

    /** The input is refused before or while reading; the message completes "cannot read FILE: ". */
    public static final class UnreadableInputException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnreadableInputException(String message) {
            super(message);
        }
    }
}
