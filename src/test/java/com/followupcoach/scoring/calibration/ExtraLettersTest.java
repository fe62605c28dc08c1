package com.followupcoach.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Letters written for this test in styles the development set does not cover (US sample
 * letters of the kind found online, very informal e-mails, blunt demands, pre-decision notes
 * with other wordings), labelled by the same rules. They check that the rules generalise;
 * no rule was written from them alone. Every label must agree, and the ranking must hold.
 */
class ExtraLettersTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    @Test
    void everyLabelAgreesAndGoodLettersRankFirst() {
        List<String> disagreements = new ArrayList<>();
        List<Integer> good = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (LabelledLetters.Letter letter : LabelledLetters.load("/extra-letters", "manifest.tsv")) {
            Critique critique = ENGINE.score(letter.text(), Scenario.NONE);
            (letter.label().equals("good") ? good : others).add(critique.score());
            Agreement.COLUMNS.forEach((column, how) -> {
                if (letter.yes(column) != Agreement.detected(critique, how.getKey(), how.getValue())) {
                    disagreements.add(letter.file() + " " + column + " (label " + letter.columns().get(column) + ")");
                }
            });
        }
        assertThat(disagreements).isEmpty();
        assertThat(Agreement.auc(good, others)).isEqualTo(1.0);
    }
}
