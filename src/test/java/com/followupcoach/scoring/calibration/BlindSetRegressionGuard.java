package com.followupcoach.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks of a once-blind letter set turned regression guard: every letter scored, good
 * letters above the others by AUC, and each criterion's F1 and their mean above floors. Each
 * set's subclass names its floors and says where they came from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlindSetRegressionGuard {

    private final String set;
    private final Map<String, Long> lettersPerLabel;
    private final double aucFloor;
    private final double f1FloorEach;
    private final double f1FloorMean;
    private final Map<LabelledLetters.Letter, Critique> critiques = new LinkedHashMap<>();

    BlindSetRegressionGuard(String set, Map<String, Long> lettersPerLabel, double aucFloor, double f1FloorEach,
                            double f1FloorMean) {
        this.set = set;
        this.lettersPerLabel = new TreeMap<>(lettersPerLabel);
        this.aucFloor = aucFloor;
        this.f1FloorEach = f1FloorEach;
        this.f1FloorMean = f1FloorMean;
    }

    @BeforeAll
    void scoreAll() {
        ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
        for (LabelledLetters.Letter letter : LabelledLetters.load(set, "letters.tsv")) {
            critiques.put(letter, engine.score(letter.text(), Scenario.NONE));
        }
    }

    @Test
    void theWholeSetIsScored() {
        // a manifest row lost in a merge would quietly shrink what the floors guard
        Map<String, Long> perLabel = critiques.keySet().stream()
                .collect(Collectors.groupingBy(LabelledLetters.Letter::label, TreeMap::new, Collectors.counting()));
        assertThat(perLabel).containsExactlyEntriesOf(lettersPerLabel);
    }

    @Test
    void goodLettersStillOutscoreTheOthers() {
        for (String other : List.of("bad", "thankyou", "minimal")) {
            assertThat(Agreement.auc(Agreement.scores(critiques, "good"), Agreement.scores(critiques, other)))
                    .as("good above " + other)
                    .isGreaterThanOrEqualTo(aucFloor);
        }
    }

    @Test
    void noCriterionFallsBelowItsFloor() {
        Map<String, Double> f1 = Agreement.f1ByColumn(critiques);
        assertThat(f1).allSatisfy((column, value) -> assertThat(value).as(column).isGreaterThanOrEqualTo(f1FloorEach));
        double mean = f1.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).as("mean F1 over " + f1.keySet()).isGreaterThanOrEqualTo(f1FloorMean);
    }
}
