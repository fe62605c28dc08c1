package com.followupcoach.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** For any text: tokens cover every character that is not a space, in order, inside their sentence. */
class TokenizedTextPropertyTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Set.of("mr", "dr"));

    @Property(tries = 300)
    void tokensCoverTheTextInOrderAndNeverSpanASpace(@ForAll @StringLength(max = 300)
            @Chars({'a', 'I', 'é', '1', ' ', ' ', '\n', '.', ',', '!', '?', '\'', '-', '@', '"', '(', ')', ':', '/',
                    '\u2019', '\u2014', '\t', '\r', 'w', 'h', 't', 'p', 's'}) String text) {
        LetterText letter = new LetterText(text, SPLITTER);
        TokenizedText t = letter.tokens();
        int covered = 0;
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.start(i)).isGreaterThanOrEqualTo(covered);
            assertThat(t.end(i)).isGreaterThan(t.start(i));
            for (int c = covered; c < t.start(i); c++) {
                assertThat(Character.isWhitespace(letter.norm().charAt(c))).as("uncovered %d in %s", c, text).isTrue();
            }
            for (int c = t.start(i); c < t.end(i); c++) {
                assertThat(Character.isWhitespace(letter.norm().charAt(c))).isFalse();
            }
            assertThat(t.lower(i)).hasSize(t.end(i) - t.start(i));
            int s = t.sentence(i);
            assertThat(letter.sentences().get(s).start()).isLessThanOrEqualTo(t.start(i));
            assertThat(letter.sentences().get(s).end()).isGreaterThanOrEqualTo(t.end(i));
            assertThat(t.sentenceFrom(s)).isLessThanOrEqualTo(i);
            assertThat(t.sentenceTo(s)).isGreaterThan(i);
            if (i > 0) {
                assertThat(t.sentence(i)).isGreaterThanOrEqualTo(t.sentence(i - 1));
                assertThat(t.clause(i)).isGreaterThanOrEqualTo(t.clause(i - 1));
            }
            covered = t.end(i);
        }
        for (int c = covered; c < text.length(); c++) {
            assertThat(Character.isWhitespace(letter.norm().charAt(c))).isTrue();
        }
    }
}
