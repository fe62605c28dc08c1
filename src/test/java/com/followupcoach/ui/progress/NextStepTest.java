package com.followupcoach.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "What to practise next" sends the learner to the right lesson and the most useful exercise. */
class NextStepTest {

    @Test
    void theLessonIsTheOneTheRubricNamesForTheWeakestCheck() {
        NextStep next = NextStep.choose(Criterion.TONE, Course.MODULES, Course.LESSONS, Map.of());

        assertThat(next.criterion()).isEqualTo(Criterion.TONE);
        assertThat(next.lesson()).map(LessonModule::id).contains(Rubric.builtIn().spec(Criterion.TONE).lesson());
        assertThat(next.exercise()).hasValueSatisfying(e -> assertThat(e.stresses()).contains(Criterion.TONE));
    }

    @Test
    void everyCriterionLinksToTheSameLessonHereAsInPractice() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        // Practice's "Lesson" link is the lesson each result of the critique carries.
        Critique critique = engine.score("Dear Ms Shah,\n\nThank you for the interview.\n\nBest,\nAna", Scenario.NONE);

        for (CriterionResult result : critique.criteria()) {
            NextStep next = NextStep.choose(result.criterion(), Course.MODULES, Course.LESSONS, Map.of());
            assertThat(next.lesson()).as(result.criterion().id()).map(LessonModule::id).contains(result.lessonId());
        }
        assertThat(critique.criteria()).hasSize(Criterion.values().length);
    }

    @Test
    void anUntriedExerciseComesBeforeOnesAlreadyDone() {
        List<Exercise> candidates = Course.stressing(Criterion.FEEDBACK_REQUEST);
        assertThat(candidates).hasSizeGreaterThan(1);
        Exercise untried = candidates.get(candidates.size() - 1);
        Map<String, ProgressData.ExerciseResult> results = new HashMap<>();
        candidates.stream().filter(e -> e != untried).forEach(e -> results.put(e.id(), new ProgressData.ExerciseResult(20, 3)));

        assertThat(NextStep.choose(Criterion.FEEDBACK_REQUEST, Course.MODULES, Course.LESSONS, results).exercise()).contains(untried);
    }

    @Test
    void amongTriedExercisesTheOneWithTheLowestBestScoreIsChosen() {
        List<Exercise> candidates = Course.stressing(Criterion.FEEDBACK_REQUEST);
        Exercise weakest = candidates.get(1);
        Map<String, ProgressData.ExerciseResult> results = new HashMap<>();
        candidates.forEach(e -> results.put(e.id(), new ProgressData.ExerciseResult(e == weakest ? 35 : 80, 1)));

        assertThat(NextStep.choose(Criterion.FEEDBACK_REQUEST, Course.MODULES, Course.LESSONS, results).exercise()).contains(weakest);
    }

    @Test
    void theReportSuggestsTheStoresWeakestCheckOnlyWhenOneWasMissed() {
        ProgressData none = ProgressData.empty();
        assertThat(ProgressReport.of(Course.MODULES, Course.LESSONS, none).next()).isEmpty();

        ProgressData missed = new ProgressData(Map.of(), Map.of(), Map.of(), none.bestLetterScore(), none.latestLetterScore(),
                List.of(), List.of(new ProgressData.CriterionMisses(Criterion.CONTACT_DETAILS, 2, 2)),
                Optional.of(Criterion.CONTACT_DETAILS), List.of(), false);
        assertThat(ProgressReport.of(Course.MODULES, Course.LESSONS, missed).next())
                .hasValueSatisfying(n -> assertThat(n.criterion()).isEqualTo(Criterion.CONTACT_DETAILS));
    }
}
