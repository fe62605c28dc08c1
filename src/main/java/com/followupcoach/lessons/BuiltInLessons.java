package com.followupcoach.lessons;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the lessons that ship inside the app (the pom copies the top-level lessons/ folder
 * to the resource folder {@code lessons/}) as a {@link Path}, so one loader reads them and a
 * trainer's folder alike. Where the resource lives depends on how the app runs: a folder
 * (tests, {@code mvn}), a jar, or the jlink runtime image.
 */
public final class BuiltInLessons {

    static final String MARKER = "/lessons/course.yaml";

    private BuiltInLessons() {
    }

    /** The built-in lesson folder; empty when the app was built without lessons. */
    public static Optional<LessonRoot> root() {
        URL marker = BuiltInLessons.class.getResource(MARKER);
        return marker == null ? Optional.empty() : Optional.of(LessonRoot.builtIn(folderOf(marker)));
    }

    /**
     * The folder holding a resource, for {@code file:}, {@code jar:} and {@code jrt:} URLs.
     * A jar is opened as a zip file system that stays open for the life of the app, since
     * the lessons are read from it whenever they are reloaded.
     *
     * @throws IllegalStateException when the resource cannot be reached: a broken build, not bad input
     */
    static Path folderOf(URL resource) {
        try {
            URI uri = resource.toURI();
            switch (uri.getScheme()) {
                case "file":
                    return Path.of(uri).getParent();
                case "jar":
                    String spec = uri.getRawSchemeSpecificPart();
                    int separator = spec.indexOf("!/");
                    Path jar = Path.of(new URI(spec.substring(0, separator)));
                    return FileSystems.newFileSystem(jar).getPath(spec.substring(separator + 1)).getParent();
                case "jrt":
                    // jrt:/MODULE/PATH is /modules/MODULE/PATH in the runtime image's file system
                    return FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules" + uri.getPath()).getParent();
                default:
                    throw new IllegalStateException("cannot read lessons from " + resource);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new IllegalStateException("cannot open the built-in lessons at " + resource + ": " + e.getMessage(), e);
        }
    }
}
