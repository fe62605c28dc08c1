package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code course.yaml}: the course title and the credit to the source article. */
final class CourseReader {

    static final String FILE = "course.yaml";

    private CourseReader() {
    }

    static Optional<Course> read(Path path, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        Optional<Course> course = TextFiles.read(path, FILE, found)
                .flatMap(yaml -> LessonYaml.root(yaml, FILE, 0, "the course", LessonYaml.COURSE, found))
                .map(CourseReader::course);
        problems.addAll(found);
        return found.isEmpty() ? course : Optional.empty();
    }

    private static Course course(Scope course) {
        if (!course.has("source")) {
            course.missing("source", "the course has no source (the article credited: title, author, note)");
        }
        SourceCredit credit = course.child("source", "the source", LessonYaml.SOURCE)
                .map(source -> new SourceCredit(source.text("title"), source.text("author"), source.text("note")))
                .orElse(new SourceCredit("", "", ""));
        return new Course(course.text("title"), course.text("subtitle"), credit);
    }
}
