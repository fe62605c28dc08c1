package com.followupcoach.ui.common;

import com.followupcoach.lessons.LessonModule;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.scoring.rubric.Rubric;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which lesson teaches each criterion: one mapping, the rubric's, for every page. A
 * finding's lesson link in Practice comes from the same rubric (each result carries its
 * lesson), so "What to practise next" opens the same module as the letter's checklist.
 */
public final class CriterionLessons {

    private final Map<Criterion, String> lessonIds;

    public CriterionLessons(Map<Criterion, String> lessonIds) {
        this.lessonIds = lessonIds.isEmpty() ? Map.of() : new EnumMap<>(lessonIds);
    }

    public static CriterionLessons of(Rubric rubric) {
        Map<Criterion, String> ids = new EnumMap<>(Criterion.class);
        rubric.criteria().forEach((criterion, spec) -> ids.put(criterion, spec.lesson()));
        return new CriterionLessons(ids);
    }

    public Optional<String> lessonId(Criterion criterion) {
        return Optional.ofNullable(lessonIds.get(criterion)).filter(id -> !id.isBlank());
    }

    /**
     * The course's module that teaches the criterion. A trainer's course may lack the
     * rubric's module; then the first module that lists the criterion stands in.
     */
    public Optional<LessonModule> module(Criterion criterion, List<LessonModule> course) {
        return lessonId(criterion)
                .flatMap(id -> course.stream().filter(m -> m.id().equals(id)).findFirst())
                .or(() -> course.stream().filter(m -> m.criteria().contains(criterion)).findFirst());
    }
}
