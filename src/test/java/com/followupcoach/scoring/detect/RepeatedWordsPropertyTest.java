package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A word written twice is flagged with its own words: the message quotes the first of the two
 * as written, and the suggestion keeps it as written, even where the words around it repeat in
 * another case ("the the The The"), which the check passes over without a new look-up.
 */
class RepeatedWordsPropertyTest {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn(), 0);

    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> word = Arbitraries.of("the", "The", "THE", "I", "i", "ok", "Ok", "très", "Très", "a", "had");
        return word.list().ofMinSize(2).ofMaxSize(40).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 200)
    void eachRepeatQuotesItsOwnFirstWord(@ForAll("runs") String text) {
        List<Finding> repeats = ENGINE.score(text, Scenario.NONE).findings().stream()
                .filter(f -> f.message().endsWith("\" is written twice.")).toList();
        for (Finding f : repeats) {
            String first = text.substring(f.start(), text.indexOf(' ', f.start()));
            assertThat(f.message()).as(text).isEqualTo("\"" + first + "\" is written twice.");
            assertThat(f.suggestion()).as(text).isEqualTo(Optional.of(first));
        }
    }
}
