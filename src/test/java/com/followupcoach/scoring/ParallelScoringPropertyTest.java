package com.followupcoach.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On a long text the checks that need neither tokens nor layout (words written twice,
 * misspellings, repeated sentences and paragraphs, spacing) run on a second core while the
 * rules run. Which path a text takes must never show: scored with every text handed over and
 * with none, each generated letter gets the same critique, findings in the same order, and a
 * dismissed finding is left out alike.
 */
class ParallelScoringPropertyTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final ScoringEngine IN_LINE = new ScoringEngine(RUBRIC, 0, Integer.MAX_VALUE);
    private static final ScoringEngine HANDED_OVER = new ScoringEngine(RUBRIC, 0, 0);

    @Provide
    Arbitrary<String> letters() {
        List<String> sentences = List.of(ScoringEngineTest.GOOD.split("(?<=[.!?,])\\s+"));
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(sentences),
                Arbitraries.of("the the", "I I I", "Thank Thank you", "recieve", "definately", "  ", " ,", "\n\n",
                        "You people are idiots.", "Dear Ms Thornton,", "Best wishes,\nSam", "whatever lol",
                        "I am very sorry sorry.", "i was not selected"),
                Arbitraries.of(sentences).map(s -> s + " " + s),
                Arbitraries.of(sentences).map(s -> s + "\n\n" + s + "\n\n" + s));
        return piece.list().ofMinSize(1).ofMaxSize(40).map(ps -> String.join(" ", ps));
    }

    @Property(tries = 60)
    void aLetterGetsTheSameCritiqueWhicheverPathItTakes(@ForAll("letters") String letter) {
        assertThat(HANDED_OVER.score(letter, Scenario.NONE)).isEqualTo(IN_LINE.score(letter, Scenario.NONE));
    }

    @Property(tries = 20)
    void dismissedFindingsAreLeftOutAlike(@ForAll("letters") String letter) {
        Critique inLine = IN_LINE.score(letter, Scenario.NONE, ParallelScoringPropertyTest::everyOther);
        assertThat(HANDED_OVER.score(letter, Scenario.NONE, ParallelScoringPropertyTest::everyOther))
                .isEqualTo(inLine);
    }

    /**
     * {@code score} reads the first letter's rubric-free part while the rubric loads
     * ({@link LetterText#prepare}); a letter read that way gets the critique of its text.
     */
    @Property(tries = 40)
    void aLetterPreparedAheadGetsTheSameCritique(@ForAll("letters") String letter) {
        assertThat(HANDED_OVER.score(LetterText.prepare(letter), Scenario.NONE))
                .isEqualTo(IN_LINE.score(letter, Scenario.NONE));
    }

    /** Dismisses a finding by where it starts, the same finding on both paths. */
    private static boolean everyOther(Finding f) {
        return f.start() % 2 == 0;
    }
}
