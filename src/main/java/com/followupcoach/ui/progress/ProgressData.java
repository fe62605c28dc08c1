package com.followupcoach.ui.progress;

import com.followupcoach.ui.lessons.LessonStatus;
import com.followupcoach.vocabulary.Criterion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One learner's progress as the port hands it over: raw facts, keyed by module and exercise
 * id. {@link ProgressReport} turns it into what the page shows.
 *
 * @param lessons           the status of each module the learner has opened (others are new)
 * @param quizzes           quiz results by module id
 * @param exercises         best score and attempt count by exercise id
 * @param recentScores      the newest attempts, oldest of them first
 * @param misses            per criterion, how often attempts missed it
 * @param weakest           the most often missed criterion, if any was missed
 * @param practiceDays      days with any activity in the last year
 * @param practiceDaysShown whether the learner chose to see the practice-days calendar
 */
public record ProgressData(Map<String, LessonStatus> lessons, Map<String, QuizResult> quizzes,
                           Map<String, ExerciseResult> exercises, OptionalInt bestLetterScore,
                           OptionalInt latestLetterScore, List<ScorePoint> recentScores,
                           List<CriterionMisses> misses, Optional<Criterion> weakest,
                           List<LocalDate> practiceDays, boolean practiceDaysShown) {

    public ProgressData {
        lessons = Map.copyOf(lessons);
        quizzes = Map.copyOf(quizzes);
        exercises = Map.copyOf(exercises);
        recentScores = List.copyOf(recentScores);
        misses = List.copyOf(misses);
        practiceDays = List.copyOf(practiceDays);
    }

    /** A learner who has done nothing yet. */
    public static ProgressData empty() {
        return new ProgressData(Map.of(), Map.of(), Map.of(), OptionalInt.empty(), OptionalInt.empty(),
                List.of(), List.of(), Optional.empty(), List.of(), false);
    }

    /** Quiz results of one module, in percent. */
    public record QuizResult(int bestPercent, int latestPercent, int attempts) {
    }

    public record ExerciseResult(int bestScore, int attempts) {
    }

    public record ScorePoint(String exerciseId, Instant submittedAt, int score) {
    }

    /**
     * @param missed   attempts where the criterion was missing or only partly met
     * @param assessed attempts where it was assessed at all
     */
    public record CriterionMisses(Criterion criterion, int missed, int assessed) {
    }
}
