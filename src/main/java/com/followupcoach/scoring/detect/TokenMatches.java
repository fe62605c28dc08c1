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
        this.reach = TokenMatcher.reachOf(patterns);
    }

    /** How far the widest pattern reaches, for {@link TokenMatcher#repeatsPrevious}. */
    private final int reach;

    /** The letter's memo, for the rules' {@code unlessTokens} patterns. */
    LexiconMemo memo() {
        return memo;
    }

    /**
     * @param cache where sentences seen before are looked up and new ones kept; null for none
     * @return for each pattern, its matches in the letter, in order
     */
    List<List<TokenHit>> find(SentenceCache cache) {
        List<List<TokenHit>> out = new ArrayList<>(patterns.size());
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
                int p = hits.patterns()[i];
                List<TokenHit> found = out.get(p);
                int[] pairs = hits.spans()[i];
                int parts = patterns.get(p).partNames().size();
                for (int k = 0; k < pairs.length; k += 2 + 2 * parts) {
                    Span[] partSpans = new Span[parts];
                    for (int q = 0; q < parts; q++) {
                        int a = pairs[k + 2 + 2 * q];
                        int b = pairs[k + 3 + 2 * q];
                        partSpans[q] = a < 0 ? null : TokenMatcher.partSpan(tokens, from + a, from + b);
                    }
                    found.add(new TokenHit(tokens.span(from + pairs[k], from + pairs[k + 1]), partSpans));
                }
            }
        }
        return out;
    }

    /**
     * All a sentence's matches depend on: its tokens as written (patterns may ask for case:
     * {@code =i}, {@code %cap}), a space apart (a token holds no space), each with what the
     * language layer says of it. Whether a token is quoted, negated or ironic can depend on
     * the sentences around it (a quotation may run over several), so it is part of the key.
     */
    private String key(int from, int to) {
        StringBuilder key = new StringBuilder((to - from) * 9);
        for (int t = from; t < to; t++) {
            int flags = (tokens.negated(t) ? 1 : 0) | (tokens.quoted(t) ? 2 : 0) | (tokens.ironic(t) ? 4 : 0);
            key.append(tokens.written(t)).append((char) ('0' + flags)).append(' ');
        }
        return key.toString();
    }

    private SentenceHits match(int from, int to, PatternIndex.Starts starts) {
        boolean[] repeats = TokenMatcher.repeatsPrevious(tokens, from, to, reach);
        memo.inSentence(repeats, from);
        index.candidates(memo, from, to, starts);
        int[] matched = new int[starts.size()];
        int[][] spans = new int[starts.size()][];
        int count = 0;
        for (int i = 0; i < starts.size(); i++) {
            int p = starts.pattern(i);
            if (matchers[p] == null) {
                matchers[p] = patterns.get(p).matcher(memo);
            }
            TokenMatcher matcher = matchers[p];
            int parts = patterns.get(p).partNames().size();
            int[][] pairs = {new int[2 + 2 * parts]};
            int[] n = {0};
            matcher.findRuns(starts.runs(i), starts.runsLength(i), (a, b) -> {
                while (n[0] + 2 + 2 * parts > pairs[0].length) {
                    pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
                }
                pairs[0][n[0]++] = a - from;
                pairs[0][n[0]++] = b - from;
                for (int q = 0; q < parts; q++) {
                    int partFrom = matcher.partFromToken(q);
                    pairs[0][n[0]++] = partFrom < 0 ? -1 : partFrom - from;
                    pairs[0][n[0]++] = partFrom < 0 ? -1 : matcher.partToToken(q) - from;
                }
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
