package com.followupcoach.cli;

import com.followupcoach.files.Problem;
import com.followupcoach.scoring.detect.RuleExamples;
import com.followupcoach.scoring.rubric.FolderRubric;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.RubricException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rubric half of {@code lessons check DIR}: loads the folder's {@code rubric.yaml} as the
 * app would (its rule files and lexicons with it), then runs every rule's examples. Problems
 * come back as lesson problems do, with file names relative to DIR, so the trainer reads one
 * list in one form.
 *
 * @param file     the folder's rubric file; empty when the folder has none (the built-in rubric scores)
 * @param rubric   the rubric, when it loaded
 * @param problems what is wrong: every problem of the rubric, its rule files and lexicons, or each rule
 *                 whose examples fail
 */
record RubricCheck(Optional<Path> file, Optional<Rubric> rubric, List<Problem> problems) {

    RubricCheck {
        problems = List.copyOf(problems);
    }

    static RubricCheck of(Path folder) {
        Optional<Path> file = FolderRubric.fileIn(folder);
        if (file.isEmpty()) {
            return new RubricCheck(file, Optional.empty(), List.of());
        }
        Rubric rubric;
        try {
            rubric = FolderRubric.load(file.get());
        } catch (RubricException e) {
            return failed(folder, file, e);
        } catch (RuntimeException e) {
            return failed(folder, file, FolderRubric.unforeseen(file.get(), e));
        }
        List<Problem> failures = RuleExamples.problems(rubric).stream()
                .map(p -> new Problem(relative(folder, p.file()), p.line(), p.message())).toList();
        return new RubricCheck(file, Optional.of(rubric), failures);
    }

    private static RubricCheck failed(Path folder, Optional<Path> file, RubricException e) {
        return new RubricCheck(file, Optional.empty(), e.problems().stream()
                .map(p -> new Problem(relative(folder, p.file()), p.line(), p.message())).toList());
    }

    /** "rules/tone.yaml" for {@code DIR/rules/tone.yaml}; a name outside DIR stays as it is. */
    static String relative(Path folder, String source) {
        Path path = Path.of(source).toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : source;
    }
}
