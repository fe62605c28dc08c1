package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.vocabulary.Criterion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lesson.md} says: its front matter and its reading screens.
 *
 * @param idLine where the id is written, for a later "used twice" problem
 */
record LessonText(String id, int idLine, String title, int order, String summary, int minutes,
        List<Criterion> criteria, List<String> takeaways, List<Section> sections) {

    /** Empty when the file cannot be read at all; otherwise problems (if any) are in {@code problems}. */
    static Optional<LessonText> read(Path path, String file, List<Problem> problems) {
        return TextFiles.read(path, file, problems)
                .flatMap(text -> FrontMatter.split(text, file, problems))
                .flatMap(parts -> LessonYaml.root(parts.yaml(), file, FrontMatter.YAML_LINE_OFFSET, "the lesson",
                                LessonYaml.LESSON, problems)
                        .map(lesson -> of(lesson, parts, file, problems)));
    }

    private static LessonText of(Scope lesson, FrontMatter parts, String file, List<Problem> problems) {
        String id = lesson.id("id");
        return new LessonText(id, lesson.line("id"),
                lesson.text("title"),
                lesson.number("order", 0),
                lesson.text("summary"),
                lesson.number("minutes", 1),
                lesson.criteria("criteria"),
                lesson.nonEmptyTexts("takeaways"),
                Sections.split(parts.body(), parts.bodyFirstLine(), file, problems));
    }
}
