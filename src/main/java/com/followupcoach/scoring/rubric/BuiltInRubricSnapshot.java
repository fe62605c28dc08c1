package com.followupcoach.scoring.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Build step (pom.xml, after the resources are in place): writes the snapshot of the built-in
 * rubric that {@link BuiltInRubric} reads, so that no start of the app reads its YAML.
 * Each build gets a new build id: snapshots of trainers' rubrics written by another build
 * are then read again from their files.
 *
 * <p>usage: {@code BuiltInRubricSnapshot OUTPUT-FILE}
 */
public final class BuiltInRubricSnapshot {

    private BuiltInRubricSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuiltInRubricSnapshot OUTPUT-FILE");
        }
        Map<String, byte[]> read = new LinkedHashMap<>();
        RubricParser.Parsed parsed = BuiltInRubric.parse(read);
        String buildId = Long.toHexString(System.currentTimeMillis()) + "-" + Long.toHexString(System.nanoTime());
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, RubricSnapshot.write(parsed, read, BuiltInRubric.ORIGIN, buildId));
    }
}
