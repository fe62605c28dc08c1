package com.followupcoach.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The layout, readability and mechanics checks ask for the words of a stretch (a body, a
 * paragraph, a line); {@link LetterText#wordsIn} answers from the letter's own words where it
 * can. Whatever the stretch, even one that cuts a word, a hyphenated word or a surrogate pair,
 * the answer must be what splitting that stretch afresh gives.
 */
class WordsInPropertyTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(java.util.Set.of());

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("a", "B", "9", "'", "-", " ", "  ", "\n", "\n\n", ".", ",", "é",
                "\uD83D\uDE00", "don't", "follow-up", "I", "the", "@", "x-", "-y");
        return piece.list().ofMinSize(0).ofMaxSize(60).map(ps -> String.join("", ps));
    }

    @Property(tries = 300)
    void theWordsOfAStretchAreThoseSplittingItGives(@ForAll("texts") String text,
                                                    @ForAll @IntRange(max = 400) int a,
                                                    @ForAll @IntRange(max = 400) int b) {
        LetterText letter = new LetterText(text, SPLITTER);
        int from = Math.min(a, b) % (letter.length() + 1);
        int to = Math.min(letter.length(), from + Math.abs(a - b));
        assertThat(letter.wordsIn(from, to)).as("[%d, %d) of '%s'", from, to, text)
                .isEqualTo(Words.of(letter.norm(), from, to));
    }
}
