package com.followupcoach.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            assertThat(Agreement.auc(Agreement.scores(CRITIQUES, "good"), Agreement.scores(CRITIQUES, other)))
                    .as("good above " + other)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void everyCriterionMostlyAgreesWithTheLabels() {
        Map<String, Double> f1 = Agreement.f1ByColumn(CRITIQUES);
        assertThat(f1).allSatisfy((column, value) -> assertThat(value).as(column).isGreaterThanOrEqualTo(0.75));
    }
}
