package com.followupcoach.ui.progress;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonLoader;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.ui.common.CriterionLessons;
import java.util.List;
import java.util.Optional;

/** The built-in course, loaded once: the tests use the lessons a learner really gets. */
final class Course {

    static final List<LessonModule> MODULES = LessonLoader.loadForApp(Optional.empty(), Optional.empty()).modules();
    static final CriterionLessons LESSONS = CriterionLessons.of(Rubric.builtIn());

    private Course() {
    }

    static List<Exercise> stressing(Criterion criterion) {
        return MODULES.stream().flatMap(m -> m.exercises().stream()).filter(e -> e.stresses().contains(criterion)).toList();
    }

    static LessonModule module(String id) {
        return MODULES.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
