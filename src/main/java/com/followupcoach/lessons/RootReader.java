package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.ModuleReader.ReadModule;
import com.followupcoach.lessons.SampleReader.ReadSample;
import com.followupcoach.lessons.Skipped.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        Optional<Course> course = Files.exists(courseFile) || Files.isSymbolicLink(courseFile) ? CourseReader.read(courseFile, problems) : Optional.empty();
        List<ReadModule> modules = readModules(root, problems, skipped);
        List<ReadSample> samples = Files.isDirectory(folder.resolve("samples"))
                ? readSamples(folder.resolve("samples"), problems, skipped)
                : List.of();
        return new RootContent(root, course, modules, samples, problems, skipped);
    }

    private static List<ReadModule> readModules(LessonRoot root, List<Problem> problems, List<Skipped> skipped) {
        List<ReadModule> modules = new ArrayList<>();
        Map<String, String> moduleIds = new HashMap<>();
        forEachEntry(root.folder(), ".", problems, path -> {
            String name = path.getFileName().toString();
            if (Files.isDirectory(path) && MODULE_FOLDER.matcher(name).matches()) {
                List<Problem> found = new ArrayList<>();
                readSafely(name, found, () -> ModuleReader.read(path, name, root, found))
                        .filter(module -> firstUse(module.id(), moduleIds, found))
                        .ifPresentOrElse(modules::add, () -> skipped.add(new Skipped(Kind.MODULE, name, found)));
                problems.addAll(found);
            }
        });
        return modules;
    }

    private static List<ReadSample> readSamples(Path folder, List<Problem> problems, List<Skipped> skipped) {
        List<ReadSample> read = new ArrayList<>();
        Map<String, List<Problem>> found = new LinkedHashMap<>();
        forEachEntry(folder, "samples", problems, path -> {
            String name = "samples/" + path.getFileName();
            if (name.endsWith(".md") && (Files.isRegularFile(path) || Files.isSymbolicLink(path))) {
                List<Problem> fileProblems = new ArrayList<>();
                found.put(name, fileProblems);
                readSafely(name, fileProblems, () -> SampleReader.read(path, name, fileProblems)).ifPresent(read::add);
            }
        });
        List<ReadSample> samples = SampleIds.check(read, found);
        found.forEach((name, reasons) -> {
            problems.addAll(reasons);
            if (!reasons.isEmpty()) {
                skipped.add(new Skipped(Kind.SAMPLE, name, reasons));
            }
        });
        return samples;
    }

    /**
     * Runs a reader, turning a failure of the reader itself into a problem: a bug met on
     * strange input must cost one module, not the whole library.
     */
    static <T> Optional<T> readSafely(String name, List<Problem> found, Supplier<Optional<T>> reader) {
        try {
            return reader.get();
        } catch (RuntimeException e) {
            found.add(new Problem(name, 0, "could not be read (" + e + ")"));
            return Optional.empty();
        }
    }

    /** Whether this is the first use of a module id in this folder; reports a second one. */
    private static boolean firstUse(Placed<LessonModule> placed, Map<String, String> seen, List<Problem> found) {
        String id = placed.value().id();
        String earlier = seen.putIfAbsent(id, placed.file());
        if (earlier != null) {
            found.add(placed.problem("module id `" + id + "` is already used by " + earlier));
        }
        return earlier == null;
    }

    /** Entries in name order, so that problems and "first wins" are the same on every OS. */
    private static void forEachEntry(Path folder, String name, List<Problem> problems, Consumer<Path> action) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            // one per name, in name order: the runtime image's file system (jrt) lists an entry twice once it has
            // been looked up by name before the listing (course.yaml is, to find the folder)
            entries = listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p, (first, again) -> first, TreeMap::new))
                    .values().stream().toList();
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot list the folder (" + TextFiles.describe(e) + ")"));
            return;
        }
        entries.forEach(action);
    }
}
