package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.progress.DashboardSummary.CriterionMisses;
import com.followupcoach.progress.DashboardSummary.ExerciseBest;
import com.followupcoach.progress.DashboardSummary.ModuleStatus;
import com.followupcoach.progress.DashboardSummary.QuizScore;
import com.followupcoach.progress.DashboardSummary.ScorePoint;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Readability;
import com.followupcoach.scoring.rubric.Rubric;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardQueriesTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyProfileHasAnEmptyDashboard() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            DashboardSummary summary = store.dashboard().summary(store.profiles().lastActive().id());
            assertThat(summary.lessonsDone()).isZero();
            assertThat(summary.bestLetterScore()).isEmpty();
            assertThat(summary.latestLetterScore()).isEmpty();
            assertThat(summary.weakest()).isEmpty();
            assertThat(summary.recentScores()).isEmpty();
            assertThat(summary.practiceDays()).isEmpty();
        }
    }

    @Test
    void summarisesLessonsQuizzesAndScores() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            long me = store.profiles().lastActive().id();
            long other = store.profiles().create("Other").id();
            store.lessons().markCompleted(me, "timing");
            store.lessons().markSectionSeen(me, "why-follow-up", "intro");
            quiz(store, me, "timing", true, true);
            fixture.clock.advance(Duration.ofMinutes(1));
            quiz(store, me, "timing", true, false);
            store.attempts().record(me, "ex-1", "a", Critiques.allMet(40));
            fixture.clock.advance(Duration.ofMinutes(1));
            store.attempts().record(me, "ex-1", "b", Critiques.allMet(90));
            fixture.clock.advance(Duration.ofMinutes(1));
            store.attempts().record(me, "own-letter", "c", Critiques.allMet(75));
            store.attempts().record(other, "ex-1", "not mine", Critiques.allMet(100));

            DashboardSummary summary = store.dashboard().summary(me, 2);

            assertThat(summary.lessonsDone()).isEqualTo(1);
            assertThat(summary.modules()).containsExactly(new ModuleStatus("timing", LessonStatus.DONE),
                    new ModuleStatus("why-follow-up", LessonStatus.IN_PROGRESS));
            assertThat(summary.quizzes()).containsExactly(new QuizScore("timing", 100, 50, 2));
            assertThat(summary.bestLetterScore()).hasValue(90);
            assertThat(summary.latestLetterScore()).hasValue(75);
            assertThat(summary.recentScores()).extracting(ScorePoint::score).containsExactly(90, 75);
            assertThat(summary.recentScores()).extracting(ScorePoint::createdAt)
                    .containsExactly(Instant.parse("2026-03-02T09:02:00Z"), Instant.parse("2026-03-02T09:03:00Z"));
            assertThat(summary.bestByExercise()).containsExactly(new ExerciseBest("ex-1", 90, 2),
                    new ExerciseBest("own-letter", 75, 1));
        }
    }

    @Test
    void countsMissesAndPicksTheWeakestCriterionWithTiesByContractOrder() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            store.attempts().record(me, "ex-1", "a", Critiques.with(50, Map.of(
                    Criterion.TONE, Status.MISSING, Criterion.FEEDBACK_REQUEST, Status.PARTIAL,
                    Criterion.TIMING, Status.NOT_ASSESSED)));
            store.attempts().record(me, "ex-1", "b", Critiques.with(60, Map.of(
                    Criterion.TONE, Status.PARTIAL, Criterion.FEEDBACK_REQUEST, Status.MISSING,
                    Criterion.TIMING, Status.NOT_ASSESSED)));

            DashboardSummary summary = store.dashboard().summary(me);

            assertThat(summary.misses()).extracting(CriterionMisses::criterion).containsExactly(Criterion.values());
            assertThat(summary.misses()).contains(new CriterionMisses(Criterion.TONE, 2, 2, 1, 15),
                    new CriterionMisses(Criterion.FEEDBACK_REQUEST, 2, 2, 1, 15),
                    new CriterionMisses(Criterion.TIMING, 0, 0, 0, 0),
                    new CriterionMisses(Criterion.GRATITUDE, 0, 2, 0, 0));
            // tone and feedback_request are tied; feedback_request comes first in the contract
            assertThat(summary.weakest()).contains(Criterion.FEEDBACK_REQUEST);
        }
    }

    @Test
    void weakestPrefersTheMostMissedWhenThePointsLostAreEqual() {
        List<CriterionMisses> misses = List.of(new CriterionMisses(Criterion.GRATITUDE, 1, 3, 0, 6),
                new CriterionMisses(Criterion.MECHANICS, 3, 3, 0, 6));
        assertThat(DashboardQueries.weakest(misses)).isEqualTo(Optional.of(Criterion.MECHANICS));
    }

    @Test
    void aLeftOutAcknowledgementComesBeforeAnOptionalCheckMissedMoreOften() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            // Concision (5 points) missed in three letters; acceptance of the decision (12 points,
            // and it caps the score) left out of one.
            store.attempts().record(me, "ex-1", "a", weighted(Map.of(Criterion.CONCISE, Status.MISSING)));
            store.attempts().record(me, "ex-1", "b", weighted(Map.of(Criterion.CONCISE, Status.MISSING)));
            store.attempts().record(me, "ex-1", "c", weighted(Map.of(Criterion.CONCISE, Status.MISSING,
                    Criterion.ACKNOWLEDGEMENT, Status.MISSING)));

            assertThat(store.dashboard().summary(me).weakest()).contains(Criterion.ACKNOWLEDGEMENT);
        }
    }

    @Test
    void amongOptionalChecksTheOneThatLostMostPointsComesFirst() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            // Mechanics (3 points) partly met twice loses 2; feedback (8 points) missing once loses 8.
            store.attempts().record(me, "ex-1", "a", weighted(Map.of(Criterion.MECHANICS, Status.PARTIAL)));
            store.attempts().record(me, "ex-1", "b", weighted(Map.of(Criterion.MECHANICS, Status.PARTIAL,
                    Criterion.FEEDBACK_REQUEST, Status.MISSING)));

            assertThat(store.dashboard().summary(me).weakest()).contains(Criterion.FEEDBACK_REQUEST);
        }
    }

    /** A critique with the rubric's real weights: met unless the test says otherwise. */
    private static Critique weighted(Map<Criterion, Status> exceptions) {
        Rubric rubric = Rubric.builtIn();
        List<CriterionResult> results = new java.util.ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Status status = exceptions.getOrDefault(criterion, Status.MET);
            int weight = rubric.spec(criterion).weight();
            int points = status == Status.MET ? weight : status == Status.PARTIAL ? (weight + 1) / 2 : 0;
            results.add(new CriterionResult(criterion, status, points, weight, status.id(), rubric.spec(criterion).lesson()));
        }
        return new Critique(60, 120, results, List.of(), new Readability(60, 8));
    }

    @Test
    void practiceDaysAreDistinctDatesInTheClocksZone() {
        // 23:30 UTC on 2 March is already 3 March in Berlin.
        MutableClock berlin = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Berlin"));
        OpenedStore opened = new ProgressStoreOpener(berlin).openForApp(dir);
        try (ProgressStore store = opened.store()) {
            long me = store.profiles().lastActive().id();
            store.attempts().record(me, "ex-1", "a", Critiques.allMet(40));
            store.lessons().markSectionSeen(me, "timing", "intro");
            berlin.advance(Duration.ofMinutes(14 * 60 + 30));
            store.drafts().save(me, "ex-1", "typing late", Optional.empty());
            berlin.advance(Duration.ofDays(2));
            quiz(store, me, "timing", true);

            assertThat(store.dashboard().summary(me).practiceDays()).containsExactly(
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-05"));
        }
    }

    @Test
    void theGeneratorBuildsTheRequestedHistory() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            DashboardDataGenerator.fill(store, me, 200, Instant.parse("2026-03-02T09:00:00Z"));
            DashboardSummary summary = store.dashboard().summary(me);
            assertThat(SampleData.rowsOwnedBy(store, me)).containsEntry("attempt", 200)
                    .containsEntry("attempt_criterion", 200 * Criterion.values().length);
            assertThat(summary.misses()).hasSize(Criterion.values().length);
            assertThat(summary.weakest()).isPresent();
            assertThat(summary.quizzes()).isNotEmpty();
        }
    }

    private static void quiz(ProgressStore store, long profileId, String module, boolean... correct) {
        List<QuizAnswer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            answers.add(new QuizAnswer("q" + i, List.of(0), correct[i]));
        }
        store.quizzes().record(profileId, module, answers);
    }
}
