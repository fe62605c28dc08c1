package com.followupcoach.scoring.rubric;

import com.followupcoach.files.BoundedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Trainers' rubrics ({@code --lessons DIR}, {@code --rubric FILE}) read through snapshots kept in
 * a folder of the user's cache: one per rubric file, used only while every file the rubric
 * was read from has the same bytes and the app is the same build (see {@link RubricSnapshot});
 * otherwise the files are read, as {@link FolderRubric#load} reads them, and the snapshot is
 * written again. A snapshot that cannot be read or written costs only its speed.
 */
public final class RubricCache {

    /** Snapshots kept at most: a trainer uses a few lesson folders, not hundreds. */
    static final int KEPT = 16;
    /** A snapshot larger than this is not read: it holds at most a rubric's files, each bounded. */
    static final int SNAPSHOT_LIMIT = 64 * BoundedFiles.DATA_FILE_LIMIT;
    private static final String PREFIX = "rubric-";
    private static final String SUFFIX = ".snapshot";

    private final Path folder;
    private final Optional<String> buildId;

    /** The snapshots kept in the app's cache folder ({@code CacheFolder}), in a folder of their own. */
    public static RubricCache in(Path appCache) {
        return new RubricCache(appCache.resolve("rubrics"));
    }

    /** @param folder where the snapshots are kept (made when first needed) */
    public RubricCache(Path folder) {
        this(folder, BuiltInRubric.buildId());
    }

    /** @param buildId this build of the app; without one (a build that made no built-in snapshot), nothing is cached */
    RubricCache(Path folder, Optional<String> buildId) {
        this.folder = folder;
        this.buildId = buildId;
    }

    /**
     * The rubric in {@code rubricFile} and the files beside it, as {@link FolderRubric#load}
     * reads it, with the same errors.
     */
    public Rubric load(Path rubricFile) throws RubricException {
        RubricSnapshot.Origin origin = origin(rubricFile);
        Path snapshot = snapshotOf(rubricFile);
        if (buildId.isPresent()) {
            Optional<Rubric> cached = read(snapshot).flatMap(bytes -> RubricSnapshot.read(bytes, buildId.get(), origin));
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Map<String, byte[]> read = new LinkedHashMap<>();
        RubricParser.Parsed parsed = Rubric.load(rubricFile, FolderRubric.READER, read);
        buildId.ifPresent(id -> store(snapshot, parsed, read, origin, id));
        return parsed.rubric();
    }

    /** The snapshot's file for a rubric file: named after its absolute path, so each folder has its own. */
    Path snapshotOf(Path rubricFile) {
        byte[] path = rubricFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        CRC32C a = new CRC32C();
        a.update(path, 0, path.length);
        CRC32 b = new CRC32();
        b.update(path, 0, path.length);
        return folder.resolve(PREFIX + String.format("%08x%08x", (int) a.getValue(), (int) b.getValue()) + SUFFIX);
    }

    /** The files as {@link Rubric#load(Path, RubricFiles.ByteReader)} names and reads them. */
    static RubricSnapshot.Origin origin(Path rubricFile) {
        Path besides = rubricFile.toAbsolutePath().getParent();
        return new RubricSnapshot.Origin() {
            @Override
            public String rubricName() {
                return rubricFile.toString();
            }

            @Override
            public String shownName(String relative) {
                return rubricFile.resolveSibling(relative).toString();
            }

            @Override
            public byte[] read(String relative) throws IOException {
                return FolderRubric.READER.read(relative.equals(RubricSnapshot.RUBRIC_FILE) ? rubricFile
                        : besides.resolve(relative));
            }
        };
    }

    private static Optional<byte[]> read(Path snapshot) {
        try {
            return Optional.of(BoundedFiles.read(snapshot, SNAPSHOT_LIMIT));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet, or unreadable: the rubric's files are read instead
        }
    }

    /** Writes the snapshot whole or not at all (a reader never sees half of one), then drops the oldest beyond {@link #KEPT}. */
    private void store(Path snapshot, RubricParser.Parsed parsed, Map<String, byte[]> read,
                       RubricSnapshot.Origin origin, String id) {
        Path temporary = null;
        try {
            byte[] bytes = RubricSnapshot.write(parsed, read, origin, id);
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, PREFIX, ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, snapshot, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, snapshot, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // No snapshot this time: the next start reads the files again.
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left for the next write to replace
                }
            }
        }
    }

    private void prune() throws IOException {
        List<Path> snapshots;
        try (Stream<Path> files = Files.list(folder)) {
            snapshots = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (snapshots.size() <= KEPT) {
            return;
        }
        Map<Path, FileTime> written = new LinkedHashMap<>();
        for (Path p : snapshots) {
            written.put(p, Files.getLastModifiedTime(p));
        }
        List<Path> oldestFirst = snapshots.stream().sorted(Comparator.comparing(written::get)).toList();
        for (Path p : oldestFirst.subList(0, snapshots.size() - KEPT)) {
            Files.deleteIfExists(p);
        }
    }
}
