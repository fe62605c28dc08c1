package com.followupcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void anAttemptKeepsItsTextScoreAndEveryCriterion() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            long me = store.profiles().lastActive().id();
            Critique critique = Critiques.with(64, Map.of(Criterion.TONE, Status.PARTIAL, Criterion.TIMING, Status.NOT_ASSESSED));

            Attempt saved = store.attempts().record(me, "ex-1", "Dear Ms Chen", critique);

            Attempt read = store.attempts().find(saved.id()).orElseThrow();
            assertThat(read).isEqualTo(saved);
            assertThat(read.score()).isEqualTo(64);
            assertThat(read.words()).isEqualTo(120);
            assertThat(read.findingsCount()).isEqualTo(1);
            assertThat(read.criteria()).hasSize(Criterion.values().length)
                    .extracting(CriterionOutcome::criterion).containsExactly(Criterion.values());
            assertThat(read.criteria()).contains(new CriterionOutcome(Criterion.TONE, Status.PARTIAL, 5, 10),
                    new CriterionOutcome(Criterion.TIMING, Status.NOT_ASSESSED, 0, 10));
        }
    }

    @Test
    void storesWhatTheRealEngineReturns() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            Critique critique = new ScoringEngine(Rubric.builtIn()).score("Thank you. This was unfair.", Scenario.NONE);
            Attempt saved = store.attempts().record(me, "ex-1", "Thank you. This was unfair.", critique);
            assertThat(store.attempts().find(saved.id()).orElseThrow().criteria())
                    .containsExactlyElementsOf(critique.criteria().stream().map(CriterionOutcome::of)
                            .sorted((a, b) -> a.criterion().compareTo(b.criterion())).toList());
        }
    }

    @Test
    void historyOfAnExerciseIsNewestFirstAndLimited() {
        StoreFixture fixture = new StoreFixture(dir);
        try (ProgressStore store = fixture.open()) {
            long me = store.profiles().lastActive().id();
            for (int score = 10; score <= 50; score += 10) {
                store.attempts().record(me, "ex-1", "v" + score, Critiques.allMet(score));
                store.attempts().record(me, "ex-2", "other", Critiques.allMet(1));
                fixture.clock.advance(Duration.ofMinutes(1));
            }
            assertThat(store.attempts().forExercise(me, "ex-1", 3)).extracting(Attempt::score).containsExactly(50, 40, 30);
            assertThat(store.attempts().all(me)).hasSize(10).first().extracting(Attempt::score).isEqualTo(10);
        }
    }

    @Test
    void anAttemptIsNeverHalfWritten() {
        try (ProgressStore store = new StoreFixture(dir).open()) {
            long me = store.profiles().lastActive().id();
            CriterionOutcome tone = new CriterionOutcome(Criterion.TONE, Status.MET, 10, 10);
            // The same criterion twice breaks the primary key on the second criterion row,
            // after the attempt row itself was inserted: the whole write must roll back.
            Attempt broken = new Attempt(0, "ex-1", "text", 50, 1, 0, Instant.EPOCH, List.of(tone, tone));

            assertThatThrownBy(() -> store.attempts().restore(me, broken)).isInstanceOf(ProgressStoreException.class);

            assertThat(store.attempts().all(me)).isEmpty();
            assertThat(SampleData.rowsOwnedBy(store, me)).containsEntry("attempt", 0).containsEntry("attempt_criterion", 0);
        }
    }
}
