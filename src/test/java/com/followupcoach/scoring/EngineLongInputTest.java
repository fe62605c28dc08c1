package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.vocabulary.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pathological input (long runs of one character or word, a megabyte of letter) is scored
 * like any other: every criterion judged, every span inside the text. How fast is measured by
 * the JMH benchmark (inputs up to a 64,000-word sentence and 1 MB; docs/scoring.md), never
 * by a clock here: timed assertions fail on a busy machine and pass on a fast one. A hang
 * still fails the build through surefire's fork timeout.
 */
class EngineLongInputTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {"a", " ", "[", "\n", "i ", "9", "@", "\"a", "<a", "Thanks ", "I ", "sorry "})
    void longRunsOfOneThingAreScoredWithSpansInsideTheText(String unit) {
        String big = unit.repeat(200_000 / unit.length());
        Critique critique = ENGINE.score(big, Scenario.NONE);
        assertThat(critique.criteria()).hasSize(14);
        assertThat(critique.findings()).allMatch(f -> 0 <= f.start() && f.start() <= f.end() && f.end() <= big.length());
    }

    @Test
    void aMegabyteLetterIsJudgedAsTooLongButStillRead() {
        String letter = ScoringEngineTest.GOOD;
        String big = letter.repeat(1_000_000 / letter.length());
        Critique critique = ENGINE.score(big, Scenario.NONE);
        assertThat(critique.result(Criterion.CONCISE))
                .hasValueSatisfying(r -> assertThat(r.status()).isNotEqualTo(Status.MET));
        assertThat(critique.result(Criterion.GRATITUDE))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(Status.MET));
        assertThat(critique.findings()).allMatch(f -> f.end() <= big.length());
    }
}
