package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards against pathological input: long runs of one character and a megabyte of text must
 * cost about linearly more than a tenth of them (measured side by side, so a busy machine
 * slows both alike); the absolute bounds only catch a hang. The JMH benchmark
 * (docs/scoring.md) gives the real numbers.
 */
class EngineSpeedTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 200; i++) {
            ENGINE.score(ScoringEngineTest.GOOD + i, Scenario.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " ", "[", "\n", "i ", "9", "@", "\"a", "<a", "Thanks ", "I ", "sorry "})
    void longRunsOfOneThingScoreInLinearTime(String unit) {
        // Compared with a tenth of the text measured just before, so a busy machine slows both
        // alike: ten times the text must cost well under a hundred times the time (quadratic).
        String big = unit.repeat(200_000 / unit.length());
        String small = unit.repeat(20_000 / unit.length());
        time(small);
        Duration smallTime = time(small);
        Duration bigTime = time(big);
        assertThat(bigTime).isLessThan(Duration.ofSeconds(10));
        // a few milliseconds are mostly collector and compiler noise: 10 ms is the floor
        assertThat(bigTime.toNanos()).isLessThan(Math.max(smallTime.toNanos(), 10_000_000L) * 40);
    }

    @Test
    void aMegabyteLetterScoresInAboutLinearTime() {
        String letter = ScoringEngineTest.GOOD;
        String big = letter.repeat(1_000_000 / letter.length());
        String small = letter.repeat(100_000 / letter.length());
        time(small);
        Duration smallTime = time(small);
        Duration bigTime = time(big);
        assertThat(bigTime).isLessThan(Duration.ofSeconds(5));
        // ten times the text: well under a hundred times the time (quadratic would be ~100x)
        assertThat(bigTime.toNanos()).isLessThan(Math.max(smallTime.toNanos(), 1_000_000L) * 40);
    }

    @Test
    void aShortLetterIsQuickAfterWarmUp() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 50; i++) {
            best = Math.min(best, time(ScoringEngineTest.GOOD).toNanos());
        }
        assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(5));
    }

    private static Duration time(String text) {
        long start = System.nanoTime();
        Critique c = ENGINE.score(text, Scenario.NONE);
        long took = System.nanoTime() - start;
        assertThat(c.criteria()).hasSize(14);
        List<Finding> findings = c.findings();
        assertThat(findings).allMatch(f -> f.end() <= text.length());
        return Duration.ofNanos(took);
    }
}
