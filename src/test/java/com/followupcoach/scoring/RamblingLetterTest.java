package com.followupcoach.scoring;

import static com.followupcoach.scoring.ScoringEngineTest.score;
import static com.followupcoach.scoring.ScoringEngineTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A letter with every element in it can still lose its reader: five differently worded letters
 * of 250 to 300 words, their sentences strung along with anecdote ("which I read in the car park
 * with the rain coming down"), must fail `concise` and score no higher than the rubric's
 * rambling cap, level with a minimal reply; a letter as long in short sentences, and a short
 * letter in long ones, must not.
 */
class RamblingLetterTest {

    private static final Path DIR = Path.of("src", "test", "resources", "rambling");

    private static String letter(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rambling-1-school-run.txt", "rambling-2-garden-centre.txt", "rambling-3-lab.txt",
            "rambling-4-bus-depot.txt", "rambling-5-museum.txt"})
    void aLongLetterOfWindingSentencesLosesItsReader(String name) throws IOException {
        Critique c = score(letter(name));
        assertThat(status(c, Criterion.CONCISE)).isEqualTo(Status.MISSING);
        assertThat(c.criteria().stream().filter(r -> r.criterion() == Criterion.CONCISE).findFirst().orElseThrow()
                .message()).contains("long, winding sentences");
        assertThat(c.score()).isLessThanOrEqualTo(Rubric.builtIn().settings().caps().rambling());
        // the elements are there: the cap, not missing content, is what brings it down
        assertThat(status(c, Criterion.GRATITUDE)).isEqualTo(Status.MET);
        assertThat(status(c, Criterion.ACKNOWLEDGEMENT)).isEqualTo(Status.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"near-miss-long-but-crisp.txt", "near-miss-short-winding.txt"})
    void lengthOrLongSentencesAloneDoNotCap(String name) throws IOException {
        Critique c = score(letter(name));
        assertThat(status(c, Criterion.CONCISE)).isIn(Status.MET, Status.PARTIAL);
        assertThat(c.score()).isGreaterThan(Rubric.builtIn().settings().caps().rambling() + 20);
    }
}
