package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.LexiconMemo;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenMatcher;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a rule's {@code unlessTokens} patterns match in a sentence of one letter. In a
 * sentence of a letter's length each pattern of the rule asking is tried at every token; a
 * long sentence is searched once for the patterns of every rule at once, through one index of
 * their first words. Tried rule by rule, a long sentence cost one pass per rule that matched in
 * it and per exception of that rule: in a megabyte without a full stop, a dozen passes over
 * 190,000 tokens (a fifth of the run), and in a megabyte of "!" four passes over a million marks
 * that no exception can start at. Either way the verdict is the same: whether one of the
 * patterns matches from some token of the sentence. One letter, one thread.
 */
final class UnlessSearch {

    /**
     * From how many tokens a sentence is searched for every rule's exceptions at once. A letter's
     * sentences are far shorter (a 1,000-word letter has about 60): there, the few exceptions of
     * the rules that matched, tried token by token, cost less than matching all of the rule
     * set's exceptions (a megabyte of short sentences took 80 % longer that way); from a few
     * hundred tokens, the passes rule by rule cost more.
     */
    static final int TOGETHER_FROM = 256;

    private final List<TokenPattern> patterns;
    private final LexiconMemo memo;
    private final TokenizedText tokens;
    private final int togetherFrom;
    private final PatternIndex index;
    private final int halvesFrom;
    /** Made when first needed: most letters never have a sentence that long. */
    private TokenMatches together;
    /** For each long sentence searched, the patterns that match in it; null until searched. */
    private SentenceHits[] bySentence;
    private final TokenMatcher[] matchers;
    /**
     * For each sentence, the letter's first one written alike ({@link TokenMatches#sameAs}), whose
     * verdicts it shares: a letter that repeats its sentences (a megabyte of one letter again and
     * again) is searched once per distinct sentence. Null: each sentence is searched.
     */
    private final int[] sameAs;
    /** The verdicts found in short sentences, by the first sentence written alike and the rule's first pattern. */
    private final Map<Long, Boolean> known = new HashMap<>();

    /**
     * @param patterns   the exceptions of every rule, rule after rule
     * @param memo       the letter's lexicon memo (the rules' own patterns' look-ups serve here too)
     * @param halvesFrom from how many characters a sentence is searched in two halves on two cores
     */
    UnlessSearch(List<TokenPattern> patterns, PatternIndex index, LexiconMemo memo, int halvesFrom) {
        this(patterns, index, memo, halvesFrom, TOGETHER_FROM, null);
    }

    /**
     * @param sameAs       for each sentence, the first written alike ({@link TokenMatches#sameAs}); null when unknown
     * @param togetherFrom from how many tokens a sentence is searched for all patterns at once (tests)
     */
    UnlessSearch(List<TokenPattern> patterns, PatternIndex index, LexiconMemo memo, int halvesFrom, int togetherFrom,
                 int[] sameAs) {
        this.sameAs = sameAs;
        this.patterns = patterns;
        this.index = index;
        this.memo = memo;
        this.tokens = memo.text();
        this.halvesFrom = halvesFrom;
        this.togetherFrom = togetherFrom;
        this.matchers = new TokenMatcher[patterns.size()];
    }

    /** Whether one of the patterns {@code [first, first + count)} matches from some token of the sentence. */
    boolean anyIn(int sentence, int first, int count) {
        if (tokens.sentenceTo(sentence) - tokens.sentenceFrom(sentence) < togetherFrom) {
            if (sameAs == null) {
                return anyTriedIn(sentence, first, count);
            }
            long asked = (long) sameAs[sentence] * patterns.size() + first;
            Boolean verdict = known.get(asked);
            if (verdict == null) {
                verdict = anyTriedIn(sentence, first, count);
                known.put(asked, verdict);
            }
            return verdict;
        }
        // The matches found are every pattern's, from every token where it may start, so a
        // pattern that matches anywhere in the sentence is among them.
        if (together == null) {
            together = new TokenMatches(patterns, index, memo, halvesFrom);
            bySentence = new SentenceHits[tokens.sentenceCount()];
        }
        if (bySentence[sentence] == null) {
            bySentence[sentence] = together.inSentence(sentence);
        }
        for (int p : bySentence[sentence].patterns()) {
            if (p >= first && p < first + count) {
                return true;
            }
        }
        return false;
    }

    /** Each of the patterns tried at every token of the sentence. */
    private boolean anyTriedIn(int sentence, int first, int count) {
        for (int p = first; p < first + count; p++) {
            if (matchers[p] == null) {
                matchers[p] = patterns.get(p).matcher(memo);
            }
            if (matchers[p].findInSentence(sentence)) {
                return true;
            }
        }
        return false;
    }
}
