package com.followupcoach.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A regression guard: thirty letters in the style of published sample letters and forum
 * posts, labelled by hand. They were written for this project after the rules, in the same
 * words, so they say nothing about accuracy on real letters (docs/scoring.md); they only
 * catch a change that breaks what already worked. The floors are floor checks, not estimates.
 */
class RegressionGuardLettersTest {

    private static final Map<LabelledLetters.Letter, Critique> CRITIQUES = new LinkedHashMap<>();

    @BeforeAll
    static void scoreAll() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        for (LabelledLetters.Letter letter : LabelledLetters.load("/letters-regression-guard", "letters.tsv")) {
            CRITIQUES.put(letter, engine.score(letter.text(), Scenario.NONE));
        }
    }

    @Test
    void goodLettersOutscoreTheOthers() {
        for (String other : List.of("bad", "thankyou", "minimal")) {
            assertThat(Agreement.auc(scores("good"), scores(other))).as("good above " + other)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void everyCriterionMostlyAgreesWithTheLabels() {
        Map<String, Double> f1 = new TreeMap<>();
        Agreement.COLUMNS.forEach((column, how) -> {
            List<boolean[]> pairs = new ArrayList<>();
            CRITIQUES.forEach((letter, critique) -> pairs.add(new boolean[] {letter.yes(column),
                    Agreement.detected(critique, how.getKey(), how.getValue())}));
            f1.put(column, Agreement.f1(pairs));
        });
        assertThat(f1).allSatisfy((column, value) -> assertThat(value).as(column).isGreaterThanOrEqualTo(0.75));
    }

    private static List<Integer> scores(String label) {
        List<Integer> out = new ArrayList<>();
        CRITIQUES.forEach((letter, critique) -> {
            if (letter.label().equals(label)) {
                out.add(critique.score());
            }
        });
        return out;
    }
}
