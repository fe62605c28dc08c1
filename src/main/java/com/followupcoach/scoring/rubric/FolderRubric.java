package com.followupcoach.scoring.rubric;

import com.followupcoach.files.BoundedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rubric that goes with a lesson folder: the folder's own {@code rubric.yaml} (with the
 * rule files and lexicons beside it) when it has one, the built-in rubric otherwise. The
 * app, {@code score --lessons DIR} and {@code lessons check DIR} all decide through here, so
 * a trainer's folder means the same rubric everywhere.
 */
public final class FolderRubric {

    /** The rubric's file name inside a lesson folder. */
    public static final String FILE_NAME = "rubric.yaml";

    private FolderRubric() {
    }

    /**
     * What was chosen.
     *
     * @param rubric  the rubric to score with
     * @param file    the trainer's rubric file it came from; empty for the built-in rubric
     * @param failure why the trainer's rubric {@code file} could not be used (the built-in
     *                rubric is then {@code rubric}); empty when it loaded or there was none
     */
    public record Choice(Rubric rubric, Optional<Path> file, Optional<RubricException> failure) {

        public boolean builtIn() {
            return file.isEmpty() || failure.isPresent();
        }
    }

    /** The folder's {@code rubric.yaml}, when there is one (it may still be unreadable). */
    public static Optional<Path> fileIn(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** How a trainer's rubric files are read: each with the limits of any data file. */
    static final RubricFiles.ByteReader READER = path -> BoundedFiles.read(path, BoundedFiles.DATA_FILE_LIMIT);

    /** Reads a trainer's rubric and the files beside it, each with the limits of any data file. */
    public static Rubric load(Path file) throws RubricException {
        return Rubric.load(file, READER);
    }

    /**
     * The rubric of the first of {@code folders} that has a {@code rubric.yaml}; the built-in
     * one when none has. The first such folder decides: a broken one falls back to the built-in rubric and says why, so the
     * app still scores (and keeps every draft) while the trainer sees the one-line problem.
     */
    public static Choice choose(List<Path> folders) {
        return choose(folders, Optional.empty());
    }

    /** As {@link #choose(List)}, reading a trainer's rubric through its snapshot in {@code cache} when it is current. */
    public static Choice choose(List<Path> folders, Optional<RubricCache> cache) {
        for (Path folder : folders) {
            Optional<Path> file = fileIn(folder);
            if (file.isPresent()) {
                try {
                    Rubric rubric = cache.isPresent() ? cache.get().load(file.get()) : load(file.get());
                    return new Choice(rubric, file, Optional.empty());
                } catch (RubricException e) {
                    return new Choice(Rubric.builtIn(), file, Optional.of(e));
                } catch (RuntimeException e) {
                    // a shape the parser did not foresee must not keep the app from starting
                    return new Choice(Rubric.builtIn(), file, Optional.of(unforeseen(file.get(), e)));
                }
            }
        }
        return new Choice(Rubric.builtIn(), Optional.empty(), Optional.empty());
    }

    /** A failure the parser did not put into words, as the one line a trainer sees. */
    public static RubricException unforeseen(Path file, RuntimeException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new RubricException(file.toString(), 0, "cannot be used: " + message.lines().findFirst().orElse(""));
    }
}
