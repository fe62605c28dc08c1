package com.followupcoach.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A text is searched for a quoted thread's header only when it holds the header's word
 * ("wrote:", "message", "from:"). That shortcut must never hide a header: wherever a header's
 * pattern matches, in any case and spacing, the word is found.
 */
class QuotedReplyWordsPropertyTest {

    @Provide
    Arbitrary<String> replies() {
        Arbitrary<String> piece = Arbitraries.of("On Mon, 3 Nov 2025, Sarah Jones <sarah@x.org>", "ON TUE 4 NOV",
                "wrote:", "WROTE:", "Wrote:  ", "-----Original Message-----", "-- FORWARDED MESSAGE --",
                "Begin forwarded message:", "From: Sarah", "FROM: HR", "Sent: Monday", "Date: today", "To: me",
                "Subject: Your application", "________", "> quoted", "\n", "\n", " ", "\t", "Thank you for your time.",
                "I hope to hear", "message", "from", "wrote");
        return piece.list().ofMinSize(1).ofMaxSize(30).map(ps -> String.join("", ps));
    }

    @Property(tries = 500)
    void whereAHeaderMatchesItsWordIsFound(@ForAll("replies") String text) {
        for (int h = 0; h < QuotedReply.HEADERS.length; h++) {
            if (QuotedReply.HEADERS[h].matcher(text).find()) {
                assertThat(QuotedReply.containsIgnoringCase(text, QuotedReply.HEADER_WORDS[h]))
                        .as("%s in '%s'", QuotedReply.HEADER_WORDS[h], text).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void theWordIsFoundExactlyWhereItStandsInAnyCase(@ForAll("replies") String text) {
        for (String word : QuotedReply.HEADER_WORDS) {
            assertThat(QuotedReply.containsIgnoringCase(text, word))
                    .isEqualTo(text.toLowerCase(java.util.Locale.ROOT).contains(word));
        }
    }
}
