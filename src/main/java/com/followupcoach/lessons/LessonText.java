package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.yaml.YamlShapes.LessonFrontMatter;
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
                .flatMap(parts -> YamlBinder.bind(parts.yaml(), LessonFrontMatter.class, file,
                                FrontMatter.YAML_LINE_OFFSET, problems)
                        .map(bound -> of(bound.value(), bound.reporter().root("the lesson"), parts, file, problems)));
    }

    private static LessonText of(LessonFrontMatter header, Scope lesson, FrontMatter parts, String file,
            List<Problem> problems) {
        String id = lesson.id(header.id(), "id");
        return new LessonText(id, lesson.line("id"),
                lesson.text(header.title(), "title"),
                lesson.number(header.order(), "order", 0),
                lesson.text(header.summary(), "summary"),
                lesson.number(header.minutes(), "minutes", 1),
                lesson.criteria(header.criteria(), "criteria"),
                lesson.nonEmptyTexts(header.takeaways(), "takeaways"),
                Sections.split(parts.body(), parts.bodyFirstLine(), file, problems));
    }
}
