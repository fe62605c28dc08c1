package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.yaml.YamlShapes.ExerciseEntry;
import com.followupcoach.lessons.yaml.YamlShapes.ExercisesFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code exercises.yaml}. Ids must be unique across the library; the merge checks that. */
final class ExercisesReader {

    private ExercisesReader() {
    }

    /** The exercises read, each with the line of its id; empty when the file is unusable. */
    static List<Placed<Exercise>> read(Path path, String file, List<Problem> problems) {
        return TextFiles.read(path, file, problems)
                .flatMap(yaml -> YamlBinder.bind(yaml, ExercisesFile.class, file, 0, problems))
                .map(bound -> exercises(bound.value().exercises(), bound.reporter().root("the file"), file))
                .orElse(List.of());
    }

    private static List<Placed<Exercise>> exercises(List<ExerciseEntry> entries, Scope file, String name) {
        List<Placed<Exercise>> exercises = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            file.problem("exercises", "the file has no exercises (delete exercises.yaml if the module has none)");
            return exercises;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Scope scope = file.item("exercises", i, "exercise " + (i + 1));
            ExerciseEntry entry = entries.get(i);
            if (entry == null) {
                file.problem("exercises/" + i, "exercise " + (i + 1) + " is empty");
                continue;
            }
            Exercise exercise = new Exercise(scope.id(entry.id(), "id"), scope.text(entry.title(), "title"),
                    scope.text(entry.brief(), "brief"), scope.criteria(entry.stresses(), "stresses"),
                    ScenarioReader.read(entry.scenario(), scope.child("scenario", "the scenario")));
            if (ids.contains(exercise.id()) && !exercise.id().isEmpty()) {
                scope.problem("id", "exercise id `" + exercise.id() + "` is used twice in this file");
            }
            ids.add(exercise.id());
            exercises.add(new Placed<>(exercise, name, scope.line("id")));
        }
        return exercises;
    }
}
