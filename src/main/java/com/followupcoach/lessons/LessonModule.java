package com.followupcoach.lessons;

import com.followupcoach.vocabulary.Criterion;
import java.util.List;

/**
 * One lesson module: its text as reading screens, its quiz and its writing exercises.
 *
 * @param id       stable kebab-case id; the rubric and the progress database refer to it
 * @param order    where it comes in the course (modules are sorted by order, then id)
 * @param minutes  reading time
 * @param criteria the criteria this module teaches
 * @param origin   the lesson folder it was loaded from
 */
public record LessonModule(
        String id, String title, int order, String summary, int minutes,
        List<Criterion> criteria, List<String> takeaways, List<Section> sections,
        Quiz quiz, List<Exercise> exercises, LessonRoot origin) {

    public LessonModule {
        criteria = List.copyOf(criteria);
        takeaways = List.copyOf(takeaways);
        sections = List.copyOf(sections);
        exercises = List.copyOf(exercises);
    }
}
