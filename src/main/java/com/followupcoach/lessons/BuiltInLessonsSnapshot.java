package com.followupcoach.lessons;

import com.followupcoach.lessons.RootReader.RootContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The built-in lessons as a {@link FolderSnapshot}, written by a build step (pom.xml, after
 * the resources are in place) so that the app's first page needs no YAML or Markdown parsing.
 * A trainer's folder is always read from its files.
 *
 * <p>usage: {@code BuiltInLessonsSnapshot OUTPUT-FILE}
 */
public final class BuiltInLessonsSnapshot {

    static final String RESOURCE = "built-in-lessons.snapshot";

    private BuiltInLessonsSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuiltInLessonsSnapshot OUTPUT-FILE");
        }
        LessonRoot root = BuiltInLessons.root().orElseThrow(() -> new IllegalStateException("no built-in lessons"));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, FolderSnapshot.write(RootReader.read(root)));
    }

    /**
     * What the snapshot holds for {@code root}, if the build made one and {@code root} still
     * holds what it was made from; else empty, and the folder is to be read.
     */
    static Optional<RootContent> content(LessonRoot root) {
        try (InputStream in = BuiltInLessonsSnapshot.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : FolderSnapshot.read(in.readAllBytes(), root);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
