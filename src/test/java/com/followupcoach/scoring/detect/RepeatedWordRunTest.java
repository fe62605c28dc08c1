package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A run of one word written alike is one slip: one finding over the run, whose suggestion leaves
 * the word once. A megabyte of "I I I" once gave half a million findings and a 64 MB JSON report.
 */
class RepeatedWordRunTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn(), 0);

    private static List<Finding> repeats(String text) {
        return ENGINE.score(text, Scenario.NONE).findings().stream()
                .filter(f -> f.message().contains("\" is written ")).toList();
    }

    @Test
    void aRunIsOneFindingOverTheRun() {
        String text = "Thank you. I I I I am grateful.";
        List<Finding> found = repeats(text);
        assertThat(found).hasSize(1);
        Finding run = found.get(0);
        assertThat(text.substring(run.start(), run.end())).isEqualTo("I I I I");
        assertThat(run.message()).isEqualTo("\"I\" is written 4 times in a row.");
        assertThat(run.suggestion()).isEqualTo(Optional.of("I"));
    }

    @Test
    void twiceIsStillTwiceAndRunsApartAreApart() {
        assertThat(repeats("We met the the team. It was was good.")).extracting(Finding::message)
                .containsExactly("\"the\" is written twice.", "\"was\" is written twice.");
        assertThat(repeats("I I so I I so")).hasSize(2);
    }

    @Test
    void aWordWrittenInAnotherCaseStartsAnotherSlip() {
        assertThat(repeats("the the The The")).extracting(Finding::message)
                .containsExactly("\"the\" is written twice.", "\"the\" is written twice.", "\"The\" is written twice.");
    }

    @Test
    void aNameWrittenTwiceAloneOnItsLineIsAName() {
        assertThat(repeats("Dear Ms Lee,\n\nThank you for your time.\n\nKind regards,\nTaylor Taylor\n")).isEmpty();
        assertThat(repeats("Taylor Taylor\n9 Church Street\nBristol\n\nDear Ms Lee,\nThank you.")).isEmpty();
        // the same pair inside a sentence, or a word of one letter, is still a slip
        assertThat(repeats("I met Taylor Taylor at the fair.")).hasSize(1);
        assertThat(repeats("Thanks,\nI I\n")).hasSize(1);
    }

    @Test
    void aMegabyteOfOneWordIsOneFinding() {
        assertThat(repeats("I ".repeat(500_000))).hasSize(1);
    }
}
