package com.followupcoach.scoring.rubric;

import com.followupcoach.scoring.tokens.TokenPatternException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A rubric kept as compact bytes, read back without YAML, validation, spelling or stemming:
 * the rubric's values, its lexicons' words as they were read, and its token patterns' texts
 * (compiled again, which is cheap). Reading the source files costs most of a {@code score};
 * this does not (docs/decisions/0006-rubric-snapshot.md).
 *
 * <p>A snapshot is used only when it is whole (the checksum that closes it), was written by
 * the same build of the app, and every file the rubric was read from still has the bytes it
 * had then (length, CRC-32C and CRC-32 of each). Otherwise {@link #read} answers empty and
 * the caller reads the files themselves, so a stale or damaged snapshot is never used.
 */
final class RubricSnapshot {

    static final int MAGIC = 0x46554352; // "FUCR"
    /** Raised whenever the layout below changes. */
    static final int FORMAT = 6;
    /** The relative name of the rubric file itself among its files. */
    static final String RUBRIC_FILE = "";

    private RubricSnapshot() {
    }

    /** Where a rubric's files are: how the parser names them, and their bytes now. */
    interface Origin {
        /** The rubric file's name in messages and in {@link Rubric#source()}. */
        String rubricName();

        /** A file beside the rubric, as the parser names it ({@link Rule#source()}). */
        String shownName(String relative);

        /** The file's bytes now; {@link #RUBRIC_FILE} is the rubric file itself. */
        byte[] read(String relative) throws IOException;
    }

    /** The header alone: enough to tell which build wrote a snapshot. */
    static Optional<String> buildId(byte[] data) {
        try {
            SnapshotReader in = new SnapshotReader(data, data.length);
            return in.header() ? Optional.of(in.string()) : Optional.empty();
        } catch (SnapshotReader.Damaged e) {
            return Optional.empty();
        }
    }

    /**
     * @param read    the bytes of every file the parser read, by relative name
     * @param origin  names the files as the parser did, to keep rules' sources relative
     * @param buildId the build of the app writing it
     * @throws IllegalArgumentException when the rubric holds a part a snapshot cannot keep
     */
    static byte[] write(RubricParser.Parsed parsed, Map<String, byte[]> read, Origin origin, String buildId) {
        try {
            Map<String, String> relativeOf = new HashMap<>();
            relativeOf.put(origin.rubricName(), RUBRIC_FILE);
            read.keySet().stream().filter(r -> !r.equals(RUBRIC_FILE)).forEach(r -> relativeOf.put(origin.shownName(r), r));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            SnapshotWriter out = new SnapshotWriter(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.string(buildId);
            out.writeInt(read.size());
            for (Map.Entry<String, byte[]> file : read.entrySet()) {
                out.string(file.getKey());
                out.writeInt(file.getValue().length);
                out.writeInt(crc32c(file.getValue(), 0, file.getValue().length));
                out.writeInt(crc32(file.getValue()));
            }
            out.rubric(parsed, relativeOf);
            out.flush();
            byte[] body = bytes.toByteArray();
            // the checksum of everything before it closes the file
            out.writeInt(crc32c(body, 0, body.length));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * The rubric the snapshot holds, named after {@code origin}; empty when it is damaged, was
     * written by another build, or any of its files has changed (or cannot be read) since.
     */
    static Optional<Rubric> read(byte[] data, String buildId, Origin origin) {
        try {
            // the checksum closes the file; all before it is the snapshot
            if (data.length < 4 || crc32c(data, 0, data.length - 4) != new SnapshotReader(data, data.length).intAt(data.length - 4)) {
                return Optional.empty();
            }
            SnapshotReader in = new SnapshotReader(data, data.length - 4);
            if (!in.header() || !in.string().equals(buildId)) {
                return Optional.empty();
            }
            int files = in.count();
            for (int i = 0; i < files; i++) {
                String relative = in.string();
                int length = in.readInt();
                int crc32c = in.readInt();
                int crc32 = in.readInt();
                byte[] now = origin.read(relative);
                if (now.length != length || crc32c(now, 0, now.length) != crc32c || crc32(now) != crc32) {
                    return Optional.empty();
                }
            }
            return Optional.of(in.rubric(origin));
        } catch (SnapshotReader.Damaged | IOException | TokenPatternException | RuntimeException e) {
            // Damaged in a way the checksum let through, a file gone, or a part no longer valid:
            // whatever it is, the files themselves are read instead.
            return Optional.empty();
        }
    }

    private static int crc32c(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    private static int crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }
}
