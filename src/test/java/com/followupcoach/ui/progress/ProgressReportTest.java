package com.followupcoach.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.lessons.LessonStatus;
import com.followupcoach.vocabulary.Criterion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The dashboard shows what the learner did, module by module, in the course's words. */
class ProgressReportTest {

    private static final LessonModule FIRST = Course.MODULES.get(0);
    private static final LessonModule SECOND = Course.MODULES.get(1);
    private static final Exercise FIRST_EXERCISE = FIRST.exercises().get(0);

    @Test
    void aNewLearnerGetsTheEmptyStateWithTheFirstLessonToStart() {
        ProgressReport report = ProgressReport.of(Course.MODULES, Course.LESSONS, ProgressData.empty());

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.firstLesson()).contains(FIRST);
        assertThat(report.lessonsDone()).isZero();
        assertThat(report.lessonCount()).isEqualTo(Course.MODULES.size());
        assertThat(report.modules()).allSatisfy(m -> assertThat(m.status()).isEqualTo(LessonStatus.NEW));
    }

    @Test
    void lessonsQuizzesAndMasteryAreShownPerModuleInCourseOrder() {
        ProgressData data = new ProgressData(
                Map.of(FIRST.id(), LessonStatus.DONE, SECOND.id(), LessonStatus.IN_PROGRESS, "a-removed-module", LessonStatus.DONE),
                Map.of(FIRST.id(), new ProgressData.QuizResult(80, 60, 2)),
                Map.of(FIRST_EXERCISE.id(), new ProgressData.ExerciseResult(61, 3)),
                OptionalInt.of(61), OptionalInt.of(55), List.of(), List.of(), Optional.empty(), List.of(), false);

        ProgressReport report = ProgressReport.of(Course.MODULES, Course.LESSONS, data);

        assertThat(report.isEmpty()).isFalse();
        // A module no longer in the course does not count towards "x of 6".
        assertThat(report.lessonsDone()).isEqualTo(1);
        assertThat(report.modules()).extracting(ProgressReport.ModuleProgress::moduleId)
                .containsExactlyElementsOf(Course.MODULES.stream().map(LessonModule::id).toList());
        ProgressReport.ModuleProgress first = report.modules().get(0);
        assertThat(first.title()).isEqualTo(FIRST.title());
        assertThat(first.status()).isEqualTo(LessonStatus.DONE);
        assertThat(first.quizBest()).hasValue(80);
        assertThat(first.quizLatest()).hasValue(60);
        // Mastery: the mean of the best quiz (80) and the exercise's best score (61), rounded.
        assertThat(first.mastery()).hasValue(71);
        assertThat(report.modules().get(1).status()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(report.modules().get(1).mastery()).isEmpty();
        assertThat(report.bestLetterScore()).hasValue(61);
        assertThat(report.latestLetterScore()).hasValue(55);
        assertThat(report.lettersSubmitted()).isEqualTo(3);
    }

    @Test
    void chartPointsAreNumberedOldestFirstAndNamedAfterTheirExercise() {
        Instant earlier = Instant.parse("2026-03-01T10:00:00Z");
        Instant later = Instant.parse("2026-03-02T10:00:00Z");
        ProgressData data = withScores(List.of(new ProgressData.ScorePoint(FIRST_EXERCISE.id(), earlier, 40),
                new ProgressData.ScorePoint("an-exercise-since-removed", later, 70)));

        List<ProgressReport.ChartPoint> points = ProgressReport.of(Course.MODULES, Course.LESSONS, data).scores();

        assertThat(points).containsExactly(new ProgressReport.ChartPoint(1, FIRST_EXERCISE.title(), earlier, 40),
                new ProgressReport.ChartPoint(2, "an-exercise-since-removed", later, 70));
    }

    @Test
    void missedChecksAreListedMostMissedFirstAndNeverAssessedOnesLeftOut() {
        ProgressData data = new ProgressData(Map.of(), Map.of(), Map.of("x", new ProgressData.ExerciseResult(50, 4)),
                OptionalInt.of(50), OptionalInt.of(50), List.of(),
                List.of(new ProgressData.CriterionMisses(Criterion.GRATITUDE, 1, 4),
                        new ProgressData.CriterionMisses(Criterion.TONE, 3, 4),
                        new ProgressData.CriterionMisses(Criterion.TIMING, 0, 0),
                        new ProgressData.CriterionMisses(Criterion.ACKNOWLEDGEMENT, 1, 4)),
                Optional.of(Criterion.TONE), List.of(LocalDate.of(2026, 3, 1)), true);

        ProgressReport report = ProgressReport.of(Course.MODULES, Course.LESSONS, data);

        assertThat(report.misses()).extracting(ProgressData.CriterionMisses::criterion)
                .containsExactly(Criterion.TONE, Criterion.GRATITUDE, Criterion.ACKNOWLEDGEMENT);
        assertThat(report.practiceDays()).containsExactly(LocalDate.of(2026, 3, 1));
    }

    private static ProgressData withScores(List<ProgressData.ScorePoint> points) {
        return new ProgressData(Map.of(), Map.of(), Map.of(), OptionalInt.empty(), OptionalInt.empty(), points, List.of(),
                Optional.empty(), List.of(), false);
    }
}
