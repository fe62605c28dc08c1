package com.followupcoach.lessons;

import com.followupcoach.lessons.ModuleReader.ReadModule;
import com.followupcoach.lessons.SampleReader.ReadSample;
import com.followupcoach.lessons.Skipped.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads everything in one lesson folder: course.yaml, the module folders ({@code NN-name/};
 * other folders such as images are left alone) and samples/*.md. Checks what one folder
 * alone can show; what needs the whole library is left to {@link LibraryMerger}.
 */
final class RootReader {

    private static final Pattern MODULE_FOLDER = Pattern.compile("\\d+-.+");

    private RootReader() {
    }

    /** What one folder holds; the lists stay open for the merge to add its own problems. */
    record RootContent(LessonRoot root, Optional<Course> course, List<ReadModule> modules,
            List<ReadSample> samples, List<Problem> problems, List<Skipped> skipped) {
    }

    static RootContent read(LessonRoot root) {
        List<Problem> problems = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Path folder = root.folder();
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(".", 0, "the lesson folder " + folder + " does not exist or is not a folder"));
            return new RootContent(root, Optional.empty(), List.of(), List.of(), problems, skipped);
        }
        Path courseFile = folder.resolve(CourseReader.FILE);
        Optional<Course> course = Files.exists(courseFile) ? CourseReader.read(courseFile, problems) : Optional.empty();
        List<ReadModule> modules = new ArrayList<>();
        Map<String, String> moduleIds = new HashMap<>();
        forEachEntry(folder, ".", problems, path -> {
            String name = path.getFileName().toString();
            if (Files.isDirectory(path) && MODULE_FOLDER.matcher(name).matches()) {
                List<Problem> found = new ArrayList<>();
                readSafely(name, found, () -> ModuleReader.read(path, name, root, found))
                        .filter(module -> firstUse(module.id(), module.module().id(), moduleIds, "module", found))
                        .ifPresentOrElse(modules::add, () -> skipped.add(new Skipped(Kind.MODULE, name, found)));
                problems.addAll(found);
            }
        });
        List<ReadSample> samples = new ArrayList<>();
        Path samplesFolder = folder.resolve("samples");
        if (Files.isDirectory(samplesFolder)) {
            Map<String, String> sampleIds = new HashMap<>();
            forEachEntry(samplesFolder, "samples", problems, path -> {
                String name = "samples/" + path.getFileName();
                if (name.endsWith(".md") && Files.isRegularFile(path)) {
                    List<Problem> found = new ArrayList<>();
                    readSafely(name, found, () -> SampleReader.read(path, name, found))
                            .filter(sample -> firstUse(sample.id(), sample.sample().id(), sampleIds, "sample", found))
                            .filter(sample -> namedAfterFile(sample.id(), found))
                            .ifPresentOrElse(samples::add, () -> skipped.add(new Skipped(Kind.SAMPLE, name, found)));
                    problems.addAll(found);
                }
            });
        }
        return new RootContent(root, course, modules, samples, problems, skipped);
    }

    /**
     * Runs a reader, turning a failure of the reader itself into a problem: a bug met on
     * strange input must cost one module, not the whole library.
     */
    private static <T> Optional<T> readSafely(String name, List<Problem> found, Supplier<Optional<T>> reader) {
        try {
            return reader.get();
        } catch (RuntimeException e) {
            found.add(new Problem(name, 0, "could not be read (" + e + ")"));
            return Optional.empty();
        }
    }

    /** Whether this is the first use of the id in this folder; reports a second one. */
    private static boolean firstUse(Placed<?> placed, String id, Map<String, String> seen, String what,
            List<Problem> found) {
        String earlier = seen.putIfAbsent(id, placed.file());
        if (earlier != null) {
            found.add(placed.problem(what + " id `" + id + "` is already used by " + earlier));
        }
        return earlier == null;
    }

    /** Whether a sample's id is its file's name, so that a trainer can find one from the other. */
    private static boolean namedAfterFile(Placed<SampleLetter> sample, List<Problem> found) {
        String file = sample.file();
        String expected = file.substring(file.lastIndexOf('/') + 1, file.length() - ".md".length());
        String id = sample.value().id();
        if (!id.equals(expected)) {
            found.add(sample.problem("`id` is `" + id + "` but the file is named " + expected + ".md; they must match"));
        }
        return id.equals(expected);
    }

    /** Entries in name order, so that problems and "first wins" are the same on every OS. */
    private static void forEachEntry(Path folder, String name, List<Problem> problems, Consumer<Path> action) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot list the folder (" + TextFiles.describe(e) + ")"));
            return;
        }
        entries.forEach(action);
    }
}
