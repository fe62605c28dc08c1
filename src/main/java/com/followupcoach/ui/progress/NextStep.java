package com.followupcoach.ui.progress;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.ui.common.CriterionLessons;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What to practise next": the weakest criterion, the lesson that teaches it and an
 * exercise that stresses it.
 */
public record NextStep(Criterion criterion, Optional<LessonModule> lesson, Optional<Exercise> exercise) {

    /**
     * The lesson is the one the rubric names for the criterion, as everywhere else. The
     * exercise is, among those that stress it, the one the learner did worst on, an untried
     * one counting as worst of all, so practice goes where it helps most; ties go to the one
     * that lists the criterion earlier among its stresses, then to course order.
     */
    public static NextStep choose(Criterion weakest, List<LessonModule> modules, CriterionLessons lessons,
                                  Map<String, ProgressData.ExerciseResult> results) {
        Optional<LessonModule> lesson = lessons.module(weakest, modules);
        List<Exercise> candidates = modules.stream().flatMap(m -> m.exercises().stream())
                .filter(e -> e.stresses().contains(weakest))
                .toList();
        Comparator<Exercise> worstFirst = Comparator
                .comparingInt((Exercise e) -> results.containsKey(e.id()) ? results.get(e.id()).bestScore() : -1)
                .thenComparingInt(e -> e.stresses().indexOf(weakest));
        // min() keeps the first of equals, so course order breaks the remaining ties.
        return new NextStep(weakest, lesson, candidates.stream().min(worstFirst));
    }
}
