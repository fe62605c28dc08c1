package com.followupcoach.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.files.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A writable copy of the small valid lesson folder in src/test/resources/fixtures/library,
 * with edits that break it in one place, and a way to find the line a text is on (so
 * tests name lines by their content, not by counting).
 */
final class FixtureFolder {

    final Path root;

    private FixtureFolder(Path root) {
        this.root = root;
    }

    static Path source() {
        try {
            return Path.of(FixtureFolder.class.getResource("/fixtures/library/course.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture into {@code folder} (which must exist). */
    static FixtureFolder copyTo(Path folder) {
        Path source = source();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureFolder(folder);
    }

    LessonLibrary load() {
        return LessonLoader.load(List.of(LessonRoot.folder(root)));
    }

    /** The problems of loading this folder alone, as FILE:LINE: message. */
    List<String> problems() {
        return load().problems().stream().map(Problem::toString).toList();
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code text}; fails if it is not there exactly once. */
    FixtureFolder replace(String file, String text, String replacement) {
        String content = read(file);
        assertThat(content.split(Pattern.quote(text), -1)).as("occurrences of %s in %s", text, file)
                .hasSize(2);
        return write(file, content.replace(text, replacement));
    }

    FixtureFolder write(String file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    FixtureFolder write(String file, byte[] content) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.write(root.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixtureFolder delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The 1-based line of the one line containing {@code text}. */
    int lineOf(String file, String text) {
        List<Integer> found = linesContaining(file, text);
        assertThat(found).as("lines containing %s in %s", text, file).hasSize(1);
        return found.get(0);
    }

    /** The 1-based line of the {@code nth} (from 1) line containing {@code text}. */
    int lineOf(String file, String text, int nth) {
        List<Integer> found = linesContaining(file, text);
        assertThat(found).as("lines containing %s in %s", text, file).hasSizeGreaterThanOrEqualTo(nth);
        return found.get(nth - 1);
    }

    /** The first line containing {@code text} at or after line {@code from}. */
    int lineAfter(String file, int from, String text) {
        return linesContaining(file, text).stream().filter(line -> line >= from).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not after line " + from + " in " + file));
    }

    private List<Integer> linesContaining(String file, String text) {
        List<String> lines = read(file).lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).map(i -> i + 1).boxed().toList();
    }

    /** "FILE:LINE: message" with the line found by its content. */
    String at(String file, String lineText, String message) {
        return file + ":" + lineOf(file, lineText) + ": " + message;
    }
}
