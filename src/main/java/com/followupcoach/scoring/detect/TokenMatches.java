package com.followupcoach.scoring.detect;

import com.followupcoach.scoring.text.Span;
import com.followupcoach.scoring.text.TokenizedText;
import com.followupcoach.scoring.tokens.LexiconMemo;
import com.followupcoach.scoring.tokens.PatternIndex;
import com.followupcoach.scoring.tokens.TokenMatcher;
import com.followupcoach.scoring.tokens.TokenPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every token pattern's matches in one letter, found sentence by sentence: a token match never
 * leaves its sentence, and whether and where it matches depends on that sentence's tokens alone,
 * so a sentence seen before (in a {@link SentenceCache}) is not matched again. All patterns share
 * one {@link LexiconMemo} of the letter. One letter, one thread.
 */
final class TokenMatches {

    private final List<TokenPattern> patterns;
    private final PatternIndex index;
    private final TokenizedText tokens;
    private final LexiconMemo memo;
    private final TokenMatcher[] matchers;

    TokenMatches(List<TokenPattern> patterns, PatternIndex index, TokenizedText tokens) {
        this.patterns = patterns;
        this.index = index;
        this.tokens = tokens;
        this.memo = new LexiconMemo(tokens);
        this.matchers = new TokenMatcher[patterns.size()];
    }

    /** The letter's memo, for the rules' {@code unlessTokens} patterns. */
    LexiconMemo memo() {
        return memo;
    }

    /**
     * @param cache where sentences seen before are looked up and new ones kept; null for none
     * @return for each pattern, its highlighted spans in the letter, in order
     */
    List<List<Span>> find(SentenceCache cache) {
        List<List<Span>> out = new ArrayList<>(patterns.size());
        for (int p = 0; p < patterns.size(); p++) {
            out.add(new ArrayList<>(0));
        }
        PatternIndex.Starts starts = index.starts();
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int from = tokens.sentenceFrom(s);
            int to = tokens.sentenceTo(s);
            if (from == to) {
                continue;
            }
            String key = cache != null && to - from <= SentenceCache.MAX_TOKENS ? key(from, to) : null;
            SentenceHits hits = key == null ? null : cache.get(key);
            if (hits == null) {
                hits = match(from, to, starts);
                if (key != null) {
                    cache.put(key, hits);
                }
            }
            for (int i = 0; i < hits.patterns().length; i++) {
                List<Span> spans = out.get(hits.patterns()[i]);
                int[] pairs = hits.spans()[i];
                for (int k = 0; k < pairs.length; k += 2) {
                    spans.add(tokens.span(from + pairs[k], from + pairs[k + 1]));
                }
            }
        }
        return out;
    }

    /** The sentence's tokens' lower-case forms, a space apart (a token holds no space). */
    private String key(int from, int to) {
        StringBuilder key = new StringBuilder((to - from) * 8);
        for (int t = from; t < to; t++) {
            key.append(tokens.lower(t)).append(' ');
        }
        return key.toString();
    }

    private SentenceHits match(int from, int to, PatternIndex.Starts starts) {
        index.candidates(memo, from, to, starts);
        int[] matched = new int[starts.size()];
        int[][] spans = new int[starts.size()][];
        int count = 0;
        for (int i = 0; i < starts.size(); i++) {
            int p = starts.pattern(i);
            if (matchers[p] == null) {
                matchers[p] = patterns.get(p).matcher(memo);
            }
            int[][] pairs = {new int[4]};
            int[] n = {0};
            matchers[p].findAll(starts.tokens(i), (a, b) -> {
                if (n[0] + 2 > pairs[0].length) {
                    pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
                }
                pairs[0][n[0]++] = a - from;
                pairs[0][n[0]++] = b - from;
            });
            if (n[0] > 0) {
                matched[count] = p;
                spans[count++] = Arrays.copyOf(pairs[0], n[0]);
            }
        }
        if (count == 0) {
            return SentenceHits.NONE;
        }
        return new SentenceHits(Arrays.copyOf(matched, count), Arrays.copyOf(spans, count));
    }
}
