package com.followupcoach.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupcoach.scoring.rubric.Rubric;
import com.followupcoach.scoring.rubric.Rule;
import com.followupcoach.scoring.text.LetterText;
import com.followupcoach.scoring.text.SentenceSplitter;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.LexiconMemo;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * In a long sentence the rules' {@code unlessTokens} patterns are searched for all rules at
 * once, through an index of their first words, with the engine's shortcuts (runs of repeated
 * tokens, a shared lexicon memo, very long sentences in two halves); in a short one, the asking
 * rule's patterns one by one, a sentence written again sharing the verdicts of its first
 * writing. For every rule and every sentence the verdict must be the plain definition's: one
 * of the rule's exceptions tried at every token of the sentence.
 */
class UnlessSearchPropertyTest {

    private static final Rubric RUBRIC = Rubric.builtIn();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(RUBRIC.settings().abbreviations());
    private static final List<Rule> RULES = RUBRIC.rules();
    private static final List<TokenPattern> UNLESS = new ArrayList<>();
    private static final int[] FIRST = new int[RULES.size()];
    /** The examples of the rules that have exceptions: most hold an exception's words. */
    private static final List<String> PHRASES = new ArrayList<>();

    static {
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            FIRST[r] = UNLESS.size();
            UNLESS.addAll(rule.tokens().unless());
            if (!rule.tokens().unless().isEmpty()) {
                for (String example : rule.matchExamples()) {
                    PHRASES.add(plain(example));
                }
                for (String example : rule.nomatchExamples()) {
                    PHRASES.add(plain(example));
                }
            }
        }
    }

    private static final PatternIndex INDEX = new PatternIndex(UNLESS);

    @Provide
    Arbitrary<String> examplesAndRuns() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PHRASES),
                Arbitraries.of("and", "so", "I", "really", ",", "the company", "\n\n", ".", "!"),
                Arbitraries.of("!", "I", "thank you", "hope").flatMap(w ->
                        Arbitraries.integers().between(2, 40).map(n -> (w + " ").repeat(n))));
        return piece.list().ofMinSize(1).ofMaxSize(10).map(ps -> String.join(" ", ps));
    }

    @Property(tries = 150)
    void everyRulesVerdictIsThatOfItsExceptionsTriedAtEveryToken(@ForAll("examplesAndRuns") String text) {
        // as written; as one long sentence; its sentences written again after it
        for (String shape : List.of(text, text.replaceAll("[.!?](\\s|$)", " "), text + ". " + text + ". " + text)) {
            LetterText letter = new LetterText(shape, SPLITTER, RUBRIC.language());
            TokenizedText tokens = letter.tokens();
            // As a long sentence is searched: all rules' exceptions at once, in one pass or in halves.
            UnlessSearch inOnePass = new UnlessSearch(UNLESS, INDEX, new LexiconMemo(tokens), TokenMatches.NEVER, 0,
                    null);
            UnlessSearch inHalves = new UnlessSearch(UNLESS, INDEX, new LexiconMemo(tokens), 0, 0, null);
            // As a short one is: the asking rule's exceptions one by one, a sentence written
            // again sharing the verdicts of its first writing.
            TokenMatches keys = new TokenMatches(UNLESS, INDEX, tokens);
            keys.find(new SentenceCache(64));
            UnlessSearch byRule = new UnlessSearch(UNLESS, INDEX, new LexiconMemo(tokens), TokenMatches.NEVER,
                    Integer.MAX_VALUE, keys.sameAs());
            for (int s = 0; s < tokens.sentenceCount(); s++) {
                for (int r = 0; r < RULES.size(); r++) {
                    int count = RULES.get(r).tokens().unless().size();
                    if (count == 0) {
                        continue;
                    }
                    boolean plain = triedAtEveryToken(RULES.get(r).tokens().unless(), tokens, s);
                    assertThat(inOnePass.anyIn(s, FIRST[r], count)).as("%s, sentence %d of %s", RULES.get(r).id(), s, shape)
                            .isEqualTo(plain);
                    assertThat(inHalves.anyIn(s, FIRST[r], count)).as("in halves: %s, sentence %d of %s",
                            RULES.get(r).id(), s, shape).isEqualTo(plain);
                    assertThat(byRule.anyIn(s, FIRST[r], count)).as("by rule: %s, sentence %d of %s",
                            RULES.get(r).id(), s, shape).isEqualTo(plain);
                }
            }
        }
    }

    private static boolean triedAtEveryToken(List<TokenPattern> patterns, TokenizedText tokens, int sentence) {
        for (TokenPattern p : patterns) {
            var matcher = p.matcher(tokens);
            for (int t = tokens.sentenceFrom(sentence); t < tokens.sentenceTo(sentence); t++) {
                if (matcher.matchAt(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String plain(String example) {
        String text = example.replace("[[", "").replace("]]", "");
        int arrow = text.indexOf(" => ");
        return arrow >= 0 ? text.substring(0, arrow) : text;
    }
}
