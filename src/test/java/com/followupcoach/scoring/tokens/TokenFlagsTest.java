package com.followupcoach.scoring.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupcoach.scoring.text.Language;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The :flags of token patterns, which ask the language layer whether a token is negated, quoted or ironic. */
class TokenFlagsTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Set.of("mr", "ms"));
    private static final Lexicon MARKERS = new Lexicon("irony-marker",
            List.of(List.of(WordTest.parse("so-called").orElseThrow()), List.of(WordTest.parse("lol").orElseThrow())));
    private static final Lexicon ALONE = new Lexicon("irony-alone",
            List.of(List.of(WordTest.parse("lovely").orElseThrow())));
    private static final Language LANGUAGE = new Language(Language.PLAIN.negation(), Map.of(), MARKERS, ALONE);
    private static final Map<String, Lexicon> LEXICONS = Map.of("thanks",
            new Lexicon("thanks", List.of(List.of(WordTest.parse("~thank").orElseThrow()))));

    /** The highlighted text of every match; the index must offer every start a full scan finds. */
    private static List<String> find(String pattern, String text) throws TokenPatternException {
        TokenPattern p = TokenPattern.compile(pattern, LEXICONS);
        LetterText letter = new LetterText(text, SPLITTER, LANGUAGE);
        int[] starts = new PatternIndex(List.of(p)).candidates(letter.tokens())[0];
        List<Span> spans = new ArrayList<>();
        p.matcher(letter.tokens()).findAll(starts, spans);
        TokenMatcher m = p.matcher(letter.tokens());
        List<Span> everyToken = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < letter.tokens().size(); s++) {
            if (s >= next && m.matchAt(s)) {
                everyToken.add(m.highlight());
                next = Math.max(m.end(), s + 1);
            }
        }
        assertThat(everyToken).as("the index offers every start that can match").isEqualTo(spans);
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void negatedAndUnnegatedAskForTheNegationScope() throws Exception {
        assertThat(find("~deserve:negated me", "You don't deserve me.")).containsExactly("deserve me");
        assertThat(find("~deserve:negated me", "You deserve me. You never deserved me.")).containsExactly("deserved me");
        assertThat(find("~fair:unnegated", "It was not fair, but it was fair.")).containsExactly("fair");
    }

    @Test
    void quotedAndUnquotedAskForQuotationMarks() throws Exception {
        String text = "You wrote \"we found someone stronger\" and I am stronger now.";
        assertThat(find("stronger:quoted", text)).containsExactly("stronger");
        assertThat(find("stronger:unquoted", text)).hasSize(1);
        assertThat(find("we found:quoted someone:quoted", text)).containsExactly("we found someone");
    }

    @Test
    void aFlagOnALexiconHoldsForEveryTokenOfTheEntry() throws Exception {
        assertThat(find("@thanks:quoted", "Thanks. He said \"thanks\".")).containsExactly("thanks");
    }

    @Test
    void aBareFlagIsAnyTokenThatHasIt() throws Exception {
        assertThat(find("[ @thanks ...8 :ironic ]", "Thanks for the so-called interview.")).containsExactly(
                "Thanks for the so-called");
        assertThat(find("[ @thanks ...8 :ironic ]", "Thanks for the 'feedback' on my CV.")).containsExactly(
                "Thanks for the 'feedback");
        assertThat(find("^ :ironic $", "Thanks for nothing. Lovely.")).containsExactly("Lovely");
        assertThat(find("[ @thanks ...8 :ironic ]", "Thanks for the lovely welcome.")).isEmpty();
        assertThat(find(":ironic? @thanks", "lol thanks")).containsExactly("lol thanks");
    }

    @Test
    void flagsChainAndGoBeforeTheQuestionMark() throws Exception {
        String text = "He said \"I don't think so\" but I think so.";
        assertThat(find("think:quoted:negated", text)).containsExactly("think");
        assertThat(find("i think:unquoted:unnegated so", text)).containsExactly("I think so");
        assertThat(find("you:quoted? think", "I think")).containsExactly("think");
    }

    @Test
    void aMarkWithAColonIsStillTheMarkAndAnUnknownFlagIsAnError() throws Exception {
        assertThat(find("note :", "Note: thanks")).containsExactly("Note:");
        assertThatThrownBy(() -> TokenPattern.compile("fair:sarcastic", LEXICONS))
                .isInstanceOf(TokenPatternException.class).hasMessageContaining("unknown flag ':sarcastic'");
        assertThatThrownBy(() -> TokenPattern.compile("!:ironic", LEXICONS))
                .isInstanceOf(TokenPatternException.class).hasMessageContaining("cannot stand before it");
    }

    @Test
    void theLexiconNamesOfAFlaggedElementAreFound() {
        assertThat(TokenPattern.lexiconNames("@thanks:quoted ..3 @irony-marker:unnegated?"))
                .containsExactly("thanks", "irony-marker");
    }
}
