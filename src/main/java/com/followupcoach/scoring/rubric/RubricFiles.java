package com.followupcoach.scoring.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/**
 * Reads the files a rubric names beside itself (its rule files), wherever the rubric lives:
 * in a trainer's folder or among the app's resources. Names are relative to the rubric and
 * checked before they get here (no "..", no absolute paths).
 */
@FunctionalInterface
public interface RubricFiles {

    /** A file's text and the name its problems are reported under. */
    record Text(String source, String text) {
    }

    /** For a rubric given as text alone: it cannot name other files. */
    RubricFiles NONE = (relative, from, line) -> {
        throw new RubricException(from, line, "'" + relative + "' cannot be read: this rubric was given as text, "
                + "not as a file beside its rule files");
    };

    /**
     * @param relative a path relative to the rubric, with forward slashes
     * @param from     the file that names it, for the error when it cannot be read
     * @param line     the line that names it
     */
    Text read(String relative, String from, int line) throws RubricException;

    /** Reads bytes from a path; lets a caller bound how much it reads. */
    @FunctionalInterface
    interface ByteReader {
        byte[] read(Path file) throws IOException;
    }

    /** Files in the folder of a rubric file on disk. */
    static RubricFiles beside(Path rubric, ByteReader reader) {
        Path folder = rubric.toAbsolutePath().getParent();
        return (relative, from, line) -> {
            Path file = folder.resolve(relative);
            String name = rubric.resolveSibling(relative).toString();
            try {
                return new Text(name, utf8(reader.read(file), name));
            } catch (NoSuchFileException e) {
                throw new RubricException(from, line, "'" + relative + "' is not there (" + name + ")");
            } catch (IOException e) {
                throw new RubricException(name, 0, "cannot read: " + e.getMessage());
            }
        };
    }

    /** Files among the resources beside the built-in rubric. */
    static RubricFiles resources(String folder, String shownFolder) {
        return (relative, from, line) -> {
            String name = shownFolder + relative;
            try (InputStream in = Rubric.class.getResourceAsStream(folder + relative)) {
                if (in == null) {
                    throw new RubricException(from, line, "'" + relative + "' is not packaged with the app");
                }
                return new Text(name, utf8(in.readAllBytes(), name));
            } catch (IOException e) {
                throw new RubricException(name, 0, "cannot read: " + e.getMessage());
            }
        };
    }

    /**
     * These files, keeping the bytes of each one read under its relative name (what a rubric
     * snapshot checks later). Only text that decoded as UTF-8 gets here, so its bytes are the file's.
     */
    static RubricFiles recording(RubricFiles files, java.util.Map<String, byte[]> read) {
        return (relative, from, line) -> {
            Text text = files.read(relative, from, line);
            read.put(relative, text.text().getBytes(StandardCharsets.UTF_8));
            return text;
        };
    }

    /** The bytes as UTF-8 text; anything else is a one-line error, never a garbled rubric. */
    static String utf8(byte[] bytes, String name) throws RubricException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RubricException(name, 0, "not UTF-8 text");
        }
    }
}
