package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one module folder ({@code NN-module-id/}): lesson.md (required), quiz.yaml and
 * exercises.yaml (each optional). A module with any problem is not loaded.
 */
final class ModuleReader {

    private ModuleReader() {
    }

    /**
     * A module read from its folder.
     *
     * @param folder    the folder's name ("02-timing")
     * @param id        the module and where its id is written
     * @param exercises its exercises, each with where its id is written
     */
    record ReadModule(String folder, Placed<LessonModule> id, List<Placed<Exercise>> exercises) {

        LessonModule module() {
            return id.value();
        }
    }

    /**
     * @param folderName the folder's name, which prefixes every file name in problems
     * @return the module, or empty when it has problems (then added to {@code problems})
     */
    static Optional<ReadModule> read(Path folder, String folderName, LessonRoot root, List<Problem> problems) {
        Path lessonFile = folder.resolve("lesson.md");
        if (!Files.isRegularFile(lessonFile) && !Files.isSymbolicLink(lessonFile)) {
            problems.add(new Problem(folderName, 0, "the module folder has no lesson.md"));
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        Optional<LessonText> text = LessonText.read(lessonFile, folderName + "/lesson.md", found);
        Quiz quiz = optionalFile(folder, "quiz.yaml")
                .map(path -> QuizReader.read(path, folderName + "/quiz.yaml", found))
                .orElse(Quiz.EMPTY);
        List<Placed<Exercise>> exercises = optionalFile(folder, "exercises.yaml")
                .map(path -> ExercisesReader.read(path, folderName + "/exercises.yaml", found))
                .orElse(List.of());
        problems.addAll(found);
        if (!found.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        LessonText lesson = text.get();
        // NN-<id>: a trainer finds a module's files from its id, and the other way round
        String expected = folderName.replaceFirst("^\\d+-", "");
        if (!lesson.id().equals(expected)) {
            problems.add(new Problem(folderName + "/lesson.md", lesson.idLine(), "`id` is `" + lesson.id()
                    + "` but the folder is " + folderName + "; the folder must be named NN-" + lesson.id()));
            return Optional.empty();
        }
        LessonModule module = new LessonModule(lesson.id(), lesson.title(), lesson.order(), lesson.summary(),
                lesson.minutes(), lesson.criteria(), lesson.takeaways(), lesson.sections(), quiz,
                exercises.stream().map(Placed::value).toList(), root);
        return Optional.of(new ReadModule(folderName, new Placed<>(module, folderName + "/lesson.md", lesson.idLine()), exercises));
    }

    private static Optional<Path> optionalFile(Path folder, String name) {
        Path file = folder.resolve(name);
        // A link that loops or points nowhere is reported when read, never taken as absent.
        return Files.exists(file) || Files.isSymbolicLink(file) ? Optional.of(file) : Optional.empty();
    }
}
