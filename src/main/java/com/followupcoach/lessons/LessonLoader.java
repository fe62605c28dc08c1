package com.followupcoach.lessons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads lessons. Never throws on bad lesson files: every problem is in the library's
 * reports, and a broken module or sample is left out while the rest loads. Reads files,
 * so call it off the JavaFX thread.
 */
public final class LessonLoader {

    private LessonLoader() {
    }

    /**
     * What the app shows: the built-in lessons, then the user data folder's {@code lessons/}
     * (only if it exists: most users have none), then {@code --lessons DIR} (a missing one
     * is reported, since someone asked for it).
     */
    public static LessonLibrary loadForApp(Optional<Path> userDataLessons, Optional<Path> extraLessons) {
        List<LessonRoot> roots = new ArrayList<>();
        BuiltInLessons.root().ifPresent(roots::add);
        userDataLessons.filter(Files::isDirectory).map(LessonRoot::folder).ifPresent(roots::add);
        extraLessons.map(LessonRoot::folder).ifPresent(roots::add);
        return load(roots);
    }

    /** Loads folders in order; a later folder's module or sample replaces one with the same id. */
    public static LessonLibrary load(List<LessonRoot> roots) {
        return LibraryMerger.merge(roots.stream().map(LessonLoader::read).toList());
    }

    /**
     * The built-in lessons come from the build's snapshot when it still matches their files
     * (it always does in a built app); any other folder is read from its files.
     */
    private static RootReader.RootContent read(LessonRoot root) {
        return root.builtIn()
                ? BuiltInLessonsSnapshot.content(root).orElseGet(() -> RootReader.read(root))
                : RootReader.read(root);
    }

    /**
     * Checks a trainer's folder as the app would load it with {@code --lessons DIR}: on top
     * of the built-in lessons, so a sample may illustrate a built-in module, and an exercise
     * id a built-in module already uses is an error.
     *
     * @return the report of {@code folder} alone
     */
    public static RootReport check(Path folder) {
        LessonLibrary library = loadForApp(Optional.empty(), Optional.of(folder));
        return library.reports().get(library.reports().size() - 1);
    }
}
