package com.followupcoach.lessons;

import com.followupcoach.files.BoundedFiles;
import com.followupcoach.files.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lesson file as text, or says why it cannot. Trainers edit these files with any
 * editor on any OS, so a byte-order mark and CRLF or CR line ends are accepted and removed:
 * the rest of the loader only ever sees {@code \n}, which keeps line numbers and annotation
 * spans simple.
 */
final class TextFiles {

    /** Far above any real lesson file; stops a stray video or database from being read. */
    static final long MAX_BYTES = BoundedFiles.DATA_FILE_LIMIT;

    private TextFiles() {
    }

    static Optional<String> read(Path file, String name, List<Problem> problems) {
        Optional<String> escape = LessonPaths.escape(file, name);
        if (escape.isPresent()) {
            problems.add(new Problem(name, 0, escape.get()));
            return Optional.empty();
        }
        try {
            // The size on disk says 0 for a FIFO or /dev/zero: only a bounded read is safe.
            return decode(BoundedFiles.read(file, (int) MAX_BYTES), name, problems);
        } catch (BoundedFiles.UnreadableInputException e) {
            problems.add(new Problem(name, 0, "the file " + e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot read the file (" + describe(e) + ")"));
            return Optional.empty();
        }
    }

    static Optional<String> decode(byte[] bytes, String name, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, "the file is not UTF-8 text (is it a binary file?)"));
            return Optional.empty();
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(new Problem(name, lineOf(text, nul), "the file contains a NUL character (is it a binary file?)"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
