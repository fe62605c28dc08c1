package com.followupcoach.progress;

import com.followupcoach.vocabulary.Criterion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the dashboard shows for one profile, loaded in one go. Mastery per module is
 * the UI's to compute, from {@link #quizzes} and {@link #bestByExercise}.
 *
 * @param modules        the status of every module the learner has opened
 * @param recentScores   the newest attempts' scores, oldest of them first (a chart's x axis)
 * @param misses         per criterion, how often attempts missed it, in the contract's order
 * @param weakest        the criterion that costs the learner most, to practise next (see DashboardQueries)
 * @param practiceDays   dates (in the clock's zone) with any activity, for a heatmap
 */
public record DashboardSummary(int lessonsDone, List<ModuleStatus> modules, List<QuizScore> quizzes,
                               OptionalInt bestLetterScore, OptionalInt latestLetterScore,
                               List<ScorePoint> recentScores, List<CriterionMisses> misses,
                               Optional<Criterion> weakest, List<ExerciseBest> bestByExercise,
                               List<LocalDate> practiceDays) {

    public DashboardSummary {
        modules = List.copyOf(modules);
        quizzes = List.copyOf(quizzes);
        recentScores = List.copyOf(recentScores);
        misses = List.copyOf(misses);
        bestByExercise = List.copyOf(bestByExercise);
        practiceDays = List.copyOf(practiceDays);
    }

    public record ModuleStatus(String moduleId, LessonStatus status) {
    }

    /** Quiz results of one module, in percent. */
    public record QuizScore(String moduleId, int bestPercent, int latestPercent, int attempts) {
    }

    public record ScorePoint(long attemptId, String exerciseId, Instant createdAt, int score) {
    }

    /**
     * @param missed     attempts where the criterion was missing or partial
     * @param assessed   attempts where it was assessed at all
     * @param missing    attempts where it was missing outright
     * @param pointsLost points those attempts lost on it, summed
     */
    public record CriterionMisses(Criterion criterion, int missed, int assessed, int missing, int pointsLost) {
    }

    public record ExerciseBest(String exerciseId, int bestScore, int attempts) {
    }
}
