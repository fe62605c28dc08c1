package com.followupcoach.ui.progress;

import com.followupcoach.lessons.Exercise;
import com.followupcoach.lessons.LessonModule;
import com.followupcoach.ui.common.CriterionLessons;
import com.followupcoach.ui.lessons.LessonStatus;
import com.followupcoach.ui.lessons.Mastery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the Progress page shows, worked out from the port's raw {@link ProgressData} and
 * the course: module titles, mastery, chart points and the next step. Pure, so it is
 * tested without a stage and computed off the FX thread.
 *
 * @param misses criteria that were ever assessed, most often missed first
 */
public record ProgressReport(int lessonsDone, List<ModuleProgress> modules, OptionalInt bestLetterScore,
                             OptionalInt latestLetterScore, int lettersSubmitted, List<ChartPoint> scores,
                             List<ProgressData.CriterionMisses> misses, Optional<NextStep> next,
                             Optional<LessonModule> firstLesson, List<LocalDate> practiceDays) {

    public ProgressReport {
        modules = List.copyOf(modules);
        scores = List.copyOf(scores);
        misses = List.copyOf(misses);
        practiceDays = List.copyOf(practiceDays);
    }

    public static ProgressReport of(List<LessonModule> course, CriterionLessons lessons, ProgressData data) {
        List<ModuleProgress> modules = modules(course, data);
        int done = (int) modules.stream().filter(m -> m.status() == LessonStatus.DONE).count();
        Map<String, String> exerciseTitles = course.stream().flatMap(m -> m.exercises().stream())
                .collect(Collectors.toMap(Exercise::id, Exercise::title, (a, b) -> a));
        List<ChartPoint> scores = new ArrayList<>();
        for (ProgressData.ScorePoint point : data.recentScores()) {
            scores.add(new ChartPoint(scores.size() + 1,
                    exerciseTitles.getOrDefault(point.exerciseId(), point.exerciseId()), point.submittedAt(), point.score()));
        }
        List<ProgressData.CriterionMisses> misses = data.misses().stream()
                .filter(m -> m.assessed() > 0)
                .sorted(Comparator.comparingInt(ProgressData.CriterionMisses::missed).reversed()
                        .thenComparing(ProgressData.CriterionMisses::criterion))
                .toList();
        int letters = data.exercises().values().stream().mapToInt(ProgressData.ExerciseResult::attempts).sum();
        return new ProgressReport(done, modules, data.bestLetterScore(), data.latestLetterScore(), letters, scores,
                misses, data.weakest().map(w -> NextStep.choose(w, course, lessons, data.exercises())),
                course.stream().findFirst(), data.practiceDays());
    }

    /** Each module's status, quiz results and mastery: the one computation of mastery, for every page. */
    public static List<ModuleProgress> modules(List<LessonModule> course, ProgressData data) {
        return course.stream().map(m -> module(m, data)).toList();
    }

    private static ModuleProgress module(LessonModule module, ProgressData data) {
        Optional<ProgressData.QuizResult> quiz = Optional.ofNullable(data.quizzes().get(module.id()));
        OptionalInt quizBest = quiz.map(q -> OptionalInt.of(q.bestPercent())).orElse(OptionalInt.empty());
        OptionalInt quizLatest = quiz.map(q -> OptionalInt.of(q.latestPercent())).orElse(OptionalInt.empty());
        Function<String, OptionalInt> exerciseBest = id -> Optional.ofNullable(data.exercises().get(id))
                .map(r -> OptionalInt.of(r.bestScore())).orElse(OptionalInt.empty());
        return new ModuleProgress(module.id(), module.title(), data.lessons().getOrDefault(module.id(), LessonStatus.NEW),
                quizBest, quizLatest, Mastery.of(module, quizBest, exerciseBest));
    }

    public int lessonCount() {
        return modules.size();
    }

    /** A learner who has not opened a lesson, taken a quiz or submitted a letter. */
    public boolean isEmpty() {
        return lettersSubmitted == 0 && modules.stream().allMatch(m -> m.status() == LessonStatus.NEW
                && m.quizBest().isEmpty());
    }

    public record ModuleProgress(String moduleId, String title, LessonStatus status, OptionalInt quizBest,
                                 OptionalInt quizLatest, OptionalInt mastery) {
    }

    /** One submitted letter on the score chart; {@code number} counts from the oldest shown. */
    public record ChartPoint(int number, String exerciseTitle, Instant submittedAt, int score) {
    }
}
