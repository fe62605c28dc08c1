package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.files.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code exercises.yaml}. Ids must be unique across the library; the merge checks that. */
final class ExercisesReader {

    private ExercisesReader() {
    }

    /** The exercises read, each with the line of its id; empty when the file is unusable. */
    static List<Placed<Exercise>> read(Path path, String file, List<Problem> problems) {
        return TextFiles.read(path, file, problems)
                .flatMap(yaml -> LessonYaml.root(yaml, file, 0, "the file", LessonYaml.EXERCISES, problems))
                .map(root -> exercises(root, file))
                .orElse(List.of());
    }

    private static List<Placed<Exercise>> exercises(Scope file, String name) {
        List<Placed<Exercise>> exercises = new ArrayList<>();
        List<YamlNode> entries = file.nonEmptyList("exercises",
                "the file has no exercises (delete exercises.yaml if the module has none)");
        if (entries.isEmpty()) {
            return exercises;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<Scope> found = Scope.item(entries.get(i), "exercise " + (i + 1), LessonYaml.EXERCISE, file.problems());
            if (found.isEmpty()) {
                continue;
            }
            Scope scope = found.get();
            Exercise exercise = new Exercise(scope.id("id"), scope.text("title"), scope.text("brief"),
                    scope.criteria("stresses"), ScenarioReader.read(scope));
            if (ids.contains(exercise.id()) && !exercise.id().isEmpty()) {
                scope.problem("id", "exercise id `" + exercise.id() + "` is used twice in this file");
            }
            ids.add(exercise.id());
            exercises.add(new Placed<>(exercise, name, scope.line("id")));
        }
        return exercises;
    }
}
