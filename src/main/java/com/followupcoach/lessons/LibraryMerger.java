package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.ModuleReader.ReadModule;
import com.followupcoach.lessons.RootReader.RootContent;
import com.followupcoach.lessons.SampleReader.ReadSample;
import com.followupcoach.lessons.Skipped.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges lesson folders in order. A later folder's module or sample with the same id
 * replaces the earlier one (a trainer's edited copy); new ids are added. Then the checks
 * that need the whole library: exercise ids unique across modules, and every sample's
 * module present. A problem found here is reported against the folder that brought the
 * module or sample, which is then skipped.
 */
final class LibraryMerger {

    private static final Comparator<Problem> FILE_ORDER =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    private LibraryMerger() {
    }

    static LessonLibrary merge(List<RootContent> roots) {
        Map<String, LessonModule> modules = new LinkedHashMap<>();
        roots.forEach(root -> root.modules().forEach(module -> addModule(module, modules, root)));
        Set<String> skippedModules = roots.stream().flatMap(root -> root.skipped().stream())
                .filter(skipped -> skipped.kind() == Kind.MODULE)
                .map(skipped -> skipped.path().replaceFirst("^\\d+-", "")) // NN-<id>, as ModuleReader enforces
                .collect(Collectors.toSet());
        Map<String, SampleLetter> samples = new LinkedHashMap<>();
        roots.forEach(root -> root.samples().forEach(
                sample -> addSample(sample, modules, skippedModules, samples, root)));
        return new LessonLibrary(
                roots.stream().flatMap(root -> root.course().stream()).reduce((first, later) -> later),
                modules.values().stream()
                        .sorted(Comparator.comparingInt(LessonModule::order).thenComparing(LessonModule::id)).toList(),
                samples.values().stream().sorted(Comparator.comparing(SampleLetter::id)).toList(),
                roots.stream().map(LibraryMerger::report).toList());
    }

    private static void addModule(ReadModule read, Map<String, LessonModule> modules, RootContent root) {
        String id = read.module().id();
        for (Placed<Exercise> exercise : read.exercises()) {
            Optional<LessonModule> owner = modules.values().stream()
                    .filter(other -> !other.id().equals(id))
                    .filter(other -> other.exercises().stream().anyMatch(e -> e.id().equals(exercise.value().id())))
                    .findFirst();
            if (owner.isPresent()) {
                skip(root, Kind.MODULE, read.folder(), exercise.problem("exercise id `" + exercise.value().id()
                        + "` is already used by module `" + owner.get().id() + "`" + from(owner.get().origin(), root)));
                return;
            }
        }
        modules.put(id, read.module());
    }

    private static void addSample(ReadSample read, Map<String, LessonModule> modules, Set<String> skippedModules,
            Map<String, SampleLetter> samples, RootContent root) {
        SampleLetter sample = read.sample();
        String file = read.id().file();
        if (modules.containsKey(sample.moduleId())) {
            samples.put(sample.id(), sample);
        } else if (skippedModules.contains(sample.moduleId())) {
            // left out with its module, but not a second error: the module's problems say what to fix
            root.skipped().add(new Skipped(Kind.SAMPLE, file, List.of(new Problem(file, read.moduleLine(),
                    "module `" + sample.moduleId() + "` was skipped for errors"))));
        } else {
            skip(root, Kind.SAMPLE, file, new Problem(file, read.moduleLine(),
                    "no module has the id `" + sample.moduleId() + "`"));
        }
    }

    private static String from(LessonRoot owner, RootContent root) {
        return owner.equals(root.root()) ? "" : " in " + owner;
    }

    private static void skip(RootContent root, Kind kind, String path, Problem problem) {
        root.problems().add(problem);
        root.skipped().add(new Skipped(kind, path, List.of(problem)));
    }

    private static RootReport report(RootContent root) {
        List<Skipped> skipped = new ArrayList<>(root.skipped());
        List<LessonModule> loaded = root.modules().stream()
                .filter(read -> !isSkipped(skipped, Kind.MODULE, read.folder()))
                .map(ReadModule::module).toList();
        int samples = (int) root.samples().stream()
                .filter(read -> !isSkipped(skipped, Kind.SAMPLE, read.id().file())).count();
        var tally = new RootReport.Tally(loaded.size(),
                loaded.stream().mapToInt(m -> m.quiz().questions().size()).sum(),
                loaded.stream().mapToInt(m -> m.exercises().size()).sum(), samples);
        skipped.sort(Comparator.comparing(Skipped::path));
        return new RootReport(root.root(), tally, root.problems().stream().sorted(FILE_ORDER).toList(), skipped);
    }

    private static boolean isSkipped(List<Skipped> skipped, Kind kind, String path) {
        return skipped.stream().anyMatch(s -> s.kind() == kind && s.path().equals(path));
    }
}
