package com.followupcoach.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The attributes the language layer gives each token: negated, quoted, ironic, and the respelt forms. */
class TokenAttributesTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Set.of("mr", "ms", "dr"));
    /** A two-class stand-in for the rubric's irony lexicons: phrases of lower-case words. */
    private static final Language.NegationRules PLAIN = Language.PLAIN.negation();
    /** PLAIN's negation, with two disclaimers as the rubric declares them. */
    private static final Language LANGUAGE = new Language(new Language.NegationRules(PLAIN.window(), PLAIN.words(),
            PLAIN.notBefore(), PLAIN.breaks(), Set.of("writing", "here")),
            Map.of("organise", "organize", "organised", "organized", "colour", "color"),
            phrases(List.of("so-called"), List.of("yeah", "right"), List.of("lol")),
            phrases(List.of("lovely"), List.of("great", "job"), List.of("sure")));

    private static Language.PhraseFinder phrases(List<?>... entries) {
        return (text, token, limit) -> {
            int best = 0;
            for (List<?> entry : entries) {
                int n = entry.size();
                boolean all = token + n <= limit;
                for (int k = 0; all && k < n; k++) {
                    all = text.lower(token + k).equals(entry.get(k));
                }
                if (all) {
                    best = Math.max(best, n);
                }
            }
            return best;
        };
    }

    private static TokenizedText tokens(String text) {
        return new LetterText(text, SPLITTER, LANGUAGE).tokens();
    }

    /** The words (and marks) of the text whose tokens have the attribute, in order. */
    private static List<String> having(String text, java.util.function.BiPredicate<TokenizedText, Integer> attribute) {
        TokenizedText t = tokens(text);
        List<String> out = new ArrayList<>();
        IntPredicate has = i -> attribute.test(t, i);
        for (int i = 0; i < t.size(); i++) {
            if (has.test(i)) {
                out.add(text.substring(t.start(i), t.end(i)));
            }
        }
        return out;
    }

    private static List<String> negated(String text) {
        return having(text, TokenizedText::negated);
    }

    private static List<String> quoted(String text) {
        return having(text, TokenizedText::quoted);
    }

    private static List<String> ironic(String text) {
        return having(text, TokenizedText::ironic);
    }

    @Test
    void aNegationCoversTheWordsAfterItToTheEndOfItsClause() {
        assertThat(negated("I do not think this was fair.")).containsExactly("think", "this", "was", "fair", ".");
        assertThat(negated("I don't need any feedback")).containsExactly("need", "any", "feedback");
    }

    @Test
    void aNegationEndsAtButAtACommaAndAtABreakingWord() {
        assertThat(negated("I was not chosen but I am grateful")).containsExactly("chosen");
        assertThat(negated("It isn't easy, I am grateful")).containsExactly("easy");
        assertThat(negated("I never applied and I am grateful")).containsExactly("applied");
    }

    @Test
    void aNegationReachesAtMostItsWindowOfWords() {
        // PLAIN's window is five words
        assertThat(negated("I did not ever once really truly want this job")).containsExactly("ever", "once",
                "really", "truly", "want");
    }

    @Test
    void aDisclaimerNegatesTheRestOfItsClauseHoweverLong() {
        assertThat(negated("I'm not writing to ask you to reconsider the decision, only to thank you"))
                .containsExactly("writing", "to", "ask", "you", "to", "reconsider", "the", "decision");
        assertThat(negated("I am not here to argue the point or to ask for another interview but to thank you"))
                .containsExactly("here", "to", "argue", "the", "point", "or", "to", "ask", "for", "another", "interview");
        // not a disclaimer: the window holds
        assertThat(negated("I am not sure I would ask you to reconsider")).doesNotContain("reconsider");
    }

    @Test
    void aWordThatUndoesTheNegationOpensNoScope() {
        assertThat(negated("Please don't hesitate to contact me")).isEmpty();
        assertThat(negated("Not only the team but the work")).isEmpty();
    }

    @Test
    void aNegationStaysInItsSentence() {
        assertThat(negated("I was not chosen. I am grateful.")).containsExactly("chosen", ".");
    }

    @Test
    void straightAndCurlyDoubleQuotesQuoteTheWordsBetweenThem() {
        assertThat(quoted("You wrote \"we found a stronger candidate\" in your email.")).containsExactly("we",
                "found", "a", "stronger", "candidate");
        assertThat(quoted("You wrote \u201Cwe went another way\u201D today.")).containsExactly("we", "went",
                "another", "way");
    }

    @Test
    void aDoubleQuoteMaySpanSentencesButNotParagraphs() {
        assertThat(quoted("You said: \"We chose someone else. Good luck.\" I agree.")).containsExactly("We", "chose",
                "someone", "else", ".", "Good", "luck", ".");
        assertThat(quoted("He said \"no.\n\nThen I left.")).isEmpty();
    }

    @Test
    void singleQuotesAreQuotesButApostrophesAreNot() {
        assertThat(quoted("Your 'process' was long.")).containsExactly("process");
        assertThat(quoted("I don't mind the candidates' skills.")).isEmpty();
        assertThat(quoted("It\u2019s your \u2018culture fit\u2019 test.")).containsExactly("culture", "fit");
    }

    @Test
    void nestedQuotesAreQuotedAndAnUnbalancedQuoteQuotesNothing() {
        assertThat(quoted("You wrote \"we want a 'team player' now\" to me.")).containsExactly("we", "want", "a",
                "'", "team", "player", "'", "now");
        assertThat(quoted("I said \"thank you and then nothing more happened at all")).isEmpty();
        assertThat(quoted("Then 'nothing happened. Later it did.")).isEmpty();
    }

    @Test
    void ironyMarkersAreMarkedWhereverTheyStand() {
        assertThat(ironic("Your so-called process took weeks.")).containsExactly("so-called");
        assertThat(ironic("Yeah right, thanks lol")).containsExactly("Yeah", "right", "lol");
    }

    @Test
    void praiseIsIronicOnlyWhenItFillsAClauseOfItsOwn() {
        assertThat(ironic("Thanks for ghosting me. Lovely.")).containsExactly("Lovely");
        assertThat(ironic("Five weeks of silence - great job")).containsExactly("great", "job");
        assertThat(ironic("Sure, thanks for nothing.")).containsExactly("Sure");
        assertThat(ironic("You have a lovely team and I did a great job.")).isEmpty();
    }

    @Test
    void scareQuotesAreIronicButALongQuotationIsNot() {
        assertThat(ironic("Thanks for the 'feedback' on my work.")).containsExactly("feedback");
        assertThat(ironic("You wrote \"we have decided to go another way\" to me.")).isEmpty();
        assertThat(ironic("\"Feedback\"")).isEmpty(); // a quoted word alone is not inside a sentence of one's own
    }

    @Test
    void britishSpellingsAreReadAsTheirOtherFormBeforeStemming() {
        TokenizedText british = tokens("I organised the colour scheme.");
        TokenizedText american = tokens("I organized the color scheme.");
        assertThat(british.lower(1)).isEqualTo("organized");
        assertThat(british.stem(1)).isEqualTo(american.stem(1));
        assertThat(british.stem(3)).isEqualTo(american.stem(3));
        assertThat(british.start(1)).isEqualTo(american.start(1)); // offsets still point at what was written
    }
}
