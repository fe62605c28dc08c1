package com.followupcoach.scoring.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rubric shipped with the app ({@code lessons/rubric.yaml} and the files beside it, among
 * the module's resources), read from the snapshot the build made of it when that is current,
 * else from the files themselves. The snapshot's build id also names this build of the app,
 * for the snapshots of trainers' rubrics ({@link RubricCache}).
 */
final class BuiltInRubric {

    /** Beside this class among the resources; written by {@link BuiltInRubricSnapshot} at build time. */
    static final String SNAPSHOT = "built-in-rubric.snapshot";
    private static final String FOLDER = "/lessons/";
    private static final String SHOWN_FOLDER = "lessons/";
    private static final String FILE = "rubric.yaml";

    /** The built-in rubric's files, named in messages as they are in the source tree. */
    static final RubricSnapshot.Origin ORIGIN = new RubricSnapshot.Origin() {
        @Override
        public String rubricName() {
            return SHOWN_FOLDER + FILE;
        }

        @Override
        public String shownName(String relative) {
            return SHOWN_FOLDER + relative;
        }

        @Override
        public byte[] read(String relative) throws IOException {
            String name = FOLDER + (relative.equals(RubricSnapshot.RUBRIC_FILE) ? FILE : relative);
            try (InputStream in = Rubric.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException(name + " is not packaged");
                }
                return in.readAllBytes();
            }
        }
    };

    private BuiltInRubric() {
    }

    /** A broken built-in rubric is a build error, so unchecked. */
    static Rubric load() {
        return snapshot().flatMap(bytes -> RubricSnapshot.buildId(bytes)
                        .flatMap(id -> RubricSnapshot.read(bytes, id, ORIGIN)))
                .orElseGet(() -> parse(new LinkedHashMap<>()).rubric());
    }

    /** The id of the build that made the packaged snapshot; empty when there is none (a build without that step). */
    static Optional<String> buildId() {
        return snapshot().flatMap(RubricSnapshot::buildId);
    }

    /** Reads the built-in rubric from its YAML, keeping the bytes of every file read. */
    static RubricParser.Parsed parse(Map<String, byte[]> read) {
        try {
            byte[] bytes = ORIGIN.read(RubricSnapshot.RUBRIC_FILE);
            read.put(RubricSnapshot.RUBRIC_FILE, bytes);
            return RubricParser.parseWithLexicons(new String(bytes, StandardCharsets.UTF_8), ORIGIN.rubricName(),
                    RubricFiles.recording(RubricFiles.resources(FOLDER, SHOWN_FOLDER), read));
        } catch (IOException | RubricException e) {
            throw new IllegalStateException("built-in rubric: " + e.getMessage(), e);
        }
    }

    private static Optional<byte[]> snapshot() {
        try (InputStream in = BuiltInRubric.class.getResourceAsStream(SNAPSHOT)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
