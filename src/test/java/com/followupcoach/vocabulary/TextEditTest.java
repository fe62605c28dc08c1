package com.followupcoach.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What applying a finding's suggestion does to the letter, removals above all. */
class TextEditTest {

    private static String apply(String text, String sentence, String suggestion) {
        int start = text.indexOf(sentence);
        Finding f = new Finding(start, start + sentence.length(), Criterion.TONE, Severity.ERROR, "m",
                Optional.of(suggestion));
        return TextEdit.of(f, text).orElseThrow().applyTo(text);
    }

    @Test
    void aReplacementTakesExactlyTheSpan() {
        assertThat(apply("Thanks. Whatever. Bye.", "Whatever.", "Thank you for letting me know."))
                .isEqualTo("Thanks. Thank you for letting me know. Bye.");
    }

    @Test
    void aSentenceRemovedMidLineTakesTheSpaceAfterIt() {
        assertThat(apply("Thanks. You are idiots. I hope to hear from you.", "You are idiots.", Finding.REMOVE))
                .isEqualTo("Thanks. I hope to hear from you.");
    }

    @Test
    void theLastSentenceOfALineTakesTheSpaceBeforeIt() {
        assertThat(apply("Thanks. You are idiots.\nSam", "You are idiots.", Finding.REMOVE))
                .isEqualTo("Thanks.\nSam");
    }

    @Test
    void aSentenceAloneInItsParagraphTakesOneBlankLineWithIt() {
        assertThat(apply("Dear Jo,\n\nThanks.\n\nYou are idiots.\n\nBest,\nSam", "You are idiots.", Finding.REMOVE))
                .isEqualTo("Dear Jo,\n\nThanks.\n\nBest,\nSam");
    }

    @Test
    void aLineInsideAParagraphGoesWithItsLineBreak() {
        assertThat(apply("Thanks.\nYou are idiots.\nBye.", "You are idiots.", Finding.REMOVE))
                .isEqualTo("Thanks.\nBye.");
        assertThat(apply("Thanks.\r\nYou are idiots.\r\nBye.", "You are idiots.", Finding.REMOVE))
                .isEqualTo("Thanks.\r\nBye.");
    }

    @Test
    void theLastLineOfTheTextTakesTheBreakBeforeIt() {
        assertThat(apply("Thanks.\nYou are idiots.", "You are idiots.", Finding.REMOVE)).isEqualTo("Thanks.");
        assertThat(apply("You are idiots.", "You are idiots.", Finding.REMOVE)).isEmpty();
    }

    @Test
    void noSuggestionOrASpanBeyondTheTextGivesNoEdit() {
        Finding none = new Finding(0, 3, Criterion.TONE, Severity.ERROR, "m", Optional.empty());
        Finding beyond = new Finding(0, 30, Criterion.TONE, Severity.ERROR, "m", Optional.of("x"));
        assertThat(TextEdit.of(none, "abc")).isEmpty();
        assertThat(TextEdit.of(beyond, "abc")).isEmpty();
        assertThat(beyond.suggestsRemoval()).isFalse();
    }
}
