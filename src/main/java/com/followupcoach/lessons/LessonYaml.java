package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.files.yaml.FileProblems;
import com.followupcoach.files.yaml.YamlReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields each lesson file may have (docs/decisions/0001-lesson-format.md), and the one way
 * a lesson file's YAML becomes its root {@link Scope}: through the binder the rubric uses too.
 */
final class LessonYaml {

    static final Set<String> COURSE = Set.of("title", "subtitle", "source");
    static final Set<String> SOURCE = Set.of("title", "author", "note");
    static final Set<String> LESSON = Set.of("id", "title", "order", "summary", "minutes", "criteria", "takeaways");
    static final Set<String> QUIZ = Set.of("questions");
    static final Set<String> QUESTION = Set.of("id", "kind", "prompt", "scenario", "options");
    static final Set<String> OPTION = Set.of("text", "correct", "explanation");
    static final Set<String> EXERCISES = Set.of("exercises");
    static final Set<String> EXERCISE = Set.of("id", "title", "brief", "stresses", "scenario");
    static final Set<String> SCENARIO = Set.of("candidate", "company", "role", "interviewer", "interviewDate",
            "rejectionDate", "daysSinceRejection", "medium", "changes", "background");
    static final Set<String> SAMPLE = Set.of("id", "title", "verdict", "module", "scenario", "annotations");
    static final Set<String> ANNOTATION = Set.of("quote", "criterion", "note");

    private LessonYaml() {
    }

    /**
     * @param lineOffset added to the YAML's lines (front matter starts on the file's line 2)
     * @return the document's root object; empty when it is not one (reported)
     */
    static Optional<Scope> root(String yaml, String file, int lineOffset, String name, Set<String> allowed,
            List<Problem> problems) {
        FileProblems reported = new FileProblems(file, problems);
        return YamlReader.read(yaml, lineOffset, reported).flatMap(document -> Scope.root(document, name, allowed, reported));
    }
}
