package com.followupcoach.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tokens every token rule reads: their text, offsets, forms, stems, sentences and clauses. */
class TokenizedTextTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Set.of("mr", "ms", "dr"));

    private static TokenizedText tokens(String text) {
        return new LetterText(text, SPLITTER).tokens();
    }

    private static List<String> texts(String text) {
        TokenizedText t = tokens(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(text.substring(t.start(i), t.end(i)));
        }
        return out;
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphensAndEveryMarkIsATokenOfItsOwn() {
        assertThat(texts("I don't think it's well-known, e-mail me!!! (3rd time)"))
                .containsExactly("I", "don't", "think", "it's", "well-known", ",", "e-mail", "me", "!", "!", "!", "(",
                        "3rd", "time", ")");
    }

    @Test
    void offsetsPointIntoTheOriginalTextEvenWithCurlyQuotesAndSurrogates() {
        String text = "We\u2019re \u201Cglad\u201D \uD83D\uDE00 ok";
        TokenizedText t = tokens(text);
        assertThat(texts(text)).containsExactly("We\u2019re", "\u201C", "glad", "\u201D", "\uD83D\uDE00", "ok");
        assertThat(t.lower(0)).isEqualTo("we're");
        assertThat(t.lower(1)).isEqualTo("\"");
        assertThat(t.start(4)).isEqualTo(text.indexOf('\uD83D'));
        assertThat(t.end(4) - t.start(4)).isEqualTo(2);
    }

    @Test
    void anEmailAddressOrAWebAddressIsOneTokenWithoutTheMarksAroundIt() {
        assertThat(texts("Write to jo.smith+jobs@example.co.uk, or see (https://example.com/a?b=1).")).containsExactly(
                "Write", "to", "jo.smith+jobs@example.co.uk", ",", "or", "see", "(", "https://example.com/a?b=1", ")",
                ".");
        assertThat(texts("www.example.org!")).containsExactly("www.example.org", "!");
    }

    @Test
    void somethingThatOnlyLooksLikeAnAddressIsCutAsUsual() {
        assertThat(texts("me@home and a@b. and e.g. x")).containsExactly("me", "@", "home", "and", "a", "@", "b", ".",
                "and", "e", ".", "g", ".", "x");
    }

    @Test
    void lowerFormsAndSnowballStemsWithThePossessiveStrippedBeforeStemming() {
        TokenizedText t = tokens("Thanks THANKED thanking company's Idiots I'm");
        assertThat(t.lower(1)).isEqualTo("thanked");
        assertThat(List.of(t.stem(0), t.stem(1), t.stem(2), t.stem(3), t.stem(4), t.stem(5)))
                .containsExactly("thank", "thank", "thank", "compani", "idiot", "i");
    }

    @Test
    void tokensKnowTheirSentenceAndEachSentenceItsTokensAndClosingMarks() {
        TokenizedText t = tokens("Dear Ms Lee,\nThank you. Why not?!\n\nBest,\nSam");
        assertThat(t.sentenceCount()).isEqualTo(5);
        int thank = 4;
        assertThat(t.lower(thank)).isEqualTo("thank");
        assertThat(t.sentence(thank)).isEqualTo(1);
        assertThat(t.sentenceFrom(1)).isEqualTo(thank);
        assertThat(t.sentenceTo(1)).isEqualTo(thank + 3);
        assertThat(t.closingFrom(1)).isEqualTo(thank + 2);
        int why = thank + 3;
        assertThat(t.closingFrom(2)).isEqualTo(why + 2); // "?!" both close it
        assertThat(t.sentenceFrom(0)).isZero();
        assertThat(t.closingFrom(0)).isEqualTo(t.sentenceTo(0)); // "Dear Ms Lee," ends with a comma
    }

    @Test
    void clausesAreCutAtMarksWhichStandAloneAndBeforeOpeningWords() {
        TokenizedText t = tokens("Although I was not selected, I am grateful but sad; thanks (truly) - Sam");
        List<String> words = texts("Although I was not selected, I am grateful but sad; thanks (truly) - Sam");
        int comma = words.indexOf(",");
        assertThat(t.clause(0)).isEqualTo(t.clause(comma - 1)); // "Although I was not selected"
        assertThat(t.separator(comma)).isTrue();
        assertThat(t.clause(comma)).isNotEqualTo(t.clause(comma - 1)).isNotEqualTo(t.clause(comma + 1));
        int but = words.indexOf("but");
        assertThat(t.clause(but)).isNotEqualTo(t.clause(but - 1)).isEqualTo(t.clause(but + 1));
        for (String mark : List.of(";", "(", ")", "-")) {
            assertThat(t.separator(words.indexOf(mark))).as(mark).isTrue();
        }
        assertThat(t.clause(words.indexOf("truly"))).isNotEqualTo(t.clause(words.indexOf("thanks")));
    }

    @Test
    void soAndYetOpenAClauseOnlyBeforeASubject() {
        for (String text : List.of("I am so grateful for your time", "I have not yet heard from the team",
                "It was so kind of you to call")) {
            TokenizedText t = tokens(text);
            assertThat(t.clause(t.size() - 1)).as(text).isEqualTo(t.clause(0));
        }
        for (String text : List.of("The call was short so I wrote to you", "I was nervous yet I enjoyed it",
                "It went well so the team asked for more")) {
            TokenizedText t = tokens(text);
            assertThat(t.clause(t.size() - 1)).as(text).isNotEqualTo(t.clause(0));
        }
    }

    @Test
    void aNewSentenceIsANewClause() {
        TokenizedText t = tokens("I agree. You agree.");
        assertThat(t.clause(2)).isNotEqualTo(t.clause(3));
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertThat(tokens("").size()).isZero();
        assertThat(tokens(" \n\t ").size()).isZero();
    }

    @Test
    void hugeShapesAreCutCorrectly() {
        String noSpaces = "a".repeat(1_000_000);
        TokenizedText one = tokens(noSpaces);
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.stem(0)).hasSize(1_000_000); // too long to be a word: not stemmed
        assertThat(tokens("!".repeat(100_000)).size()).isEqualTo(100_000);
        assertThat(tokens("I ".repeat(100_000)).size()).isEqualTo(100_000);
        assertThat(tokens("a.".repeat(100_000)).size()).isEqualTo(200_000);
        assertThat(tokens("x@y".repeat(50_000)).size()).isEqualTo(2 * 50_000 + 1); // not an address: x @ yx @ …
    }
}
