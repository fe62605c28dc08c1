package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.yaml.YamlShapes.CourseFile;
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
                .flatMap(yaml -> YamlBinder.bind(yaml, CourseFile.class, FILE, 0, found))
                .map(bound -> course(bound.value(), bound.reporter().root("the course")));
        problems.addAll(found);
        return found.isEmpty() ? course : Optional.empty();
    }

    private static Course course(CourseFile file, Scope course) {
        Scope source = course.child("source", "the source");
        if (file.source() == null) {
            course.problem("source", "the course has no source (the article credited: title, author, note)");
        }
        var credit = file.source() == null
                ? new SourceCredit("", "", "")
                : new SourceCredit(source.text(file.source().title(), "title"),
                        source.text(file.source().author(), "author"),
                        source.text(file.source().note(), "note"));
        return new Course(course.text(file.title(), "title"), course.text(file.subtitle(), "subtitle"), credit);
    }
}
